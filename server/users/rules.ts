// What a signed-in person should do next at each event they take part in. Pure: the event's phase comes
// from events/rules.ts (eventPhase), so no rule about what is open is re-derived here.
import type { EventCapabilities } from "../events/rules.ts";

export type RegistrationState = "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN";
export type ProjectState = "DRAFT" | "SUBMITTED" | "WITHDRAWN" | "DISQUALIFIED";

export interface NextStep {
  /** What to do, in a sentence a 12-year-old understands. */
  label: string;
  /** Where to do it: a path under the event (e.g. "/team"), or null when there is nothing to do there. */
  path: string | null;
}

/**
 * The next thing a participant can do at one event, given their registration, team and project and
 * what the event allows now (`capabilities` from eventPhase), or null when there is nothing left to
 * do. In order: waiting for a guardian; finding a team; starting, finishing or submitting the
 * project; seeing results. Paths are relative to /events/<slug>.
 */
export function nextStep(params: {
  registration: RegistrationState;
  inTeam: boolean;
  project: ProjectState | null;
  capabilities: EventCapabilities;
}): NextStep | null {
  const { registration, inTeam, project, capabilities } = params;
  if (registration === "WITHDRAWN") return null;
  if (registration === "PENDING_CONSENT") {
    return {
      label: "Ask your parent or guardian to open the email we sent them and give consent.",
      path: "/registration",
    };
  }
  if (!inTeam) {
    return capabilities.canChangeTeam ? { label: "Find a team or start one.", path: "/teams" } : null;
  }
  if (project === "DISQUALIFIED")
    return { label: "Your project was disqualified: see why.", path: "/submission" };
  if (capabilities.canSubmit) {
    if (project === null) return { label: "Start your team's project.", path: "/submission" };
    if (project !== "SUBMITTED") return { label: "Finish your project and submit it.", path: "/submission" };
    return {
      label: "Your project is submitted. You can still improve it until the deadline.",
      path: "/submission",
    };
  }
  if (capabilities.canSeeResults) return { label: "See the results and the gallery.", path: "/projects" };
  if (capabilities.canChangeTeam)
    return { label: "Get your team ready: hacking has not started yet.", path: "/team" };
  return null;
}
