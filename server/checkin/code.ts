// The code a person shows at the door: short enough to read out and type on a phone, and without
// characters that are easily mistaken for each other (0/O/D, 1/I/L, 2/Z, 5/S, 6/G, 8/B).
// New codes are chosen by the database when a registration is inserted (the trigger in migration
// 20261201080000_check_in), so that every way of inserting one gets a code unique within its event.

/** The characters of a check-in code: 22 letters and digits that cannot be mistaken for another. */
export const CHECK_IN_ALPHABET = "ACDEFHJKMNPRTUVWXY3479";
/** Characters in a code: 22^6 ≈ 113 million codes; at a 1,000-person event a guess matches 1 time in 113,000. */
export const CHECK_IN_CODE_LENGTH = 6;

/**
 * A typed code as stored: upper case, with spaces and dashes dropped ("ack 3-47x" → "ACK347X" is too
 * long, so null). Returns null when the result is not CHECK_IN_CODE_LENGTH characters of the alphabet.
 */
export function normaliseCheckInCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]+/g, "");
  if (code.length !== CHECK_IN_CODE_LENGTH) return null;
  for (const c of code) if (!CHECK_IN_ALPHABET.includes(c)) return null;
  return code;
}
