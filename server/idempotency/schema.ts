// The key a form sends with a request that creates something (see commands.ts). Pure zod.
import { z } from "zod";

/** Optional: callers without one (scripts, tests) get the plain behaviour. */
export const requestKey = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{16,64}$/, "That request key is not valid")
  .optional();
