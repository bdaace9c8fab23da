// The help queue at a centre: what a team can ask about, when a request expires, the order mentors see
// requests in, a team's place in it, and who may take a request on. Pure: the clock is passed in.
// Needs Temporal (the end of a day in the event's zone), so the forms never import it: the topics'
// labels reach them through help.mine.
import { Temporal } from "temporal-polyfill";
import { refusals } from "../i18n/refusals.ts";
import type { HelpTopic } from "./schema.ts";

/** This module's refusals ("HelpErrors", shared with commands.ts, which throws them). */
const refuse = refusals("HelpErrors");

/** Each topic in plain words a 12-year-old understands, as the team picks it. */
export const HELP_TOPIC_LABELS: Record<HelpTopic, string> = {
  GETTING_STARTED: "Getting started: we don't know where to begin",
  CODE_ERROR: "Our code shows an error or doesn't work",
  DESIGN: "How our project looks or how people use it",
  DATA: "Finding or using data",
  HARDWARE: "A computer, gadget or cable isn't working",
  SUBMITTING: "Sending in our project",
  OTHER: "Something else",
};

/** Each topic in a word or two, for the mentors' queue. */
export const HELP_TOPIC_SHORT: Record<HelpTopic, string> = {
  GETTING_STARTED: "Getting started",
  CODE_ERROR: "Code problem",
  DESIGN: "Design",
  DATA: "Data",
  HARDWARE: "Hardware",
  SUBMITTING: "Submitting",
  OTHER: "Other",
};

/**
 * When a request raised at `raisedAt` expires: the end of that day in `timeZone` (an IANA zone), i.e.
 * the first instant of the next calendar day there (its midnight, or the first moment after it on a day
 * whose midnight a clock change skips). A request is expired once this instant is reached
 * (see isExpired). Throws RangeError for an unknown zone.
 */
export function endOfDay(raisedAt: Date, timeZone: string): Date {
  const zoned = Temporal.Instant.fromEpochMilliseconds(raisedAt.getTime()).toZonedDateTimeISO(timeZone);
  return new Date(zoned.add({ days: 1 }).startOfDay().epochMilliseconds);
}

/** The time of day of `instant` in `timeZone`, 24-hour "HH:mm" ("14:05"), for "sorted at 14:05". */
export function clockTime(instant: Date, timeZone: string): string {
  const zoned = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
  return `${String(zoned.hour).padStart(2, "0")}:${String(zoned.minute).padStart(2, "0")}`;
}

/** Whether a request with `expiresAt` has expired at `now` (expired from that instant on). */
export function isExpired(request: { expiresAt: Date }, now: Date): boolean {
  return request.expiresAt.getTime() <= now.getTime();
}

/** The fields that place a request in the queue. */
export interface QueueKey {
  id: string;
  createdAt: Date;
}

/** Queue order: oldest first; requests raised at the same instant by id, so the order never wobbles. */
export function queueOrder(a: QueueKey, b: QueueKey): number {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * How the mentors' queue lists open requests: those still waiting first, then those claimed, each
 * oldest first (queueOrder). Returns a new array; `requests` is not changed.
 */
export function sortQueue<T extends QueueKey & { status: "WAITING" | "CLAIMED" }>(
  requests: readonly T[],
): T[] {
  const rank = (r: T) => (r.status === "WAITING" ? 0 : 1);
  return [...requests].sort((a, b) => rank(a) - rank(b) || queueOrder(a, b));
}

/**
 * The 1-based place of request `id` among the `waiting` requests of its centre (oldest first: 1 means
 * next), or null when it is not among them (claimed, closed or expired).
 */
export function positionOf(id: string, waiting: readonly QueueKey[]): number | null {
  const index = [...waiting].sort(queueOrder).findIndex((r) => r.id === id);
  return index === -1 ? null : index + 1;
}

/** Whole minutes from `since` to `now`, rounded down; 0 for a `since` in the future (clocks disagree). */
export function minutesWaiting(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
}

/** A waiting time in minutes, in words: "less than a minute", "1 min", "25 min", "90 min". */
export function waitingLabel(minutes: number): string {
  if (minutes < 1) return "less than a minute";
  return `${Math.floor(minutes)} min`;
}

/** An English ordinal: 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 22 → "22nd", 113 → "113th". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** What a team reads about its place: "You're next in the queue", "You are 3rd in the queue". */
export function positionLabel(position: number): string {
  return position === 1 ? "You're next in the queue" : `You are ${ordinal(position)} in the queue`;
}

/** The facts the safeguarding rule needs about one mentor and one request. */
export interface ClaimFacts {
  /** The caller leads the request's centre or organises the event: they hold the responsibility there. */
  asLead: boolean;
  /** The team has a member under 18 (or under the event's consent age). */
  teamHasYoungPeople: boolean;
  /** The caller's vetting is in date today (server/mentoring/vetting.ts isVettedOn). */
  vettedToday: boolean;
}

/**
 * Whether the caller may take on a request by themselves. Safeguarding: a mentor whose vetting is not
 * in date today may not go alone to a team with a young person; centre leads and organisers may take on
 * any request.
 */
export function mayClaim(facts: ClaimFacts): boolean {
  return facts.asLead || !facts.teamHasYoungPeople || facts.vettedToday;
}

/** Said to a team without a centre, which has no mentors to ask. */
export const NO_CENTRE = refuse("noCentre").text;

/** Said when a team already has a request open (the database allows one per team). */
export const ALREADY_OPEN = refuse("alreadyOpen").text;

/** What a team reads once a mentor has claimed its request: "A mentor, Sam, is on the way". */
export function onTheWayLabel(firstName: string | null): string {
  return firstName ? `A mentor, ${firstName}, is on the way` : "A mentor is on the way";
}

/** Why mayClaim said no, for the mentor. */
export const NEEDS_VETTED_ADULT = refuse("needsVettedAdult").text;
