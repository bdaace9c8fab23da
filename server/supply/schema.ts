// Inputs of the need-and-supply procedures (no Prisma: shared with pages).
import { z } from "zod";

/** A UK postcode area: one or two letters ("LS", "b"), read upper-cased. */
export const areaCode = z
  .string()
  .trim()
  .max(2)
  .regex(/^[A-Za-z]{1,2}$/, "A postcode area is one or two letters")
  .transform((value) => value.toUpperCase());

export const areaInput = z.object({ area: areaCode });
