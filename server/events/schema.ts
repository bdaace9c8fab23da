// Event inputs, shared by the forms and the procedures. Pure zod: no Prisma, no server-only code.
// Times arrive as the wall-clock values of <input type="datetime-local"> in the event's time zone
// and leave as instants; a time that does not exist (or happens twice) on a DST change day is refused.
import { z } from "zod";
import { whenValid } from "../forms/schema.ts";
import { recognisableName } from "../names/schema.ts";
import { isValidTimeZone, localToInstant } from "../time/zoned.ts";
import {
  TIME_ZONE_CHANGES,
  TIMELINE_FIELDS,
  validateTimeline,
  zoneToReadTimesIn,
  type TimeZoneChange,
  type TimelineDates,
  type TimelineField,
} from "./rules.ts";
import { timelineForZoneChange } from "./zone-change.ts";

import { email, eventId, eventSlug } from "./ids.ts";

/** What screens call each event status. */
export const EVENT_STATUS_LABELS = { DRAFT: "Draft", PUBLISHED: "Published", ARCHIVED: "Archived" } as const;

export { email, eventId, eventSlug };

const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Enter a date and a time");

const timelineShape = Object.fromEntries(TIMELINE_FIELDS.map((f) => [f, localDateTime])) as Record<
  TimelineField,
  typeof localDateTime
>;

const eventDetailsShape = z.object({
  name: recognisableName({ min: 3, max: 120 }),
  slug: eventSlug,
  description: z.string().trim().max(5000, "Use at most 5000 characters").default(""),
  /** The event's own code of conduct (Markdown); blank keeps the platform's default. */
  codeOfConduct: z.string().trim().max(20_000, "Use at most 20,000 characters").default(""),
  /** Where participants and families write with questions; shown on the event's pages. */
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "Use at most 254 characters")
    .default("")
    .pipe(z.union([z.literal(""), z.email("Enter a valid email address")]))
    .transform((value) => (value === "" ? null : value)),
  timeZone: z.string().trim().refine(isValidTimeZone, "Choose a time zone from the list"),
  ...timelineShape,
  teamMinSize: z.coerce.number().int("Use a whole number").min(1, "At least 1").max(20, "At most 20"),
  teamMaxSize: z.coerce.number().int("Use a whole number").min(1, "At least 1").max(20, "At most 20"),
  minimumAge: z.coerce
    .number()
    .int("Use a whole number")
    .min(5, "At least 5")
    .max(99, "At most 99")
    .nullable()
    .default(null),
  /** The age treated as adult: younger participants need a guardian's consent. */
  consentAge: z.coerce
    .number("Enter an age")
    .int("Use a whole number")
    .min(16, "At least 16")
    .max(21, "At most 21")
    .default(18),
  /**
   * The age of digital consent: younger children are registered by a guardian from the guardian's own
   * account, and kept out of the team finder unless the guardian allows it. 0 turns this off.
   */
  digitalConsentAge: z.coerce
    .number("Enter an age")
    .int("Use a whole number")
    .min(0, "At least 0 (0 turns this off)")
    .max(21, "At most 21")
    .default(13),
});

type EventDetailsRaw = z.infer<typeof eventDetailsShape>;
export type EventDetails = Omit<EventDetailsRaw, TimelineField> & TimelineDates;

const readProblem = {
  NONEXISTENT: (zone: string) =>
    `This time doesn't exist in ${zone} on that day (the clocks go forward). Choose another time.`,
  AMBIGUOUS: (zone: string) =>
    `This time happens twice in ${zone} on that day (the clocks go back). Choose another time.`,
  INVALID: () => "Enter a valid date and time",
} as const;

/** Where the form's times are read: the zone they were shown in and what a change of zone keeps. */
interface ZoneReading {
  from: string;
  keep: TimeZoneChange | null;
}

/**
 * The timeline's problems that need more than one field: times that do not exist (or happen twice) in
 * the zone they are read in (see zoneToReadTimesIn), and the order of the dates. Runs whenever the time
 * zone is valid, whatever else is wrong, so every problem is reported at once; a time that is missing
 * or malformed has its own message already and is left out of the order checks.
 */
function checkTimeline(value: Record<string, unknown>, ctx: z.RefinementCtx, change?: ZoneReading): void {
  const to = String(value.timeZone);
  const zone = zoneToReadTimesIn({ from: change?.from ?? to, to, keep: change?.keep ?? null });
  const instants: Partial<TimelineDates> = {};
  for (const field of TIMELINE_FIELDS) {
    const local = localDateTime.safeParse(value[field]);
    if (!local.success) continue;
    const result = localToInstant(local.data, zone);
    if (result.ok) instants[field] = result.instant;
    else ctx.addIssue({ code: "custom", path: [field], message: readProblem[result.reason](zone) });
  }
  const timeline = Object.fromEntries(
    TIMELINE_FIELDS.map((f) => [f, instants[f] ?? new Date(Number.NaN)]),
  ) as unknown as TimelineDates;
  for (const problem of validateTimeline(timeline)) {
    // Fields that did not convert are reported above (or by their own format check).
    if (instants[problem.field])
      ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  }
}

function checkTeamSizes(value: { teamMinSize: number; teamMaxSize: number }, ctx: z.RefinementCtx): void {
  if (value.teamMaxSize < value.teamMinSize) {
    ctx.addIssue({
      code: "custom",
      path: ["teamMaxSize"],
      message: "The largest team size can't be smaller than the smallest",
    });
  }
}

function checkAges(value: { consentAge: number; digitalConsentAge: number }, ctx: z.RefinementCtx): void {
  if (value.digitalConsentAge > value.consentAge) {
    ctx.addIssue({
      code: "custom",
      path: ["digitalConsentAge"],
      message: "The age of digital consent can't be above the adult age",
    });
  }
}

/**
 * The six wall-clock times as instants, read in the zone a change of zone calls for (by default the
 * event's own zone: see timelineForZoneChange). Runs once every check has passed, so every time reads.
 */
function toInstants(
  value: EventDetailsRaw,
  ctx: z.RefinementCtx,
  change: ZoneReading = { from: value.timeZone, keep: null },
): EventDetails | typeof z.NEVER {
  const read = timelineForZoneChange({
    local: value,
    from: change.from,
    to: value.timeZone,
    keep: change.keep,
  });
  if (!read.ok) {
    for (const problem of read.problems) {
      ctx.addIssue({
        code: "custom",
        path: [problem.field],
        message: readProblem[problem.reason](problem.zone),
      });
    }
    return z.NEVER;
  }
  return { ...value, ...read.timeline };
}

const timelineChecked = { when: whenValid(eventDetailsShape, ["timeZone"]) };
const sizesChecked = { when: whenValid(eventDetailsShape, ["teamMinSize", "teamMaxSize"]) };
const agesChecked = { when: whenValid(eventDetailsShape, ["consentAge", "digitalConsentAge"]) };

/** Every cross-field rule is reported even when other fields are wrong (see whenValid). */
export const eventDetailsInput = eventDetailsShape
  .superRefine((value, ctx) => checkTimeline(value, ctx), timelineChecked)
  .superRefine(checkTeamSizes, sizesChecked)
  .superRefine(checkAges, agesChecked)
  .transform((value, ctx) => toInstants(value, ctx));
export type EventDetailsInput = z.input<typeof eventDetailsInput>;

export const createEventInput = eventDetailsShape
  .extend({ organiserEmail: email })
  .superRefine((value, ctx) => checkTimeline(value, ctx), timelineChecked)
  .superRefine(checkTeamSizes, sizesChecked)
  .superRefine(checkAges, agesChecked)
  .transform((value, ctx) => {
    const { organiserEmail, ...details } = value;
    const converted = toInstants(details, ctx);
    return converted === z.NEVER ? z.NEVER : { ...converted, organiserEmail };
  });
export type CreateEventInput = z.input<typeof createEventInput>;

const updateEventShape = eventDetailsShape.extend({
  timeZoneChange: z.enum(TIME_ZONE_CHANGES).nullable().default(null),
  shownInTimeZone: z.string().trim().max(64).nullable().default(null),
});

/** The zone the form showed the times in, and what the organiser chose to keep. */
function zoneReading(value: {
  timeZone: unknown;
  timeZoneChange: TimeZoneChange | null;
  shownInTimeZone: string | null;
}): ZoneReading {
  return { from: value.shownInTimeZone ?? String(value.timeZone), keep: value.timeZoneChange };
}

/**
 * Saving an event's details. When the time zone changes, the form says which zone it showed the times
 * in (`shownInTimeZone`) and what the organiser chose to keep (`timeZoneChange`); the times are then
 * read accordingly. Leaving the choice out when the zone changes is refused: a silent shift of every
 * moment is exactly what the question prevents.
 */
export const updateEventInput = updateEventShape
  .superRefine(
    (value, ctx) => {
      const reading = zoneReading(value);
      if (reading.from !== value.timeZone && reading.keep === null) {
        ctx.addIssue({
          code: "custom",
          path: ["timeZoneChange"],
          message: "Choose whether to keep the clock times or the moments",
        });
      }
      checkTimeline(value, ctx, reading);
    },
    { when: whenValid(updateEventShape, ["timeZone", "timeZoneChange", "shownInTimeZone"]) },
  )
  .superRefine(checkTeamSizes, { when: whenValid(updateEventShape, ["teamMinSize", "teamMaxSize"]) })
  .superRefine(checkAges, { when: whenValid(updateEventShape, ["consentAge", "digitalConsentAge"]) })
  .transform((value, ctx) => {
    const { timeZoneChange, shownInTimeZone: _shown, ...details } = value;
    const reading = zoneReading(value);
    const converted = toInstants(details, ctx, reading);
    return converted === z.NEVER ? z.NEVER : { ...converted, timeZoneChange, shownInTimeZone: reading.from };
  });
export type UpdateEventDetails = z.output<typeof updateEventInput>;
export type UpdateEventInput = z.input<typeof updateEventInput>;
