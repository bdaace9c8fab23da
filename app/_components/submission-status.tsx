import { SUBMISSION_STATUS_TEXT, type SubmissionStatus } from "~/server/submissions/rules";
import { Badge, type BadgeTone } from "./badge";

const tones: Record<SubmissionStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "success",
  WITHDRAWN: "warning",
  DISQUALIFIED: "danger",
};

/** A project's status as a badge, in the words every screen and export uses. */
export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  return <Badge tone={tones[status]}>{SUBMISSION_STATUS_TEXT[status]}</Badge>;
}
