import { z } from "zod";
import { recognisableName } from "../names/schema.ts";

export const updateProfileInput = z.object({
  name: recognisableName({ min: 1, max: 80, missing: "Enter your name" }),
  /** Public nickname; young people are shown by it instead of their name. */
  alias: recognisableName({ min: 0, max: 30 })
    .pipe(
      z.string().regex(/^[\p{L}\p{N} _.-]*$/u, "Use letters, digits, spaces, dots, hyphens and underscores"),
    )
    .transform((v) => (v === "" ? null : v)),
});
export type UpdateProfileInput = z.input<typeof updateProfileInput>;
