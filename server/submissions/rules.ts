// Pure rules for submissions: when they can change, what a submission needs, when the gallery opens,
// and how people are credited on public pages.
import type { EventCapabilities } from "../events/rules.ts";
import { registrantAge, type AgeFacts, type EventStart } from "../registrations/age.ts";
import { isMinor } from "../registrations/rules.ts";

export type SubmissionStatus = "DRAFT" | "SUBMITTED" | "WITHDRAWN" | "DISQUALIFIED";

export type SubmissionBlock = "PHASE_CLOSED" | "DISQUALIFIED" | null;

/** Teams edit, submit and withdraw only while submissions are open, and never once disqualified. */
export function submissionChangeBlock(
  capabilities: EventCapabilities,
  status: SubmissionStatus | null,
): SubmissionBlock {
  if (!capabilities.canSubmit) return "PHASE_CLOSED";
  if (status === "DISQUALIFIED") return "DISQUALIFIED";
  return null;
}

export interface SubmissionContent {
  title: string;
  description: string;
  challengeIds: readonly string[];
}

/** The fields still missing before a submission can be submitted, keyed by form field. */
export function missingForSubmit(content: SubmissionContent): Record<string, string[]> {
  const missing: Record<string, string[]> = {};
  if (content.title.trim().length < 3) missing.title = ["Give your project a title"];
  if (content.description.trim().length < 20) {
    missing.description = ["Describe your project in at least 20 characters"];
  }
  if (content.challengeIds.length === 0) missing.challengeIds = ["Choose at least one challenge to enter"];
  return missing;
}

/** What a save writes: the editable fields of a project. */
export interface SavedFields {
  title: string;
  tagline: string;
  description: string;
  repositoryUrl: string | null;
  demoUrl: string | null;
  videoUrl: string | null;
  technologies: readonly string[];
  challengeIds: readonly string[];
}

/**
 * Whether saving `incoming` would change nothing in `stored`: a save that already landed (the same
 * Save pressed twice) is then answered with the stored version instead of a false "someone saved a
 * newer version". Technologies keep their order; challenges are a set.
 */
export function sameSavedFields(stored: SavedFields, incoming: SavedFields): boolean {
  const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((item, i) => item === b[i]);
  const sameSet = (a: readonly string[], b: readonly string[]) =>
    new Set(a).size === new Set(b).size && a.every((item) => b.includes(item));
  return (
    stored.title === incoming.title &&
    stored.tagline === incoming.tagline &&
    stored.description === incoming.description &&
    stored.repositoryUrl === incoming.repositoryUrl &&
    stored.demoUrl === incoming.demoUrl &&
    stored.videoUrl === incoming.videoUrl &&
    sameList(stored.technologies, incoming.technologies) &&
    sameSet(stored.challengeIds, incoming.challengeIds)
  );
}

/** The gallery is public once an organiser opens it, or from the submission deadline on. */
/** Projects per gallery page: a multiple of 2 and 3, so the grid's rows are full at every width. */
export const GALLERY_PAGE_SIZE = 24;

/** The highest page number the gallery accepts (24 × 400 = 9,600 projects, far beyond any festival). */
export const MAX_GALLERY_PAGE = 400;

/**
 * How many pages `total` projects fill: at least 1, so an empty gallery still has a page to show.
 * `total` is a count (≥ 0); GALLERY_PAGE_SIZE projects per page.
 */
export function galleryPageCount(total: number): number {
  return Math.max(1, Math.ceil(total / GALLERY_PAGE_SIZE));
}

export function galleryIsOpen(
  event: { status: string; submissionDeadline: Date; galleryOpenedAt: Date | null },
  now: Date,
): boolean {
  return galleryState(event, now) !== "CLOSED";
}

export interface CreditSubject {
  name: string | null;
  alias: string | null;
  isMinor: boolean;
  /** A guardian's current consent to public credit (only asked for minors). */
  publicCreditConsent: boolean;
}

/**
 * How a team member is named on public pages. Adults by their name (or alias if they set one); a young
 * person by alias or first name and initial, and only with a guardian's public-credit consent.
 * Never a minor's surname. null: show "a team member".
 */
export function publicCredit(person: CreditSubject): string | null {
  if (!person.isMinor) return person.alias?.trim() || person.name?.trim() || null;
  if (!person.publicCreditConsent) return null;
  if (person.alias?.trim()) return person.alias.trim();
  const parts = (person.name ?? "").trim().split(/\s+/).filter(Boolean);
  const [first, ...rest] = parts;
  if (!first) return null;
  const last = rest.at(-1);
  return last ? `${first} ${last.charAt(0).toUpperCase()}.` : first;
}

/** What publicCreditOf reads of a person's registration at the event. */
export interface CreditRegistration extends AgeFacts {
  /** The consent in force (at most one, as `consents: { ...consentInForce }` reads it). */
  consents: readonly { publicCredit: boolean }[];
}

/**
 * How a person registered at `event` is named on public pages: publicCredit of their `name` and
 * `alias`, as a young person when under 18 or under the event's consent age on the day it starts (or
 * with no `registration` on record: nothing is shown by default), with the public-credit consent of the
 * registration's consent in force. A string, or null: "a team member".
 */
export function publicCreditOf(
  registration: CreditRegistration | null | undefined,
  person: { name: string | null; alias: string | null },
  event: EventStart & { consentAge: number },
): string | null {
  return publicCredit({
    name: person.name,
    alias: person.alias,
    isMinor: creditedAsYoungPerson(registration, event),
    publicCreditConsent: registration?.consents[0]?.publicCredit ?? false,
  });
}

/**
 * Whether public pages treat the person behind `registration` as a young person (whose name needs
 * consent): under 18 or under the event's consent age on the day it starts, or with no registration on
 * record (nothing is shown by default).
 */
export function creditedAsYoungPerson(
  registration: AgeFacts | null | undefined,
  event: EventStart & { consentAge: number },
): boolean {
  if (!registration) return true;
  const age = registrantAge(registration, event);
  return isMinor(age) || age < event.consentAge;
}

/**
 * Whether disqualifying changes the project's status. A withdrawn project too: its team could submit
 * it again before the deadline otherwise.
 */
export function canDisqualify(status: SubmissionStatus): boolean {
  return status !== "DISQUALIFIED";
}

/**
 * The status a reinstated project goes back to: the one it had when it was disqualified. Projects
 * disqualified before that was recorded go back to SUBMITTED if a version was ever submitted, else DRAFT.
 */
export function reinstatedStatus(
  before: SubmissionStatus | null,
  everSubmitted: boolean,
): Exclude<SubmissionStatus, "DISQUALIFIED"> {
  if (before && before !== "DISQUALIFIED") return before;
  return everSubmitted ? "SUBMITTED" : "DRAFT";
}

export const SUBMISSION_STATUS_TEXT: Record<SubmissionStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  WITHDRAWN: "Withdrawn",
  DISQUALIFIED: "Disqualified",
};

/** Where the public gallery stands, for the organisers' open/close control. */
export type GalleryState = "CLOSED" | "OPENED_EARLY" | "OPEN_AFTER_DEADLINE";

/**
 * CLOSED until an organiser opens it or the deadline passes; OPENED_EARLY when an organiser opened it
 * before the deadline (it can be closed again until then); OPEN_AFTER_DEADLINE from the deadline on,
 * when judging and results need it public and it stays open.
 */
export function galleryState(
  event: { status: string; submissionDeadline: Date; galleryOpenedAt: Date | null },
  now: Date,
): GalleryState {
  if (event.status === "DRAFT") return "CLOSED";
  if (now.getTime() >= event.submissionDeadline.getTime()) return "OPEN_AFTER_DEADLINE";
  return event.galleryOpenedAt !== null ? "OPENED_EARLY" : "CLOSED";
}
