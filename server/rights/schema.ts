// Inputs of the account-rights procedures.
import { z } from "zod";

/** Deleting an account: the person types their email address to show they mean it. */
export const deleteAccountInput = z.object({
  confirmEmail: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Type your email address to confirm")
    .max(320, "Use at most 320 characters"),
});
