// The shape of an uploaded file in a procedure input. Pure zod.
import { z } from "zod";

/** A file's bytes, base64-encoded; at most 2 MB decoded (the bytes are checked again on the server). */
export const imageBase64 = z
  .string()
  .max(2_900_000, "Images can be at most 2 MB")
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, "That file could not be read");
