// The small identifiers other domains' inputs share (an event's id and web address, an email address).
// Kept apart from ./schema.ts, which reads times and so brings Temporal into every page that imports it:
// forms that only need these stay light.
import { z } from "zod";
import { recordId } from "../record-id.ts";

export const eventId = recordId("Event id");

export const eventSlug = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters")
  .max(60, "Use at most 60 characters")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");

export const email = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address").max(254));
