// Diagnostic charts for a judging round as self-contained, accessible SVG strings: no chart library,
// every text escaped, a <title> and <desc> that say in words what the picture shows.
import type { BootstrapResult } from "./bootstrap.ts";
import type { Results } from "./model.ts";
import { rubricTable, type ResultsInput } from "./rubric.ts";

/** Okabe & Ito's colour-blind-safe palette; each meets 3:1 against white for shapes, text is near-black. */
const INK = "#1a1a1a";
const AXIS = "#595959";
const BLUE = "#0072B2";
const VERMILLION = "#D55E00";
/** Vermillion darkened to 5.5:1 on white, for small text. */
const VERMILLION_TEXT = "#B34700";

export type ChartOptions = {
  /** Prefix for the ids of <title> and <desc>, unique on the page (default "judging-chart"). */
  id?: string;
};

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "#39" }[c] ?? ""};`,
  );
}

const num = (x: number) => String(Math.round(x * 10) / 10);

function frame(
  width: number,
  height: number,
  title: string,
  desc: string,
  body: string[],
  options: ChartOptions,
) {
  const id = escapeXml(options.id ?? "judging-chart");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(desc)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...body,
    "</svg>",
  ].join("\n");
}

const text = (x: number, y: number, content: string, attrs = "", fill = INK) =>
  `<text x="${num(x)}" y="${num(y)}" fill="${fill}"${attrs ? ` ${attrs}` : ""}>${escapeXml(content)}</text>`;

type Bar = { label: string; value: number; display: string; colour: string };

/** Horizontal bars, one row each, scaled to `max`: the shape shared by three of the charts. */
function barRows(bars: Bar[], max: number, title: string, desc: string, options: ChartOptions) {
  const labelWidth = Math.min(220, 12 + 7 * Math.max(4, ...bars.map((b) => b.label.length)));
  const plot = 320;
  const row = 22;
  const body = bars.flatMap((b, i) => {
    const y = 16 + i * row;
    const w = max > 0 ? (plot * b.value) / max : 0;
    return [
      text(labelWidth - 8, y + 14, b.label, 'text-anchor="end"'),
      `<rect class="bar" x="${num(labelWidth)}" y="${num(y + 3)}" width="${num(w)}" height="${row - 6}" fill="${b.colour}"/>`,
      text(labelWidth + w + 6, y + 14, b.display),
    ];
  });
  const axis = `<line x1="${num(labelWidth)}" y1="12" x2="${num(labelWidth)}" y2="${num(20 + bars.length * row)}" stroke="${AXIS}"/>`;
  return frame(labelWidth + plot + 70, 28 + bars.length * row, title, desc, [axis, ...body], options);
}

/**
 * Coverage: how many entries have 0, 1, 2, … judges, one bar per count up to max(k, most judges on an
 * entry); counts below k (short of the target) in vermillion, the rest in blue.
 */
export function coverageSvg(results: Results, k: number, options: ChartOptions = {}): string {
  const top = Math.max(k, ...results.entries.map((e) => e.n));
  const counts = new Array<number>(top + 1).fill(0);
  for (const e of results.entries) counts[e.n] = (counts[e.n] ?? 0) + 1;
  const short = results.entries.filter((e) => e.n < k).length;
  const bars = counts.map((c, n) => ({
    label: `${n} judge${n === 1 ? "" : "s"}`,
    value: c,
    display: `${c} entr${c === 1 ? "y" : "ies"}`,
    colour: n < k ? VERMILLION : BLUE,
  }));
  return barRows(
    bars,
    Math.max(1, ...counts),
    "Judges per entry",
    `${results.entries.length} entries; the target is ${k} judges each; ${short} ${short === 1 ? "has" : "have"} fewer. ` +
      counts.map((c, n) => `${n} judges: ${c}`).join("; ") +
      ".",
    options,
  );
}

/**
 * Judge leniency: one row per judge with each rubric score they gave as a dot on the scale, their mean
 * as a vertical tick, and their estimated bias written beside it (+ = lenient).
 */
export function leniencySvg(results: Results, input: ResultsInput, options: ChartOptions = {}): string {
  const table = rubricTable(input);
  const [min, max] = input.scale;
  const byJudge = table.judges.map(() => [] as number[]);
  table.pairJudge.forEach((j, p) => byJudge[j]?.push(table.pairValue[p] ?? 0));
  const labelWidth = Math.min(220, 12 + 7 * Math.max(5, ...table.judges.map((j) => j.length)));
  const plot = 300;
  const row = 24;
  const x = (v: number) => labelWidth + (plot * (v - min)) / (max - min);
  const bias = new Map(results.judges.map((j) => [j.judge, j.bias]));
  const body = table.judges.flatMap((judge, j) => {
    const y = 30 + j * row;
    const values = byJudge[j] ?? [];
    const mean = values.reduce((s, v) => s + v, 0) / (values.length || 1);
    const b = bias.get(judge) ?? 0;
    return [
      text(labelWidth - 8, y + 4, judge, 'text-anchor="end"'),
      ...values.map(
        (v) =>
          `<circle class="score" cx="${num(x(v))}" cy="${num(y)}" r="3" fill="${BLUE}" fill-opacity="0.6"/>`,
      ),
      `<line class="mean" x1="${num(x(mean))}" y1="${num(y - 8)}" x2="${num(x(mean))}" y2="${num(y + 8)}" stroke="${INK}" stroke-width="2"/>`,
      text(
        labelWidth + plot + 12,
        y + 4,
        `${b >= 0 ? "+" : "−"}${Math.abs(b).toFixed(2)}`,
        "",
        b < 0 ? VERMILLION_TEXT : INK,
      ),
    ];
  });
  const axisY = 30 + table.judges.length * row - 8;
  const axis = [
    `<line x1="${num(x(min))}" y1="${num(axisY)}" x2="${num(x(max))}" y2="${num(axisY)}" stroke="${AXIS}"/>`,
    text(x(min), axisY + 16, String(min), 'text-anchor="middle"'),
    text(x(max), axisY + 16, String(max), 'text-anchor="middle"'),
    text(labelWidth + plot + 12, 14, "leniency"),
  ];
  const lenient = [...results.judges].sort((a, b) => b.bias - a.bias);
  const desc =
    `${table.judges.length} judges; dots are the scores each gave on the ${min}–${max} scale, the tick their mean. ` +
    (lenient.length > 0
      ? `Most lenient: ${lenient[0]?.judge} (${(lenient[0]?.bias ?? 0).toFixed(2)}); harshest: ${lenient.at(-1)?.judge} (${(lenient.at(-1)?.bias ?? 0).toFixed(2)}).`
      : "No scores.");
  return frame(labelWidth + plot + 80, axisY + 28, "Judge leniency", desc, [...axis, ...body], options);
}

/** Connectivity: one bar per connected component of the judge–entry graph, its length entries + judges. */
export function connectivitySvg(results: Results, options: ChartOptions = {}): string {
  const entries = new Array<number>(results.components).fill(0);
  const judges = new Array<number>(results.components).fill(0);
  for (const e of results.entries) entries[e.component] = (entries[e.component] ?? 0) + 1;
  for (const j of results.judges) judges[j.component] = (judges[j.component] ?? 0) + 1;
  const bars = entries.map((e, c) => ({
    label: `group ${c + 1}`,
    value: e + (judges[c] ?? 0),
    display: `${e} entries, ${judges[c] ?? 0} judges`,
    colour: results.connected ? BLUE : VERMILLION,
  }));
  const title = results.connected
    ? "Judge–entry graph: connected"
    : `Judge–entry graph: ${results.components} separate groups`;
  return barRows(
    bars,
    Math.max(1, ...bars.map((b) => b.value)),
    title,
    `${results.components} group${results.components === 1 ? "" : "s"} of entries and judges linked by shared judges. ${results.reason}`,
    options,
  );
}

/** Top-k stability: one bar per entry (rank order, at most `limit`, default 20): share of resamples in the top k. */
export function stabilitySvg(
  bootstrap: BootstrapResult,
  options: ChartOptions & { limit?: number } = {},
): string {
  const shown = bootstrap.entries.slice(0, options.limit ?? 20);
  const bars = shown.map((e) => ({
    label: `${e.rank ?? "–"}. ${e.entry}`,
    value: e.share,
    display: `${Math.round(e.share * 100)}%`,
    colour: e.share >= 0.5 ? BLUE : VERMILLION,
  }));
  return barRows(
    bars,
    1,
    `How often each entry is in the top ${bootstrap.k}`,
    `Share of ${bootstrap.resamples} bootstrap resamples in which each entry placed in the top ${bootstrap.k}: ` +
      shown.map((e) => `${e.entry} ${Math.round(e.share * 100)}%`).join(", ") +
      ".",
    options,
  );
}
