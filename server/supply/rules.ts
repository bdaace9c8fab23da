// Need against supply: pure rules for small-count suppression, areas, ratios and weekly buckets.
// Nothing here reads the database or the clock (docs/design.md "Need against supply").
//
// Small-count suppression follows the standard statistical disclosure control practice for tables of
// counts set out by the UK Government Statistical Service and the ONS (GSS/ONS guidance on disclosure
// control for tables produced from administrative sources, and on small-number suppression): a small
// count is not published ("primary" suppression), and further cells are hidden ("secondary" or
// "complementary" suppression) so that the hidden ones cannot be worked out by subtracting the cells
// that are shown from a total that is shown. Every hidden cell carries the same marker, as ONS tables
// do with "[c]" (confidential), so a reader cannot tell a small count from a cell hidden to protect it.

/** Counts from 1 to SMALL_COUNT - 1 (1–4) are never shown. */
export const SMALL_COUNT = 5;

/** A count as published: its value, or hidden (see suppressTable). */
export type Cell = { shown: true; value: number } | { shown: false };

/** The marker every hidden cell shows, and what it means (for the tables' captions and the CSV). */
export const SUPPRESSED_MARKER = "[c]";
export const SUPPRESSED_EXPLANATION =
  "[c]: hidden. Fewer than 5 people, or hidden so that a count of fewer than 5 elsewhere in its row or column cannot be worked out from the totals.";

/** true for a count that must not be published on its own: 1 to 4 (zero is shown: it describes no one). */
export function isSmallCount(count: number): boolean {
  return count > 0 && count < SMALL_COUNT;
}

/** A table of counts with its row totals, column totals and grand total, each published or hidden. */
export interface ProtectedTable {
  /** cells[row][column], in the order given. */
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

/**
 * Which entries of a table (with margins) to hide so that no count of 1–4 is shown and no hidden count
 * can be recovered by subtraction within a row or a column.
 *
 * `counts[row][column]` are non-negative integers (every row the same length). The table is taken with
 * its margins as a (rows + 1) × (columns + 1) grid: each row's total at its end, a row of column totals
 * beneath, and the grand total in the corner. `forced` lists entries of that grid to hide whatever their
 * value ([row, column], where row = rows.length is the totals row and column = columns is the totals
 * column): used when two tables share totals (suppressTables).
 *
 * The rule, applied until nothing changes:
 * 1. Primary: every entry (cell or total) of 1–4 is hidden. Zero is shown.
 * 2. Complementary: every line (a row with its total, or a column with its total, margins included)
 *    that holds exactly one hidden entry, or whose hidden entries could only be 1 each (they are all
 *    cells of value 1, with the line's total shown, so their number would give them away), has its
 *    smallest shown non-zero cell hidden too (ties: the first); when it has none, its shown total.
 *
 * Afterwards every line has no hidden entry or at least two, and every shown entry is its true value.
 * It protects against subtraction within rows and columns (what the GSS guidance asks of a simple
 * table); it is not a full linear-programming audit of every combination of lines.
 */
export function suppressTable(
  counts: readonly (readonly number[])[],
  forced: readonly (readonly [number, number])[] = [],
): ProtectedTable {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  for (const row of counts) {
    if (row.length !== columns) throw new RangeError("every row of the table must have the same length");
    for (const c of row) {
      if (!Number.isInteger(c) || c < 0) throw new RangeError(`a count must be a whole number ≥ 0: ${c}`);
    }
  }
  // The grid with margins.
  const grid: number[][] = counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totalsRow: number[] = [];
  for (let j = 0; j <= columns; j++) totalsRow.push(grid.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  grid.push(totalsRow);
  const hidden = grid.map((row) => row.map((value) => isSmallCount(value)));
  for (const [i, j] of forced) {
    const row = hidden[i];
    if (row && j >= 0 && j < row.length) row[j] = true;
  }

  // Each line: the interior positions and the total's position.
  type Pos = readonly [number, number];
  const lines: { interior: Pos[]; total: Pos }[] = [];
  for (let i = 0; i <= rows; i++) {
    lines.push({
      interior: Array.from({ length: columns }, (_, j): Pos => [i, j]),
      total: [i, columns],
    });
  }
  for (let j = 0; j <= columns; j++) {
    lines.push({ interior: Array.from({ length: rows }, (_, i): Pos => [i, j]), total: [rows, j] });
  }
  const valueAt = ([i, j]: Pos) => grid[i]?.[j] ?? 0;
  const isHidden = ([i, j]: Pos) => hidden[i]?.[j] ?? false;
  const hide = ([i, j]: Pos) => {
    const row = hidden[i];
    if (row) row[j] = true;
  };

  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const entries = [...line.interior, line.total];
      const hiddenEntries = entries.filter(isHidden);
      if (hiddenEntries.length === 0) continue;
      const allOnes = !isHidden(line.total) && hiddenEntries.every((p) => valueAt(p) === 1);
      if (hiddenEntries.length >= 2 && !allOnes) continue;
      // Hide the smallest shown non-zero cell, else the total.
      let pick: Pos | null = null;
      for (const p of line.interior) {
        if (isHidden(p) || valueAt(p) === 0) continue;
        if (pick === null || valueAt(p) < valueAt(pick)) pick = p;
      }
      if (pick === null && !isHidden(line.total)) pick = line.total;
      if (pick === null) continue; // Nothing left to hide: every other entry is a shown zero.
      hide(pick);
      changed = true;
    }
  }

  const cell = (i: number, j: number): Cell =>
    isHidden([i, j]) ? { shown: false } : { shown: true, value: valueAt([i, j]) };
  return {
    cells: Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => cell(i, j))),
    rowTotals: Array.from({ length: rows }, (_, i) => cell(i, columns)),
    columnTotals: Array.from({ length: columns }, (_, j) => cell(rows, j)),
    total: cell(rows, columns),
  };
}

/** Positions of the hidden margin entries of `t` that another table sharing them must hide too. */
function hiddenRowTotals(t: ProtectedTable): (readonly [number, number])[] {
  const rows = t.rowTotals.length;
  const columns = t.columnTotals.length;
  const out: (readonly [number, number])[] = [];
  t.rowTotals.forEach((c, i) => {
    if (!c.shown) out.push([i, columns]);
  });
  if (!t.total.shown) out.push([rows, columns]);
  return out;
}

/**
 * suppressTable for several tables of the same rows (the same people counted by different columns, e.g.
 * by age band and by experience), which therefore share their row totals and grand total: a row total
 * or grand total hidden in one is hidden in all, repeated until none changes. Each table's columns may
 * differ in number. `hiddenRows` are rows whose total must be hidden from the start (rows.length: the
 * grand total), e.g. because a third table shares it. Throws RangeError when the tables' row totals
 * differ (they must count the same people).
 */
export function suppressTables(
  tables: readonly (readonly (readonly number[])[])[],
  hiddenRows: readonly number[] = [],
): ProtectedTable[] {
  const sums = tables.map((t) => t.map((row) => row.reduce((a, b) => a + b, 0)).join(","));
  if (sums.some((s) => s !== sums[0])) throw new RangeError("the tables must have the same row totals");
  // The rows (by index; index rows.length is the totals row, i.e. the grand total) whose total is hidden.
  let shared = new Set<string>(hiddenRows.map(String));
  const forcedOf = (t: readonly (readonly number[])[]) =>
    [...shared].map((i) => [Number(i), t[0]?.length ?? 0] as const);
  let result = tables.map((t) => suppressTable(t, forcedOf(t)));
  for (;;) {
    const next = new Set<string>();
    for (const t of result) for (const [i] of hiddenRowTotals(t)) next.add(String(i));
    if (next.size === shared.size) return result;
    shared = next;
    result = tables.map((t) => suppressTable(t, forcedOf(t)));
  }
}

/** A hidden cell. */
export const HIDDEN: Cell = { shown: false };

/** `cells[i]`, or HIDDEN when there is none (the careful side): for reading tables by index. */
export function cellAt(cells: readonly Cell[] | undefined, i: number): Cell {
  return cells?.[i] ?? HIDDEN;
}

/** A cell as text: its number, or the SUPPRESSED_MARKER. */
export function cellText(cell: Cell): string {
  return cell.shown ? String(cell.value) : SUPPRESSED_MARKER;
}

/** Shown as a fraction of `max` for a bar (0 when hidden or max ≤ 0), between 0 and 1. */
export function barFraction(cell: Cell, max: number): number {
  if (!cell.shown || max <= 0) return 0;
  return Math.min(1, Math.max(0, cell.value / max));
}

/** Where a centre is: its postcode district, and the postcode area (its leading letters). */
export interface Area {
  /** "LS1"; "" when unknown. */
  district: string;
  /** "LS"; "" when unknown. */
  area: string;
}

export const UNKNOWN_AREA_LABEL = "Unknown area";

/**
 * The district and postcode area of a centre from its `postcodeDistrict` ("ls1 " → { district: "LS1",
 * area: "LS" }). The postcode area is the one or two letters a UK postcode starts with. A district that
 * does not start with a letter, or is empty, is unknown ({ district: "", area: "" }).
 */
export function areaOf(postcodeDistrict: string): Area {
  const district = postcodeDistrict.trim().toUpperCase().replace(/\s+/g, "");
  const match = /^([A-Z]{1,2})[0-9]/.exec(district) ?? /^([A-Z]{1,2})$/.exec(district);
  if (!match) return { district: "", area: "" };
  return { district, area: match[1] ?? "" };
}

/** A postcode area for showing: "LS", or "Unknown area" for "". */
export function areaLabel(area: string): string {
  return area === "" ? UNKNOWN_AREA_LABEL : area;
}

/** A postcode area as an address segment accepts it: one or two letters, upper-cased; null otherwise. */
export function parseAreaCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return /^[A-Z]{1,2}$/.test(code) ? code : null;
}

/**
 * Demand per place: `demand` (registrations, or registrations and waiting list) over `places`, rounded to
 * two decimals; null when either is hidden or there are no places (a ratio with a shown number of
 * places would give the hidden demand away).
 */
export function demandPerPlace(demand: Cell, places: number): number | null {
  if (!demand.shown || places <= 0) return null;
  return Math.round((demand.value / places) * 100) / 100;
}

/** The Monday (UTC) of the week holding `instant`, as "YYYY-MM-DD": registrations are counted by it. */
export function weekOf(instant: Date): string {
  const day = new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
  const back = (day.getUTCDay() + 6) % 7; // Monday → 0 … Sunday → 6
  day.setUTCDate(day.getUTCDate() - back);
  return day.toISOString().slice(0, 10);
}

/**
 * Counts per week from the first week to the last that has any (empty weeks between as 0), in order:
 * [{ week: "YYYY-MM-DD" (its Monday), count }]. [] for no instants.
 */
export function countByWeek(instants: readonly Date[]): { week: string; count: number }[] {
  if (instants.length === 0) return [];
  const counts = new Map<string, number>();
  for (const at of instants) {
    const w = weekOf(at);
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const weeks = [...counts.keys()].sort();
  const out: { week: string; count: number }[] = [];
  const first = weeks[0] ?? "";
  const last = weeks[weeks.length - 1] ?? "";
  for (let d = new Date(`${first}T00:00:00Z`); ; d.setUTCDate(d.getUTCDate() + 7)) {
    const w = d.toISOString().slice(0, 10);
    out.push({ week: w, count: counts.get(w) ?? 0 });
    if (w >= last) break;
  }
  return out;
}
