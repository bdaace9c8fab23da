import { useTranslations } from "next-intl";
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
  const t = useTranslations("RoundResults");
  if (log.length === 0) return <p>{t("noScores")}</p>;
  return (
    <TableBox id="score-log-table" label={t("logCaption")}>
      <HeadRow columns={[t("judge"), t("entry"), t("criterion"), t("change"), t("typedAt")]} />
      <tbody className="divide-y divide-slate-200">
        {log.map((c) => (
          <tr key={c.id}>
            <td className={cell}>{c.judge}</td>
            <td className={cell}>{c.entry}</td>
            <td className={cell}>{c.criterion}</td>
            <td className={`${cell} whitespace-nowrap`}>
              {c.oldValue ?? "—"} → {c.newValue ?? t("cleared")}
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
  const t = useTranslations("RoundResults");
  if (data.results === null) return <p>{t("noResults", { entries: data.entries })}</p>;
  const { results } = data;
  const adjusted = results.method === "adjusted";
  return (
    <div className="space-y-4">
      <p>
        {adjusted ? t("rankedAdjusted") : t("rankedRaw")} {results.reason}
      </p>
      {!results.connected ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {t("disconnected", { method: results.method, components: String(results.components) })}
        </p>
      ) : null}
      <TableBox id="results-table" label={t("resultsCaption")}>
        <HeadRow
          columns={[
            t("rank"),
            t("entry"),
            t("team"),
            t("raw"),
            t("adjusted"),
            t("judges"),
            t("top", { n: String(data.stableTop) }),
          ]}
        />
        <tbody className="divide-y divide-slate-200">
          {results.entries.map((e) => (
            <tr key={e.entry}>
              <td className={`${cell} whitespace-nowrap`}>
                {e.rank ?? "—"}
                {e.tiedByTieBreak ? (
                  <span className="ml-1 text-xs font-semibold text-amber-900">{t("tieBreak")}</span>
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
                      <caption className="sr-only">{t("explainCaption", { entry: e.entry })}</caption>
                      <thead>
                        <tr>
                          {[t("judge"), t("score"), t("leniency"), t("countsAs")].map((h) => (
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
                {t("topShare", {
                  n: String(data.stableTop),
                  percent: String(Math.round(e.topShare * 100)),
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </TableBox>
      {results.entries.some((e) => e.tiedByTieBreak) ? (
        <p className={mutedClass}>{t("tieBreakNote")}</p>
      ) : null}
      <p className={mutedClass}>
        {t("shareNote", { n: String(data.stableTop), resamples: String(data.resamples) })}
      </p>
      <h3 className={cardTitleClass}>{t("diagrams")}</h3>
      <div className="grid gap-6 lg:grid-cols-2">
        <Diagram svg={data.diagrams.coverage} caption={t("coverageCaption")} />
        <Diagram svg={data.diagrams.leniency} caption={t("leniencyCaption")} />
        <Diagram svg={data.diagrams.connectivity} caption={t("connectivityCaption")} />
        <Diagram svg={data.diagrams.stability} caption={t("stabilityCaption")} />
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
  const t = useTranslations("RoundResults");
  if (entries.length < 2) return null;
  const options = entries.map((e) => ({ value: e.id, label: e.label }));
  return (
    <section id="compare" aria-labelledby="compare-heading" className="space-y-3">
      <h3 id="compare-heading" className={cardTitleClass}>
        {t("compareHeading")}
      </h3>
      <FilterForm label={t("compareLabel")} submitLabel={t("compare")} action="#compare">
        <FilterSelect
          id="compare-a"
          name="compareA"
          label={t("firstEntry")}
          allLabel={t("chooseEntry")}
          value={chosen.a ?? ""}
          options={options}
        />
        <FilterSelect
          id="compare-b"
          name="compareB"
          label={t("secondEntry")}
          allLabel={t("chooseEntry")}
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
            <p className="font-medium text-amber-900">{t("tieBreakDecided")}</p>
          ) : null}
        </div>
      )}
    </section>
  );
}
