// The public directory of opportunities: what its filters mean, how they travel in an address, and
// when a weekly session next meets. Pure (no zod, no database): the proxy, the pages, the calendar
// feed and the queries share it.
import { Temporal } from "temporal-polyfill";
import { EXPERIENCE_LEVELS, type ExperienceLevel } from "../registrations/labels.ts";
import { areaOf } from "../supply/rules.ts";
import { todayIn } from "../time/zoned.ts";

/** ISO weekdays (1 Monday … 7 Sunday) by name, as sessions are shown ("Every Tuesday"). */
export const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

/** The name of ISO weekday `weekday` (1–7). */
export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday - 1] ?? "";
}

/** The youngest and oldest ages the age filter offers (and a session may be for). */
export const DIRECTORY_MIN_AGE = 4;
export const DIRECTORY_MAX_AGE = 25;

/** How far ahead "when" looks, in days from now. */
export const WHEN_DAYS = { week: 7, month: 31, term: 92 } as const;
export type When = keyof typeof WHEN_DAYS;
export const WHEN_LABELS: Record<When, string> = {
  week: "In the next 7 days",
  month: "In the next month",
  term: "In the next 3 months",
};

export type Cost = "free" | "paid";
export type Mode = "in-person" | "online";
export const COST_LABELS: Record<Cost, string> = { free: "Free", paid: "Paid" };
export const MODE_LABELS: Record<Mode, string> = { "in-person": "In person", online: "Online" };

/** The directory's filters; an absent one does not filter. */
export interface DirectoryFilters {
  /** The visitor's age: listings whose ages include it. */
  age?: number;
  /** A postcode area ("CF") or district ("CF10"), upper case. */
  area?: string;
  when?: When;
  level?: ExperienceLevel;
  cost?: Cost;
  mode?: Mode;
}

const FILTER_KEYS = ["age", "area", "when", "level", "cost", "mode"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** A postcode area or district as the area filter reads it ("cf10 " → "CF10"); null when it is neither. */
export function parseAreaFilter(value: string): string | null {
  const text = value.trim().toUpperCase().replace(/\s+/g, "");
  return /^[A-Z]{1,2}(?:[0-9][0-9A-Z]?)?$/.test(text) ? text : null;
}

function parseFilter(key: FilterKey, raw: string): DirectoryFilters[FilterKey] | undefined {
  const value = raw.trim();
  switch (key) {
    case "age": {
      if (!/^[0-9]{1,2}$/.test(value)) return undefined;
      const age = Number(value);
      return age >= DIRECTORY_MIN_AGE && age <= DIRECTORY_MAX_AGE ? age : undefined;
    }
    case "area":
      return parseAreaFilter(value) ?? undefined;
    case "when":
      return value in WHEN_DAYS ? value : undefined;
    case "level":
      return (EXPERIENCE_LEVELS as readonly string[]).includes(value) ? value : undefined;
    case "cost":
      return value === "free" || value === "paid" ? value : undefined;
    case "mode":
      return value === "in-person" || value === "online" ? value : undefined;
  }
}

/**
 * The filters a query string names (`?age=12&area=CF10&when=month&level=NEW&cost=free&mode=online`).
 * A value the filter does not offer (an age of 99, "XYZ123" as an area, an unknown level) is treated as
 * no filter, as the form would never send it: made-up values cannot make new pages.
 */
export function parseDirectoryFilters(search: { get(key: string): string | null }): DirectoryFilters {
  const filters: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const raw = search.get(key);
    const value = raw === null ? undefined : parseFilter(key, raw);
    if (value !== undefined) filters[key] = value;
  }
  return filters;
}

/** The path segment that means "no filter" (the plain directory). */
export const DIRECTORY_ALL = "~all";

/**
 * The filters as one path segment, in a fixed order: `age-12.area-CF10.when-month` (DIRECTORY_ALL for
 * none). Each set of filters has exactly one segment, so each is one cached page.
 */
export function directoryKey(filters: DirectoryFilters): string {
  const parts = FILTER_KEYS.flatMap((key) => {
    const value = filters[key];
    return value === undefined ? [] : [`${key}-${String(value)}`];
  });
  return parts.length === 0 ? DIRECTORY_ALL : parts.join(".");
}

/** The filters a path segment names (the inverse of directoryKey; parts it does not know are ignored). */
export function filtersFromKey(key: string): DirectoryFilters {
  const values = new Map<string, string>();
  for (const part of key.split(".")) {
    const dash = part.indexOf("-");
    if (dash > 0) values.set(part.slice(0, dash), part.slice(dash + 1));
  }
  return parseDirectoryFilters({ get: (name) => values.get(name) ?? null });
}

/** The query string of the filters ("" for none), in the fixed order. */
export function directoryQuery(filters: DirectoryFilters): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value !== undefined) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The public address of the directory with these filters. */
export function directoryHref(filters: DirectoryFilters): string {
  return `/directory${directoryQuery(filters)}`;
}

/** The calendar feed (.ics) of the directory with these filters. */
export function directoryCalendarHref(filters: DirectoryFilters): string {
  return `/directory/calendar.ics${directoryQuery(filters)}`;
}

/**
 * The cached page behind a directory address: `/directory?…` with at least one filter parameter →
 * `/directory/in/<directoryKey>`; null for any other address, or for the plain directory (served as it is).
 */
export function directoryRewrite(pathname: string, search: URLSearchParams): string | null {
  if (!/^\/directory\/?$/.test(pathname)) return null;
  if (!FILTER_KEYS.some((key) => search.has(key))) return null;
  return `/directory/in/${directoryKey(parseDirectoryFilters(search))}`;
}

/** "Free", or the price of one session ("£3.50 a session"). */
export function costLabel(costPence: number): string {
  if (costPence <= 0) return "Free";
  const pounds = Math.floor(costPence / 100);
  const pence = costPence % 100;
  return `£${pounds}${pence === 0 ? "" : `.${String(pence).padStart(2, "0")}`} a session`;
}

/** What a weekly session needs for its dates. Dates are local calendar dates (UTC midnight, as @db.Date). */
export interface SessionTimes {
  weekday: number;
  /** "HH:MM", 24-hour, in timeZone. */
  startTime: string;
  endTime: string;
  timeZone: string;
  startsOn: Date;
  endsOn: Date | null;
  /** Breaks with no meeting, local dates "YYYY-MM-DD" with both days included (none when absent). */
  breaks?: readonly { startsOn: string; endsOn: string }[];
}

/** The break `date` falls in (both days included), if any. */
function breakOn<B extends { startsOn: string; endsOn: string }>(
  breaks: readonly B[] | undefined,
  date: Temporal.PlainDate,
): B | undefined {
  const day = date.toString();
  return breaks?.find((b) => b.startsOn <= day && day <= b.endsOn);
}

/** A Date holding a calendar date (UTC midnight, as Prisma returns @db.Date) as a PlainDate. */
export function plainDateOf(date: Date): Temporal.PlainDate {
  return Temporal.PlainDate.from(date.toISOString().slice(0, 10));
}

function at(date: Temporal.PlainDate, time: string, timeZone: string): Date {
  const zoned = date.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(time) });
  return new Date(zoned.epochMilliseconds);
}

/**
 * The next time a weekly session meets that has not ended at `now`: its start and end instants, or null
 * when it has no meeting left (past its last date). A meeting under way at `now` counts; a date in one of
 * its breaks is skipped. Times are read in the session's zone (a time the clocks skip is moved forward, as
 * calendars do).
 */
export function nextMeeting(session: SessionTimes, now: Date): { start: Date; end: Date } | null {
  const today = todayIn(session.timeZone, now);
  const startsOn = plainDateOf(session.startsOn);
  let date = Temporal.PlainDate.compare(startsOn, today) > 0 ? startsOn : today;
  date = date.add({ days: (session.weekday - date.dayOfWeek + 7) % 7 });
  if (at(date, session.endTime, session.timeZone).getTime() <= now.getTime()) date = date.add({ days: 7 });
  // Breaks skip whole weeks; a year of them at most (a break can't outlast its own last day).
  for (let weeks = 0; weeks < 53 && breakOn(session.breaks, date); weeks++) date = date.add({ days: 7 });
  if (session.endsOn && Temporal.PlainDate.compare(date, plainDateOf(session.endsOn)) > 0) return null;
  return {
    start: at(date, session.startTime, session.timeZone),
    end: at(date, session.endTime, session.timeZone),
  };
}

/**
 * The session's next break that has not ended at `now` (today in its zone), or null: what a card says
 * ("No meeting 16–20 February: half term").
 */
export function nextBreak<B extends { startsOn: string; endsOn: string }>(
  session: { timeZone: string; breaks?: readonly B[] },
  now: Date,
): B | null {
  const today = todayIn(session.timeZone, now).toString();
  return (
    [...(session.breaks ?? [])]
      .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
      .find((b) => b.endsOn >= today) ?? null
  );
}

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A break's dates as a card says them: "5 Apr 2027", "15–19 Feb 2027", "29 Mar – 9 Apr 2027",
 * "21 Dec 2026 – 4 Jan 2027" (local dates "YYYY-MM-DD").
 */
export function breakDates(b: { startsOn: string; endsOn: string }): string {
  const part = (date: string) => {
    const [y, m, d] = date.split("-").map(Number);
    return { y: y ?? 0, m: SHORT_MONTHS[(m ?? 1) - 1] ?? "", d: d ?? 0 };
  };
  const from = part(b.startsOn);
  const to = part(b.endsOn);
  if (b.startsOn === b.endsOn) return `${from.d} ${from.m} ${from.y}`;
  if (from.y !== to.y) return `${from.d} ${from.m} ${from.y} – ${to.d} ${to.m} ${to.y}`;
  if (from.m !== to.m) return `${from.d} ${from.m} – ${to.d} ${to.m} ${to.y}`;
  return `${from.d}–${to.d} ${to.m} ${to.y}`;
}

/** The end of the "when" window that starts at `now` (null: no window). */
export function windowEnd(when: When | undefined, now: Date): Date | null {
  return when ? new Date(now.getTime() + WHEN_DAYS[when] * 24 * 60 * 60 * 1000) : null;
}

/** true when a postcode district is in the area filter: the same area ("CF") or the same district ("CF10"). */
export function inArea(postcodeDistrict: string, area: string | undefined): boolean {
  if (!area) return true;
  const place = areaOf(postcodeDistrict);
  return /[0-9]/.test(area) ? place.district === area : place.area === area;
}

/** A session as the filters see it. */
export interface SessionFacts extends SessionTimes {
  minAge: number;
  maxAge: number;
  level: ExperienceLevel;
  costPence: number;
  mode: "IN_PERSON" | "ONLINE";
  postcodeDistrict: string;
}

/**
 * Whether a published session belongs in the directory under `filters` at `now`: it meets again (within
 * the "when" window), its ages include `age`, and level, cost, mode and area match. An online session
 * has no area, so an area filter leaves it out.
 */
export function sessionMatches(session: SessionFacts, filters: DirectoryFilters, now: Date): boolean {
  const meeting = nextMeeting(session, now);
  if (!meeting) return false;
  const end = windowEnd(filters.when, now);
  if (end && meeting.start.getTime() > end.getTime()) return false;
  if (filters.age !== undefined && (filters.age < session.minAge || filters.age > session.maxAge))
    return false;
  if (filters.level && filters.level !== session.level) return false;
  if (filters.cost === "free" && session.costPence > 0) return false;
  if (filters.cost === "paid" && session.costPence === 0) return false;
  if (filters.mode === "online" && session.mode !== "ONLINE") return false;
  if (filters.mode === "in-person" && session.mode !== "IN_PERSON") return false;
  if (filters.area && (session.mode !== "IN_PERSON" || !inArea(session.postcodeDistrict, filters.area)))
    return false;
  return true;
}

/** An event as the filters see it: free, in person at its centres, for every level. */
export interface EventFacts {
  startsAt: Date;
  submissionDeadline: Date;
  minimumAge: number | null;
  centres: { postcodeDistrict: string }[];
}

/**
 * Whether a published event belongs in the directory under `filters` at `now`: it has not finished
 * (its submission deadline is ahead) and, with "when", it is on at some time in the window; its minimum
 * age allows `age`; with an area, one of its centres is there. Events are free, in person and for every
 * level, so "paid" and "online" leave them out and a level keeps them.
 */
export function eventMatches(event: EventFacts, filters: DirectoryFilters, now: Date): boolean {
  if (event.submissionDeadline.getTime() <= now.getTime()) return false;
  const end = windowEnd(filters.when, now);
  if (end && event.startsAt.getTime() > end.getTime()) return false;
  if (filters.age !== undefined && event.minimumAge !== null && filters.age < event.minimumAge) return false;
  if (filters.cost === "paid" || filters.mode === "online") return false;
  if (filters.area && !event.centres.some((centre) => inArea(centre.postcodeDistrict, filters.area)))
    return false;
  return true;
}

/** "Ages 8–12", "Ages 16 and over" (25 is the top of the range), "Age 10". */
export function agesLabel(minAge: number, maxAge: number): string {
  if (minAge === maxAge) return `Age ${minAge}`;
  if (maxAge >= DIRECTORY_MAX_AGE) return `Ages ${minAge} and over`;
  return `Ages ${minAge}–${maxAge}`;
}
