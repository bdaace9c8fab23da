/**
 * The event lifecycle as pure functions of (event, now). Every page and server action asks this
 * module what is allowed, so the boundaries are decided in one place. `now` always comes from the
 * caller (the database clock in the app, a fixed instant in tests).
 */

export const EVENT_STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export interface TimelineDates {
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  startsAt: Date;
  submissionDeadline: Date;
  judgingClosesAt: Date;
  resultsAt: Date;
}

export interface EventTimeline extends TimelineDates {
  status: EventStatus;
}

export type TimelineField = keyof TimelineDates;

export const TIMELINE_FIELDS = [
  "registrationOpensAt",
  "registrationClosesAt",
  "startsAt",
  "submissionDeadline",
  "judgingClosesAt",
  "resultsAt",
] as const satisfies readonly TimelineField[];

export const TIMELINE_FIELD_LABELS: Record<TimelineField, string> = {
  registrationOpensAt: "Registration opens",
  registrationClosesAt: "Registration closes",
  startsAt: "Hacking starts",
  submissionDeadline: "Submission deadline",
  judgingClosesAt: "Judging closes",
  resultsAt: "Results announced",
};

export interface TimelineProblem {
  field: TimelineField;
  message: string;
}

// `field` is the input the message talks about, so the form shows it beside the one to move.
const ORDER_RULES: readonly {
  earlier: TimelineField;
  later: TimelineField;
  strict: boolean;
  field: TimelineField;
  message: string;
}[] = [
  {
    earlier: "registrationOpensAt",
    later: "registrationClosesAt",
    strict: true,
    field: "registrationClosesAt",
    message: "Registration must close after it opens",
  },
  {
    earlier: "registrationClosesAt",
    later: "submissionDeadline",
    strict: false,
    field: "registrationClosesAt",
    message: "Registration must close no later than the submission deadline",
  },
  {
    earlier: "registrationOpensAt",
    later: "startsAt",
    strict: false,
    field: "startsAt",
    message: "Hacking cannot start before registration opens",
  },
  {
    earlier: "startsAt",
    later: "submissionDeadline",
    strict: true,
    field: "submissionDeadline",
    message: "The submission deadline must be after hacking starts",
  },
  {
    earlier: "submissionDeadline",
    later: "judgingClosesAt",
    strict: false,
    field: "judgingClosesAt",
    message: "Judging cannot close before the submission deadline",
  },
  {
    earlier: "judgingClosesAt",
    later: "resultsAt",
    strict: false,
    field: "resultsAt",
    message: "Results cannot be announced before judging closes",
  },
];

/**
 * Problems with the order of an event's dates, empty when the timeline may be saved:
 * registrationOpensAt < registrationClosesAt ≤ submissionDeadline and
 * registrationOpensAt ≤ startsAt < submissionDeadline ≤ judgingClosesAt ≤ resultsAt.
 * Registration may overlap hacking on purpose (late joiners). Invalid Dates are reported once and
 * left out of the order checks, so one bad field does not drown the form in follow-on errors.
 */
export function validateTimeline(t: TimelineDates): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const invalid = new Set<TimelineField>();
  for (const field of TIMELINE_FIELDS) {
    if (Number.isNaN(t[field].getTime())) {
      invalid.add(field);
      problems.push({
        field,
        message: `${TIMELINE_FIELD_LABELS[field]} is not a valid date and time`,
      });
    }
  }
  for (const rule of ORDER_RULES) {
    if (invalid.has(rule.earlier) || invalid.has(rule.later)) continue;
    const a = t[rule.earlier].getTime();
    const b = t[rule.later].getTime();
    if (rule.strict ? !(a < b) : !(a <= b)) problems.push({ field: rule.field, message: rule.message });
  }
  return problems;
}

export const EVENT_PHASES = [
  "UPCOMING",
  "REGISTRATION_OPEN",
  "HACKING",
  "JUDGING",
  "RESULTS_PUBLISHED",
] as const;
export type EventPhase = (typeof EVENT_PHASES)[number];

const PHASE_LABELS: Record<EventPhase, string> = {
  UPCOMING: "Upcoming",
  REGISTRATION_OPEN: "Registration open",
  HACKING: "Hacking",
  JUDGING: "Judging",
  RESULTS_PUBLISHED: "Results published",
};

export function phaseLabel(phase: EventPhase): string {
  return PHASE_LABELS[phase];
}

export interface EventCapabilities {
  canRegister: boolean;
  canChangeTeam: boolean;
  canSubmit: boolean;
  canScore: boolean;
  canSeeResults: boolean;
}

export const MILESTONE_KINDS = [
  "REGISTRATION_OPENS",
  "REGISTRATION_CLOSES",
  "HACKING_STARTS",
  "SUBMISSIONS_CLOSE",
  "JUDGING_CLOSES",
  "RESULTS",
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

const MILESTONE_FIELDS: Record<MilestoneKind, TimelineField> = {
  REGISTRATION_OPENS: "registrationOpensAt",
  REGISTRATION_CLOSES: "registrationClosesAt",
  HACKING_STARTS: "startsAt",
  SUBMISSIONS_CLOSE: "submissionDeadline",
  JUDGING_CLOSES: "judgingClosesAt",
  RESULTS: "resultsAt",
};

const MILESTONE_LABELS: Record<MilestoneKind, string> = {
  REGISTRATION_OPENS: "Registration opens",
  REGISTRATION_CLOSES: "Registration closes",
  HACKING_STARTS: "Hacking starts",
  SUBMISSIONS_CLOSE: "Submissions close",
  JUDGING_CLOSES: "Judging closes",
  RESULTS: "Results announced",
};

export function milestoneLabel(kind: MilestoneKind): string {
  return MILESTONE_LABELS[kind];
}

export interface Milestone {
  kind: MilestoneKind;
  at: Date;
  label: string;
}

export interface EventPhaseState {
  phase: EventPhase;
  capabilities: EventCapabilities;
  /**
   * now ≥ registrationClosesAt, whatever the status. Lets a page say "Registration closed" while
   * the phase is still REGISTRATION_OPEN (the gap before hacking starts) or during hacking.
   */
  registrationClosed: boolean;
  nextMilestone: Milestone | null;
  /** Each capability's window: why it is off now and when it opens or closed (see capabilityWindow). */
  windows: Record<Capability, CapabilityWindow>;
}

/**
 * The phase for a valid timeline is the half-open interval containing now:
 * UPCOMING (-∞, registrationOpensAt), REGISTRATION_OPEN [registrationOpensAt, startsAt),
 * HACKING [startsAt, submissionDeadline), JUDGING [submissionDeadline, resultsAt),
 * RESULTS_PUBLISHED [resultsAt, ∞). Checking from the last boundary backwards keeps the function
 * total even for a timeline that has not been validated: the latest boundary reached wins.
 */
function phaseAt(t: TimelineDates, now: number): EventPhase {
  if (now >= t.resultsAt.getTime()) return "RESULTS_PUBLISHED";
  if (now >= t.submissionDeadline.getTime()) return "JUDGING";
  if (now >= t.startsAt.getTime()) return "HACKING";
  if (now >= t.registrationOpensAt.getTime()) return "REGISTRATION_OPEN";
  return "UPCOMING";
}

export type Capability = keyof EventCapabilities;

/**
 * When each capability holds, as a half-open window [from, until) of the timeline (no `until`: for
 * good), and which status it needs. eventPhase and capabilityWindow both read this table, so "what is
 * allowed" and "when it opens or closed" cannot drift apart.
 */
const CAPABILITY_WINDOWS: Record<
  Capability,
  { from: TimelineField; until: TimelineField | null; needs: "PUBLISHED" | "NOT_DRAFT" }
> = {
  canRegister: { from: "registrationOpensAt", until: "registrationClosesAt", needs: "PUBLISHED" },
  canChangeTeam: { from: "registrationOpensAt", until: "submissionDeadline", needs: "PUBLISHED" },
  canSubmit: { from: "startsAt", until: "submissionDeadline", needs: "PUBLISHED" },
  canScore: { from: "submissionDeadline", until: "judgingClosesAt", needs: "PUBLISHED" },
  canSeeResults: { from: "resultsAt", until: null, needs: "NOT_DRAFT" },
};

/** Why a capability does not hold now: the event's status, or where now falls in its timeline. */
export type CapabilityBlock = "DRAFT" | "ARCHIVED" | "NOT_YET_OPEN" | "CLOSED";

export interface CapabilityWindow {
  allowed: boolean;
  /** null when allowed. */
  blocked: CapabilityBlock | null;
  /** When it opens (or opened). */
  opensAt: Date;
  /** When it closes (or closed); null: it never closes. */
  closesAt: Date | null;
}

/**
 * Whether `capability` holds at `now` and, if not, why, with the boundaries of its window, so a page can
 * say "opens on …" beside a disabled control instead of re-deriving the rule. The status is checked
 * first: a draft or archived event says so even when the clock would allow it.
 */
export function capabilityWindow(event: EventTimeline, now: Date, capability: Capability): CapabilityWindow {
  const n = now.getTime();
  if (Number.isNaN(n)) throw new RangeError("capabilityWindow needs a valid `now`");
  const window = CAPABILITY_WINDOWS[capability];
  const opensAt = new Date(event[window.from].getTime());
  const closesAt = window.until ? new Date(event[window.until].getTime()) : null;
  let blocked: CapabilityBlock | null = null;
  if (event.status === "DRAFT") blocked = "DRAFT";
  else if (event.status === "ARCHIVED" && window.needs === "PUBLISHED") blocked = "ARCHIVED";
  else if (n < opensAt.getTime()) blocked = "NOT_YET_OPEN";
  else if (closesAt && n >= closesAt.getTime()) blocked = "CLOSED";
  return { allowed: blocked === null, blocked, opensAt, closesAt };
}

function capabilityWindows(event: EventTimeline, now: Date): Record<Capability, CapabilityWindow> {
  return {
    canRegister: capabilityWindow(event, now, "canRegister"),
    canChangeTeam: capabilityWindow(event, now, "canChangeTeam"),
    canSubmit: capabilityWindow(event, now, "canSubmit"),
    canScore: capabilityWindow(event, now, "canScore"),
    canSeeResults: capabilityWindow(event, now, "canSeeResults"),
  };
}

/**
 * Phase, capabilities and next milestone of an event at `now`.
 *
 * A DRAFT still gets its phase and milestone (organisers preview the timeline) but no capability,
 * since nobody outside the organisers can see it. An ARCHIVED event is frozen: only results stay
 * visible.
 */
export function eventPhase(event: EventTimeline, now: Date): EventPhaseState {
  const n = now.getTime();
  if (Number.isNaN(n)) throw new RangeError("eventPhase needs a valid `now`");
  const windows = capabilityWindows(event, now);
  const capabilities: EventCapabilities = {
    canRegister: windows.canRegister.allowed,
    canChangeTeam: windows.canChangeTeam.allowed,
    canSubmit: windows.canSubmit.allowed,
    canScore: windows.canScore.allowed,
    canSeeResults: windows.canSeeResults.allowed,
  };
  return {
    phase: phaseAt(event, n),
    capabilities,
    registrationClosed: n >= event.registrationClosesAt.getTime(),
    nextMilestone: nextMilestone(event, n),
    windows,
  };
}

// Ties (e.g. registration closing exactly at the deadline) go to the kind listed first in
// MILESTONE_KINDS, so the answer does not depend on sort stability. The Date is copied so a caller
// mutating it cannot move the event.
function nextMilestone(t: TimelineDates, now: number): Milestone | null {
  let best: Milestone | null = null;
  for (const kind of MILESTONE_KINDS) {
    const at = t[MILESTONE_FIELDS[kind]];
    const ms = at.getTime();
    if (!(ms > now)) continue;
    if (best === null || ms < best.at.getTime())
      best = { kind, at: new Date(ms), label: MILESTONE_LABELS[kind] };
  }
  return best;
}

export const TIME_ZONE_CHANGES = ["KEEP_CLOCK_TIMES", "KEEP_INSTANTS"] as const;
export type TimeZoneChange = (typeof TIME_ZONE_CHANGES)[number];

export type ZoneReadProblem = {
  field: TimelineField;
  reason: "INVALID" | "NONEXISTENT" | "AMBIGUOUS";
  zone: string;
};

/**
 * The zone the form's wall-clock times are read in when an event's zone goes from `from` (the zone the
 * form showed them in) to `to`: KEEP_CLOCK_TIMES reads them in `to` (09:00 stays 09:00, every moment
 * moves by the difference between the zones); KEEP_INSTANTS reads them in `from` (the same moments,
 * shown in `to`'s clock afterwards). Without a change of zone it is just the zone.
 */
export function zoneToReadTimesIn(params: { from: string; to: string; keep: TimeZoneChange | null }): string {
  if (params.from === params.to) return params.to;
  return params.keep === "KEEP_INSTANTS" ? params.from : params.to;
}
