// The cover image upload, shared by the organisers' form and the procedure. Pure zod, and kept apart
// from schema.ts so the cover form does not carry the timeline's time-zone code.
import { z } from "zod";
import { imageAlt, imageBase64 } from "../storage/upload-schema.ts";

/** What the form checks before reading the file (the bytes are checked on the server). */
export const coverImageFields = z.object({ alt: imageAlt });

/** A PNG, JPEG, WebP or GIF cover and its description. */
export const setCoverImageInput = coverImageFields.extend({ dataBase64: imageBase64 });
export type SetCoverImageInput = z.input<typeof setCoverImageInput>;
