import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  areaLabel,
  areaOf,
  barFraction,
  cellAt,
  cellText,
  countByWeek,
  demandPerPlace,
  isSmallCount,
  parseAreaCode,
  suppressTable,
  suppressTables,
  weekOf,
  type Cell,
  type ProtectedTable,
} from "./rules.ts";

const shown = (value: number): Cell => ({ shown: true, value });
const hidden: Cell = { shown: false };

/** The table with its margins as a grid, the way suppressTable reasons about it. */
function gridOf(t: ProtectedTable): Cell[][] {
  return [...t.cells.map((row, i) => [...row, cellAt(t.rowTotals, i)]), [...t.columnTotals, t.total]];
}

function trueGrid(counts: number[][]): number[][] {
  const columns = counts[0]?.length ?? 0;
  const rows = counts.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: columns + 1 }, (_, j) => rows.reduce((s, r) => s + (r[j] ?? 0), 0));
  return [...rows, totals];
}

/** Every row and column of the grid (margins included) as its entries. */
function linesOf<T>(grid: T[][]): T[][] {
  const at = (row: T[], j: number): T => row[j] as T;
  const columns = grid[0]?.length ?? 0;
  return [...grid, ...Array.from({ length: columns }, (_, j) => grid.map((row) => at(row, j)))];
}

const table = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, columns }) =>
    fc.array(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), {
        minLength: columns,
        maxLength: columns,
      }),
      { minLength: rows, maxLength: rows },
    ),
  );

describe("isSmallCount", () => {
  it("is 1 to 4, not 0 and not 5", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(isSmallCount)).toEqual([false, true, true, true, true, false, false]);
  });
});

describe("suppressTable", () => {
  it("shows a table with no small counts as it is", () => {
    const t = suppressTable([
      [5, 7],
      [0, 9],
    ]);
    expect(t.cells).toEqual([
      [shown(5), shown(7)],
      [shown(0), shown(9)],
    ]);
    expect(t.rowTotals).toEqual([shown(12), shown(9)]);
    expect(t.columnTotals).toEqual([shown(5), shown(16)]);
    expect(t.total).toEqual(shown(21));
  });

  it("hides a 3 and the next smallest cell of its row and column, so neither can be subtracted out", () => {
    const t = suppressTable([
      [3, 10, 20],
      [8, 12, 30],
    ]);
    expect(t.cells[0]?.[0]).toEqual(hidden);
    // Row 0: the 10 is hidden too; column 0: the 8.
    expect(t.cells[0]?.[1]).toEqual(hidden);
    expect(t.cells[1]?.[0]).toEqual(hidden);
    // Column 1 then holds one hidden (the 10), so the 12 goes as well; totals stay.
    expect(t.cells[1]?.[1]).toEqual(hidden);
    expect(t.rowTotals).toEqual([shown(33), shown(50)]);
    expect(t.total).toEqual(shown(83));
  });

  it("hides the total when the only other cells are zeros", () => {
    const t = suppressTable([[0, 3, 0]]);
    expect(t.cells[0]).toEqual([shown(0), hidden, shown(0)]);
    expect(t.rowTotals[0]).toEqual(hidden);
    expect(t.total).toEqual(hidden);
  });

  it("does not leave two hidden ones with a shown total (1 + 1 = 2 would give both away)", () => {
    const t = suppressTable([[1, 1, 9]]);
    expect(t.cells[0]).toEqual([hidden, hidden, hidden]);
  });

  it("hides a total of 1–4 even when made of zeros and a hidden cell", () => {
    const t = suppressTable([[2], [0]]);
    expect(t.rowTotals[0]).toEqual(hidden);
    expect(t.total).toEqual(hidden);
  });

  it("honours forced entries", () => {
    const t = suppressTable(
      [
        [10, 10],
        [10, 10],
      ],
      [[0, 2]],
    );
    expect(t.rowTotals[0]).toEqual(hidden);
    expect(
      gridOf(t)
        .flat()
        .filter((c) => !c.shown).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it("refuses ragged rows and negative or fractional counts", () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[-1]])).toThrow(RangeError);
    expect(() => suppressTable([[1.5]])).toThrow(RangeError);
  });

  it("handles an empty table", () => {
    expect(suppressTable([])).toEqual({ cells: [], rowTotals: [], columnTotals: [], total: shown(0) });
  });

  it("property: no shown entry is ever 1–4", () => {
    fc.assert(
      fc.property(table, (counts) => {
        for (const c of gridOf(suppressTable(counts)).flat()) {
          if (c.shown) expect(isSmallCount(c.value)).toBe(false);
        }
      }),
    );
  });

  it("property: every shown entry is its true value, so shown totals agree with the counts", () => {
    fc.assert(
      fc.property(table, (counts) => {
        const grid = gridOf(suppressTable(counts));
        const truth = trueGrid(counts);
        grid.forEach((row, i) =>
          row.forEach((c, j) => {
            if (c.shown) expect(c.value).toBe(truth[i]?.[j]);
          }),
        );
      }),
    );
  });

  it("property: no hidden entry can be recovered by subtraction within a row or column", () => {
    fc.assert(
      fc.property(table, (counts) => {
        const grid = gridOf(suppressTable(counts));
        const truth = trueGrid(counts);
        const positions = grid.map((row, i) => row.map((_, j) => [i, j] as const));
        for (const line of linesOf(positions)) {
          const hiddenHere = line.filter(([i, j]) => !grid[i]?.[j]?.shown);
          // A line with exactly one unknown gives it away (total − the rest).
          expect(hiddenHere.length === 1).toBe(false);
          // Hidden cells that could only be 1 each (their sum, from the shown total, equals their number).
          const [ti, tj] = line[line.length - 1] ?? [0, 0];
          if (hiddenHere.length > 0 && grid[ti]?.[tj]?.shown) {
            const sum = hiddenHere.reduce((s, [i, j]) => s + (truth[i]?.[j] ?? 0), 0);
            expect(sum === hiddenHere.length && hiddenHere.every(([i, j]) => truth[i]?.[j] === 1)).toBe(
              false,
            );
          }
        }
      }),
    );
  });

  it("property: a table with no counts of 1–4 is shown whole", () => {
    const noSmall = table.map((t) => t.map((row) => row.map((c) => (isSmallCount(c) ? c + 5 : c))));
    fc.assert(
      fc.property(noSmall, (counts) => {
        expect(
          gridOf(suppressTable(counts))
            .flat()
            .every((c) => c.shown),
        ).toBe(true);
      }),
    );
  });
});

describe("suppressTables", () => {
  it("hides a row total hidden in one table in the other too", () => {
    // Same people: by band (3 columns) and by experience (2 columns).
    const [byBand, byExperience] = suppressTables([
      [
        [0, 3, 0],
        [10, 10, 10],
      ],
      [
        [3, 0],
        [15, 15],
      ],
    ]);
    expect(byBand?.rowTotals[0]).toEqual(hidden);
    expect(byExperience?.rowTotals[0]).toEqual(hidden);
  });

  it("property: shared row totals and grand total are hidden alike, and each table stays safe", () => {
    const pair = table.chain((a) =>
      fc.constant(a).map((t) => {
        // A second table of the same rows: each row's total split into two columns.
        const b = t.map((row) => {
          const s = row.reduce((x, y) => x + y, 0);
          const half = Math.floor(s / 3);
          return [half, s - half];
        });
        return [t, b] as const;
      }),
    );
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const [pa, pb] = suppressTables([a, b]);
        expect(pa?.rowTotals.map((c) => c.shown)).toEqual(pb?.rowTotals.map((c) => c.shown));
        expect(pa?.total.shown).toBe(pb?.total.shown);
        for (const t of [pa, pb]) {
          if (!t) continue;
          for (const c of gridOf(t).flat()) if (c.shown) expect(isSmallCount(c.value)).toBe(false);
        }
      }),
    );
  });

  it("refuses tables of different people", () => {
    expect(() => suppressTables([[[5]], [[6]]])).toThrow(RangeError);
  });
});

describe("cellText and barFraction", () => {
  it("writes hidden cells as [c]", () => {
    expect(cellText(shown(7))).toBe("7");
    expect(cellText(hidden)).toBe("[c]");
  });
  it("draws hidden cells as nothing", () => {
    expect(barFraction(shown(5), 10)).toBe(0.5);
    expect(barFraction(hidden, 10)).toBe(0);
    expect(barFraction(shown(5), 0)).toBe(0);
    expect(barFraction(shown(20), 10)).toBe(1);
  });
});

describe("areaOf", () => {
  it("reads the postcode area from the district", () => {
    expect(areaOf("LS1")).toEqual({ district: "LS1", area: "LS" });
    expect(areaOf(" ls11 ")).toEqual({ district: "LS11", area: "LS" });
    expect(areaOf("B1")).toEqual({ district: "B1", area: "B" });
    expect(areaOf("EC1A")).toEqual({ district: "EC1A", area: "EC" });
    expect(areaOf("SW")).toEqual({ district: "SW", area: "SW" });
  });
  it("calls anything else unknown", () => {
    for (const odd of ["", "  ", "123", "ABC1", "?"]) expect(areaOf(odd)).toEqual({ district: "", area: "" });
    expect(areaLabel("")).toBe("Unknown area");
    expect(areaLabel("LS")).toBe("LS");
  });
  it("property: the area is the district's one or two leading letters", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const { district, area } = areaOf(s);
        if (area) expect(district.startsWith(area)).toBe(true);
        else expect(district).toBe("");
      }),
    );
  });
});

describe("parseAreaCode", () => {
  it("accepts one or two letters in either case", () => {
    expect(parseAreaCode("ls")).toBe("LS");
    expect(parseAreaCode("B")).toBe("B");
    for (const bad of ["", "LS1", "ABC", "%00", "__proto__", "L S"]) expect(parseAreaCode(bad)).toBeNull();
  });
});

describe("demandPerPlace", () => {
  it("divides shown demand by places, to two decimals", () => {
    expect(demandPerPlace(shown(15), 10)).toBe(1.5);
    expect(demandPerPlace(shown(10), 3)).toBe(3.33);
    expect(demandPerPlace(shown(0), 10)).toBe(0);
  });
  it("is null when demand is hidden or there are no places", () => {
    expect(demandPerPlace(hidden, 10)).toBeNull();
    expect(demandPerPlace(shown(10), 0)).toBeNull();
  });
});

describe("weekOf and countByWeek", () => {
  it("counts by the Monday of each week (UTC), Sunday belonging to the week before", () => {
    expect(weekOf(new Date("2026-11-30T00:00:00Z"))).toBe("2026-11-30"); // Monday
    expect(weekOf(new Date("2026-12-06T23:59:59Z"))).toBe("2026-11-30"); // Sunday
    expect(weekOf(new Date("2026-12-07T00:00:00Z"))).toBe("2026-12-07");
  });
  it("fills empty weeks between the first and last with 0", () => {
    expect(
      countByWeek([
        new Date("2026-11-02T10:00:00Z"),
        new Date("2026-11-03T10:00:00Z"),
        new Date("2026-11-20T10:00:00Z"),
      ]),
    ).toEqual([
      { week: "2026-11-02", count: 2 },
      { week: "2026-11-09", count: 0 },
      { week: "2026-11-16", count: 1 },
    ]);
    expect(countByWeek([])).toEqual([]);
  });
  it("property: the weekly counts add up to the number of instants, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.date({ min: new Date("2025-01-01"), max: new Date("2027-01-01"), noInvalidDate: true }), {
          maxLength: 50,
        }),
        (dates) => {
          const weeks = countByWeek(dates);
          expect(weeks.reduce((s, w) => s + w.count, 0)).toBe(dates.length);
          const ordered = weeks.map((w) => w.week);
          expect(ordered).toEqual([...new Set(ordered)].sort());
        },
      ),
    );
  });
});
