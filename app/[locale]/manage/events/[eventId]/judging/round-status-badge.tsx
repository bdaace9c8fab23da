import { Badge, type BadgeTone } from "~/app/_components/badge";
import { ROUND_STATUS_LABELS } from "~/server/judging/schema";

type RoundStatus = keyof typeof ROUND_STATUS_LABELS;

const tones: Record<RoundStatus, BadgeTone> = {
  DRAFT: "neutral",
  OPEN: "info",
  CLOSED: "warning",
  PUBLISHED: "success",
};

/** A judging round's status as a badge. */
export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  return <Badge tone={tones[status]}>{ROUND_STATUS_LABELS[status]}</Badge>;
}
