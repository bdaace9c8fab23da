// Event inputs, shared by the forms and the procedures. Pure zod: no Prisma, no server-only code.
// Times arrive as the wall-clock values of <input type="datetime-local"> in the event's time zone
// and leave as instants; a time that does not exist (or happens twice) on a DST change day is refused.
import { z } from "zod";
import { recognisableName } from "../names/schema.ts";
import { localToInstant, isValidTimeZone } from "../time/zoned.ts";
import { TIMELINE_FIELDS, validateTimeline, type TimelineDates, type TimelineField } from "./rules.ts";
import { EVENT_ROLES } from "./policy.ts";
import { whenValid } from "../forms/schema.ts";

export const eventId = z.string().trim().min(1, "Event id is missing").max(64);

export const eventSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(60, "Use at most 60 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");

export const email = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address").max(254));

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

function conversionProblem(reason: "NONEXISTENT" | "AMBIGUOUS" | "INVALID", timeZone: string): string {
  if (reason === "NONEXISTENT") {
    return `This time doesn't exist in ${timeZone} on that day (the clocks go forward). Choose another time.`;
  }
  if (reason === "AMBIGUOUS") {
    return `This time happens twice in ${timeZone} on that day (the clocks go back). Choose another time.`;
  }
  return "Enter a valid date and time";
}

/**
 * The timeline's problems that need more than one field: times that do not exist (or happen twice) in
 * the chosen zone, and the order of the dates. Runs whenever the time zone is valid, whatever else is
 * wrong, so every problem is reported at once; a time that is missing or malformed has its own message
 * already and is left out of the order checks.
 */
function checkTimeline(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const timeZone = String(value.timeZone);
  const instants: Partial<TimelineDates> = {};
  for (const field of TIMELINE_FIELDS) {
    const local = localDateTime.safeParse(value[field]);
    if (!local.success) continue;
    const result = localToInstant(local.data, timeZone);
    if (result.ok) instants[field] = result.instant;
    else ctx.addIssue({ code: "custom", path: [field], message: conversionProblem(result.reason, timeZone) });
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

/** Only runs once every check has passed, so every time converts. */
function toInstants(value: EventDetailsRaw): EventDetails {
  const instants = Object.fromEntries(
    TIMELINE_FIELDS.map((field) => {
      const result = localToInstant(value[field], value.timeZone);
      return [field, result.ok ? result.instant : new Date(Number.NaN)];
    }),
  ) as unknown as TimelineDates;
  return { ...value, ...instants };
}

const timelineChecked = { when: whenValid(eventDetailsShape, ["timeZone"]) };
const sizesChecked = { when: whenValid(eventDetailsShape, ["teamMinSize", "teamMaxSize"]) };

/** Every cross-field rule is reported even when other fields are wrong (see whenValid). */
export const eventDetailsInput = eventDetailsShape
  .superRefine(checkTimeline, timelineChecked)
  .superRefine(checkTeamSizes, sizesChecked)
  .transform(toInstants);
export type EventDetailsInput = z.input<typeof eventDetailsInput>;

export const createEventInput = eventDetailsShape
  .extend({ organiserEmail: email })
  .superRefine(checkTimeline, timelineChecked)
  .superRefine(checkTeamSizes, sizesChecked)
  .transform((value) => {
    const { organiserEmail, ...details } = value;
    return { ...toInstants(details), organiserEmail };
  });
export type CreateEventInput = z.input<typeof createEventInput>;

export const updateEventInput = eventDetailsInput;
export type UpdateEventInput = z.input<typeof updateEventInput>;

export const eventRoleKind = z.enum(EVENT_ROLES);

/** Roles held at a centre: a centre lead must name one; a mentor may. */
export const CENTRE_ROLES = ["CENTRE_LEAD", "MENTOR"] as const;

const grantRoleFields = z.object({
  email,
  role: eventRoleKind,
  centreId: z.string().trim().max(64).nullable().default(null),
});

export const grantRoleInput = grantRoleFields
  .superRefine(
    (value, ctx) => {
      if (value.role === "CENTRE_LEAD" && !value.centreId) {
        ctx.addIssue({ code: "custom", path: ["centreId"], message: "Choose the centre they lead" });
      }
    },
    // Also when the email is wrong: both problems at once.
    { when: whenValid(grantRoleFields, ["role", "centreId"]) },
  )
  // Organisers and judges belong to the whole event, never to one centre.
  .transform((value) => ({
    ...value,
    centreId: (CENTRE_ROLES as readonly string[]).includes(value.role) ? value.centreId || null : null,
  }));
export type GrantRoleInput = z.input<typeof grantRoleInput>;

export const revokeRoleInput = z.object({ roleId: z.string().trim().min(1).max(64) });
export type RevokeRoleInput = z.input<typeof revokeRoleInput>;
