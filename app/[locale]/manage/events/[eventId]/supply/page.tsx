import type { Metadata } from "next";
import { requireUser } from "~/app/_components/guards";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { PageHeader } from "~/app/_components/page-header";
import { panelClass } from "~/app/_components/card";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import {
  BarChart,
  CountText,
  SuppressionNote,
  WeeklyChart,
  WeeklyTable,
} from "~/app/_components/supply-charts";
import { cellAt, type ProtectedTable } from "~/server/supply/rules";

export const metadata: Metadata = { title: "Need and supply" };

type Props = { params: Promise<{ eventId: string }> };

const th = "px-3 py-2 font-semibold whitespace-nowrap";
const td = "px-3 py-2 whitespace-nowrap";
const num = `${td} text-right tabular-nums`;

function ratio(value: number | null) {
  return value === null ? <span aria-label="not shown">—</span> : value.toFixed(2);
}

/** One table of counts by centre (rows) and `columns`, with totals. */
function CountsTable({
  id,
  title,
  columns,
  rows,
  table,
}: {
  id: string;
  title: string;
  columns: string[];
  rows: string[];
  table: ProtectedTable;
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
              Centre
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className={`${th} text-right`}>
                {c}
              </th>
            ))}
            <th scope="col" className={`${th} text-right`}>
              Total
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
                  <CountText cell={cell} />
                </td>
              ))}
              <td className={`${num} font-semibold`}>
                <CountText cell={cellAt(table.rowTotals, i)} />
              </td>
            </tr>
          ))}
          <tr className="border-t-2 border-slate-300 bg-slate-50">
            <th scope="row" className={`${td} font-semibold`}>
              All centres
            </th>
            {table.columnTotals.map((cell, j) => (
              <td key={columns[j]} className={`${num} font-semibold`}>
                <CountText cell={cell} />
              </td>
            ))}
            <td className={`${num} font-semibold`}>
              <CountText cell={table.total} />
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
  const view = await orNotFound((await serverCaller()).supply.event({ eventId }), [
    "NOT_FOUND",
    "FORBIDDEN",
    "BAD_REQUEST",
  ]);
  const centreNames = view.centres.map((c) => c.name);
  const registeredBars = view.centres.map((c) => ({ label: c.name, cell: c.registered }));
  const bandBars = view.ageBands.map((label, j) => ({ label, cell: cellAt(view.byAgeBand.columnTotals, j) }));
  return (
    <div className="space-y-8">
      <PageHeader
        back={{ href: `/manage/events/${view.event.id}`, label: view.event.name }}
        title="Need and supply"
        actions={
          <a href={`/api/events/${view.event.id}/supply-csv`} className={secondaryButtonClass} download>
            Download CSV
          </a>
        }
      />
      <p>
        Demand (registrations that are not withdrawn, and waiting lists) against supply (places, vetted
        mentors and published challenges), per centre. Ages are taken on the day the event starts. Mentors
        count as vetted when their check is in date on that day.
      </p>
      <SuppressionNote />

      <section aria-labelledby="centres-heading" className="space-y-3">
        <h2 id="centres-heading" className={sectionTitleClass}>
          Demand against supply by centre
        </h2>
        <p className={mutedClass}>
          {view.challenges} published {view.challenges === 1 ? "challenge" : "challenges"} for the whole
          event.
        </p>
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
                  Centre
                </th>
                <th scope="col" className={th}>
                  District
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Registered
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Waiting list
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Places
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Demand per place
                </th>
                <th scope="col" className={`${th} text-right`}>
                  Vetted mentors
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
                    <CountText cell={c.registered} />
                  </td>
                  <td className={num}>
                    <CountText cell={c.waiting} />
                  </td>
                  <td className={num}>{c.places}</td>
                  <td className={num}>{ratio(c.demandPerPlace)}</td>
                  <td className={num}>{c.vettedMentors}</td>
                </tr>
              ))}
              <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
                <th scope="row" className={td}>
                  All centres
                </th>
                <td className={td} />
                <td className={num}>
                  <CountText cell={view.totals.registered} />
                </td>
                <td className={num}>
                  <CountText cell={view.totals.waiting} />
                </td>
                <td className={num}>{view.totals.places}</td>
                <td className={num}>{ratio(view.totals.demandPerPlace)}</td>
                <td className={num}>{view.totals.vettedMentors}</td>
              </tr>
            </tbody>
          </table>
        </div>
        {view.centres.length > 0 ? (
          <BarChart
            title="Registrations by centre"
            summary="Registrations by centre (the table above gives the same numbers)"
            bars={registeredBars}
          />
        ) : null}
      </section>

      <section aria-labelledby="bands-heading" className="space-y-3">
        <h2 id="bands-heading" className={sectionTitleClass}>
          Who is coming
        </h2>
        <CountsTable
          id="band-caption"
          title="Registrations by age band at the start"
          columns={view.ageBands}
          rows={centreNames}
          table={view.byAgeBand}
        />
        <BarChart title="Registrations by age band, all centres" bars={bandBars} />
        <CountsTable
          id="experience-caption"
          title="Registrations by experience"
          columns={view.experienceLevels}
          rows={centreNames}
          table={view.byExperience}
        />
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
    </div>
  );
}
