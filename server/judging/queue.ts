// A judge's queue: the order entries come round in, and progress that is always true. Pure.

export type AssignmentStatus = "PENDING" | "SCORED" | "SKIPPED" | "ABSENT" | "FLAGGED";

export interface QueueItem {
  status: AssignmentStatus;
  /** The seeded position from the assignment (0-based). */
  queueOrder: number;
  /** Set whenever the judge skipped it; the latest skip counts. */
  skippedAt: Date | null;
  id: string;
}

/** Finished: nothing more is expected of the judge (scored, or the team was absent). */
export function isFinished(status: AssignmentStatus): boolean {
  return status === "SCORED" || status === "ABSENT";
}

const band = (item: QueueItem): number =>
  item.status === "PENDING" ? 0 : item.status === "SKIPPED" ? 1 : item.status === "FLAGGED" ? 2 : 3;

/**
 * The queue in the order the judge meets it: entries still to score in their assigned order; then the
 * skipped ones, earliest skip first (so an entry skipped again goes to the back, and no skipped entry
 * comes round before every unskipped one has); then flagged ones (waiting for the organisers); then the
 * finished ones. Ties fall back to the id, so the order is total and stable.
 */
export function orderQueue<T extends QueueItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const byBand = band(a) - band(b);
    if (byBand !== 0) return byBand;
    if (a.status === "SKIPPED" && b.status === "SKIPPED") {
      const bySkip = (a.skippedAt?.getTime() ?? 0) - (b.skippedAt?.getTime() ?? 0);
      if (bySkip !== 0) return bySkip;
    }
    return a.queueOrder - b.queueOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

export interface QueueProgress {
  done: number;
  total: number;
  skipped: number;
  flagged: number;
  /** True only when every assignment is finished: never while one is still open, skipped or flagged. */
  allDone: boolean;
  /** "7 of 12 done". */
  summary: string;
}

/** Progress through a queue, counted from the statuses alone. */
export function queueProgress(items: readonly Pick<QueueItem, "status">[]): QueueProgress {
  const done = items.filter((i) => isFinished(i.status)).length;
  const skipped = items.filter((i) => i.status === "SKIPPED").length;
  const flagged = items.filter((i) => i.status === "FLAGGED").length;
  return {
    done,
    total: items.length,
    skipped,
    flagged,
    allDone: items.length > 0 && done === items.length,
    summary: `${done} of ${items.length} done`,
  };
}
