/**
 * Wall-clock dates in Europe/London, worked out by hand from the UK rule rather than with the app's
 * code or ICU, so the tests check the app's time handling instead of repeating it:
 * British Summer Time (UTC+1) runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October; GMT (UTC+0) the rest of the year.
 */

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

const pad2 = (n: number): string => String(n).padStart(2, "0");

/** Calendar arithmetic only (Date.UTC has no zone and no DST). */
export function addDays(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Today's date in UTC (within a day of London's, which is all the tests need). */
export function todayUtc(): CivilDate {
  const now = new Date();
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

function weekday(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return lastDay - weekday({ year, month, day: lastDay });
}

const ordinal = (d: CivilDate): number => d.year * 10_000 + d.month * 100 + d.day;

/**
 * Whether London keeps BST at this wall-clock time. The hours the clocks skip (01:00–02:00 on the
 * last Sunday of March) or repeat (01:00–02:00 on the last Sunday of October) are refused.
 */
export function isBritishSummerTime(date: CivilDate, hour: number): boolean {
  const start = { year: date.year, month: 3, day: lastSunday(date.year, 3) };
  const end = { year: date.year, month: 10, day: lastSunday(date.year, 10) };
  const d = ordinal(date);
  if (d === ordinal(start) || d === ordinal(end)) {
    if (hour === 1) throw new Error(`${formatDate(date)} 01:xx is a DST change hour in London`);
    return d === ordinal(start) ? hour >= 2 : hour < 1;
  }
  return d > ordinal(start) && d < ordinal(end);
}

function formatDate(date: CivilDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** The value of an <input type="datetime-local">: "YYYY-MM-DDTHH:mm". */
export function datetimeLocal(date: CivilDate, time: string): string {
  return `${formatDate(date)}T${time}`;
}

/** How the app should show that London wall-clock time: "Tue 1 Dec 2026, 09:00 GMT". */
export function londonText(date: CivilDate, time: string): string {
  const hour = Number(time.slice(0, 2));
  const zone = isBritishSummerTime(date, hour) ? "BST" : "GMT";
  const month = MONTHS[date.month - 1] ?? "?";
  const day = WEEKDAYS[weekday(date)] ?? "?";
  return `${day} ${date.day} ${month} ${date.year}, ${time} ${zone}`;
}

const londonParts = (options: Intl.DateTimeFormatOptions, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: "Europe/London", ...options }).format(new Date());

/** Today in London as "YYYY-MM-DD": an event's days are London days (used in addresses like `?day=`). */
export const londonToday = (): string =>
  londonParts({ year: "numeric", month: "2-digit", day: "2-digit" }, "en-CA");

/**
 * Today in London as the app's forms name a day, e.g. "Wednesday 2 December". Tests pick today by this
 * name rather than "the first day": an event that began an hour ago began yesterday just after midnight.
 */
export const londonTodayLabel = (): string =>
  londonParts({ weekday: "long", day: "numeric", month: "long" }, "en-GB").replace(",", "");
