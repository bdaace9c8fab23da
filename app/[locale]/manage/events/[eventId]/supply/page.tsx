import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { PageHeader } from "~/app/_components/page-header";
import { panelClass } from "~/app/_components/card";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import {
  BarChart,
  CountText,
  SuppressedMarker,
  SuppressionNote,
  WeeklyChart,
  WeeklyTable,
} from "~/app/_components/supply-charts";
import { supplyWords, type SupplyWords } from "~/app/_components/supply-words";
import { cellAt, SMALL_COUNT, SUPPRESSED_MARKER, type ProtectedTable } from "~/server/supply/rules";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageSupply");

type Translate = Awaited<ReturnType<typeof getTranslations<"ManageSupply">>>;

type Props = { params: Promise<{ eventId: string }> };

const th = "px-3 py-2 font-semibold whitespace-nowrap";
const td = "px-3 py-2 whitespace-nowrap";
const num = `${td} text-right tabular-nums`;

function ratio(value: number | null, notShown: string) {
  return value === null ? <span aria-label={notShown}>—</span> : value.toFixed(2);
}

/** One table of counts by centre (rows) and `columns`, with totals ("ManageSupply" words). */
function CountsTable({
  id,
  title,
  columns,
  rows,
  table,
  t,
  words,
}: {
  id: string;
  title: string;
  columns: string[];
  rows: string[];
  table: ProtectedTable;
  t: Translate;
  words: SupplyWords;
}) {
  return (
    <div className={`relative overflow-x-auto ${panelClass}`} tabIndex={0} role="region" aria-labelledby={id}>
      <table className="min-w-full text-left text-sm">
        <caption id={id} className="px-3 py-2 text-left font-semibold">
          {title}
        </caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className={th}>
              {t("centre")}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className={`${th} text-right`}>
                {c}
              </th>
            ))}
            <th scope="col" className={`${th} text-right`}>
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((name, i) => (
            <tr key={`${name}-${i}`} className="border-t border-slate-200">
              <th scope="row" className={`${td} font-medium`}>
                {name}
              </th>
              {(table.cells[i] ?? []).map((cell, j) => (
                <td key={columns[j]} className={num}>
                  <CountText cell={cell} words={words} />
                </td>
              ))}
              <td className={`${num} font-semibold`}>
                <CountText cell={cellAt(table.rowTotals, i)} words={words} />
              </td>
            </tr>
          ))}
          <tr className="border-t-2 border-slate-300 bg-slate-50">
            <th scope="row" className={`${td} font-semibold`}>
              {t("allCentres")}
            </th>
            {table.columnTotals.map((cell, j) => (
              <td key={columns[j]} className={`${num} font-semibold`}>
                <CountText cell={cell} words={words} />
              </td>
            ))}
            <td className={`${num} font-semibold`}>
              <CountText cell={table.total} words={words} />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

export default async function SupplyPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/supply`);
  // Organisers only: anyone else gets the 404 the procedure's refusal becomes.
  const [view, t] = await Promise.all([
    orNotFound((await serverCaller()).supply.event({ eventId }), ["NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"]),
    getTranslations("ManageSupply"),
  ]);
  const words = supplyWords((key, values) => t(key, values));
  const centreNames = view.centres.map((c) => c.name);
  const registeredBars = view.centres.map((c) => ({ label: c.name, cell: c.registered }));
  const bandBars = view.ageBands.map((label, j) => ({ label, cell: cellAt(view.byAgeBand.columnTotals, j) }));
  return (
    <div className="space-y-8">
      <PageHeader
        back={{ href: `/manage/events/${view.event.id}`, label: view.event.name }}
        title={t("title")}
        actions={
          <a href={`/api/events/${view.event.id}/supply-csv`} className={secondaryButtonClass} download>
            {t("downloadCsv")}
          </a>
        }
      />
      <p>{t("intro")}</p>
      <SuppressionNote>
        {t.rich("suppression", {
          marker: SUPPRESSED_MARKER,
          small: SMALL_COUNT,
          strong: (chunks) => <SuppressedMarker>{chunks}</SuppressedMarker>,
        })}
      </SuppressionNote>

      <section aria-labelledby="centres-heading" className="space-y-3">
        <h2 id="centres-heading" className={sectionTitleClass}>
          {t("centresHeading")}
        </h2>
        <p className={mutedClass}>{t("challenges", { count: view.challenges })}</p>
        <div
          className={`relative overflow-x-auto ${panelClass}`}
          tabIndex={0}
          role="region"
          aria-labelledby="centres-heading"
        >
          <table className="min-w-full text-left text-sm" data-testid="supply-table">
            <thead className="bg-slate-50 text-slate-700">
              <tr>
                <th scope="col" className={th}>
                  {t("centre")}
                </th>
                <th scope="col" className={th}>
                  {t("district")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("registered")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("waiting")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("places")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("perPlace")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("mentors")}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.centres.map((c) => (
                <tr key={c.key || "none"} className="border-t border-slate-200">
                  <th scope="row" className={`${td} font-medium`}>
                    {c.name}
                  </th>
                  <td className={td}>{c.district || "—"}</td>
                  <td className={num}>
                    <CountText cell={c.registered} words={words} />
                  </td>
                  <td className={num}>
                    <CountText cell={c.waiting} words={words} />
                  </td>
                  <td className={num}>{c.places}</td>
                  <td className={num}>{ratio(c.demandPerPlace, t("notShown"))}</td>
                  <td className={num}>{c.vettedMentors}</td>
                </tr>
              ))}
              <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
                <th scope="row" className={td}>
                  {t("allCentres")}
                </th>
                <td className={td} />
                <td className={num}>
                  <CountText cell={view.totals.registered} words={words} />
                </td>
                <td className={num}>
                  <CountText cell={view.totals.waiting} words={words} />
                </td>
                <td className={num}>{view.totals.places}</td>
                <td className={num}>{ratio(view.totals.demandPerPlace, t("notShown"))}</td>
                <td className={num}>{view.totals.vettedMentors}</td>
              </tr>
            </tbody>
          </table>
        </div>
        {view.centres.length > 0 ? (
          <BarChart
            title={t("chartByCentre")}
            summary={t("chartByCentreSummary")}
            bars={registeredBars}
            words={words}
          />
        ) : null}
      </section>

      <section aria-labelledby="bands-heading" className="space-y-3">
        <h2 id="bands-heading" className={sectionTitleClass}>
          {t("who")}
        </h2>
        <CountsTable
          id="band-caption"
          title={t("byAgeBand")}
          columns={view.ageBands}
          rows={centreNames}
          table={view.byAgeBand}
          t={t}
          words={words}
        />
        <BarChart title={t("chartByAgeBand")} bars={bandBars} words={words} />
        <CountsTable
          id="experience-caption"
          title={t("byExperience")}
          columns={view.experienceLevels}
          rows={centreNames}
          table={view.byExperience}
          t={t}
          words={words}
        />
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
    </div>
  );
}
