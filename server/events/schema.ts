// Event inputs, shared by the forms and the procedures. Pure zod: no Prisma, no server-only code.
// Times arrive as the wall-clock values of <input type="datetime-local"> in the event's time zone
// and leave as instants; a time that does not exist (or happens twice) on a DST change day is refused.
import { z } from "zod";
import { recognisableName } from "../names/schema.ts";
import { localToInstant, isValidTimeZone } from "../time/zoned.ts";
import { TIMELINE_FIELDS, validateTimeline, type TimelineDates, type TimelineField } from "./rules.ts";
import { EVENT_ROLES } from "./policy.ts";
import { recordId } from "../record-id.ts";

/** What screens call each event status. */
export const EVENT_STATUS_LABELS = { DRAFT: "Draft", PUBLISHED: "Published", ARCHIVED: "Archived" } as const;

export const eventId = recordId("Event id");

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

function toInstants(value: EventDetailsRaw, ctx: z.RefinementCtx): EventDetails | typeof z.NEVER {
  const instants: Partial<TimelineDates> = {};
  for (const field of TIMELINE_FIELDS) {
    const result = localToInstant(value[field], value.timeZone);
    if (result.ok) {
      instants[field] = result.instant;
      continue;
    }
    const message =
      result.reason === "NONEXISTENT"
        ? `This time doesn't exist in ${value.timeZone} on that day (the clocks go forward). Choose another time.`
        : result.reason === "AMBIGUOUS"
          ? `This time happens twice in ${value.timeZone} on that day (the clocks go back). Choose another time.`
          : "Enter a valid date and time";
    ctx.addIssue({ code: "custom", path: [field], message });
  }
  if (value.teamMaxSize < value.teamMinSize) {
    ctx.addIssue({
      code: "custom",
      path: ["teamMaxSize"],
      message: "The largest team size can't be smaller than the smallest",
    });
  }
  const complete = TIMELINE_FIELDS.every((f) => instants[f] instanceof Date);
  if (!complete) return z.NEVER;
  const timeline = instants as TimelineDates;
  for (const problem of validateTimeline(timeline)) {
    ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  }
  return { ...value, ...timeline };
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

export const updateEventInput = eventDetailsInput;
export type UpdateEventInput = z.input<typeof updateEventInput>;

export const eventRoleKind = z.enum(EVENT_ROLES);

/** Roles held at a centre: a centre lead must name one; a mentor may. */
export const CENTRE_ROLES = ["CENTRE_LEAD", "MENTOR"] as const;

export const grantRoleInput = z
  .object({
    email,
    role: eventRoleKind,
    centreId: recordId("Centre").or(z.literal("")).nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.role === "CENTRE_LEAD" && !value.centreId) {
      ctx.addIssue({ code: "custom", path: ["centreId"], message: "Choose the centre they lead" });
    }
  })
  // Organisers and judges belong to the whole event, never to one centre.
  .transform((value) => ({
    ...value,
    centreId: (CENTRE_ROLES as readonly string[]).includes(value.role) ? value.centreId || null : null,
  }));
export type GrantRoleInput = z.input<typeof grantRoleInput>;

export const revokeRoleInput = z.object({ roleId: recordId("Role") });
export type RevokeRoleInput = z.input<typeof revokeRoleInput>;
