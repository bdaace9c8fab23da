// Reading a round's scores from a CSV or JSON file, and writing its results as a table or JSON, for
// `npm run judging:results`. Every problem is a DomainError INVALID_INPUT whose message names the line
// (CSV, JSON syntax) or the JSON path (JSON content).
import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import { DomainError, type Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { Results, ResultsInput, ScoreRow } from "./model.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

const invalid = (message: Said) => new DomainError("INVALID_INPUT", message);

const CSV_COLUMNS = ["entry", "judge", "criterion", "score"] as const;
const csvRecords = z.array(z.object({ record: z.array(z.string()), info: z.object({ lines: z.number() }) }));

/** One score read from a CSV file, with the line it started on. */
export type CsvScoreRow = ScoreRow & { line: number };

/**
 * Reads the rows of `entry,judge,criterion,score` CSV (RFC 4180 via csv-parse: quoted fields, doubled
 * quotes, CRLF, a UTF-8 BOM). The header row is required, names are matched case-insensitively in any
 * order, `criterion` may be left out (or left empty on a row: an overall score), other columns are
 * refused. Blank lines are skipped. `scale` is checked per row when given. Throws INVALID_INPUT naming
 * the line.
 */
export function readScoresCsv(text: string, options: { scale?: [number, number] } = {}): CsvScoreRow[] {
  let records: z.infer<typeof csvRecords>;
  try {
    // csv-parse's types do not model `info: true`; the shape is checked instead of cast.
    records = csvRecords.parse(
      parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: false }),
    );
  } catch (error) {
    if (error instanceof CsvError) throw invalid(refuse("csvError", { error: error.message }));
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw invalid(refuse("emptyResultsFile"));
  const names = header.record.map((h) => h.trim().toLowerCase());
  for (const name of names) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      throw invalid(refuse("unknownColumn", { line: String(header.info.lines), name }));
    }
  }
  const column = (name: (typeof CSV_COLUMNS)[number]) => names.indexOf(name);
  for (const required of ["entry", "judge", "score"] as const) {
    if (column(required) < 0)
      throw invalid(refuse("missingColumn", { line: String(header.info.lines), column: required }));
  }
  return rows.map(({ record, info }) => {
    const cell = (name: (typeof CSV_COLUMNS)[number]) => (record[column(name)] ?? "").trim();
    const at = { line: String(info.lines) };
    const entry = cell("entry");
    const judge = cell("judge");
    if (entry === "") throw invalid(refuse("emptyEntry", at));
    if (judge === "") throw invalid(refuse("emptyJudge", at));
    const text = cell("score");
    const value = text === "" ? Number.NaN : Number(text);
    if (!Number.isFinite(value)) throw invalid(refuse("scoreNotANumber", { ...at, text }));
    if (options.scale && (value < options.scale[0] || value > options.scale[1])) {
      throw invalid(
        refuse("lineScoreOutsideScale", {
          ...at,
          value: String(value),
          min: String(options.scale[0]),
          max: String(options.scale[1]),
        }),
      );
    }
    const criterion = column("criterion") >= 0 ? cell("criterion") : "";
    const line = info.lines;
    return criterion === "" ? { entry, judge, value, line } : { entry, judge, criterion, value, line };
  });
}

/**
 * Parses `entry,judge,criterion,score` CSV into the results model's input (rows as `readScoresCsv`).
 * `scale` is checked per row when given; otherwise it is inferred as [lowest, highest] score in the
 * file (which must then differ). Throws INVALID_INPUT naming the line.
 */
export function parseScoresCsv(text: string, options: { scale?: [number, number] } = {}): ResultsInput {
  const scores: ScoreRow[] = readScoresCsv(text, options).map(({ line: _line, ...row }) => row);
  let scale = options.scale;
  if (!scale) {
    const values = scores.map((s) => s.value);
    const [min, max] = [Math.min(...values), Math.max(...values)];
    if (!(min < max)) {
      throw invalid(
        values.length === 0 ? refuse("noScoresInFile") : refuse("cannotInferScale", { value: String(min) }),
      );
    }
    scale = [min, max];
  }
  return { scale, scores };
}

const jsonInput = z.strictObject({
  scale: z.tuple([z.number(), z.number()]),
  criteria: z.array(z.strictObject({ id: z.string().min(1), weight: z.number().positive() })).optional(),
  scores: z.array(
    z.strictObject({
      entry: z.string().min(1),
      judge: z.string().min(1),
      criterion: z.string().min(1).optional(),
      value: z.number(),
    }),
  ),
  shrinkage: z.number().min(0).optional(),
});

const jsonPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, k) => (typeof k === "number" ? `${s}[${k}]` : `${s}.${String(k)}`), "$");

/**
 * Parses `{ "scale": [min, max], "criteria"?: [{ "id", "weight" }], "scores": [{ "entry", "judge",
 * "criterion"?, "value" }], "shrinkage"? }` (zod 4, unknown keys refused). Throws INVALID_INPUT naming
 * the line and column of a syntax error, or the JSON path (e.g. $.scores[3].value) of a content error.
 */
export function parseScoresJson(text: string): ResultsInput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Node's own message gives neither line nor column on every version: find the spot ourselves.
    const { offset, expected } = jsonSyntaxError(text);
    const before = text.slice(0, offset).split("\n");
    throw invalid(
      refuse("invalidJson", {
        line: String(before.length),
        column: String((before.at(-1)?.length ?? 0) + 1),
        expected,
      }),
    );
  }
  const parsed = jsonInput.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(
      refuse("jsonContent", { path: jsonPath(issue?.path ?? []), problem: issue?.message ?? "invalid" }),
    );
  }
  return parsed.data;
}

class JsonStop extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(`expected ${expected} at ${offset}`);
  }
}

/**
 * Where a text stops being JSON (RFC 8259): a small recursive-descent scan that only locates the first
 * error, used after JSON.parse has failed. Returns the offset and what was expected there.
 */
export function jsonSyntaxError(text: string): { offset: number; expected: string } {
  let i = 0;
  const fail = (expected: string): never => {
    throw new JsonStop(Math.min(i, text.length), expected);
  };
  const space = () => {
    while (/\s/.test(text[i] ?? "x")) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail("a value"));
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") i++;
      else if ((text.charCodeAt(i) ?? 0) < 0x20) fail("a closing quote");
      i++;
    }
    if (text[i] !== '"') fail("a closing quote");
    i++;
  };
  // "{" members "}" or "[" values "]": the separators and the closing bracket are checked the same way.
  const sequence = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ",") fail(`',' or '${close}'`);
      i++;
    }
  };
  const member = () => {
    space();
    if (text[i] !== '"') fail("a property name in double quotes");
    string();
    space();
    if (text[i] !== ":") fail("':'");
    i++;
    value();
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === "{") return sequence("}", member);
    if (c === "[") return sequence("]", value);
    if (c === '"') return string();
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number) return void (i += number[0].length);
    for (const word of ["true", "false", "null"]) if (text.startsWith(word, i)) return void literal(word);
    fail("a value");
  };
  try {
    value();
    space();
    if (i < text.length) fail("the end of the file");
  } catch (error) {
    if (error instanceof JsonStop) return { offset: error.offset, expected: error.expected };
    throw error;
  }
  return { offset: i, expected: "the end of the file" };
}

/** JSON if the file name ends in .json or the text starts with "{", else CSV. */
export function parseScoresFile(name: string, text: string, options: { scale?: [number, number] } = {}) {
  const json = name.toLowerCase().endsWith(".json") || text.trimStart().startsWith("{");
  if (!json) return parseScoresCsv(text, options);
  const input = parseScoresJson(text);
  return options.scale ? { ...input, scale: options.scale } : input;
}

/** Parses a `--scale` value "MIN,MAX" (e.g. "1,5"); throws INVALID_INPUT. */
export function parseScale(value: string): [number, number] {
  const parts = value.split(",").map((p) => Number(p.trim()));
  const [min, max] = parts;
  if (parts.length !== 2 || min === undefined || max === undefined || !(min < max)) {
    throw invalid(refuse("badScaleOption", { value }));
  }
  return [min, max];
}

/** The `--json` output: exactly these keys, nothing else. */
export function resultsJson(results: Results) {
  return {
    connected: results.connected,
    components: results.components,
    method: results.method,
    reason: results.reason,
    entries: results.entries.map(({ entry, raw, adjusted, rank }) => ({ entry, raw, adjusted, rank })),
    judges: results.judges.map(({ judge, bias }) => ({ judge, bias })),
  };
}

const pad = (cells: string[][]) => {
  const widths = (cells[0] ?? []).map((_, c) => Math.max(...cells.map((row) => (row[c] ?? "").length)));
  return cells.map((row) =>
    row
      .map((cell, c) => cell.padStart(widths[c] ?? 0))
      .join("  ")
      .trimEnd(),
  );
};

/** A plain-text report: the reason, entries in rank order (* = placed by the tie-break), judges. */
export function resultsTable(results: Results): string {
  const two = (x: number | null) => (x === null ? "–" : x.toFixed(2));
  const entries = pad([
    ["rank", "entry", "raw", "adjusted", "judges"],
    ...results.entries.map((e) => [
      `${e.rank ?? "–"}${e.tiedByTieBreak ? "*" : ""}`,
      e.entry,
      two(e.raw),
      two(e.adjusted),
      String(e.n),
    ]),
  ]);
  const judges = pad([
    ["judge", "leniency", "scores"],
    ...results.judges.map((j) => [j.judge, (j.bias >= 0 ? "+" : "") + j.bias.toFixed(2), String(j.n)]),
  ]);
  const lines = [`Method: ${results.method}. ${results.reason}`, "", ...entries];
  if (results.entries.some((e) => e.tiedByTieBreak)) {
    lines.push("", "* tied on the score that ranks; placed by raw score, then more judges, then entry id.");
  }
  return [...lines, "", ...judges, ""].join("\n");
}
