// Row ids, as every procedure input and every page that reads one from its address accepts them. Pure
// zod: no Prisma, no server-only code (pages and forms import it too).
import { z } from "zod";

// Prisma's cuid()s, and the test fixtures' "e2e-event-<uuid>": letters, digits, "_" and "-". Anything
// else cannot name a row, so it is refused before a query runs. A NUL matters most: PostgreSQL refuses
// it in text with an error of its own, which would reach the caller as a 500 instead of a 400.
const ID_PATTERN = /^[A-Za-z0-9_-]+$/;

// cuid()s are 25 characters, the fixtures' ids about 50.
const MAX_LENGTH = 64;

/**
 * A row id: after trimming, 1–64 letters, digits, "_" or "-". `what` names it in the messages ("Team is
 * missing", "Team isn't valid").
 */
export function recordId(what = "Id") {
  return z
    .string()
    .trim()
    .min(1, `${what} is missing`)
    .max(MAX_LENGTH, `${what} isn't valid`)
    .regex(ID_PATTERN, `${what} isn't valid`);
}
