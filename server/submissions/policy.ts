// Who may see a submission (and so its images). Pure.
import type { Viewer } from "../events/policy.ts";
import { canManageEvent } from "../events/policy.ts";
import type { SubmissionStatus } from "./rules.ts";

export function canSeeSubmission(params: {
  viewer: Viewer;
  /** The viewer's team in this event, if any. */
  viewerTeamId: string | null;
  submission: { teamId: string; status: SubmissionStatus };
  galleryOpen: boolean;
}): boolean {
  const { viewer, submission } = params;
  if (params.viewerTeamId !== null && params.viewerTeamId === submission.teamId) return true;
  if (canManageEvent(viewer) || viewer.eventRoles.includes("JUDGE")) return true;
  return params.galleryOpen && submission.status === "SUBMITTED";
}
