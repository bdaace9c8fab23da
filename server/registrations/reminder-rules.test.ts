import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextReminderAt, REMINDER_DAYS, reminderDue, type ReminderFacts } from "./reminder-rules.ts";

const day = 24 * 60 * 60 * 1000;
const registeredAt = new Date("2026-11-01T10:00:00Z");
const later = (days: number, from = registeredAt) => new Date(from.getTime() + days * day);
const facts = (over: Partial<ReminderFacts> = {}): ReminderFacts => ({
  registeredAt,
  remindersSent: 0,
  lastRemindedAt: null,
  eventStartsAt: later(30),
  ...over,
});

describe("nextReminderAt", () => {
  it("plans three reminders, 2, 5 and 9 days after registering", () => {
    expect(nextReminderAt(facts())).toEqual(later(2));
    expect(nextReminderAt(facts({ remindersSent: 1, lastRemindedAt: later(2) }))).toEqual(later(5));
    expect(nextReminderAt(facts({ remindersSent: 2, lastRemindedAt: later(5) }))).toEqual(later(9));
    expect(nextReminderAt(facts({ remindersSent: 3, lastRemindedAt: later(9) }))).toBeNull();
  });
  it("keeps two days between reminders when the job catches up", () => {
    // The first reminder went out late, on day 4: the second waits until day 6, not day 5.
    expect(nextReminderAt(facts({ remindersSent: 1, lastRemindedAt: later(4) }))).toEqual(later(6));
  });
  it("sends none that would arrive once the event has started", () => {
    expect(nextReminderAt(facts({ eventStartsAt: later(2) }))).toBeNull();
    expect(
      nextReminderAt(facts({ remindersSent: 2, lastRemindedAt: later(5), eventStartsAt: later(8) })),
    ).toBeNull();
  });
});

describe("reminderDue", () => {
  it("is due from the planned moment, to the millisecond", () => {
    expect(reminderDue(facts(), new Date(later(2).getTime() - 1))).toBe(false);
    expect(reminderDue(facts(), later(2))).toBe(true);
    expect(reminderDue(facts(), later(29))).toBe(true);
    expect(reminderDue(facts(), later(30))).toBe(false);
  });

  it("never sends more than three, never two within the gap, and none after the start", () => {
    // Simulates the hourly job over 40 days from any registration time and event start.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (startDay) => {
        const eventStartsAt = later(startDay);
        let state = facts({ eventStartsAt });
        const sent: number[] = [];
        for (let hour = 0; hour < 40 * 24; hour++) {
          const now = new Date(registeredAt.getTime() + hour * 3_600_000);
          if (reminderDue(state, now)) {
            sent.push(now.getTime());
            state = { ...state, remindersSent: state.remindersSent + 1, lastRemindedAt: now };
          }
        }
        expect(sent.length).toBeLessThanOrEqual(REMINDER_DAYS.length);
        for (let i = 1; i < sent.length; i++)
          expect((sent[i] ?? 0) - (sent[i - 1] ?? 0)).toBeGreaterThanOrEqual(2 * day);
        expect(sent.every((t) => t < eventStartsAt.getTime())).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
