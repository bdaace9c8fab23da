import { z } from "zod";

export const updateProfileInput = z.object({
  name: z.string().trim().min(1, "Enter your name").max(80, "Use at most 80 characters"),
  /** Public nickname; young people are shown by it instead of their name. */
  alias: z
    .string()
    .trim()
    .max(30, "Use at most 30 characters")
    .regex(/^[\p{L}\p{N} _.-]*$/u, "Use letters, digits, spaces, dots, hyphens and underscores")
    .transform((v) => (v === "" ? null : v)),
});
export type UpdateProfileInput = z.input<typeof updateProfileInput>;
