/**
 * Wall-clock time in an event's IANA time zone, independent of the process zone.
 *
 * Everything here goes through Temporal with an explicit zone, never through `Date`'s local-time
 * getters, because the server, the browser and the test runner (TZ=Asia/Kathmandu) all disagree
 * about what "local" means. Text output is assembled by hand from fixed English tables rather than
 * `Intl.DateTimeFormat`, because ICU versions differ between Node and browsers (spacing characters,
 * "GMT+1" versus "BST", …) and the server-rendered text must match the hydrated text and the
 * end-to-end assertions byte for byte.
 */
import { Temporal } from "temporal-polyfill";

/** The languages dates are written in (the site's locales, server/http/locales.mjs). */
export type DateLocale = "en-GB" | "cy";

/**
 * Short weekday (Monday first) and month names per language. The Welsh are ICU's own (Node 20's ICU 78:
 * `Intl.DateTimeFormat("cy", { weekday: "short" })`), checked against it in zoned.test.ts.
 */
const NAMES: Record<DateLocale, { weekdays: readonly string[]; months: readonly string[] }> = {
  "en-GB": {
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  },
  cy: {
    weekdays: ["Llun", "Maw", "Mer", "Iau", "Gwe", "Sad", "Sul"],
    months: ["Ion", "Chw", "Maw", "Ebr", "Mai", "Meh", "Gor", "Awst", "Medi", "Hyd", "Tach", "Rhag"],
  },
};

// The geographic areas of the IANA database. Legacy areas ("US/Eastern", "Etc/GMT+5" whose sign is
// inverted, "SystemV/…") and bare aliases ("GB", "EST", "Japan") are valid for Intl but confusing to
// store, so organisers are steered to canonical Area/Location names instead.
const CANONICAL_AREAS = new Set([
  "Africa",
  "America",
  "Antarctica",
  "Arctic",
  "Asia",
  "Atlantic",
  "Australia",
  "Europe",
  "Indian",
  "Pacific",
]);

/**
 * True for a time zone we are willing to store: "UTC" or an IANA "Area/Location" name spelled
 * exactly as the database spells it (case included, so the stored value is the one shown back).
 */
export function isValidTimeZone(tz: string): boolean {
  if (tz === "UTC") return true;
  const area = tz.split("/")[0];
  if (area === undefined || !CANONICAL_AREAS.has(area) || !tz.includes("/")) return false;
  try {
    // Temporal accepts names case-insensitively and reports its own spelling; a mismatch means the
    // input was not the database spelling.
    return Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(tz).timeZoneId === tz;
  } catch {
    return false;
  }
}

export type LocalToInstantResult =
  { ok: true; instant: Date } | { ok: false; reason: "INVALID" | "NONEXISTENT" | "AMBIGUOUS" };

// What <input type="datetime-local"> submits: minutes always, seconds and milliseconds only when the
// input's step asks for them.
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * Reads a datetime-local value as wall-clock time in `timeZone`.
 *
 * INVALID: malformed text, an impossible date ("2026-02-30"), or an unusable zone.
 * NONEXISTENT: the clocks skip over it (spring forward). AMBIGUOUS: it happens twice (fall back).
 * Both DST cases are refused rather than guessed because a silently shifted deadline is worse than
 * asking the organiser to pick another minute.
 */
export function localToInstant(local: string, timeZone: string): LocalToInstantResult {
  const m = LOCAL_PATTERN.exec(local);
  if (m === null || !isValidTimeZone(timeZone)) return { ok: false, reason: "INVALID" };
  let wall: Temporal.PlainDateTime;
  try {
    wall = Temporal.PlainDateTime.from(
      {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        hour: Number(m[4]),
        minute: Number(m[5]),
        second: Number(m[6] ?? "0"),
        millisecond: Number((m[7] ?? "0").padEnd(3, "0")),
      },
      { overflow: "reject" },
    );
  } catch {
    return { ok: false, reason: "INVALID" };
  }
  try {
    const zoned = wall.toZonedDateTime(timeZone, { disambiguation: "reject" });
    return { ok: true, instant: new Date(zoned.epochMilliseconds) };
  } catch {
    // "reject" throws the same RangeError for both DST cases. In a repeated hour the earlier
    // reading still shows the requested wall time; in a skipped hour it has been pushed off it.
    const earlier = wall.toZonedDateTime(timeZone, {
      disambiguation: "earlier",
    });
    return {
      ok: false,
      reason: earlier.toPlainDateTime().equals(wall) ? "AMBIGUOUS" : "NONEXISTENT",
    };
  }
}

function toZoned(instant: Date, timeZone: string): Temporal.ZonedDateTime {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError("Invalid Date");
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * The calendar date in `timeZone` at the instant `now`: what "today" is there, whatever the process
 * zone or UTC says. Throws RangeError for an invalid Date or zone.
 *
 *   todayIn("Europe/London", 2027-06-01T23:30:00Z) → PlainDate 2027-06-02 (BST, UTC+1)
 *   todayIn("UTC",           2027-06-01T23:30:00Z) → PlainDate 2027-06-01
 *   todayIn("Pacific/Auckland", 2027-01-04T11:30:00Z) → PlainDate 2027-01-05 (NZDT, UTC+13)
 */
export function todayIn(timeZone: string, now: Date): Temporal.PlainDate {
  return toZoned(now, timeZone).toPlainDate();
}

/**
 * "YYYY-MM-DDTHH:mm" wall-clock time in `timeZone`, for the value of a datetime-local input.
 * Seconds are truncated, matching what the input can show. Throws RangeError for an invalid Date or
 * zone.
 */
export function instantToLocal(instant: Date, timeZone: string): string {
  const z = toZoned(instant, timeZone);
  return `${String(z.year).padStart(4, "0")}-${pad2(z.month)}-${pad2(z.day)}T${pad2(z.hour)}:${pad2(z.minute)}`;
}

/** "+01:00", "-04:00", "+05:45". */
function isoOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** "GMT", "GMT+1", "GMT-4", "GMT+5:45" — the same shape en-GB Intl uses for most zones. */
function gmtOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return "GMT";
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  return `GMT${sign}${Math.floor(abs / 60)}${minutes === 0 ? "" : `:${pad2(minutes)}`}`;
}

function offsetMinutesOf(z: Temporal.ZonedDateTime): number {
  return Math.round(z.offsetNanoseconds / 60_000_000_000);
}

/**
 * The short zone name shown after a time. Abbreviations are ambiguous world-wide ("IST", "CST"), so
 * only the home zone of the platform gets its familiar GMT/BST; everything else is an offset from
 * GMT, and the UTC zone says UTC.
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const z = toZoned(instant, timeZone);
  if (timeZone === "UTC") return "UTC";
  const offset = offsetMinutesOf(z);
  if (timeZone === "Europe/London" && offset === 60) return "BST";
  return gmtOffset(offset);
}

export interface FormatInZoneOptions {
  /** Leading "Tue " (default true). */
  weekday?: boolean;
  /** Trailing " GMT" / " BST" / " GMT+5:45" / " UTC" (default true). */
  timeZoneName?: boolean;
  /** The language of the day and month names (default "en-GB"; "cy": "Maw 1 Rhag 2026, 09:00 GMT"). */
  locale?: DateLocale;
}

/**
 * Human text for an instant in `timeZone`, deterministic across runtimes:
 *
 *   "{Www} {D} {Mmm} {YYYY}, {HH}:{mm} {ZONE}"
 *
 * Www/Mmm are English three-letter abbreviations, D has no leading zero, HH:mm is 24-hour with
 * seconds truncated, and ZONE is as in `zoneAbbreviation` (GMT/BST for Europe/London, UTC for UTC,
 * otherwise "GMT±H" or "GMT±H:MM"; "GMT" for a zero offset). Plain ASCII spaces only.
 *
 *   2026-12-01T09:00:00Z in Europe/London  → "Tue 1 Dec 2026, 09:00 GMT"
 *   2026-07-01T08:00:00Z in Europe/London  → "Wed 1 Jul 2026, 09:00 BST"
 *   2026-07-01T08:00:00Z in Asia/Kathmandu → "Wed 1 Jul 2026, 13:45 GMT+5:45"
 *
 * Throws RangeError for an invalid Date or zone.
 */
export function formatInZone(instant: Date, timeZone: string, opts: FormatInZoneOptions = {}): string {
  const z = toZoned(instant, timeZone);
  const weekday = opts.weekday ?? true;
  const zoneName = opts.timeZoneName ?? true;
  const locale = opts.locale ?? "en-GB";
  const date = `${z.day} ${monthName(z.month, locale)} ${z.year}`;
  const head = weekday ? `${weekdayName(z.dayOfWeek, locale)} ${date}` : date;
  const time = `${pad2(z.hour)}:${pad2(z.minute)}`;
  return zoneName ? `${head}, ${time} ${zoneAbbreviation(instant, timeZone)}` : `${head}, ${time}`;
}

/**
 * `formatInZone` followed by the zone's name, for sentences that tell people when something opens:
 * "Tue 1 Dec 2026, 09:00 GMT (Europe/London time)"; in Welsh "Maw 1 Rhag 2026, 09:00 GMT (amser
 * Europe/London)". UTC is named once: "Tue 1 Dec 2026, 09:00 UTC".
 */
export function formatInNamedZone(instant: Date, timeZone: string, locale: DateLocale = "en-GB"): string {
  const text = formatInZone(instant, timeZone, { locale });
  if (timeZone === "UTC") return text;
  return locale === "cy" ? `${text} (amser ${timeZone})` : `${text} (${timeZone} time)`;
}

/**
 * The time of day of an instant in `timeZone`, 24-hour with seconds and the zone, for "last updated"
 * notes: 2026-07-01T13:20:23Z in Europe/London → "14:20:23 BST". Throws RangeError like formatInZone.
 */
export function formatTimeInZone(instant: Date, timeZone: string): string {
  const z = toZoned(instant, timeZone);
  return `${pad2(z.hour)}:${pad2(z.minute)}:${pad2(z.second)} ${zoneAbbreviation(instant, timeZone)}`;
}

function monthName(month: number, locale: DateLocale = "en-GB"): string {
  const name = NAMES[locale].months[month - 1];
  if (name === undefined) throw new RangeError(`Month out of range: ${month}`);
  return name;
}

function weekdayName(dayOfWeek: number, locale: DateLocale = "en-GB"): string {
  const name = NAMES[locale].weekdays[dayOfWeek - 1];
  if (name === undefined) throw new RangeError(`Weekday out of range: ${dayOfWeek}`);
  return name;
}

/**
 * The calendar dates (in `timeZone`) spanned by two instants, collapsing what they share:
 *
 *   same day    → "1 Dec 2026"
 *   same month  → "1–7 Dec 2026"
 *   same year   → "28 Nov – 4 Dec 2026"
 *   otherwise   → "28 Dec 2026 – 3 Jan 2027"
 *
 * The separator is an en dash (U+2013), spaced only when either side has more than a day number.
 * An end at exactly midnight counts as that new day, so pass the last moment of the event. Month names
 * are in `locale`'s language ("cy": "28 Tach – 4 Rhag 2026").
 */
export function formatDateRangeInZone(
  start: Date,
  end: Date,
  timeZone: string,
  locale: DateLocale = "en-GB",
): string {
  const a = toZoned(start, timeZone);
  const b = toZoned(end, timeZone);
  const month = (z: Temporal.ZonedDateTime) => monthName(z.month, locale);
  const full = (z: Temporal.ZonedDateTime): string => `${z.day} ${month(z)} ${z.year}`;
  if (a.year !== b.year) return `${full(a)} \u2013 ${full(b)}`;
  if (a.month !== b.month) return `${a.day} ${month(a)} \u2013 ${full(b)}`;
  if (a.day !== b.day) return `${a.day}\u2013${full(b)}`;
  return full(a);
}

/**
 * A form hint naming the zone and its offset on a given date, because the offset alone changes
 * with DST and the name alone does not tell a reader how far it is from them:
 *
 *   describeTimeZone("Europe/London", 2026-07-01…) → "Europe/London (UTC+01:00 on 1 Jul 2026)"
 *   describeTimeZone("UTC", …)                     → "UTC"
 */
export function describeTimeZone(timeZone: string, at: Date): string {
  if (timeZone === "UTC") return "UTC";
  const z = toZoned(at, timeZone);
  return `${timeZone} (UTC${isoOffset(offsetMinutesOf(z))} on ${z.day} ${monthName(z.month)} ${z.year})`;
}
