// Waiting lists at full centres: pure rules (the time is passed in, no database). See docs/design.md
// "Waiting lists".

/** How long an offered place is kept for the person offered it, at most: 48 hours. */
export const OFFER_HOURS = 48;
const HOUR_MS = 60 * 60 * 1000;

export type WaitingListStatus = "WAITING" | "OFFERED" | "ACCEPTED" | "EXPIRED" | "LEFT";

/** An entry's state as the rules need it. */
export interface EntryState {
  status: WaitingListStatus;
  offerExpiresAt: Date | null;
}

/** True while an offer holds a place: OFFERED, and its time limit (`offerExpiresAt`) is after `now`. */
export function isLiveOffer(entry: EntryState, now: Date): boolean {
  return entry.status === "OFFERED" && entry.offerExpiresAt !== null && entry.offerExpiresAt > now;
}

/** True for an OFFERED entry whose time limit has passed at `now`: the job marks it EXPIRED. */
export function isLapsedOffer(entry: EntryState, now: Date): boolean {
  return entry.status === "OFFERED" && !isLiveOffer(entry, now);
}

/** True while the person is on the list (waiting, or holding an offer that has not lapsed). */
export function isOnList(entry: EntryState, now: Date): boolean {
  return entry.status === "WAITING" || isLiveOffer(entry, now);
}

/**
 * The time limit of an offer made at `now`: OFFER_HOURS later, or when registration closes if that is
 * sooner (accepting is registering, which closes then). Null when registration has closed by `now`:
 * no offer can be made.
 */
export function offerExpiry(now: Date, registrationClosesAt: Date): Date | null {
  if (registrationClosesAt <= now) return null;
  const limit = new Date(now.getTime() + OFFER_HOURS * HOUR_MS);
  return limit < registrationClosesAt ? limit : registrationClosesAt;
}

/**
 * How many places a centre can offer to its waiting list now: its free places (`capacity` minus the
 * registrations holding a place minus the live offers, never below 0), but no more than `waiting`
 * people are waiting.
 */
export function placesToOffer(params: {
  capacity: number;
  registered: number;
  liveOffers: number;
  waiting: number;
}): number {
  const free = Math.max(0, params.capacity - params.registered - params.liveOffers);
  return Math.max(0, Math.min(free, params.waiting));
}

/** Whether a centre with these numbers is full: no place left once live offers are counted. */
export function isFull(params: { capacity: number; registered: number; liveOffers: number }): boolean {
  return params.capacity - params.registered - params.liveOffers <= 0;
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd": a position on a list, in words a child reads. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

/**
 * A waiting entry's position (1 = next to be offered) among the waiting entries `queue`, ordered as the
 * job offers them: by `createdAt`, then `id`. 0 when `id` is not waiting in `queue`.
 */
export function positionOf(
  id: string,
  queue: readonly { id: string; createdAt: Date; status: WaitingListStatus }[],
): number {
  const waiting = queue
    .filter((e) => e.status === "WAITING")
    .sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return waiting.findIndex((e) => e.id === id) + 1;
}
