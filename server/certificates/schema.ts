// Certificate inputs. Pure zod.
import { z } from "zod";
import { CODE_LENGTH } from "./rules.ts";

export const downloadCertificateInput = z.object({
  /** "participation" or "award:<awardId>" (see subjectKey). */
  subject: z.string().trim().max(80),
  /** The name to print: the caller's name or alias. */
  name: z.string().trim().min(1, "Choose your name or your alias").max(200),
});

export const verifyCertificateInput = z.object({
  code: z
    .string()
    .trim()
    .max(CODE_LENGTH * 2),
});
