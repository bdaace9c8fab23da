// When a guardian who has not answered a consent request is reminded. Pure: the clock is passed in.

/** Days after registering at which a guardian who has not answered is reminded: three reminders at most. */
export const REMINDER_DAYS = [2, 5, 9] as const;
/** The least time between two reminders (the job may have been down, and catch up), in days. */
export const REMINDER_GAP_DAYS = 2;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderFacts {
  /** When the young person registered (the first request went out then). */
  registeredAt: Date;
  remindersSent: number;
  lastRemindedAt: Date | null;
  eventStartsAt: Date;
}

/**
 * When the next reminder is due, or null when none will be: three have been sent, or the event will
 * have started. The n-th reminder (n = remindersSent + 1) is due REMINDER_DAYS[n - 1] days after
 * registering, and at least REMINDER_GAP_DAYS after the one before.
 */
export function nextReminderAt(facts: ReminderFacts): Date | null {
  const offset = REMINDER_DAYS[facts.remindersSent];
  if (offset === undefined) return null;
  const byPlan = facts.registeredAt.getTime() + offset * DAY_MS;
  const byGap = facts.lastRemindedAt ? facts.lastRemindedAt.getTime() + REMINDER_GAP_DAYS * DAY_MS : 0;
  const at = Math.max(byPlan, byGap);
  return at < facts.eventStartsAt.getTime() ? new Date(at) : null;
}

/** Whether a reminder is due at `now` (nextReminderAt has come, and the event has not started). */
export function reminderDue(facts: ReminderFacts, now: Date): boolean {
  const at = nextReminderAt(facts);
  return at !== null && now.getTime() >= at.getTime() && now.getTime() < facts.eventStartsAt.getTime();
}
