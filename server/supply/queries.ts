import "server-only";
import type { Db } from "../db/create.ts";
import { toCsv } from "../export/csv.ts";
import { NO_CENTRE } from "../centres/rules.ts";
import { dayInZone } from "../mentoring/days.ts";
import { vettingOf } from "../mentoring/queries.ts";
import { isVettedOn } from "../mentoring/vetting.ts";
import { AGE_FACTS_SELECT, registrantAge } from "../registrations/age.ts";
import { AGE_BANDS, ageBand, ageBandLabel } from "../registrations/rules.ts";
import { EXPERIENCE_LABELS, EXPERIENCE_LEVELS } from "../registrations/schema.ts";
import {
  areaLabel,
  areaOf,
  cellAt,
  cellText,
  countByWeek,
  HIDDEN,
  demandPerPlace,
  suppressTable,
  suppressTables,
  SUPPRESSED_EXPLANATION,
  type Cell,
  type ProtectedTable,
} from "./rules.ts";

/** The facts of an event the counts need. */
export interface SupplyEvent {
  id: string;
  slug: string;
  name: string;
  startsAt: Date;
  timeZone: string;
}

export const AGE_BAND_COLUMNS = AGE_BANDS.map(ageBandLabel);
export const EXPERIENCE_COLUMNS = EXPERIENCE_LEVELS.map((level) => EXPERIENCE_LABELS[level]);

/**
 * How many people are on a waiting list for each centre of `eventId`, by centre id: entries still
 * WAITING or OFFERED a place they have not yet taken (server/waiting-list). A waiting list keeps no date
 * of birth, so it is counted per centre only, not by age band. Counted by groupBy: no rows are read.
 */
export async function waitingListCounts(db: Db, params: { eventId: string }): Promise<Map<string, number>> {
  const groups = await db.waitingListEntry.groupBy({
    by: ["centreId"],
    where: { eventId: params.eventId, status: { in: ["WAITING", "OFFERED"] } },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.centreId, g._count._all]));
}

/** The counts behind one event's view, per centre ("" for registrations with no centre), never rows. */
async function eventCounts(db: Db, event: SupplyEvent) {
  const [centres, registrations, mentors, challenges, waiting] = await Promise.all([
    db.centre.findMany({
      where: { eventId: event.id },
      orderBy: { name: "asc" },
      select: { id: true, name: true, postcodeDistrict: true, capacity: true },
    }),
    // Only what the counts need: no names, no contacts. Ages need the dates, so they are counted here
    // and only the counts leave this function.
    db.registration.findMany({
      where: { eventId: event.id, status: { not: "WITHDRAWN" } },
      select: { centreId: true, experience: true, createdAt: true, ...AGE_FACTS_SELECT },
    }),
    db.eventRole.findMany({
      where: { eventId: event.id, role: "MENTOR", centreId: { not: null } },
      select: { userId: true, centreId: true },
    }),
    db.challenge.count({ where: { eventId: event.id, status: "PUBLISHED" } }),
    waitingListCounts(db, { eventId: event.id }),
  ]);
  const vetting = await vettingOf(db, {
    eventId: event.id,
    userIds: [...new Set(mentors.map((m) => m.userId))],
  });
  const startDay = dayInZone(event.startsAt, event.timeZone);
  const vettedAt = new Map<string, Set<string>>();
  for (const m of mentors) {
    if (!m.centreId || !isVettedOn(vetting.get(m.userId) ?? null, startDay)) continue;
    vettedAt.set(m.centreId, (vettedAt.get(m.centreId) ?? new Set()).add(m.userId));
  }
  const known = new Set(centres.map((c) => c.id));
  const keyOf = (centreId: string | null) => (centreId && known.has(centreId) ? centreId : "");
  const rows = centres.map((c) => ({
    key: c.id,
    centre: c.name,
    ...areaOf(c.postcodeDistrict),
    places: c.capacity,
    vettedMentors: vettedAt.get(c.id)?.size ?? 0,
  }));
  if (registrations.some((r) => keyOf(r.centreId) === "") || (waiting.get("") ?? 0) > 0) {
    rows.push({ key: "", centre: NO_CENTRE, district: "", area: "", places: 0, vettedMentors: 0 });
  }
  const index = new Map(rows.map((r, i) => [r.key, i]));
  const byBand = rows.map(() => AGE_BANDS.map(() => 0));
  const byExperience = rows.map(() => EXPERIENCE_LEVELS.map(() => 0));
  for (const r of registrations) {
    const i = index.get(keyOf(r.centreId)) ?? 0;
    bump(byBand, i, AGE_BANDS.indexOf(ageBand(registrantAge(r, event))));
    bump(byExperience, i, EXPERIENCE_LEVELS.indexOf(r.experience));
  }
  return {
    rows,
    byBand,
    byExperience,
    waiting: rows.map((r) => waiting.get(r.key) ?? 0),
    registeredAt: registrations.map((r) => ({ key: keyOf(r.centreId), at: r.createdAt })),
    challenges,
  };
}

/** A table with nothing in it (never used: suppressTables answers one table per table given). */
const EMPTY: ProtectedTable = { cells: [], rowTotals: [], columnTotals: [], total: HIDDEN };

/** Adds `by` (1) to table[i][j]. */
function bump(table: number[][], i: number, j: number, by = 1) {
  const row = table[i];
  if (row && j >= 0 && j < row.length) row[j] = (row[j] ?? 0) + by;
}

/** Protects a weekly series that shares its total with tables whose grand total is `grandShown`. */
function protectWeeks(weeks: { week: string; count: number }[], grandHidden: boolean) {
  const t = suppressTable([weeks.map((w) => w.count)], grandHidden ? [[0, weeks.length]] : []);
  return { table: t, hidesTotal: !t.rowTotals[0]?.shown && weeks.length > 0 };
}

/**
 * The counts by age band and by experience (sharing their totals), the weekly registrations (sharing the
 * grand total), all suppressed by suppressTables: if the weekly series hides the total, so do the tables.
 */
function protectDemand(byBand: number[][], byExperience: number[][], registeredAt: Date[]) {
  const weeks = countByWeek(registeredAt);
  const rowsCount = byBand.length;
  let [band = EMPTY, experience = EMPTY] = suppressTables([byBand, byExperience]);
  let week = protectWeeks(weeks, !band.total.shown);
  if (week.hidesTotal && band.total.shown) {
    [band = EMPTY, experience = EMPTY] = suppressTables([byBand, byExperience], [rowsCount]);
    week = protectWeeks(weeks, true);
  }
  return {
    byAgeBand: band,
    byExperience: experience,
    byWeek: {
      weeks: weeks.map((w) => w.week),
      counts: week.table.cells[0] ?? [],
      total: week.table.rowTotals[0] ?? band.total,
    },
  };
}

/** The waiting list per row as a column of its own (its own total), suppressed. */
function protectWaiting(waiting: number[]) {
  const t = suppressTable(waiting.map((w) => [w]));
  return { rows: t.rowTotals, total: t.total };
}

/** A weekly series as published: each week's Monday ("YYYY-MM-DD", UTC) and its count. */
export interface WeeklyCounts {
  weeks: string[];
  counts: Cell[];
  total: Cell;
}

/**
 * One event's need against supply, for its organisers: per centre (and a "No centre chosen" row when
 * someone registered without one), demand — registrations not withdrawn, by age band at the event's
 * start and by experience; the waiting list — against supply: places (the centre's capacity) and vetted
 * mentors (the MENTOR role at the centre with a qualifying check in date on the event's first day, in
 * its zone: server/mentoring/vetting.ts isVettedOn). Challenges (published) are counted for the event.
 * Registrations per week (Monday, UTC) show demand over time.
 *
 * Every count of young people is suppressed (server/supply/rules.ts: 1–4 hidden, with complementary
 * suppression across the tables that share totals); places, mentors and challenges count no young
 * person and are shown. Returns counts only: no row of a person leaves the database layer.
 */
export async function eventSupply(db: Db, params: { event: SupplyEvent }) {
  const counts = await eventCounts(db, params.event);
  const demand = protectDemand(
    counts.byBand,
    counts.byExperience,
    counts.registeredAt.map((r) => r.at),
  );
  const waiting = protectWaiting(counts.waiting);
  const places = counts.rows.reduce((s, r) => s + r.places, 0);
  return {
    event: { id: params.event.id, slug: params.event.slug, name: params.event.name },
    explanation: SUPPRESSED_EXPLANATION,
    ageBands: AGE_BAND_COLUMNS,
    experienceLevels: EXPERIENCE_COLUMNS,
    centres: counts.rows.map((r, i) => ({
      key: r.key,
      name: r.centre,
      district: r.district,
      area: areaLabel(r.area),
      places: r.places,
      vettedMentors: r.vettedMentors,
      registered: cellAt(demand.byAgeBand.rowTotals, i),
      waiting: cellAt(waiting.rows, i),
      demandPerPlace: demandPerPlace(cellAt(demand.byAgeBand.rowTotals, i), r.places),
    })),
    totals: {
      places,
      vettedMentors: counts.rows.reduce((s, r) => s + r.vettedMentors, 0),
      registered: demand.byAgeBand.total,
      waiting: waiting.total,
      demandPerPlace: demandPerPlace(demand.byAgeBand.total, places),
    },
    challenges: counts.challenges,
    byAgeBand: demand.byAgeBand,
    byExperience: demand.byExperience,
    byWeek: demand.byWeek satisfies WeeklyCounts,
  };
}

export type EventSupply = Awaited<ReturnType<typeof eventSupply>>;

/**
 * The CSV of eventSupply for organisers: one line per centre and a total line. Columns: Centre, Postcode
 * district, Postcode area, Places, Vetted mentors, Registered, Waiting list, Demand per place, then one
 * column per age band and per experience level. A suppressed count is written "[c]"; demand per place is
 * empty when it cannot be shown.
 */
export async function eventSupplyCsv(db: Db, params: { event: SupplyEvent }) {
  const view = await eventSupply(db, params);
  const line = (
    name: string,
    district: string,
    area: string,
    places: number,
    mentors: number,
    registered: Cell,
    waiting: Cell,
    ratio: number | null,
    bands: Cell[],
    levels: Cell[],
  ) => [
    name,
    district,
    area,
    places,
    mentors,
    cellText(registered),
    cellText(waiting),
    ratio === null ? "" : ratio.toFixed(2),
    ...bands.map(cellText),
    ...levels.map(cellText),
  ];
  return {
    filename: `${params.event.slug}-need-and-supply.csv`,
    csv: toCsv(
      [
        "Centre",
        "Postcode district",
        "Postcode area",
        "Places",
        "Vetted mentors",
        "Registered",
        "Waiting list",
        "Demand per place",
        ...view.ageBands.map((b) => `Age ${b}`),
        ...view.experienceLevels,
      ],
      [
        ...view.centres.map((c, i) =>
          line(
            c.name,
            c.district,
            c.area,
            c.places,
            c.vettedMentors,
            c.registered,
            c.waiting,
            c.demandPerPlace,
            view.byAgeBand.cells[i] ?? [],
            view.byExperience.cells[i] ?? [],
          ),
        ),
        line(
          "All centres",
          "",
          "",
          view.totals.places,
          view.totals.vettedMentors,
          view.totals.registered,
          view.totals.waiting,
          view.totals.demandPerPlace,
          view.byAgeBand.columnTotals,
          view.byExperience.columnTotals,
        ),
      ],
    ),
  };
}

/**
 * The public view of a postcode area (`area`: one or two capital letters, "LS"): the events that are
 * not drafts with a centre whose postcode district is in the area, those centres, and area-level counts
 * only — registrations (not withdrawn) at those centres by age band and by experience, waiting lists,
 * registrations per week — against places, vetted mentors and the events' published challenges. No
 * count per event or per centre is given. Counts of young people are suppressed as in eventSupply.
 */
export async function areaSupply(db: Db, params: { area: string }) {
  const candidates = await db.centre.findMany({
    where: {
      postcodeDistrict: { startsWith: params.area, mode: "insensitive" },
      event: { status: { not: "DRAFT" } },
    },
    select: { id: true, eventId: true, postcodeDistrict: true },
  });
  const centres = candidates.filter((c) => areaOf(c.postcodeDistrict).area === params.area);
  const eventIds = [...new Set(centres.map((c) => c.eventId))];
  const events = await db.event.findMany({
    where: { id: { in: eventIds }, status: { not: "DRAFT" } },
    orderBy: [{ startsAt: "desc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, startsAt: true, timeZone: true, status: true },
  });
  const inArea = new Set(centres.map((c) => c.id));
  const band = AGE_BANDS.map(() => 0);
  const experience = EXPERIENCE_LEVELS.map(() => 0);
  const registeredAt: Date[] = [];
  let waitingCount = 0;
  let places = 0;
  let vettedMentors = 0;
  let challenges = 0;
  const listed = [];
  for (const event of events) {
    const counts = await eventCounts(db, event);
    const here = counts.rows.map((r, i) => ({ r, i })).filter(({ r }) => inArea.has(r.key));
    for (const { r, i } of here) {
      counts.byBand[i]?.forEach((n, j) => bump([band], 0, j, n));
      counts.byExperience[i]?.forEach((n, j) => bump([experience], 0, j, n));
      waitingCount += counts.waiting[i] ?? 0;
      places += r.places;
      vettedMentors += r.vettedMentors;
    }
    challenges += counts.challenges;
    const keys = new Set(here.map(({ r }) => r.key));
    registeredAt.push(...counts.registeredAt.filter((r) => keys.has(r.key)).map((r) => r.at));
    listed.push({
      slug: event.slug,
      name: event.name,
      startsAt: event.startsAt,
      timeZone: event.timeZone,
      archived: event.status === "ARCHIVED",
      centres: here.map(({ r }) => ({ name: r.centre, district: r.district })),
    });
  }
  const demand = protectDemand([band], [experience], registeredAt);
  const waiting = protectWaiting([waitingCount]);
  return {
    area: params.area,
    explanation: SUPPRESSED_EXPLANATION,
    events: listed,
    ageBands: AGE_BAND_COLUMNS,
    experienceLevels: EXPERIENCE_COLUMNS,
    byAgeBand: demand.byAgeBand.cells[0] ?? [],
    byExperience: demand.byExperience.cells[0] ?? [],
    registered: demand.byAgeBand.total,
    waiting: waiting.total,
    places,
    vettedMentors,
    challenges,
    demandPerPlace: demandPerPlace(demand.byAgeBand.total, places),
    byWeek: demand.byWeek satisfies WeeklyCounts,
  };
}

export type AreaSupply = Awaited<ReturnType<typeof areaSupply>>;
export type { ProtectedTable };
