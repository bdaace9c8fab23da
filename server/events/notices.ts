// Why something is switched off and when it opens, in words, with the time in the event's zone. Apart
// from rules.ts (which the forms import) because formatting a time in a zone needs Temporal.
import { formatInNamedZone } from "../time/zoned.ts";
import type { Capability, CapabilityWindow } from "./rules.ts";

const CAPABILITY_NOTICES: Record<Capability, { notYet: string; closed: string }> = {
  canRegister: { notYet: "Registration opens on {at}.", closed: "Registration closed on {at}." },
  canChangeTeam: {
    notYet: "Teams can be formed once registration opens, on {at}.",
    closed: "Teams closed at the submission deadline, on {at}: they can no longer change.",
  },
  canSubmit: {
    notYet: "Projects can be edited once hacking starts, on {at}.",
    closed: "Submissions closed on {at}: the project can no longer change.",
  },
  canScore: {
    notYet: "Scoring opens at the submission deadline, on {at}.",
    closed: "Judging closed on {at}: scores can no longer change.",
  },
  canSeeResults: { notYet: "Results are announced on {at}.", closed: "Results were announced on {at}." },
};

/**
 * The sentence a page shows beside something switched off by the event's status or timeline, with the
 * time in the event's zone (named, 24-hour clock); null while the capability holds.
 */
export function capabilityNotice(
  capability: Capability,
  window: CapabilityWindow,
  timeZone: string,
): string | null {
  switch (window.blocked) {
    case null:
      return null;
    case "DRAFT":
      return "This event is a draft: nothing opens until its organisers publish it.";
    case "ARCHIVED":
      return "This event is archived: nothing can change any more.";
    case "NOT_YET_OPEN":
      return CAPABILITY_NOTICES[capability].notYet.replace(
        "{at}",
        formatInNamedZone(window.opensAt, timeZone),
      );
    case "CLOSED":
      return CAPABILITY_NOTICES[capability].closed.replace(
        "{at}",
        formatInNamedZone(window.closesAt ?? window.opensAt, timeZone),
      );
  }
}

/** What an organiser chose to keep when an event's time zone changes. */
