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

/**
 * The check-in code in what a camera read from a QR code (`scanned`): the registration page's QR holds
 * this event's check-in address (server/checkin/qr.ts checkInUrl: `…/manage/events/<eventId>/centre/
 * check-in?q=<code>`), and a code on its own is accepted too. Returns the normalised code, or null for
 * anything else — another event's address, another site's page, a code that is not one — so a stray QR
 * code (a poster, a payment) never becomes a search.
 */
export function codeFromScan(scanned: string, eventId: string): string | null {
  const text = scanned.trim();
  const plain = normaliseCheckInCode(text);
  if (plain) return plain;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const path = `/manage/events/${encodeURIComponent(eventId)}/centre/check-in`;
  if (url.pathname.replace(/\/+$/, "") !== path) return null;
  return normaliseCheckInCode(url.searchParams.get("q") ?? "");
}
