// When an event's personal data is due for deletion. Pure: the clock is passed in.

/** Days an event keeps dates of birth, sensitive information and check-in records after it ends, by default. */
export const RETENTION_DAYS_DEFAULT = 30;
/** The shortest and longest retention periods an organiser may choose (a CHECK constraint agrees). */
export const RETENTION_DAYS_MIN = 1;
export const RETENTION_DAYS_MAX = 3650;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EventDates {
  startsAt: Date;
  submissionDeadline: Date;
  judgingClosesAt: Date;
  resultsAt: Date;
}

/** When an event ends for retention: the latest of its start, submission deadline, judging close and results. */
export function eventEndOf(event: EventDates): Date {
  const times = [event.startsAt, event.submissionDeadline, event.judgingClosesAt, event.resultsAt].map((d) =>
    d.getTime(),
  );
  return new Date(Math.max(...times));
}

/** The moment the event's personal data becomes due for deletion: its end plus `retentionDays` × 24 hours. */
export function retentionDueAt(event: EventDates & { retentionDays: number }): Date {
  return new Date(eventEndOf(event).getTime() + event.retentionDays * DAY_MS);
}

export type RetentionState =
  | { kind: "KEPT"; dueAt: Date }
  | { kind: "DUE"; dueAt: Date }
  | { kind: "DELETED"; dueAt: Date; deletedAt: Date };

/**
 * Where an event stands at `now`: KEPT until its due moment, DUE from then (inclusive) until the deletion
 * has run, DELETED once it has (whatever the dates say since: a deletion is never undone).
 */
export function retentionState(
  event: EventDates & { retentionDays: number; personalDataDeletedAt: Date | null },
  now: Date,
): RetentionState {
  const dueAt = retentionDueAt(event);
  if (event.personalDataDeletedAt) return { kind: "DELETED", dueAt, deletedAt: event.personalDataDeletedAt };
  return now.getTime() >= dueAt.getTime() ? { kind: "DUE", dueAt } : { kind: "KEPT", dueAt };
}
