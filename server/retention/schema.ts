// Inputs of the retention procedures.
import { z } from "zod";
import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN } from "./rules.ts";

export const updateRetentionInput = z.object({
  retentionDays: z.coerce
    .number("Enter a number of days")
    .int("Enter a whole number of days")
    .min(RETENTION_DAYS_MIN, `Keep it at least ${RETENTION_DAYS_MIN} day`)
    .max(
      RETENTION_DAYS_MAX,
      `Keep it at most ${RETENTION_DAYS_MAX.toLocaleString("en-GB")} days (ten years)`,
    ),
});
