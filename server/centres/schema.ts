// Centre inputs, shared by the organisers' forms and the procedures. Pure zod.
import { z } from "zod";
import { recognisableName } from "../names/schema.ts";
import { recordId } from "../record-id.ts";

const id = recordId("Centre");

export const centreDetails = z.object({
  name: recognisableName({ min: 2, max: 80 }),
  addressLine: z.string().trim().max(200, "Use at most 200 characters").default(""),
  // Only the outward part of a postcode: enough to find the centre, and to group people by area.
  postcodeDistrict: z
    .string()
    .trim()
    .toUpperCase()
    .max(4, "Use only the first part of the postcode, e.g. LS1")
    .regex(/^(?:[A-Z]{1,2}[0-9][0-9A-Z]?)?$/, "Use only the first part of the postcode, e.g. LS1")
    .default(""),
  capacity: z
    .number("Enter how many people the centre can take")
    .int("Enter a whole number")
    .min(1, "A centre takes at least 1 person")
    .max(5000, "At most 5,000 people"),
  accessibilityNotes: z.string().trim().max(1000, "Use at most 1,000 characters").default(""),
  openingTimes: z.string().trim().max(500, "Use at most 500 characters").default(""),
});
export type CentreDetails = z.output<typeof centreDetails>;
export type CentreDetailsInput = z.input<typeof centreDetails>;

export const createCentreInput = centreDetails;
export const updateCentreInput = centreDetails.extend({ centreId: id });
export const centreIdInput = z.object({ centreId: id });
