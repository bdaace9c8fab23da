import { challengeStatusLabels, type ChallengeStatus } from "~/server/challenges/schema";
import { formatInZone } from "~/server/time/zoned";
import { Badge, type BadgeTone } from "./badge";

const tones: Record<ChallengeStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "warning",
  CHANGES_REQUESTED: "danger",
  APPROVED: "success",
  PUBLISHED: "info",
};

export function ChallengeStatusBadge({ status }: { status: ChallengeStatus }) {
  return <Badge tone={tones[status]}>{challengeStatusLabels[status]}</Badge>;
}

export interface HistoryEntry {
  id: string;
  fromStatus: ChallengeStatus | null;
  toStatus: ChallengeStatus;
  actorName: string | null;
  comment: string | null;
  createdAt: Date;
}

const byDefault = (to: ChallengeStatus) =>
  to === "DRAFT" || to === "SUBMITTED" ? "the organisation" : "the organisers";

/** Every status change: when, who, and the organisers' comments. */
export function ChallengeHistory({ history, timeZone }: { history: HistoryEntry[]; timeZone: string }) {
  return (
    <ol className="space-y-2 border-l-2 border-slate-200 pl-4">
      {history.map((h) => (
        <li key={h.id}>
          <p>
            <span className="font-medium">
              {h.fromStatus === null ? "Created as a draft" : challengeStatusLabels[h.toStatus]}
            </span>{" "}
            by {h.actorName ?? byDefault(h.toStatus)},{" "}
            <time dateTime={h.createdAt.toISOString()}>{formatInZone(h.createdAt, timeZone)}</time>
          </p>
          {h.comment ? (
            <blockquote className="mt-1 border-l-4 border-amber-300 bg-amber-50 px-3 py-2 whitespace-pre-line">
              {h.comment}
            </blockquote>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
