import type { EventPhase } from "~/server/events/rules";
import { EVENT_PHASES, phaseLabel } from "~/server/events/rules";
import { Badge, type BadgeTone } from "./badge";

const tones: Record<EventPhase, BadgeTone> = {
  UPCOMING: "neutral",
  REGISTRATION_OPEN: "success",
  HACKING: "warning",
  JUDGING: "accent",
  RESULTS_PUBLISHED: "info",
};

/** What a phase badge can say: the phase, or that registration closed early, or that the event is archived. */
export const PHASE_BADGE_TEXTS = [...EVENT_PHASES, "REGISTRATION_CLOSED", "ARCHIVED"] as const;
export type PhaseBadgeText = (typeof PHASE_BADGE_TEXTS)[number];

/**
 * Every badge text in a language, from a translator of the "Phase" messages (next-intl's `t`, whose keys
 * are the texts themselves).
 */
export function phaseBadgeLabels(
  translate: (text: PhaseBadgeText) => string,
): Record<PhaseBadgeText, string> {
  return Object.fromEntries(PHASE_BADGE_TEXTS.map((text) => [text, translate(text)])) as Record<
    PhaseBadgeText,
    string
  >;
}

const ENGLISH = phaseBadgeLabels((text) =>
  text === "REGISTRATION_CLOSED"
    ? "Registration closed"
    : text === "ARCHIVED"
      ? "Archived"
      : phaseLabel(text),
);

/**
 * The event's phase as a badge; an archived event says "Archived" whatever its timeline says. `labels`
 * gives the words in the page's language (the "Phase" messages); English without it.
 */
export function PhaseBadge({
  phase,
  registrationClosed,
  archived = false,
  labels = ENGLISH,
}: {
  phase: EventPhase;
  registrationClosed?: boolean;
  archived?: boolean;
  labels?: Record<PhaseBadgeText, string>;
}) {
  if (archived) return <Badge tone="neutral">{labels.ARCHIVED}</Badge>;
  const closed = phase === "REGISTRATION_OPEN" && registrationClosed;
  return (
    <Badge tone={closed ? "neutral" : tones[phase]}>
      {closed ? labels.REGISTRATION_CLOSED : labels[phase]}
    </Badge>
  );
}
