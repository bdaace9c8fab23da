/**
 * Registration and guardian-consent rules as pure functions. `now` always comes from the caller.
 *
 * A date of birth is a calendar date with no time zone. Age is counted on the calendar date on which
 * the event starts *in the event's own zone* (a festival starting at 00:30 in Auckland starts on a
 * different day than its UTC instant suggests), so a young person's age never depends on where the
 * server or the browser happens to be.
 */
import { sameMailbox } from "../mail/mailbox.ts";

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Whole years from `birth` to `on`. Someone born on 29 February has their birthday on 1 March in
 * other years (as in UK law, Family Law Reform Act 1969 s.9), so they turn 13 on 1 March, not 28
 * February.
 */
export function ageOn(birth: CalendarDate, on: CalendarDate): number {
  let birthdayMonth = birth.month;
  let birthdayDay = birth.day;
  if (birth.month === 2 && birth.day === 29 && !isLeapYear(on.year)) {
    birthdayMonth = 3;
    birthdayDay = 1;
  }
  const hadBirthday = on.month > birthdayMonth || (on.month === birthdayMonth && on.day >= birthdayDay);
  return on.year - birth.year - (hadBirthday ? 0 : 1);
}

/**
 * The calendar date "YYYY-MM-DD" names, or null when there is no such day (30 February, month 13).
 * Plain arithmetic rather than Temporal, so the forms that share this check stay light.
 */
export function calendarDateFrom(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth ? { year, month, day } : null;
}

/** A `@db.Date` column arrives as UTC midnight of that date; read it back with UTC getters. */
export function calendarDateOf(dateOnly: Date): CalendarDate {
  return { year: dateOnly.getUTCFullYear(), month: dateOnly.getUTCMonth() + 1, day: dateOnly.getUTCDate() };
}

/** The value stored in a `@db.Date` column for a calendar date. */
export function dateOnlyValue(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

export function formatCalendarDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export const AGE_BANDS = ["UNDER_13", "13_15", "16_17", "18_PLUS"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

const AGE_BAND_LABELS: Record<AgeBand, string> = {
  UNDER_13: "Under 13",
  "13_15": "13–15",
  "16_17": "16–17",
  "18_PLUS": "18+",
};

/** The only form in which an age leaves its owner: UK digital-consent age (13) and adulthood (18). */
export function ageBand(age: number): AgeBand {
  if (age < 13) return "UNDER_13";
  if (age < 16) return "13_15";
  if (age < 18) return "16_17";
  return "18_PLUS";
}

export function ageBandLabel(band: AgeBand): string {
  return AGE_BAND_LABELS[band];
}

/** Under 18: shown to organisers by alias (or first name and initial), never by full name. */
export const ADULT_AGE = 18;
export const isMinor = (age: number): boolean => age < ADULT_AGE;

export type Eligibility =
  { eligible: false; reason: "TOO_YOUNG" | "NOT_BORN" } | { eligible: true; needsGuardianConsent: boolean };

/**
 * Whether someone of `age` at the event start may register, and whether a guardian must consent.
 * `minimumAge` null means no minimum; `consentAge` is the event's setting (18 by default).
 */
export function eligibility(params: {
  age: number;
  minimumAge: number | null;
  consentAge: number;
}): Eligibility {
  if (params.age < 0) return { eligible: false, reason: "NOT_BORN" };
  if (params.minimumAge !== null && params.age < params.minimumAge) {
    return { eligible: false, reason: "TOO_YOUNG" };
  }
  return { eligible: true, needsGuardianConsent: params.age < params.consentAge };
}

// ------------------------------------------------------------------ registration answers

/** What the registration form needs to know to check the answers the way the server will. */
export interface RegistrationRules {
  /** The event has centres, so one must be chosen. */
  centreRequired: boolean;
  /** The calendar date the event starts, in its zone (age is counted on it). */
  eventStart: CalendarDate;
  /** Today in the event's zone, by the rule clock (a date of birth can't be after it). */
  today: CalendarDate;
  minimumAge: number | null;
  consentAge: number;
  /**
   * The age of digital consent: someone younger at the start is registered by a guardian from the
   * guardian's own account (a child's profile they keep), not from an account of their own. 0: off.
   */
  digitalConsentAge: number;
  /** The registrant's own address, which can't be their guardian's; null when unknown. */
  ownEmail: string | null;
  /**
   * The guardian's address when a guardian registers a child's profile they keep: it is the address
   * asked for consent (no other can be given), and it lets a child under digitalConsentAge register.
   */
  registeringGuardian: string | null;
}

/** The answers the rules look at; `undefined` for an answer that is itself invalid (reported apart). */
export interface RegistrationFacts {
  centreId: string | null | undefined;
  dateOfBirth: CalendarDate | undefined;
  guardianEmail: string | null | undefined;
  /** The nickname other participants see (null for none). */
  alias: string | null | undefined;
}

export type RegistrationProblems = Partial<
  Record<"centreId" | "dateOfBirth" | "guardianEmail" | "alias", string[]>
>;

/**
 * Every problem with a registration that needs the event's rules (a required centre, a date of birth
 * in the future or under the minimum age, a young person's nickname and a guardian's address that is
 * not their own), all at once. The form runs it before sending and the server again before saving.
 */
export function registrationProblems(
  facts: RegistrationFacts,
  rules: RegistrationRules,
): RegistrationProblems {
  const problems: RegistrationProblems = {};
  if (rules.centreRequired && facts.centreId === null)
    problems.centreId = ["Choose the centre you'll attend"];
  const birth = facts.dateOfBirth;
  if (!birth) return problems;
  if (ageOn(birth, rules.today) < 0) {
    problems.dateOfBirth = ["Your date of birth can't be in the future"];
    return problems;
  }
  const age = ageOn(birth, rules.eventStart);
  const verdict = eligibility({ age, minimumAge: rules.minimumAge, consentAge: rules.consentAge });
  if (!verdict.eligible) {
    problems.dateOfBirth = [
      `Participants must be at least ${rules.minimumAge ?? 0} years old on ${formatCalendarDate(rules.eventStart)}, when the event starts`,
    ];
    return problems;
  }
  if (age < rules.digitalConsentAge && rules.registeringGuardian === null) {
    problems.dateOfBirth = [
      `You're under ${rules.digitalConsentAge} when the event starts, so a parent or carer registers you from their own account: ask them to add you under "Children you register" on their account page`,
    ];
    return problems;
  }
  // A young person (see people/rules isYoungPerson: under 18, or the consent age if higher) is shown
  // to other participants by nickname only, so needs one.
  const youngBelow = Math.max(ADULT_AGE, rules.consentAge);
  if (age < youngBelow && facts.alias === null) {
    problems.alias = [
      `Choose a nickname: you're under ${youngBelow} when the event starts, so other participants see it instead of your name`,
    ];
  }
  // A guardian registering a child's profile is the guardian asked: nothing to check.
  if (rules.registeringGuardian !== null) return problems;
  if (!verdict.needsGuardianConsent || facts.guardianEmail === undefined) return problems;
  if (facts.guardianEmail === null) {
    problems.guardianEmail = [
      `You're under ${rules.consentAge} when the event starts, so we need a parent or guardian's email address`,
    ];
  } else if (rules.ownEmail && sameMailbox(facts.guardianEmail, rules.ownEmail)) {
    problems.guardianEmail = ["Use your parent or guardian's own email address, not yours"];
  }
  return problems;
}

// ------------------------------------------------------------------ guardian consent

/** Bump the version whenever the text below changes: every consent records the version it agreed to. */
export const CONSENT_TEXT_VERSION = "consent-2026-2";

/**
 * What a guardian agrees to. It must describe what the product does: consent is withdrawn with the
 * same emailed link (withdrawConsent), and the young person is told when it is (version 1 said "by
 * contacting the organisers", which the link made untrue).
 */
export const CONSENT_TEXT: readonly string[] = [
  "I am the parent or legal guardian of the young person named on this page.",
  "I give permission for them to take part in this event, in person at the centre they chose, including working in a team with other participants, supervised by the event's organisers and centre staff.",
  "I understand that organisers will use the details given at registration only to run this event, and that the young person's date of birth is never shown to anyone but them.",
  "I can withdraw this consent at any time by opening the link in the email that brought me here again (this same page) and choosing to withdraw. The young person is then told by email, and can no longer join or change a team or take part until consent is given again.",
];

export const CONSENT_SCOPES = ["attend", "photo", "publicCredit", "teamFinder"] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

/** The scopes a guardian can change after consenting (attending is withdrawn with the whole consent). */
export const CHANGEABLE_SCOPES = ["photo", "publicCredit", "teamFinder"] as const;
export type ChangeableScope = (typeof CHANGEABLE_SCOPES)[number];

/**
 * The scopes a guardian is asked about for a young person of `age` at the start: the team finder only
 * below the event's age of digital consent (older young people choose that themselves).
 */
export function scopesAskedFor(params: { age: number; digitalConsentAge: number }): ConsentScope[] {
  return CONSENT_SCOPES.filter((scope) => scope !== "teamFinder" || params.age < params.digitalConsentAge);
}

export const CONSENT_SCOPE_TEXT: Record<ConsentScope, { label: string; hint: string; required: boolean }> = {
  attend: {
    label: "Permission to attend (required)",
    hint: "They may take part in the event.",
    required: true,
  },
  photo: {
    label: "Photos and video (optional)",
    hint: "They may appear in photos or video taken at the event and shared by the organisers.",
    required: false,
  },
  publicCredit: {
    label: "Public credit (optional)",
    hint: "Their alias (or first name and initial) may be shown on their team's public project page. Without this they appear as “a team member”.",
    required: false,
  },
  teamFinder: {
    label: "Team finder (optional)",
    hint: "Their nickname may be listed in the event's team finder, so other participants can invite them to a team. Without this they join a team with its join code. Nothing they write is shown there.",
    required: false,
  },
};

export const CONSENT_LINK_DAYS = 14;
const DAY_MS = 86_400_000;

export function consentExpiry(now: Date): Date {
  return new Date(now.getTime() + CONSENT_LINK_DAYS * DAY_MS);
}

/** A guardian is not emailed more than once a minute, whoever presses "resend". */
export const CONSENT_RESEND_INTERVAL_MS = 60_000;

export function canResendConsent(lastSentAt: Date | null, now: Date): boolean {
  return lastSentAt === null || now.getTime() - lastSentAt.getTime() >= CONSENT_RESEND_INTERVAL_MS;
}

export type ConsentLinkState = "VALID" | "UNKNOWN" | "USED" | "EXPIRED" | "REPLACED" | "NOT_NEEDED";

/**
 * What a consent link can still do. A link is valid until `expiresAt` (exclusive), once, and only
 * while its registration still waits for consent (or, for a `reconfirmation` link asking to confirm a
 * new consent text, while it is confirmed or waiting). A resend expires the previous links, so an old
 * link that has a newer, live sibling is reported as REPLACED rather than merely EXPIRED.
 */
export function consentLinkState(params: {
  consent: { consentedAt: Date | null; expiresAt: Date; reconfirmation?: boolean } | null;
  registrationStatus: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN" | null;
  hasNewerLiveLink: boolean;
  now: Date;
}): ConsentLinkState {
  const { consent } = params;
  if (!consent) return "UNKNOWN";
  if (consent.consentedAt) return "USED";
  if (params.hasNewerLiveLink) return "REPLACED";
  if (params.now.getTime() >= consent.expiresAt.getTime()) return "EXPIRED";
  if (params.registrationStatus === "PENDING_CONSENT") return "VALID";
  // A link asking to confirm a new consent text is for someone whose place is confirmed already.
  if (consent.reconfirmation && params.registrationStatus === "CONFIRMED") return "VALID";
  return "NOT_NEEDED";
}

export type ConsentStatus = "NOT_NEEDED" | "GIVEN" | "PENDING" | "EXPIRED" | "WITHDRAWN";

/** The consent column organisers see, from the registration's latest consent row. */
export function consentStatus(params: {
  needsGuardianConsent: boolean;
  latest: { consentedAt: Date | null; expiresAt: Date; withdrawnAt: Date | null } | null;
  now: Date;
}): ConsentStatus {
  if (!params.needsGuardianConsent) return "NOT_NEEDED";
  const latest = params.latest;
  if (!latest) return "PENDING";
  if (latest.withdrawnAt) return "WITHDRAWN";
  if (latest.consentedAt) return "GIVEN";
  if (params.now.getTime() >= latest.expiresAt.getTime()) return "EXPIRED";
  return "PENDING";
}

const CONSENT_STATUS_LABELS: Record<ConsentStatus, string> = {
  NOT_NEEDED: "Not needed",
  GIVEN: "Given",
  PENDING: "Waiting for guardian",
  EXPIRED: "Link expired",
  WITHDRAWN: "Withdrawn by guardian",
};

export function consentStatusLabel(status: ConsentStatus): string {
  return CONSENT_STATUS_LABELS[status];
}

/**
 * Why a guardian's consent may really be the young person's own. A guardian must be a different
 * person from the young person they consent for:
 * - GUARDIAN_IS_PARTICIPANT_MAILBOX: the link went to the young person's own mailbox (their address
 *   with a `+tag`, or Gmail dots; see `mailboxKey`), so they could open it themselves.
 * - GIVEN_BY_PARTICIPANT: it was given while signed in as the young person (their account, or an
 *   account at their mailbox).
 * Not a doubt: the same local part at another domain (`kit@gmail.com` for `kit@outlook.com`). Those are
 * strangers far more often than one person, and a flag that is usually wrong teaches organisers to
 * ignore flags; a young person with two unrelated addresses cannot be told apart by addresses at all.
 */
export type ConsentDoubt = "GUARDIAN_IS_PARTICIPANT_MAILBOX" | "GIVEN_BY_PARTICIPANT";

/**
 * The doubts about one consent (empty: none). `givenBy` is the signed-in account that gave (or is
 * giving) it, null when it was given signed out or before accounts were recorded. The same rule refuses
 * a consent as it is given and flags, to organisers, consents given before it existed.
 */
export function consentDoubts(params: {
  participant: { id: string; email: string };
  guardianEmail: string;
  givenBy: { id: string; email: string } | null;
}): ConsentDoubt[] {
  const { participant, givenBy } = params;
  const doubts: ConsentDoubt[] = [];
  if (sameMailbox(params.guardianEmail, participant.email)) doubts.push("GUARDIAN_IS_PARTICIPANT_MAILBOX");
  if (givenBy && (givenBy.id === participant.id || sameMailbox(givenBy.email, participant.email))) {
    doubts.push("GIVEN_BY_PARTICIPANT");
  }
  return doubts;
}

const CONSENT_DOUBT_LABELS: Record<ConsentDoubt, string> = {
  GUARDIAN_IS_PARTICIPANT_MAILBOX:
    "Consent needs checking: the guardian's address is the participant's own mailbox",
  GIVEN_BY_PARTICIPANT: "Consent needs checking: it was given while signed in as the participant",
};

/** What organisers and centre leads are told about a doubt (never an address). */
export function consentDoubtLabel(doubt: ConsentDoubt): string {
  return CONSENT_DOUBT_LABELS[doubt];
}

/**
 * Each centre with its places taken and left. Withdrawn registrations free their place; people waiting
 * for a guardian's consent hold theirs.
 */
/** Places left at a centre (never below zero, even if it was over-filled before a capacity cut). */
export function placesLeft(capacity: number, taken: number): number {
  return Math.max(0, capacity - taken);
}

export function centrePlaces(
  centres: readonly { id: string; name: string; capacity: number }[],
  registrations: readonly {
    centreId: string | null;
    status: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN";
  }[],
) {
  return centres.map((centre) => {
    const taken = registrations.filter((r) => r.centreId === centre.id && r.status !== "WITHDRAWN").length;
    return { ...centre, taken, left: placesLeft(centre.capacity, taken) };
  });
}
