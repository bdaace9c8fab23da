// Need against supply: counts that may be hidden (server/supply/rules.ts), drawn as table cells and as
// server-rendered SVG bar charts. No chart library and no JavaScript in the browser: each chart is one
// image with a title and a description, and the table beside it carries the same numbers for anyone
// who cannot see it.
// Their words come from the page's catalogue (`words`, supply-words.ts); the numbers and what is hidden
// never change with the language.
import { useId, type ReactNode } from "react";
import { barFraction, cellAt, SUPPRESSED_MARKER, type Cell } from "~/server/supply/rules";
import type { SupplyWords } from "./supply-words";
import { mutedClass } from "./text-styles";

/** A count in a table: the number, or the hidden marker with what it means for screen readers. */
export function CountText({ cell, words }: { cell: Cell; words: SupplyWords }) {
  if (cell.shown) return <>{cell.value}</>;
  return (
    <span className="font-medium text-slate-700" title={words.hiddenTitle}>
      <span aria-hidden="true">{SUPPRESSED_MARKER}</span>
      <span className="sr-only">{words.hiddenSpoken}</span>
    </span>
  );
}

/**
 * The explanation every page with hidden counts shows above its tables; `children` says it in the page's
 * language, the marker in a SuppressedMarker.
 */
export function SuppressionNote({ children }: { children: ReactNode }) {
  return (
    <p
      className={`${mutedClass} rounded border border-slate-200 bg-slate-50 p-3`}
      data-testid="suppression-note"
    >
      {children}
    </p>
  );
}

/** The marker as SuppressionNote shows it, for a page's own sentence (`t.rich(…, { marker })`). */
export function SuppressedMarker({ children }: { children: ReactNode }) {
  return <strong className="font-semibold text-slate-800">{children}</strong>;
}

export interface Bar {
  label: string;
  cell: Cell;
}

/** What a chart says to someone who cannot see it: "<label>. A: 3; B: hidden." (`hidden` in the page's words). */
function describeBars(label: string, bars: readonly Bar[], hidden: string): string {
  return `${label}. ${bars.map((b) => `${b.label}: ${b.cell.shown ? b.cell.value : hidden}`).join("; ")}.`;
}

/**
 * One accessible SVG image (role="img", named by `title`, described by `description`) of `width` ×
 * `height` user units, with the hatch pattern hidden counts are drawn in; `children` draws the marks,
 * given the fill for a hidden count.
 */
function ChartFrame({
  title,
  description,
  width,
  height,
  className,
  children,
}: {
  title: string;
  description: string;
  width: number;
  height: number;
  className: string;
  children: (hiddenFill: string) => React.ReactNode;
}) {
  const id = useId();
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      className={className}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <pattern
          id={`${id}-hatch`}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#e2e8f0" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#64748b" strokeWidth="2" />
        </pattern>
      </defs>
      {children(`url(#${id}-hatch)`)}
    </svg>
  );
}

/**
 * A horizontal bar chart of counts as one accessible SVG image, titled `title`; its description lists
 * every bar's count (or "hidden") after `summary` (default: the title). A hidden count is drawn as a
 * hatched stub marked [c], never as a length.
 */
export function BarChart({
  title,
  summary,
  bars,
  words,
}: {
  title: string;
  summary?: string;
  bars: Bar[];
  words: SupplyWords;
}) {
  const max = Math.max(1, ...bars.map((b) => (b.cell.shown ? b.cell.value : 0)));
  // Each bar under its label, so the chart stays legible when a phone shrinks it.
  const rowHeight = 44;
  const chartWidth = 260;
  return (
    <figure>
      <ChartFrame
        title={title}
        description={describeBars(summary ?? title, bars, words.hidden)}
        width={chartWidth + 60}
        height={bars.length * rowHeight + 4}
        className="h-auto w-full max-w-md"
      >
        {(hiddenFill) =>
          bars.map((bar, i) => {
            const y = i * rowHeight;
            const length = bar.cell.shown
              ? Math.max(Math.round(barFraction(bar.cell, max) * chartWidth), bar.cell.value > 0 ? 2 : 0)
              : 24;
            return (
              <g key={bar.label}>
                <text x="0" y={y + 14} fontSize="14" fill="#0f172a">
                  {bar.label}
                </text>
                <rect
                  x="0"
                  y={y + 20}
                  width={length}
                  height="18"
                  fill={bar.cell.shown ? "#4338ca" : hiddenFill}
                  rx="2"
                />
                <text x={length + 6} y={y + 34} fontSize="14" fill="#0f172a">
                  {bar.cell.shown ? bar.cell.value : SUPPRESSED_MARKER}
                </text>
              </g>
            );
          })
        }
      </ChartFrame>
    </figure>
  );
}

/**
 * Registrations per week as one accessible SVG image: a column per week (its Monday, UTC), hidden weeks
 * hatched. `weeks` and `counts` are the same length; `words.describeWeeks` says what it shows.
 */
export function WeeklyChart({
  title,
  weeks,
  counts,
  words,
}: {
  title: string;
  weeks: string[];
  counts: Cell[];
  words: SupplyWords;
}) {
  const max = Math.max(1, ...counts.map((c) => (c.shown ? c.value : 0)));
  const columnWidth = 28;
  const plotHeight = 120;
  const left = 8;
  const width = Math.max(480, left + weeks.length * columnWidth + 8);
  const hiddenWeeks = counts.filter((c) => !c.shown).length;
  const description =
    weeks.length === 0
      ? words.noWeeks
      : words.describeWeeks({
          first: weeks[0] ?? "",
          last: weeks[weeks.length - 1] ?? "",
          hidden: hiddenWeeks,
        });
  return (
    <ChartFrame
      title={title}
      description={description}
      width={width}
      height={plotHeight + 40}
      className="h-auto w-full max-w-2xl"
    >
      {(hiddenFill) => (
        <>
          <line x1={left} y1={plotHeight + 4} x2={width - 4} y2={plotHeight + 4} stroke="#94a3b8" />
          {counts.map((cell, i) => {
            const x = left + i * columnWidth + 4;
            const h = cell.shown ? Math.round(barFraction(cell, max) * plotHeight) : 16;
            return (
              <g key={weeks[i]}>
                <rect
                  x={x}
                  y={plotHeight + 4 - h}
                  width={columnWidth - 8}
                  height={h}
                  fill={cell.shown ? "#4338ca" : hiddenFill}
                  rx="2"
                />
                {i % Math.max(1, Math.ceil(weeks.length / 8)) === 0 ? (
                  <text x={x} y={plotHeight + 22} fontSize="12" fill="#334155">
                    {(weeks[i] ?? "").slice(5)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </>
      )}
    </ChartFrame>
  );
}

/** The weeks as a table (the chart's accessible data). */
export function WeeklyTable({
  caption,
  weeks,
  counts,
  words,
}: {
  caption: string;
  weeks: string[];
  counts: Cell[];
  words: SupplyWords;
}) {
  return (
    <div className="relative max-h-64 overflow-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="px-3 py-1 font-semibold">
              {words.weekOf}
            </th>
            <th scope="col" className="px-3 py-1 text-right font-semibold">
              {words.registrations}
            </th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={week} className="border-t border-slate-200">
              <td className="px-3 py-1 whitespace-nowrap">{week}</td>
              <td className="px-3 py-1 text-right tabular-nums">
                <CountText cell={cellAt(counts, i)} words={words} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
