// The HTTP API's (/api/v1) inputs and answers: zod schemas from which trpc-to-openapi writes the OpenAPI
// document, and which strip anything else from every answer (a field not listed here never leaves the
// server). Dates travel as ISO 8601 strings in UTC. Pure zod.
import { z } from "zod";
import { challengeDetails, challengeId } from "../challenges/schema.ts";
import { eventId } from "../events/ids.ts";
import { eventSlug } from "../events/schema.ts";
import { requestKey } from "../idempotency/schema.ts";

const instant = z.iso.datetime().describe("An instant, ISO 8601 in UTC");
const place = z.object({ id: z.string(), name: z.string() }).nullable();

export const apiEvent = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  timeZone: z.string().describe("IANA time zone the event's times are shown in"),
  registrationOpensAt: instant,
  registrationClosesAt: instant,
  startsAt: instant,
  submissionDeadline: instant,
  judgingClosesAt: instant,
  resultsAt: instant,
  url: z.string().describe("The event's public page"),
});
export type ApiEvent = z.infer<typeof apiEvent>;

export const apiEventDetail = apiEvent.extend({
  description: z.string().describe("Markdown"),
  teamMinSize: z.number().int(),
  teamMaxSize: z.number().int(),
  minimumAge: z.number().int().nullable(),
  contactEmail: z.string().nullable(),
});

export const apiPublicChallenge = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  sector: z.string(),
  prize: z.string(),
  organisation: z.object({ slug: z.string(), name: z.string() }),
  url: z.string(),
});

export const apiProjectCard = z.object({
  id: z.string(),
  title: z.string(),
  tagline: z.string(),
  teamName: z.string(),
  centre: place,
  url: z.string(),
});

export const apiAward = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  place: z.number().int().nullable(),
  division: z.string().nullable(),
  round: z.string().nullable(),
  challenge: z.string().nullable(),
  winners: z.array(
    z.object({ projectId: z.string(), title: z.string(), teamName: z.string(), shared: z.boolean() }),
  ),
});

export const apiChallenge = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  problemStatement: z.string(),
  sector: z.string(),
  resources: z.array(z.object({ name: z.string(), url: z.string() })),
  successCriteria: z.string(),
  prize: z.string(),
  status: z.enum(["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED"]),
  event: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  organisation: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  createdAt: instant,
  updatedAt: instant,
  publishedAt: instant.nullable(),
});
export type ApiChallenge = z.infer<typeof apiChallenge>;

export const apiRegistration = z.object({
  id: z.string(),
  status: z.enum(["PENDING_CONSENT", "CONFIRMED", "WITHDRAWN"]),
  youngPerson: z.boolean().describe("Under the event's consent age: then no name is given"),
  displayName: z
    .string()
    .nullable()
    .describe("The adult's name as organisers see it; null for a young person"),
  centre: place,
  teamId: z.string().nullable(),
  registeredAt: instant,
});
export type ApiRegistration = z.infer<typeof apiRegistration>;

export const apiTeam = z.object({
  id: z.string(),
  name: z.string(),
  centre: place,
  memberRegistrationIds: z.array(z.string()),
  projectStatus: z.enum(["NONE", "DRAFT", "SUBMITTED", "WITHDRAWN", "DISQUALIFIED"]),
});

// Inputs. Path parameters are named in the procedure's meta path. trpc-to-openapi switches on coercion
// in the number, boolean and date schemas of an input object (it sets their `coerce` flag in place), so
// an API input never shares such a schema with the app's procedures: the ones here are strings or made
// here.
export const slugInput = z.object({ slug: eventSlug });
export const projectsInput = z.object({
  slug: eventSlug,
  page: z.coerce.number().int().min(1, "Pages start at 1").max(10_000).default(1),
});
export const createChallengeBody = z.object({ eventId, details: challengeDetails, requestKey });
export const updateChallengeBody = z.object({ challengeId, details: challengeDetails });
export const challengeIdBody = z.object({ challengeId });
export const reviewBody = z
  .object({
    challengeId,
    action: z.enum(["approve", "requestChanges", "publish"], {
      error: 'Choose an action: "approve", "requestChanges" or "publish"',
    }),
    comment: z.string().trim().max(2000, "Use at most 2000 characters").optional(),
  })
  .refine((body) => body.action !== "requestChanges" || Boolean(body.comment), {
    path: ["comment"],
    message: "Say what needs to change",
  });
