import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cache, type ReactNode } from "react";
import { orNotFound, publicCaller } from "~/app/trpc/server";
import { cardClass, panelClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import {
  BarChart,
  CountText,
  SuppressedMarker,
  SuppressionNote,
  WeeklyChart,
  WeeklyTable,
} from "~/app/_components/supply-charts";
import { supplyWords } from "~/app/_components/supply-words";
import { mutedClass, pageTitleClass, sectionTitleClass, titleLinkClass } from "~/app/_components/text-styles";
import { addressIn, languageAlternates } from "~/server/http/locales.mjs";
import { AGE_BANDS } from "~/server/registrations/rules";
import { EXPERIENCE_LEVELS } from "~/server/registrations/labels";
import { formatInZone } from "~/server/time/zoned";
import { cellAt, SMALL_COUNT, SUPPRESSED_MARKER } from "~/server/supply/rules";

type Props = { params: Promise<{ area: string }> };

// Served from the page cache, the same for everyone (see docs/architecture.md "Page cache"): rendered on
// its first visit, then again after mutations that reach every public page and at least every 30 s
// (registrations, waiting lists and vetting change it only through that backstop).
export const revalidate = 30;
export function generateStaticParams(): { area: string }[] {
  return [];
}

/**
 * The area's view through publicCaller (no session: drafts are never counted); a malformed area is a
 * 404. Cached per request, so the page and its metadata share one computation.
 */
const load = cache(async (area: string) =>
  orNotFound(publicCaller().supply.area({ area }), ["NOT_FOUND", "BAD_REQUEST"]),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [view, t] = await Promise.all([load((await params).area), getTranslations("AreaPage")]);
  return {
    title: t("metaTitle", { area: view.area }),
    alternates: { languages: languageAlternates(`/areas/${view.area}`) },
  };
}

const td = "px-3 py-2";
const num = `${td} text-right tabular-nums`;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr className="border-t border-slate-200">
      <th scope="row" className={`${td} text-left font-medium`}>
        {label}
      </th>
      <td className={num}>{children}</td>
    </tr>
  );
}

/**
 * Need and supply in a postcode area, in the route's language (English at /areas/<area>, Welsh at
 * /cy/areas/<area>): the "AreaPage" and "ExperienceLevel" messages and the dates in that language. The
 * counts, what is hidden and how they are rounded are the same in every language; event and centre names
 * stay as written.
 */
export default async function AreaPage({ params }: Props) {
  const [view, t, levels, locale] = await Promise.all([
    load((await params).area),
    getTranslations("AreaPage"),
    getTranslations("ExperienceLevel"),
    getLocale(),
  ]);
  const words = supplyWords((key, values) => t(key, values));
  // The view's columns are the domain's bands and levels, in their order (their English labels).
  const bandBars = view.ageBands.map((_, j) => ({
    label: AGE_BANDS[j] ? t(`ageBand.${AGE_BANDS[j]}`) : "",
    cell: cellAt(view.byAgeBand, j),
  }));
  const experienceBars = view.experienceLevels.map((_, j) => ({
    label: EXPERIENCE_LEVELS[j] ? levels(EXPERIENCE_LEVELS[j]) : "",
    cell: cellAt(view.byExperience, j),
  }));
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className={pageTitleClass}>{t("title", { area: view.area })}</h1>
        <p>{t("intro", { area: view.area })}</p>
      </header>

      {view.events.length === 0 ? (
        <EmptyState title={t("noEventsTitle", { area: view.area })}>{t("noEvents")}</EmptyState>
      ) : (
        <>
          <SuppressionNote>
            {t.rich("suppression", {
              marker: SUPPRESSED_MARKER,
              small: SMALL_COUNT,
              strong: (chunks) => <SuppressedMarker>{chunks}</SuppressedMarker>,
            })}
          </SuppressionNote>
          <section aria-labelledby="summary-heading" className="space-y-3">
            <h2 id="summary-heading" className={sectionTitleClass}>
              {t("summary")}
            </h2>
            <div className={`relative overflow-x-auto ${panelClass}`}>
              <table className="min-w-full text-sm" data-testid="area-summary">
                <caption className="sr-only">{t("summaryCaption", { area: view.area })}</caption>
                <tbody>
                  <Row label={t("registered")}>
                    <CountText words={words} cell={view.registered} />
                  </Row>
                  <Row label={t("waiting")}>
                    <CountText words={words} cell={view.waiting} />
                  </Row>
                  <Row label={t("places")}>{view.places}</Row>
                  <Row label={t("perPlace")}>
                    {view.demandPerPlace === null ? "—" : view.demandPerPlace.toFixed(2)}
                  </Row>
                  <Row label={t("mentors")}>{view.vettedMentors}</Row>
                  <Row label={t("challenges")}>{view.challenges}</Row>
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="who-heading" className="space-y-3">
            <h2 id="who-heading" className={sectionTitleClass}>
              {t("who")}
            </h2>
            <div className="grid gap-4 md:grid-cols-2">
              {[
                {
                  title: t("byAgeBand"),
                  chart: t("chartByAgeBand"),
                  bars: bandBars,
                  testid: "area-bands",
                },
                {
                  title: t("byExperience"),
                  chart: t("chartByExperience"),
                  bars: experienceBars,
                  testid: "area-experience",
                },
              ].map(({ title, chart, bars, testid }) => (
                <div key={testid} className={`space-y-2 ${cardClass}`}>
                  <table className="w-full text-sm" data-testid={testid}>
                    <caption className="text-left font-semibold">{title}</caption>
                    <tbody>
                      {bars.map((b) => (
                        <Row key={b.label} label={b.label}>
                          <CountText words={words} cell={b.cell} />
                        </Row>
                      ))}
                    </tbody>
                  </table>
                  <BarChart title={chart} summary={title} bars={bars} words={words} />
                </div>
              ))}
            </div>
          </section>

          <section aria-labelledby="weeks-heading" className="space-y-3">
            <h2 id="weeks-heading" className={sectionTitleClass}>
              {t("overTime")}
            </h2>
            {view.byWeek.weeks.length === 0 ? (
              <p>{t("nobodyYet")}</p>
            ) : (
              <>
                <WeeklyChart
                  title={t("perWeek")}
                  weeks={view.byWeek.weeks}
                  counts={view.byWeek.counts}
                  words={words}
                />
                <WeeklyTable
                  caption={t("perWeekCaption")}
                  weeks={view.byWeek.weeks}
                  counts={view.byWeek.counts}
                  words={words}
                />
              </>
            )}
          </section>

          <section aria-labelledby="events-heading" className="space-y-3">
            <h2 id="events-heading" className={sectionTitleClass}>
              {t("events", { area: view.area })}
            </h2>
            <ul className="space-y-3">
              {view.events.map((e) => (
                <li key={e.slug} className={cardClass}>
                  <Link
                    href={addressIn(locale, `/events/${e.slug}`)}
                    className={`text-lg font-semibold ${titleLinkClass}`}
                  >
                    {e.name}
                  </Link>
                  <p className={mutedClass}>
                    {t.rich(e.archived ? "startsFinished" : "starts", {
                      date: formatInZone(e.startsAt, e.timeZone, { locale }),
                      time: (chunks) => <time dateTime={e.startsAt.toISOString()}>{chunks}</time>,
                    })}
                  </p>
                  <p className="text-sm">
                    {t("centres", {
                      centres: e.centres
                        .map((c) => (c.district ? `${c.name} (${c.district})` : c.name))
                        .join(", "),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
