// The one zod type for every name people recognise each other by. Pure zod: forms share it.
import { z } from "zod";
import { mixedScriptWord, normaliseName } from "./rules.ts";

/**
 * A name or title people recognise each other by: normalised (normaliseName: NFKC, invisible and
 * bidirectional control characters removed, spaces collapsed), then `min`–`max` characters long, and
 * refused when a word mixes look-alike alphabets (mixedScriptWord). Messages are written for the form.
 */
export function recognisableName(limits: { min: number; max: number; missing?: string }) {
  const tooShort =
    limits.min <= 1 && limits.missing ? limits.missing : `Use at least ${limits.min} characters`;
  return z
    .string()
    .transform(normaliseName)
    .pipe(
      z
        .string()
        .min(limits.min, tooShort)
        .max(limits.max, `Use at most ${limits.max} characters`)
        .superRefine((name, ctx) => {
          const mixed = mixedScriptWord(name);
          if (mixed) {
            ctx.addIssue({
              code: "custom",
              message: `"${mixed.word}" mixes letters from different alphabets (${mixed.scripts.join(" and ")}), so it can pass for another name. Type it again using one alphabet.`,
            });
          }
        }),
    );
}
