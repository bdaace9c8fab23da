// Submission inputs, shared by the forms and the procedures. Pure zod.
import { z } from "zod";
import { recognisableName } from "../names/schema.ts";
import { eventSlug } from "../events/ids.ts";
import { recordId } from "../record-id.ts";
import { imageAlt, imageBase64 } from "../storage/upload-schema.ts";
import { requestKey } from "../idempotency/schema.ts";
import { MAX_GALLERY_PAGE } from "./rules.ts";

const id = recordId();

const optionalUrl = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters")
  .refine(
    (value) => value === "" || /^https?:\/\/[^\s]+$/i.test(value),
    "Enter a web address starting with https://",
  )
  .transform((value) => (value === "" ? null : value));

export const SUBMISSION_STATUSES = ["DRAFT", "SUBMITTED", "WITHDRAWN", "DISQUALIFIED"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** What screens and exports call each project status (one wording everywhere). */
export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  WITHDRAWN: "Withdrawn",
  DISQUALIFIED: "Disqualified",
};

export const submissionFields = z.object({
  title: recognisableName({ min: 3, max: 100 }),
  tagline: z.string().trim().max(140, "Use at most 140 characters").default(""),
  description: z.string().trim().max(20_000, "Use at most 20,000 characters").default(""),
  repositoryUrl: optionalUrl.default(""),
  demoUrl: optionalUrl.default(""),
  videoUrl: optionalUrl.default(""),
  technologies: z
    .array(z.string().trim().min(1).max(30, "Each technology at most 30 characters"))
    .max(20, "At most 20 technologies")
    .default([])
    .transform((list) => [...new Set(list.map((t) => t.trim()))]),
  challengeIds: z.array(id).max(10, "Enter at most 10 challenges").default([]),
});

export type SubmissionFields = z.output<typeof submissionFields>;

export const saveSubmissionInput = submissionFields.extend({
  teamId: id,
  /** The version the editor started from (0 when there is no submission yet). */
  expectedVersion: z.number().int().min(0),
});
export type SaveSubmissionInput = z.input<typeof saveSubmissionInput>;

export const submissionVersionInput = z.object({ teamId: id, expectedVersion: z.number().int().min(1) });

export const addImageInput = z.object({
  teamId: id,
  dataBase64: imageBase64,
  alt: imageAlt,
  /** One image per upload, however often it is sent. */
  requestKey,
});

/** What the editor checks before reading the file: the description, and that a file was chosen. */
export const imageUploadFields = z.object({ alt: imageAlt });

export const removeImageInput = z.object({ teamId: id, imageId: id });

export const disqualifyInput = z.object({
  submissionId: id,
  reason: z
    .string()
    .trim()
    .min(5, "Say why, in at least 5 characters")
    .max(500, "Use at most 500 characters"),
});

export const submissionIdInput = z.object({ submissionId: id });

export const galleryInput = z.object({
  slug: eventSlug,
  challengeId: id.optional(),
  centreId: id.optional(),
  /** 1-based page of GALLERY_PAGE_SIZE projects; a page past the last is empty, not an error. */
  page: z.number().int().min(1).max(MAX_GALLERY_PAGE).default(1),
});

export const projectInput = z.object({ slug: eventSlug, submissionId: id });
