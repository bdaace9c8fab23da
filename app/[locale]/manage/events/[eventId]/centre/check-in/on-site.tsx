"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { cardClass } from "~/app/_components/card";
import { StaffSignIn } from "~/app/_components/staff-sign-in";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { useTRPC } from "~/app/trpc/react";

const under18s = (n: number) => `${n} ${n === 1 ? "under-18" : "under-18s"}`;

/** Several doors may check people in at once: the ratio is fetched again this often. */
const REFRESH_MS = 15_000;

/**
 * Adults on site at the caller's centres and the ratio of vetted adults to young people: a red warning
 * the moment a centre needs more vetted adults than are signed in. Refreshed every 15 seconds and after
 * every sign-in or check-in on this device.
 */
export function OnSite({ eventId }: { eventId: string }) {
  const trpc = useTRPC();
  const { data: centres, refetch } = useSuspenseQuery(
    trpc.mentoring.onSite.queryOptions({ eventId }, { refetchInterval: REFRESH_MS }),
  );
  const again = () => void refetch();
  return (
    <section aria-labelledby="adults-heading" className="space-y-3">
      <h2 id="adults-heading" className={sectionTitleClass}>
        Adults on site
      </h2>
      {centres.map((c) => (
        <div key={c.centreId} className={`${cardClass} space-y-3`} data-testid="on-site">
          {centres.length > 1 ? <h3 className="font-semibold">{c.centre}</h3> : null}
          {c.ratio && c.ratio.shortBy > 0 ? (
            <p
              role="alert"
              className="rounded border border-red-300 bg-red-50 px-3 py-2 font-medium text-red-900"
            >
              Below the ratio: {under18s(c.youngPresent)} in need {c.ratio.required} vetted{" "}
              {c.ratio.required === 1 ? "adult" : "adults"}, and {c.vettedAdultsPresent}{" "}
              {c.vettedAdultsPresent === 1 ? "is" : "are"} signed in. {c.ratio.shortBy} more needed now.
            </p>
          ) : c.ratio ? (
            <p role="status" className="text-green-800">
              Ratio kept: {c.vettedAdultsPresent} vetted {c.vettedAdultsPresent === 1 ? "adult" : "adults"}{" "}
              for {under18s(c.youngPresent)}.
            </p>
          ) : (
            <p className={mutedClass}>
              {c.vettedAdultsPresent} vetted {c.vettedAdultsPresent === 1 ? "adult" : "adults"} and{" "}
              {under18s(c.youngPresent)} in. The event sets no ratio.
            </p>
          )}
          {c.staff.length > 0 ? (
            <ul className="space-y-2">
              {c.staff.map((s) => (
                <li key={s.userId} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    {s.name}
                    {s.vetted ? "" : " (not vetted: adults only)"}
                  </span>
                  <StaffSignIn
                    eventId={eventId}
                    centreId={c.centreId}
                    userId={s.userId}
                    signedIn
                    label={`Sign ${s.name} out`}
                    onDone={again}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p>No mentors or leads signed in.</p>
          )}
          {c.away.length > 0 ? (
            <details>
              <summary className="cursor-pointer font-medium text-brand-700">
                Sign in a mentor or lead
              </summary>
              <ul className="mt-2 space-y-2">
                {c.away.map((s) => (
                  <li key={s.userId} className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      {s.name}
                      {s.vetted ? "" : " (not vetted)"}
                    </span>
                    <StaffSignIn
                      eventId={eventId}
                      centreId={c.centreId}
                      userId={s.userId}
                      signedIn={false}
                      label={`Sign ${s.name} in`}
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
