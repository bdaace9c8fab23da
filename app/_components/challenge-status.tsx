import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
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

/** Every status change: when, who, and the organisers' comments (the "ChallengeHistory" messages). */
export function ChallengeHistory({ history, timeZone }: { history: HistoryEntry[]; timeZone: string }) {
  const t = useTranslations("ChallengeHistory");
  const byDefault = (to: ChallengeStatus) =>
    to === "DRAFT" || to === "SUBMITTED" ? t("theOrganisation") : t("theOrganisers");
  return (
    <ol className="space-y-2 border-l-2 border-slate-200 pl-4">
      {history.map((h) => (
        <li key={h.id}>
          <p>
            {t.rich("entry", {
              status: h.fromStatus === null ? t("created") : challengeStatusLabels[h.toStatus],
              actor: h.actorName ?? byDefault(h.toStatus),
              date: formatInZone(h.createdAt, timeZone),
              label: (chunks: ReactNode) => <span className="font-medium">{chunks}</span>,
              when: (chunks: ReactNode) => <time dateTime={h.createdAt.toISOString()}>{chunks}</time>,
            })}
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
