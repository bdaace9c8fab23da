// Event inputs, shared by the forms and the procedures. Pure zod: no Prisma, no server-only code.
// Times arrive as the wall-clock values of <input type="datetime-local"> in the event's time zone
// and leave as instants; a time that does not exist (or happens twice) on a DST change day is refused.
import { z } from "zod";
import { recognisableName } from "../names/schema.ts";
import { isValidTimeZone } from "../time/zoned.ts";
import {
  TIME_ZONE_CHANGES,
  TIMELINE_FIELDS,
  validateTimeline,
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

/**
 * The six wall-clock times as instants, read in the zone a change of zone calls for (by default the
 * event's own zone: see timelineForZoneChange), with the order and team-size rules checked.
 */
function toInstants(
  value: EventDetailsRaw,
  ctx: z.RefinementCtx,
  change: { from: string; keep: TimeZoneChange | null } = { from: value.timeZone, keep: null },
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
  }
  if (value.teamMaxSize < value.teamMinSize) {
    ctx.addIssue({
      code: "custom",
      path: ["teamMaxSize"],
      message: "The largest team size can't be smaller than the smallest",
    });
  }
  if (!read.ok) return z.NEVER;
  for (const problem of validateTimeline(read.timeline)) {
    ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  }
  return { ...value, ...read.timeline };
}

export const eventDetailsInput = eventDetailsShape.transform(toInstants);
export type EventDetailsInput = z.input<typeof eventDetailsInput>;

export const createEventInput = eventDetailsShape
  .extend({ organiserEmail: email })
  .transform((value, ctx) => {
    const { organiserEmail, ...details } = value;
    const converted = toInstants(details, ctx);
    return converted === z.NEVER ? z.NEVER : { ...converted, organiserEmail };
  });
export type CreateEventInput = z.input<typeof createEventInput>;

/**
 * Saving an event's details. When the time zone changes, the form says which zone it showed the times
 * in (`shownInTimeZone`) and what the organiser chose to keep (`timeZoneChange`); the times are then
 * read accordingly. Leaving the choice out when the zone changes is refused: a silent shift of every
 * moment is exactly what the question prevents.
 */
export const updateEventInput = eventDetailsShape
  .extend({
    timeZoneChange: z.enum(TIME_ZONE_CHANGES).nullable().default(null),
    shownInTimeZone: z.string().trim().max(64).nullable().default(null),
  })
  .transform((value, ctx) => {
    const { timeZoneChange, shownInTimeZone, ...details } = value;
    const from = shownInTimeZone ?? details.timeZone;
    if (from !== details.timeZone && timeZoneChange === null) {
      ctx.addIssue({
        code: "custom",
        path: ["timeZoneChange"],
        message: "Choose whether to keep the clock times or the moments",
      });
    }
    const converted = toInstants(details, ctx, { from, keep: timeZoneChange });
    return converted === z.NEVER ? z.NEVER : { ...converted, timeZoneChange, shownInTimeZone: from };
  });
export type UpdateEventDetails = z.output<typeof updateEventInput>;
export type UpdateEventInput = z.input<typeof updateEventInput>;
