// Challenge inputs, shared by the forms and the procedures. Pure zod: no Prisma, no server-only code.
import { z } from "zod";
import { recognisableName } from "../names/schema.ts";
import { eventId } from "../events/ids.ts";
import { recordId } from "../record-id.ts";
import { webUrl } from "../organisations/schema.ts";
import { requestKey } from "../idempotency/schema.ts";

export const CHALLENGE_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "CHANGES_REQUESTED",
  "APPROVED",
  "PUBLISHED",
] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];

export const challengeStatusLabels: Record<ChallengeStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Waiting for review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PUBLISHED: "Published",
};

export const MAX_RESOURCES = 20;

export const challengeResource = z.object({
  name: z.string().trim().min(1, "Give the link a name").max(120, "Use at most 120 characters"),
  url: webUrl(["http:", "https:"], "Enter a web address starting with http:// or https://"),
});
export type ChallengeResource = z.infer<typeof challengeResource>;

export const challengeDetails = z.object({
  title: recognisableName({ min: 3, max: 120 }),
  summary: z.string().trim().min(10, "Use at least 10 characters").max(300, "Use at most 300 characters"),
  problemStatement: z
    .string()
    .trim()
    .min(20, "Use at least 20 characters")
    .max(20_000, "Use at most 20,000 characters"),
  sector: z.string().trim().min(2, "Use at least 2 characters").max(60, "Use at most 60 characters"),
  resources: z.array(challengeResource).max(MAX_RESOURCES, `Add at most ${MAX_RESOURCES} links`).default([]),
  successCriteria: z.string().trim().max(5000, "Use at most 5000 characters").default(""),
  prize: z.string().trim().max(500, "Use at most 500 characters").default(""),
});
export type ChallengeDetails = z.infer<typeof challengeDetails>;
export type ChallengeDetailsInput = z.input<typeof challengeDetails>;

export const challengeId = recordId("Challenge");

export const challengeSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Not a valid challenge address");

/** With organisationProcedure (which reads organisationId). */
export const createChallengeInput = z.object({ eventId, details: challengeDetails, requestKey });
export type CreateChallengeInput = z.input<typeof createChallengeInput>;
export const updateChallengeInput = z.object({ challengeId, details: challengeDetails });
export type UpdateChallengeInput = z.input<typeof updateChallengeInput>;
export const challengeIdInput = z.object({ challengeId });

/** With eventRoleProcedure (which reads eventId). */
export const requestChangesInput = z.object({
  challengeId,
  comment: z.string().trim().min(1, "Say what needs to change").max(2000, "Use at most 2000 characters"),
});
export type RequestChangesInput = z.input<typeof requestChangesInput>;
export const reviewCommentInput = z.object({
  challengeId,
  comment: z.string().trim().max(2000, "Use at most 2000 characters").optional(),
});

/** With publicEventProcedure (which reads slug). */
export const challengeBySlugInput = z.object({ challengeSlug });
