// What a signed-in person should do next at each event they take part in. Pure: the event's phase comes
// from events/rules.ts (eventPhase), so no rule about what is open is re-derived here.
import type { EventCapabilities } from "../events/rules.ts";

export type RegistrationState = "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN";
export type ProjectState = "DRAFT" | "SUBMITTED" | "WITHDRAWN" | "DISQUALIFIED";

/** Which next step it is: pages in another language say it from the "NextStep" messages by this code. */
export const NEXT_STEP_LABELS = {
  ASK_GUARDIAN: "Ask your parent or guardian to open the email we sent them and give consent.",
  FIND_TEAM: "Find a team or start one.",
  DISQUALIFIED: "Your project was disqualified: see why.",
  START_PROJECT: "Start your team's project.",
  FINISH_PROJECT: "Finish your project and submit it.",
  SUBMITTED: "Your project is submitted. You can still improve it until the deadline.",
  SEE_RESULTS: "See the results and the gallery.",
  GET_READY: "Get your team ready: hacking has not started yet.",
} as const;
export type NextStepCode = keyof typeof NEXT_STEP_LABELS;

export interface NextStep {
  code: NextStepCode;
  /** What to do, in a sentence a 12-year-old understands (English: NEXT_STEP_LABELS[code]). */
  label: string;
  /** Where to do it: a path under the event (e.g. "/team"), or null when there is nothing to do there. */
  path: string | null;
}

const step = (code: NextStepCode, path: string | null): NextStep => ({
  code,
  label: NEXT_STEP_LABELS[code],
  path,
});

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
    return step("ASK_GUARDIAN", "/registration");
  }
  if (!inTeam) {
    return capabilities.canChangeTeam ? step("FIND_TEAM", "/teams") : null;
  }
  if (project === "DISQUALIFIED") return step("DISQUALIFIED", "/submission");
  if (capabilities.canSubmit) {
    if (project === null) return step("START_PROJECT", "/submission");
    if (project !== "SUBMITTED") return step("FINISH_PROJECT", "/submission");
    return step("SUBMITTED", "/submission");
  }
  if (capabilities.canSeeResults) return step("SEE_RESULTS", "/projects");
  if (capabilities.canChangeTeam) return step("GET_READY", "/team");
  return null;
}
