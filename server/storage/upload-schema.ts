// The shape of an uploaded file in a procedure input. Pure zod.
import { z } from "zod";

/** A file's bytes, base64-encoded; at most 2 MB decoded (the bytes are checked again on the server). */
export const imageBase64 = z
  .string()
  .max(2_900_000, "Images can be at most 2 MB")
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, "That file could not be read");

/** Every image needs a description for people who can't see it (WCAG 1.1.1). */
export const imageAlt = z
  .string("Describe the image for people who can't see it")
  .trim()
  .min(1, "Describe the image for people who can't see it")
  .max(200, "Use at most 200 characters");
