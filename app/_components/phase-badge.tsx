import type { EventPhase } from "~/server/events/rules";
import { phaseLabel } from "~/server/events/rules";

const styles: Record<EventPhase, string> = {
  UPCOMING: "bg-slate-100 text-slate-800",
  REGISTRATION_OPEN: "bg-green-100 text-green-900",
  HACKING: "bg-amber-100 text-amber-900",
  JUDGING: "bg-purple-100 text-purple-900",
  RESULTS_PUBLISHED: "bg-blue-100 text-blue-900",
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
  const label = archived
    ? "Archived"
    : phase === "REGISTRATION_OPEN" && registrationClosed
      ? "Registration closed"
      : phaseLabel(phase);
  return (
    <span
      className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${archived ? "bg-slate-200 text-slate-900" : styles[phase]}`}
    >
      {label}
    </span>
  );
}
