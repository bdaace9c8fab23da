// Who may leave the venue with whom, and what a centre lead must know at the door. Pure: no database.
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";

/** This module's refusals ("CheckInErrors"). */
const refuse = refusals("CheckInErrors");

/** An adult a guardian named as allowed to collect their young person. */
export interface Collector {
  id: string;
  name: string;
  relationship: string;
}

/** What the door needs to know about one person to let them leave. */
export interface DepartureFacts {
  /** True for a young person registered with a guardian: someone the guardian authorised collects them. */
  needsCollection: boolean;
  /** The guardian lets them leave on their own. */
  mayLeaveAlone: boolean;
  collectors: readonly Collector[];
  /** The caller organises the event (or administers the platform): only they may override. */
  canOverride: boolean;
}

/** How the person at the door says someone is leaving. */
export type DepartureChoice =
  | { kind: "collector"; collectorId: string }
  | { kind: "alone" }
  | { kind: "override"; collectedBy: string; reason: string };

/** What is recorded on the visit when someone leaves. */
export interface Departure {
  departure: "COLLECTED" | "ALONE" | "OVERRIDE";
  /** "Sam Patel (aunt)": the adult who collected them, as the guardian named them or the override did. */
  collectedBy: string | null;
  overrideReason: string | null;
}

/** The shortest override reason accepted, in characters: enough for "mother's partner, ID seen, phoned guardian". */
export const MIN_OVERRIDE_REASON = 10;

/**
 * Decides whether `choice` lets the person leave, and what to record. An adult (no guardian) may always
 * leave on their own. A young person registered with a guardian leaves only with an adult the guardian
 * authorised, on their own when the guardian allows it, or with someone else when an organiser
 * overrides with a reason of at least MIN_OVERRIDE_REASON characters. Errors (DomainError):
 * NOT_FOUND for a collector who is not on the guardian's list; FORBIDDEN for leaving alone without
 * permission or an override by someone who is not an organiser; INVALID_INPUT for an override without a
 * name or with too short a reason, or a collector or override for an adult (nobody collects them).
 */
export function decideDeparture(facts: DepartureFacts, choice: DepartureChoice): Departure {
  switch (choice.kind) {
    case "alone":
      if (facts.needsCollection && !facts.mayLeaveAlone) {
        throw new DomainError("FORBIDDEN", refuse("mayNotLeaveAlone"));
      }
      return { departure: "ALONE", collectedBy: null, overrideReason: null };
    case "collector": {
      if (!facts.needsCollection) {
        throw new DomainError("INVALID_INPUT", refuse("adultsLeaveAlone"));
      }
      const collector = facts.collectors.find((c) => c.id === choice.collectorId);
      if (!collector) {
        throw new DomainError("NOT_FOUND", refuse("collectorNotListed"));
      }
      return { departure: "COLLECTED", collectedBy: collectorLabel(collector), overrideReason: null };
    }
    case "override": {
      if (!facts.canOverride) {
        throw new DomainError("FORBIDDEN", refuse("overrideOrganisersOnly"));
      }
      if (!facts.needsCollection) {
        throw new DomainError("INVALID_INPUT", refuse("adultsLeaveAlone"));
      }
      const collectedBy = choice.collectedBy.trim();
      const reason = choice.reason.trim();
      const fieldErrors: Record<string, string[]> = {};
      if (collectedBy === "") fieldErrors.collectedBy = [refuse("sayWhoCollects").text];
      if (reason.length < MIN_OVERRIDE_REASON) {
        fieldErrors.reason = [refuse("overrideReasonTooShort", { min: String(MIN_OVERRIDE_REASON) }).text];
      }
      if (Object.keys(fieldErrors).length > 0) {
        throw new DomainError("INVALID_INPUT", refuse("overrideIncomplete"), fieldErrors);
      }
      return { departure: "OVERRIDE", collectedBy, overrideReason: reason };
    }
  }
}

/** "Sam Patel (aunt)". */
export function collectorLabel(collector: Pick<Collector, "name" | "relationship">): string {
  return collector.relationship ? `${collector.name} (${collector.relationship})` : collector.name;
}

/** What a centre lead sees about a person at the door. */
export interface ArrivalFacts {
  status: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN";
  needsCollection: boolean;
  /** The guardian's consent to photos and video (null: not a young person with a guardian). */
  photoConsent: boolean | null;
  mayLeaveAlone: boolean;
  collectors: number;
  /** Medical or access needs were given (what they are is read, and recorded, on request). */
  needs?: boolean;
}

export type ArrivalAlert = { kind: "blocking" | "notice"; text: string };

/**
 * The alerts shown next to a person on the check-in screen, blocking ones first. Blocking: withdrawn;
 * no guardian consent to attend. Notices: medical or access needs to read; no photos; who may collect
 * them (nobody authorised yet, or may leave alone). Pure; no errors.
 */
export function arrivalAlerts(facts: ArrivalFacts): ArrivalAlert[] {
  const alerts: ArrivalAlert[] = [];
  if (facts.status === "WITHDRAWN") {
    alerts.push({ kind: "blocking", text: "Withdrawn: they are no longer registered for this event." });
  } else if (facts.status === "PENDING_CONSENT") {
    alerts.push({
      kind: "blocking",
      text: "No guardian consent to attend yet: they can't take part until a guardian consents from the link in their email.",
    });
  }
  if (facts.needs) {
    alerts.push({ kind: "notice", text: "Has medical or access needs: read them before they start." });
  }
  if (facts.needsCollection) {
    if (facts.photoConsent === false) {
      alerts.push({ kind: "notice", text: "No photos or video: their guardian hasn't agreed to them." });
    }
    if (facts.mayLeaveAlone) {
      alerts.push({ kind: "notice", text: "May leave on their own (their guardian allows it)." });
    } else if (facts.collectors === 0) {
      alerts.push({
        kind: "notice",
        text: "Nobody is authorised to collect them yet: ask the guardian to add an adult from their consent link.",
      });
    }
  }
  return alerts;
}

/**
 * Refuses a check-in that arrivalAlerts blocks (DomainError CONSENT_REQUIRED without consent to attend,
 * FORBIDDEN when withdrawn). Pure.
 */
export function assertMayCheckIn(facts: Pick<ArrivalFacts, "status">): void {
  if (facts.status === "WITHDRAWN") {
    throw new DomainError("FORBIDDEN", refuse("withdrawn"));
  }
  if (facts.status === "PENDING_CONSENT") {
    throw new DomainError("CONSENT_REQUIRED", refuse("consentPending"));
  }
}
