import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { orNotFound, publicCaller } from "~/app/trpc/server";
import { cardClass, panelClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import {
  BarChart,
  CountText,
  SuppressionNote,
  WeeklyChart,
  WeeklyTable,
} from "~/app/_components/supply-charts";
import { mutedClass, pageTitleClass, sectionTitleClass, titleLinkClass } from "~/app/_components/text-styles";
import { formatInZone } from "~/server/time/zoned";
import { cellAt } from "~/server/supply/rules";

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
  const view = await load((await params).area);
  return { title: `Need and supply in ${view.area}` };
}

const td = "px-3 py-2";
const num = `${td} text-right tabular-nums`;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <tr className="border-t border-slate-200">
      <th scope="row" className={`${td} text-left font-medium`}>
        {label}
      </th>
      <td className={num}>{children}</td>
    </tr>
  );
}

export default async function AreaPage({ params }: Props) {
  const view = await load((await params).area);
  const bandBars = view.ageBands.map((label, j) => ({ label, cell: cellAt(view.byAgeBand, j) }));
  const experienceBars = view.experienceLevels.map((label, j) => ({
    label,
    cell: cellAt(view.byExperience, j),
  }));
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <h1 className={pageTitleClass}>Need and supply in the {view.area} postcode area</h1>
        <p>
          How many young people want a place at the events in the {view.area} postcode area, against the
          places, vetted mentors and challenges on offer. Counts are for the whole area only.
        </p>
      </header>

      {view.events.length === 0 ? (
        <EmptyState title={`No published events have a centre in ${view.area} yet.`}>
          When an event opens a centre with a postcode in this area, its counts appear here.
        </EmptyState>
      ) : (
        <>
          <SuppressionNote />
          <section aria-labelledby="summary-heading" className="space-y-3">
            <h2 id="summary-heading" className={sectionTitleClass}>
              Demand against supply
            </h2>
            <div className={`relative overflow-x-auto ${panelClass}`}>
              <table className="min-w-full text-sm" data-testid="area-summary">
                <caption className="sr-only">Demand against supply in {view.area}</caption>
                <tbody>
                  <Row label="Registered">
                    <CountText cell={view.registered} />
                  </Row>
                  <Row label="On waiting lists">
                    <CountText cell={view.waiting} />
                  </Row>
                  <Row label="Places">{view.places}</Row>
                  <Row label="Registered per place">
                    {view.demandPerPlace === null ? "—" : view.demandPerPlace.toFixed(2)}
                  </Row>
                  <Row label="Vetted mentors">{view.vettedMentors}</Row>
                  <Row label="Published challenges">{view.challenges}</Row>
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="who-heading" className="space-y-3">
            <h2 id="who-heading" className={sectionTitleClass}>
              Who is coming
            </h2>
            <div className="grid gap-4 md:grid-cols-2">
              {[
                { title: "By age band at the start", bars: bandBars, testid: "area-bands" },
                { title: "By experience", bars: experienceBars, testid: "area-experience" },
              ].map(({ title, bars, testid }) => (
                <div key={title} className={`space-y-2 ${cardClass}`}>
                  <table className="w-full text-sm" data-testid={testid}>
                    <caption className="text-left font-semibold">{title}</caption>
                    <tbody>
                      {bars.map((b) => (
                        <Row key={b.label} label={b.label}>
                          <CountText cell={b.cell} />
                        </Row>
                      ))}
                    </tbody>
                  </table>
                  <BarChart title={`Registrations ${title.toLowerCase()}`} summary={title} bars={bars} />
                </div>
              ))}
            </div>
          </section>

          <section aria-labelledby="weeks-heading" className="space-y-3">
            <h2 id="weeks-heading" className={sectionTitleClass}>
              Registrations over time
            </h2>
            {view.byWeek.weeks.length === 0 ? (
              <p>Nobody has registered yet.</p>
            ) : (
              <>
                <WeeklyChart
                  title="Registrations per week"
                  weeks={view.byWeek.weeks}
                  counts={view.byWeek.counts}
                />
                <WeeklyTable
                  caption="Registrations per week (weeks start on Monday, UTC)"
                  weeks={view.byWeek.weeks}
                  counts={view.byWeek.counts}
                />
              </>
            )}
          </section>

          <section aria-labelledby="events-heading" className="space-y-3">
            <h2 id="events-heading" className={sectionTitleClass}>
              Events with centres in {view.area}
            </h2>
            <ul className="space-y-3">
              {view.events.map((e) => (
                <li key={e.slug} className={cardClass}>
                  <Link href={`/events/${e.slug}`} className={`text-lg font-semibold ${titleLinkClass}`}>
                    {e.name}
                  </Link>
                  <p className={mutedClass}>
                    Starts{" "}
                    <time dateTime={e.startsAt.toISOString()}>{formatInZone(e.startsAt, e.timeZone)}</time>
                    {e.archived ? " (finished)" : ""}
                  </p>
                  <p className="text-sm">
                    Centres:{" "}
                    {e.centres.map((c) => (c.district ? `${c.name} (${c.district})` : c.name)).join(", ")}
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
