"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { cardClass } from "~/app/_components/card";
import { StaffSignIn, type StaffSignInWords } from "~/app/_components/staff-sign-in";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the panel says (the "AdultsOnSite" messages), read by the page. The counts arrive in the browser,
 * so every message that depends on one comes once per form (…One for 1, …Other otherwise), as a raw
 * template filled in here, like `signIn` and `signOut` ({name}).
 */
export interface OnSiteWords {
  heading: string;
  under18One: string;
  under18Other: string;
  vettedAdultOne: string;
  vettedAdultOther: string;
  belowRatioOne: string;
  belowRatioOther: string;
  ratioKept: string;
  noRatio: string;
  notVettedAdultsOnly: string;
  notVetted: string;
  signOut: string;
  signIn: string;
  nobodySignedIn: string;
  signInSomeone: string;
  staffSignIn: StaffSignInWords;
}

/** "{count} …" in the form that fits the count. */
const counted = (count: number, one: string, other: string) =>
  fillTemplate(count === 1 ? one : other, { count });

/** Several doors may check people in at once: the ratio is fetched again this often. */
const REFRESH_MS = 15_000;

/**
 * Adults on site at the caller's centres and the ratio of vetted adults to young people: a red warning
 * the moment a centre needs more vetted adults than are signed in. Refreshed every 15 seconds and after
 * every sign-in or check-in on this device.
 */
export function OnSite({ eventId, words }: { eventId: string; words: OnSiteWords }) {
  const trpc = useTRPC();
  const { data: centres, refetch } = useSuspenseQuery(
    trpc.mentoring.onSite.queryOptions({ eventId }, { refetchInterval: REFRESH_MS }),
  );
  const again = () => void refetch();
  const under18s = (n: number) => counted(n, words.under18One, words.under18Other);
  const vettedAdults = (n: number) => counted(n, words.vettedAdultOne, words.vettedAdultOther);
  return (
    <section aria-labelledby="adults-heading" className="space-y-3">
      <h2 id="adults-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      {centres.map((c) => (
        <div key={c.centreId} className={`${cardClass} space-y-3`} data-testid="on-site">
          {centres.length > 1 ? <h3 className="font-semibold">{c.centre}</h3> : null}
          {c.ratio && c.ratio.shortBy > 0 ? (
            <p
              role="alert"
              className="rounded border border-red-300 bg-red-50 px-3 py-2 font-medium text-red-900"
            >
              {fillTemplate(c.vettedAdultsPresent === 1 ? words.belowRatioOne : words.belowRatioOther, {
                young: under18s(c.youngPresent),
                needed: vettedAdults(c.ratio.required),
                present: c.vettedAdultsPresent,
                shortBy: c.ratio.shortBy,
              })}
            </p>
          ) : c.ratio ? (
            <p role="status" className="text-green-800">
              {fillTemplate(words.ratioKept, {
                adults: vettedAdults(c.vettedAdultsPresent),
                young: under18s(c.youngPresent),
              })}
            </p>
          ) : (
            <p className={mutedClass}>
              {fillTemplate(words.noRatio, {
                adults: vettedAdults(c.vettedAdultsPresent),
                young: under18s(c.youngPresent),
              })}
            </p>
          )}
          {c.staff.length > 0 ? (
            <ul className="space-y-2">
              {c.staff.map((s) => (
                <li key={s.userId} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {s.name}
                    {s.vetted ? "" : ` ${words.notVettedAdultsOnly}`}
                  </span>
                  <StaffSignIn
                    eventId={eventId}
                    centreId={c.centreId}
                    userId={s.userId}
                    signedIn
                    label={fillTemplate(words.signOut, { name: s.name })}
                    words={words.staffSignIn}
                    onDone={again}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p>{words.nobodySignedIn}</p>
          )}
          {c.away.length > 0 ? (
            <details>
              <summary className="cursor-pointer font-medium text-brand-700">{words.signInSomeone}</summary>
              <ul className="mt-2 space-y-2">
                {c.away.map((s) => (
                  <li key={s.userId} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      {s.name}
                      {s.vetted ? "" : ` ${words.notVetted}`}
                    </span>
                    <StaffSignIn
                      eventId={eventId}
                      centreId={c.centreId}
                      userId={s.userId}
                      signedIn={false}
                      label={fillTemplate(words.signIn, { name: s.name })}
                      words={words.staffSignIn}
                      onDone={again}
                    />
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ))}
    </section>
  );
}
