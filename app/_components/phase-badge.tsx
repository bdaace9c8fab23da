import type { EventPhase } from "~/server/events/rules";
import { phaseLabel } from "~/server/events/rules";
import { Badge, type BadgeTone } from "./badge";

const tones: Record<EventPhase, BadgeTone> = {
  UPCOMING: "neutral",
  REGISTRATION_OPEN: "success",
  HACKING: "warning",
  JUDGING: "accent",
  RESULTS_PUBLISHED: "info",
};

/** The event's phase as a badge; an archived event says "Archived" whatever its timeline says. */
export function PhaseBadge({
  phase,
  registrationClosed,
  archived = false,
}: {
  phase: EventPhase;
  registrationClosed?: boolean;
  archived?: boolean;
}) {
  if (archived) return <Badge tone="neutral">Archived</Badge>;
  const closed = phase === "REGISTRATION_OPEN" && registrationClosed;
  return (
    <Badge tone={closed ? "neutral" : tones[phase]}>
      {closed ? "Registration closed" : phaseLabel(phase)}
    </Badge>
  );
}
