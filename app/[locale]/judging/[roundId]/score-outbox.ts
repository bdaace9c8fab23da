// A judge's scores not yet confirmed by the server, kept on the device so a lost connection loses
// nothing. Pure: storage and sending live in the scoring screen; this decides what is kept and sent.

import { fillTemplate } from "~/server/i18n/labels";

/** One criterion's score as the judge typed it; `writtenAt` is the device's clock then (ms). */
export interface ScoreWrite {
  assignmentId: string;
  criterionId: string;
  /** null clears the score. */
  value: number | null;
  writtenAt: number;
}

/** The writes waiting for the server: at most one per criterion of an entry, the latest typed. */
export type Outbox = readonly ScoreWrite[];

/** Where a judge's outbox for a round is kept (per person, so a shared phone never mixes judges). */
export function outboxStorageKey(roundId: string, userId: string): string {
  return `festival-score-outbox:${roundId}:${userId}`;
}

export function writeKey(write: Pick<ScoreWrite, "assignmentId" | "criterionId">): string {
  return `${write.assignmentId}\u0000${write.criterionId}`;
}

/**
 * The outbox with `write` queued. A newer write replaces the one queued for the same criterion (only the
 * latest is ever sent); an older one (a clock that went backwards, a stale tab) is dropped instead.
 */
export function enqueue(outbox: Outbox, write: ScoreWrite): Outbox {
  const key = writeKey(write);
  const queued = outbox.find((w) => writeKey(w) === key);
  if (queued && queued.writtenAt > write.writtenAt) return outbox;
  return [...outbox.filter((w) => writeKey(w) !== key), write];
}

/**
 * The outbox once the server has answered `sent` (applied or not). A newer write typed for the same
 * criterion while `sent` was in flight stays queued.
 */
export function settle(outbox: Outbox, sent: ScoreWrite): Outbox {
  const key = writeKey(sent);
  return outbox.filter((w) => writeKey(w) !== key || w.writtenAt > sent.writtenAt);
}

function isScoreWrite(item: unknown): item is ScoreWrite {
  if (typeof item !== "object" || item === null) return false;
  const w = item as Record<string, unknown>;
  return (
    typeof w.assignmentId === "string" &&
    typeof w.criterionId === "string" &&
    (w.value === null || (typeof w.value === "number" && Number.isInteger(w.value))) &&
    typeof w.writtenAt === "number" &&
    Number.isInteger(w.writtenAt) &&
    w.writtenAt >= 0
  );
}

/** The outbox stored as `raw`; anything unreadable or malformed is left out rather than sent. */
export function parseOutbox(raw: string | null): Outbox {
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(isScoreWrite).reduce<Outbox>((box, write) => enqueue(box, write), []);
}

/** Two outboxes as one (e.g. this tab's and what another tab stored), keeping the latest per criterion. */
export function mergeOutboxes(a: Outbox, b: Outbox): Outbox {
  return b.reduce<Outbox>((box, write) => enqueue(box, write), a);
}

/** The score a criterion shows: the queued write when newer than what the server holds. */
export function shownScore(
  stored: { value: number | null; writtenAt: number } | undefined,
  queued: ScoreWrite | undefined,
): number | null {
  if (queued && (!stored || queued.writtenAt > stored.writtenAt)) return queued.value;
  return stored?.value ?? null;
}

/**
 * The sentences of outboxSummary, as raw templates (the "JudgingScoring" messages' "outbox"): `{scores}`
 * is `oneScore` or `scores`, each with `{count}`.
 */
export interface OutboxWords {
  allSaved: string;
  offline: string;
  sending: string;
  waiting: string;
  oneScore: string;
  scores: string;
}

function scores(n: number, words: OutboxWords): string {
  return fillTemplate(n === 1 ? words.oneScore : words.scores, { count: n });
}

/**
 * The one sentence saying where the judge's scores are: all saved, being saved, or kept on the device
 * while the connection is down.
 */
export function outboxSummary(
  params: { waiting: number; sending: boolean; offline: boolean },
  words: OutboxWords,
): string {
  const { waiting, sending, offline } = params;
  if (waiting === 0) return words.allSaved;
  const filled = { scores: scores(waiting, words) };
  if (offline) return fillTemplate(words.offline, filled);
  if (sending) return fillTemplate(words.sending, filled);
  return fillTemplate(words.waiting, filled);
}
