import type { ReactNode } from "react";
import { FilterForm, FilterSelect } from "~/app/_components/filter-form";
import type { RouterOutputs } from "~/app/trpc/types";
import { cardTitleClass, mutedClass } from "~/app/_components/text-styles";
import { formatInZone } from "~/server/time/zoned";

type Results = RouterOutputs["judging"]["results"];
type ScoreLog = RouterOutputs["judging"]["scoreLog"];
type Comparison = RouterOutputs["judging"]["compare"];

const cell = "px-3 py-2 align-top";
const fmt = (x: number | null) => (x === null ? "—" : x.toFixed(2));

/** A wide table in its own scrolling, focusable box, so the page never scrolls sideways on a phone. */
export function TableBox({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div
      className="relative overflow-x-auto rounded border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-labelledby={id}
    >
      <table className="min-w-full text-left text-sm">
        <caption id={id} className="sr-only">
          {label}
        </caption>
        {children}
      </table>
    </div>
  );
}

function HeadRow({ columns }: { columns: string[] }) {
  return (
    <thead className="bg-slate-50">
      <tr>
        {columns.map((c) => (
          <th key={c} scope="col" className="px-3 py-2 whitespace-nowrap">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** Every change to the round's scores, newest first, typed-at times in the event's zone. */
export function ScoreLogTable({ log, timeZone }: { log: ScoreLog; timeZone: string }) {
  if (log.length === 0) return <p>No scores yet.</p>;
  return (
    <TableBox id="score-log-table" label="Score changes, newest first">
      <HeadRow columns={["Judge", "Entry", "Criterion", "Change", "Typed at"]} />
      <tbody className="divide-y divide-slate-200">
        {log.map((c) => (
          <tr key={c.id}>
            <td className={cell}>{c.judge}</td>
            <td className={cell}>{c.entry}</td>
            <td className={cell}>{c.criterion}</td>
            <td className={`${cell} whitespace-nowrap`}>
              {c.oldValue ?? "—"} → {c.newValue ?? "cleared"}
            </td>
            <td className={`${cell} whitespace-nowrap`}>{formatInZone(c.typedAt, timeZone)}</td>
          </tr>
        ))}
      </tbody>
    </TableBox>
  );
}

/** One diagram the server drew (escaped SVG from server/judging/diagnostics-svg.ts) with its caption. */
function Diagram({ svg, caption }: { svg: string; caption: string }) {
  return (
    <figure className="space-y-2">
      <div
        className="relative max-w-full overflow-x-auto [&_svg]:h-auto [&_svg]:max-w-full"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className={mutedClass}>{caption}</figcaption>
    </figure>
  );
}

/**
 * The round's results: rank, raw and adjusted scores, how often each entry stays in the top places
 * when the scores are resampled, each entry's explanation, and the four diagnostic diagrams.
 */
export function ResultsSection({ data }: { data: Results }) {
  if (data.results === null) {
    return (
      <p>
        No scores yet ({data.entries} {data.entries === 1 ? "entry" : "entries"} waiting). Results appear here
        as judges score.
      </p>
    );
  }
  const { results } = data;
  const adjusted = results.method === "adjusted";
  return (
    <div className="space-y-4">
      <p>
        {adjusted
          ? "Ranked by adjusted score: each judge's leniency, estimated from entries they share with other judges, is taken out."
          : "Ranked by raw score (the mean of the judges' rubric scores)."}{" "}
        {results.reason}
      </p>
      {!results.connected ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          Method: {results.method}. The judges fall into {results.components} groups that share no entries.
        </p>
      ) : null}
      <TableBox id="results-table" label="Results, best first">
        <HeadRow columns={["Rank", "Entry", "Team", "Raw", "Adjusted", "Judges", `Top ${data.stableTop}`]} />
        <tbody className="divide-y divide-slate-200">
          {results.entries.map((e) => (
            <tr key={e.entry}>
              <td className={`${cell} whitespace-nowrap`}>
                {e.rank ?? "—"}
                {e.tiedByTieBreak ? (
                  <span className="ml-1 text-xs font-semibold text-amber-900">tie-break</span>
                ) : null}
              </td>
              <td className={`${cell} min-w-48`}>
                <details>
                  <summary className="cursor-pointer font-medium text-brand-700">{e.entry}</summary>
                  <div className="mt-2 space-y-2">
                    <ul className="list-disc space-y-1 pl-5">
                      {e.explanation.sentences.map((s) => (
                        <li key={s}>{s}</li>
                      ))}
                    </ul>
                    <table className="text-left text-sm">
                      <caption className="sr-only">Each judge&apos;s part in {e.entry}&apos;s score</caption>
                      <thead>
                        <tr>
                          {["Judge", "Score", "Leniency", "Counts as"].map((h) => (
                            <th key={h} scope="col" className="pr-3">
                              {h}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {e.explanation.judges.map((j) => (
                          <tr key={j.judge}>
                            <td className="pr-3">{j.judge}</td>
                            <td className="pr-3">{fmt(j.score)}</td>
                            <td className="pr-3">{fmt(j.bias)}</td>
                            <td className="pr-3">{fmt(j.corrected)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </details>
              </td>
              <td className={cell}>{e.team ?? "—"}</td>
              <td className={cell}>{fmt(e.raw)}</td>
              <td className={cell}>{fmt(e.adjusted)}</td>
              <td className={cell}>{e.n}</td>
              <td className={`${cell} min-w-40`}>
                in the top {data.stableTop} in {Math.round(e.topShare * 100)}% of resamples
              </td>
            </tr>
          ))}
        </tbody>
      </TableBox>
      {results.entries.some((e) => e.tiedByTieBreak) ? (
        <p className={mutedClass}>
          “tie-break”: the entry&apos;s score equals a neighbour&apos;s, so their order was decided by the
          higher raw score, then more judges, then a fixed order.
        </p>
      ) : null}
      <p className={mutedClass}>
        The top-{data.stableTop} share comes from refitting the results on {data.resamples} resamples of each
        entry&apos;s scores; with few judges per entry it is somewhat optimistic.
      </p>
      <h3 className={cardTitleClass}>Diagrams</h3>
      <div className="grid gap-6 lg:grid-cols-2">
        <Diagram svg={data.diagrams.coverage} caption="Coverage: how many judges scored each entry." />
        <Diagram svg={data.diagrams.leniency} caption="Leniency: how far each judge scores above or below." />
        <Diagram
          svg={data.diagrams.connectivity}
          caption="Connectivity: judges and entries linked by scores."
        />
        <Diagram
          svg={data.diagrams.stability}
          caption="Stability: how often each entry stays in the top places."
        />
      </div>
    </div>
  );
}

/**
 * "Why is one entry above another?": a GET form choosing two scored entries (works without
 * JavaScript), and the comparison the server made for the chosen pair, or why it could not.
 */
export function CompareEntries({
  entries,
  chosen,
  outcome,
}: {
  entries: { id: string; label: string }[];
  chosen: { a?: string; b?: string };
  outcome: { comparison: Comparison } | { problem: string } | null;
}) {
  if (entries.length < 2) return null;
  const options = entries.map((e) => ({ value: e.id, label: e.label }));
  return (
    <section id="compare" aria-labelledby="compare-heading" className="space-y-3">
      <h3 id="compare-heading" className={cardTitleClass}>
        Why is one entry above another?
      </h3>
      <FilterForm label="Compare two entries" submitLabel="Compare" action="#compare">
        <FilterSelect
          id="compare-a"
          name="compareA"
          label="First entry"
          allLabel="Choose an entry"
          value={chosen.a ?? ""}
          options={options}
        />
        <FilterSelect
          id="compare-b"
          name="compareB"
          label="Second entry"
          allLabel="Choose an entry"
          value={chosen.b ?? ""}
          options={options}
        />
      </FilterForm>
      {outcome === null ? null : "problem" in outcome ? (
        <p role="alert" className="text-red-800">
          {outcome.problem}
        </p>
      ) : (
        <div aria-live="polite" className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3">
          <ul className="list-disc space-y-1 pl-5">
            {outcome.comparison.sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          {outcome.comparison.decidedByTieBreak ? (
            <p className="font-medium text-amber-900">
              The tie-break decided this order; you can decide it yourself when you choose the winners.
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
