// Inputs of operators and recurring sessions, shared by the forms and the procedures. Pure zod.
import { z } from "zod";
import { EXPERIENCE_LEVELS } from "../registrations/labels.ts";
import { recordId } from "../record-id.ts";
import { webUrl } from "../organisations/schema.ts";
import { isValidTimeZone } from "../time/zoned.ts";
import { MAX_PLACES_HERE } from "./booking-rules.ts";
import { DIRECTORY_MAX_AGE, DIRECTORY_MIN_AGE } from "./rules.ts";
import { dateOfBirth } from "../registrations/schema.ts";
import { DEFAULT_LOCALE, LOCALES } from "../http/locales.mjs";

export const SESSION_MODES = ["IN_PERSON", "ONLINE"] as const;
export type SessionMode = (typeof SESSION_MODES)[number];
export const SESSION_MODE_LABELS: Record<SessionMode, string> = { IN_PERSON: "In person", ONLINE: "Online" };

const time = (missing: string) =>
  z
    .string(missing)
    .trim()
    .regex(/^(?:[01][0-9]|2[0-3]):[0-5][0-9]$/, missing);

/** True when "YYYY-MM-DD" names a day on the calendar (2027-02-30 does not). */
function isRealDate(value: string): boolean {
  return (
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}

/** What an impossible date is refused with, as the date of birth is (registrations/schema.ts). */
const NO_SUCH_DATE = "That date doesn't exist";

const LOCAL_DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/**
 * A local date "YYYY-MM-DD": `missing` when it is not written that way (said once), NO_SUCH_DATE when
 * the day is not on the calendar. (Neither check aborts, so a union around it still reports them.)
 */
const localDate = (missing: string) =>
  z
    .string(missing)
    .trim()
    .regex(LOCAL_DATE, missing)
    .refine((value) => !LOCAL_DATE.test(value) || isRealDate(value), NO_SUCH_DATE);

const age = z.coerce
  .number("Enter an age")
  .int("Use a whole number")
  .min(DIRECTORY_MIN_AGE, `At least ${DIRECTORY_MIN_AGE}`)
  .max(DIRECTORY_MAX_AGE, `At most ${DIRECTORY_MAX_AGE} (${DIRECTORY_MAX_AGE} means "and over")`);

/**
 * A price as people type it, in pounds ("3.50", "£3", "0", "" for free), or as a whole number of pence
 * (what the form sends once it has read the text, and what an API client may send) → pence. At most
 * £500 a session.
 */
const pence = z
  .number()
  .int("Enter a whole number of pence")
  .min(0, "A price can't be below 0")
  .max(50_000, "At most £500 a session");
const pounds = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const text = value.replace(/^£/, "").trim();
    if (text === "") return 0;
    if (!/^[0-9]{1,3}(?:\.[0-9]{1,2})?$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "Enter a price in pounds, like 3.50, or 0 if it is free" });
      return z.NEVER;
    }
    const [whole = "0", part = ""] = text.split(".");
    const pence = Number(whole) * 100 + Number(part.padEnd(2, "0"));
    if (pence > 50_000) {
      ctx.addIssue({ code: "custom", message: "At most £500 a session" });
      return z.NEVER;
    }
    return pence;
  });

/**
 * One break a weekly club takes (half term, holidays): no meeting from `startsOn` to `endsOn`, both
 * included, as local dates "YYYY-MM-DD", with an optional `name`.
 */
export interface SessionBreak {
  startsOn: string;
  endsOn: string;
  name: string;
}

/** The most breaks one session lists. */
export const MAX_SESSION_BREAKS = 12;

const BREAK_LINE = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:to|–|—|-)\s*(\d{4}-\d{2}-\d{2}))?(?:\s+(.*))?$/u;

/**
 * The breaks typed one per line, "2027-02-15 to 2027-02-19 Half term" (one day: "2027-04-05 Bank
 * holiday"; "–" or "-" for "to"), in date order, and what is wrong with each line that cannot be read
 * (problems, in words, naming the line). Blank lines are skipped.
 */
export function parseBreaks(text: string): { breaks: SessionBreak[]; problems: string[] } {
  const breaks: SessionBreak[] = [];
  const problems: string[] = [];
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  lines.forEach((line, index) => {
    if (line === "") return;
    const match = BREAK_LINE.exec(line);
    const startsOn = match?.[1];
    const endsOn = match?.[2] ?? startsOn;
    const name = (match?.[3] ?? "").trim();
    const where = `Line ${index + 1}`;
    if (!startsOn || !endsOn) {
      problems.push(`${where}: write it like 2027-02-15 to 2027-02-19 Half term`);
    } else if (!isRealDate(startsOn) || !isRealDate(endsOn)) {
      problems.push(`${where}: that date doesn't exist`);
    } else if (endsOn < startsOn) {
      problems.push(`${where}: the last day can't be before the first`);
    } else if (name.length > 60) {
      problems.push(`${where}: use at most 60 characters for the name`);
    } else {
      breaks.push({ startsOn, endsOn, name });
    }
  });
  if (breaks.length > MAX_SESSION_BREAKS) problems.push(`List at most ${MAX_SESSION_BREAKS} breaks`);
  breaks.sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return { breaks, problems };
}

/** Breaks as the form's text: one per line, as parseBreaks reads them. */
export function breaksText(breaks: readonly SessionBreak[]): string {
  return breaks
    .map((b) =>
      [b.startsOn === b.endsOn ? b.startsOn : `${b.startsOn} to ${b.endsOn}`, b.name]
        .filter(Boolean)
        .join(" "),
    )
    .join("\n");
}

/** Breaks as stored (RecurringSession.breaks, JSON): anything unreadable reads as no breaks. */
export const storedBreaks = z
  .array(z.object({ startsOn: z.string(), endsOn: z.string(), name: z.string().catch("") }))
  .catch([]);

/** Breaks already read (as parseBreaks returns them). */
const breakList = z
  .array(
    z
      .object({
        startsOn: localDate("Enter the first day of the break, like 2027-02-15"),
        endsOn: localDate("Enter the last day of the break, like 2027-02-19"),
        name: z.string().trim().max(60, "Use at most 60 characters for the name").default(""),
      })
      .refine((b) => b.endsOn >= b.startsOn, "A break's last day can't be before its first"),
  )
  .max(MAX_SESSION_BREAKS, `List at most ${MAX_SESSION_BREAKS} breaks`);

/** How many places a club takes bookings for here: a whole number from 1 to MAX_PLACES_HERE. */
const placesNumber = z.coerce
  .number("Enter how many places there are")
  .int("Use a whole number")
  .min(1, "At least 1 place")
  .max(MAX_PLACES_HERE, `At most ${MAX_PLACES_HERE} places`);

const sessionShape = z.object({
  title: z
    .string("Enter a title")
    .trim()
    .min(3, "Use at least 3 characters")
    .max(100, "Use at most 100 characters"),
  description: z.string().trim().max(2000, "Use at most 2,000 characters").default(""),
  weekday: z.coerce.number("Choose a day").int().min(1, "Choose a day").max(7, "Choose a day"),
  startTime: time("Enter a start time, like 17:00"),
  endTime: time("Enter an end time, like 18:30"),
  timeZone: z.string().trim().refine(isValidTimeZone, "Choose a time zone from the list"),
  startsOn: localDate("Enter the first date, like 2027-01-12"),
  endsOn: z
    .union([z.literal("").transform(() => null), localDate("Enter the last date, like 2027-03-30")])
    .nullable()
    .default(null),
  mode: z.enum(SESSION_MODES, "Choose in person or online"),
  venueName: z.string().trim().max(120, "Use at most 120 characters").default(""),
  addressLine: z.string().trim().max(200, "Use at most 200 characters").default(""),
  postcodeDistrict: z
    .string()
    .trim()
    .toUpperCase()
    .max(4, "Use only the first part of the postcode, e.g. CF10")
    .regex(/^(?:[A-Z]{1,2}[0-9][0-9A-Z]?)?$/, "Use only the first part of the postcode, e.g. CF10")
    .default(""),
  minAge: age,
  maxAge: age,
  level: z.enum(EXPERIENCE_LEVELS, "Choose a level"),
  cost: z.union([pence, pounds]).default(0),
  // Empty when the club takes its bookings here (placesHere); the refinement below asks for one of them.
  bookingUrl: z
    .string()
    .trim()
    .default("")
    .pipe(
      z.union([
        z.literal(""),
        webUrl(["https:"], "Enter the booking page's address, starting with https://"),
      ]),
    ),
  // How many places people book here: "" (or null) books on bookingUrl instead.
  // (Read by hand rather than by a union, which would say only "Invalid input" for "1.5".)
  placesHere: z
    .union([z.string(), z.number(), z.null()], "Enter how many places there are")
    .default(null)
    .transform((value, ctx): number | null => {
      if (value === null || (typeof value === "string" && value.trim() === "")) return null;
      const read = placesNumber.safeParse(value);
      if (read.success) return read.data;
      for (const issue of read.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    }),
  // The form's text (one break a line), or the breaks already read (the form checks before sending);
  // either way each problem is said on the field (a union would say only "Invalid input").
  breaks: z
    .union([z.string().max(2000, "Use at most 2,000 characters"), z.array(z.unknown())])
    .default("")
    .transform((value, ctx): SessionBreak[] => {
      if (typeof value === "string") {
        const { breaks, problems } = parseBreaks(value);
        for (const message of problems) ctx.addIssue({ code: "custom", message, continue: true });
        return breaks;
      }
      const read = breakList.safeParse(value);
      if (read.success) return read.data;
      for (const issue of read.error.issues)
        ctx.addIssue({ code: "custom", message: issue.message, continue: true });
      return [];
    }),
});

/**
 * A weekly session's details as the form sends them. Besides each field's own rules: the end time is
 * after the start time, the last date (if any) is not before the first, the oldest age is not below the
 * youngest, and a session in person names its venue and postcode district. Output: `cost` in pence.
 */
export const sessionDetails = sessionShape.superRefine((value, ctx) => {
  if (value.endTime <= value.startTime)
    ctx.addIssue({ code: "custom", path: ["endTime"], message: "End after it starts, on the same day" });
  if (value.endsOn && value.endsOn < value.startsOn)
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The last date can't be before the first" });
  if (value.maxAge < value.minAge)
    ctx.addIssue({ code: "custom", path: ["maxAge"], message: "The oldest age can't be below the youngest" });
  if (value.placesHere === null && value.bookingUrl === "")
    ctx.addIssue({
      code: "custom",
      path: ["bookingUrl"],
      message: "Enter the booking page's address, or take bookings here",
    });
  if (value.mode === "IN_PERSON") {
    if (value.venueName === "")
      ctx.addIssue({ code: "custom", path: ["venueName"], message: "Say where it meets" });
    if (value.postcodeDistrict === "")
      ctx.addIssue({
        code: "custom",
        path: ["postcodeDistrict"],
        message: "Enter the first part of the postcode, so people nearby find it",
      });
  }
});
export type SessionDetails = z.output<typeof sessionDetails>;
export type SessionDetailsInput = z.input<typeof sessionDetails>;

const organisationId = recordId("Organisation");
const sessionId = recordId("RecurringSession");

// The organisation comes from the ladder's own input ({ organisationId }: operatorProcedure).
export const createSessionInput = z.object({ details: sessionDetails });
export const updateSessionInput = z.object({ sessionId, details: sessionDetails });
export const publishSessionInput = z.object({ sessionId, published: z.boolean() });
export const sessionIdInput = z.object({ sessionId });
/**
 * Booking a place at a club that takes bookings here: for `personId` (the signed-in person by default,
 * or a child's profile they keep), born on `dateOfBirth` ("YYYY-MM-DD": the age is checked against the
 * club's ages and kept, the date is not).
 */
export const bookPlaceInput = z.object({
  sessionId,
  personId: recordId("User").optional(),
  dateOfBirth,
  locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
});
export type BookPlaceInput = z.input<typeof bookPlaceInput>;
/** Giving up a place (or a place on the waiting list), for oneself or a child's profile one keeps. */
export const cancelPlaceInput = z.object({ sessionId, personId: recordId("User").optional() });
/** An operator's owner cancels one booking at one of its clubs. */
export const cancelBookingInput = z.object({ bookingId: recordId("ClubBooking") });
export const decideOperatorInput = z.object({ organisationId, approved: z.boolean() });

/** The directory's filters as the API takes them (each optional; see DirectoryFilters). */
export const directoryFiltersInput = z.object({
  age: z.number().int().min(DIRECTORY_MIN_AGE).max(DIRECTORY_MAX_AGE).optional(),
  area: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,2}(?:[0-9][0-9A-Z]?)?$/, "A postcode area or district, e.g. CF or CF10")
    .optional(),
  when: z.enum(["week", "month", "term"]).optional(),
  level: z.enum(EXPERIENCE_LEVELS).optional(),
  cost: z.enum(["free", "paid"]).optional(),
  mode: z.enum(["in-person", "online"]).optional(),
});
