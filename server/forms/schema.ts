// Zod helpers every domain's schema uses so a form reports all its problems at once. Pure zod.
import type { z } from "zod";

/**
 * A `when` for an object-level check (`superRefine(fn, { when })`): run it whenever the fields it reads
 * are valid, even if other fields are not. Without it zod skips object-level checks as soon as any field
 * has a type error, and a form would learn about a cross-field rule (date order, team sizes, a required
 * centre) only after fixing everything else.
 */
export function whenValid<Shape extends z.ZodRawShape>(
  schema: z.ZodObject<Shape>,
  keys: readonly (keyof Shape & string)[],
): (payload: { value: unknown }) => boolean {
  const general = schema as unknown as z.ZodObject<z.ZodRawShape>;
  const picked = general.pick(Object.fromEntries(keys.map((key) => [key, true])));
  return (payload) => picked.safeParse(payload.value).success;
}
