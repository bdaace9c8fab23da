import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { optionalText, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { HydrateClient, orNotFound, prefetch, serverCaller, trpc } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { checkInWords } from "./check-in-words";
import { DeskActions } from "./desk-actions";
import { SensitiveReveal } from "./sensitive-reveal";
import { OnSite } from "./on-site";
import { ScanCode } from "./scan-code";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("CheckInPage");

type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<RawSearchParams> };

/**
 * A centre lead's door, made for a phone: find someone by the code on their registration page (typed,
 * or opened by scanning its QR code with the phone's camera) or by name; check them in, and out to an
 * adult their guardian authorised. With nothing searched it lists who is in the building.
 */
export default async function CheckInPage({ params, searchParams }: Props) {
  const { eventId } = await params;
  const { q } = parseSearchParams({ q: optionalText({ max: 100 }) }, await searchParams);
  await requireUser(`/manage/events/${eventId}/centre/check-in`);
  const caller = await serverCaller();
  const [desk, t, words] = await Promise.all([
    orNotFound(caller.checkin.desk({ eventId, search: q ?? "" })),
    getTranslations("CheckInPage"),
    checkInWords(),
  ]);
  prefetch(trpc.mentoring.onSite.queryOptions({ eventId }));
  const search = (q ?? "").trim();
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}/centre`} className={linkClass}>
            {desk.centres.length === 1 ? desk.centres[0]?.name : t("yourCentres")}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-lg" data-testid="present-count">
          {t.rich("present", {
            present: desk.present,
            expected: desk.expected,
            strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
          })}
        </p>
        <p>
          <Link href={`/manage/events/${eventId}/centre/register`} className={linkClass}>
            {t("register")}
          </Link>
        </p>
      </header>
      <form
        method="get"
        role="search"
        aria-label={t("findSomeone")}
        className="flex flex-wrap items-end gap-2"
      >
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="q" className="block font-medium">
            {t("codeOrName")}
          </label>
          <input
            id="q"
            name="q"
            defaultValue={search}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby="q-hint"
            className="w-full rounded border border-slate-400 px-3 py-2 text-lg"
          />
          <p id="q-hint" className={mutedClass}>
            {t("codeHint")}
          </p>
        </div>
        <button
          type="submit"
          className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t("find")}
        </button>
      </form>
      <ScanCode eventId={eventId} words={words.scan} />
      <Suspense fallback={<p role="status">{t("loadingOnSite")}</p>}>
        <HydrateClient>
          <OnSite eventId={eventId} words={words.onSite} />
        </HydrateClient>
      </Suspense>
      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className={sectionTitleClass}>
          {search ? t("matches", { count: desk.matches, search }) : t("inBuilding")}
        </h2>
        {desk.people.length === 0 ? (
          <p className="rounded border border-slate-300 bg-slate-50 p-4">
            {search ? t("noMatch") : t("nobodyIn")}
          </p>
        ) : (
          <ul className="space-y-3">
            {desk.people.map((p) => (
              <li key={p.registrationId} className={`${cardClass} space-y-3`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h3 className="text-lg font-semibold">{p.displayName}</h3>
                    <p className={mutedClass}>
                      {t.rich("personLine", {
                        ageBand: p.ageBandLabel,
                        code: p.checkInCode,
                        mono: (chunks: ReactNode) => <span className="font-mono">{chunks}</span>,
                      })}
                      {desk.centres.length > 1 && p.centre ? ` · ${p.centre}` : ""}
                    </p>
                  </div>
                  {p.presentSince ? (
                    <Badge tone="success">
                      {t("inSince", { time: formatInZone(p.presentSince, desk.event.timeZone) })}
                    </Badge>
                  ) : (
                    <Badge tone="neutral">{t("notIn")}</Badge>
                  )}
                </div>
                {p.alerts.length > 0 ? (
                  <ul className="space-y-1" aria-label={t("whatToKnow", { name: p.displayName })}>
                    {p.alerts.map((a) => (
                      <li
                        key={a.text}
                        className={
                          a.kind === "blocking"
                            ? "rounded border border-red-300 bg-red-50 px-3 py-2 text-red-900"
                            : "rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
                        }
                      >
                        {a.text}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {p.hasSensitive ? (
                  <SensitiveReveal
                    eventId={eventId}
                    registrationId={p.registrationId}
                    person={p.displayName}
                    words={words.reveal}
                  />
                ) : null}
                {p.presentSince || !p.alerts.some((a) => a.kind === "blocking") ? (
                  <DeskActions
                    eventId={eventId}
                    registrationId={p.registrationId}
                    person={p.displayName}
                    present={p.presentSince !== null}
                    needsCollection={p.needsCollection}
                    mayLeaveAlone={p.mayLeaveAlone}
                    collectors={p.collectors}
                    canOverride={desk.canOverride}
                    words={words.desk}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {desk.matches > desk.people.length ? (
          <p className={mutedClass}>{t("showing", { shown: desk.people.length, matches: desk.matches })}</p>
        ) : null}
      </section>
    </div>
  );
}
