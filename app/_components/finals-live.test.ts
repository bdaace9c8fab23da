// The presenting clock in the browser (app/_components/finals-live.tsx) reads the live feed's timer with
// the server's rule, timerAt: the same seconds as the server at the same instant, whatever the offset.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timerAt } from "~/server/finals/rules";
import { remainingSecondsAt } from "./finals-live";

const SERVER_NOW = new Date("2026-12-04T10:00:00.000Z");
const at = (seconds: number) => new Date(SERVER_NOW.getTime() + seconds * 1000);

/** The timer as the live feed sends it (JSON: instants as ISO strings), as liveShow builds it. */
function fed(state: { timerStartedAt: Date | null; timerElapsedSeconds: number; minutesPerEntry: number }) {
  return {
    minutesPerEntry: state.minutesPerEntry,
    timer: {
      startedAt: state.timerStartedAt?.toISOString() ?? null,
      elapsedSeconds: state.timerElapsedSeconds,
      ...timerAt(state, SERVER_NOW),
    },
  };
}

describe("remainingSecondsAt", () => {
  it("says what the server said at the server's instant, then counts down", () => {
    const state = { timerStartedAt: at(-90.7), timerElapsedSeconds: 12, minutesPerEntry: 5 };
    const show = fed(state);
    expect(remainingSecondsAt(show, SERVER_NOW)).toBe(show.timer.remainingSeconds);
    expect(remainingSecondsAt(show, SERVER_NOW)).toBe(300 - 12 - 90);
    expect(remainingSecondsAt(show, at(10))).toBe(300 - 12 - 100);
  });

  it("stands still while paused, and goes negative on an overrun", () => {
    const paused = fed({ timerStartedAt: null, timerElapsedSeconds: 100, minutesPerEntry: 3 });
    expect(remainingSecondsAt(paused, SERVER_NOW)).toBe(80);
    expect(remainingSecondsAt(paused, at(1000))).toBe(80);
    const over = fed({ timerStartedAt: at(-50), timerElapsedSeconds: 40, minutesPerEntry: 1 });
    expect(remainingSecondsAt(over, SERVER_NOW)).toBe(-30);
  });

  it("never counts time before the timer started (a browser clock ahead of it)", () => {
    const show = fed({ timerStartedAt: at(5), timerElapsedSeconds: 20, minutesPerEntry: 2 });
    expect(remainingSecondsAt(show, SERVER_NOW)).toBe(100);
  });

  it("is the arithmetic the clock did before it used timerAt, for any timer and instant", () => {
    // What useRemainingSeconds computed by hand until it used the rule.
    const byHand = (show: ReturnType<typeof fed>, now: number) => {
      const started = show.timer.startedAt ? Date.parse(show.timer.startedAt) : null;
      const runningFor = started === null ? 0 : Math.max(0, Math.floor((now - started) / 1000));
      return show.minutesPerEntry * 60 - show.timer.elapsedSeconds - runningFor;
    };
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: -7_200_000, max: 7_200_000 }), { nil: null }),
        fc.integer({ min: 0, max: 7_200 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: -7_200_000, max: 7_200_000 }),
        (startOffset, elapsed, minutes, nowOffset) => {
          const show = fed({
            timerStartedAt: startOffset === null ? null : new Date(SERVER_NOW.getTime() + startOffset),
            timerElapsedSeconds: elapsed,
            minutesPerEntry: minutes,
          });
          const now = SERVER_NOW.getTime() + nowOffset;
          expect(remainingSecondsAt(show, new Date(now))).toBe(byHand(show, now));
        },
      ),
    );
  });
});
