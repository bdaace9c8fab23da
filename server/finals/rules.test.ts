import { describe, expect, it } from "vitest";
import { publicCreditOf } from "../submissions/rules.ts";
import {
  MAX_FINALS_SLOTS,
  STREAM_FRAME_ORIGINS,
  applyStep,
  checkRunningOrder,
  elapsedSeconds,
  formatClock,
  showPhase,
  streamCreditOf,
  streamEmbed,
  timerAt,
  type ShowState,
  type ShowStep,
  type StepOutcome,
  type StreamCreditRegistration,
} from "./rules.ts";

// ---------------------------------------------------------------------------------------------------
// Fixtures

const ORDER = ["a", "b", "c"] as const;
const FIRST_START = new Date("2026-12-04T09:00:00.000Z");
const EARLIER_END = new Date("2026-12-04T09:45:00.000Z");
const NOW = new Date("2026-12-04T10:00:00.000Z");
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

const notStarted: ShowState = {
  currentSlotId: null,
  timerStartedAt: null,
  timerElapsedSeconds: 0,
  startedAt: null,
  endedAt: null,
};

/** `slotId` on stage, its timer running for 30 s on top of 12 s from before a pause. */
const liveAt = (slotId: string): ShowState => ({
  currentSlotId: slotId,
  timerStartedAt: at(-30),
  timerElapsedSeconds: 12,
  startedAt: FIRST_START,
  endedAt: null,
});

/** `slotId` on stage with its timer paused at 42 s. */
const pausedAt = (slotId: string): ShowState => ({
  currentSlotId: slotId,
  timerStartedAt: null,
  timerElapsedSeconds: 42,
  startedAt: FIRST_START,
  endedAt: null,
});

const endedShow: ShowState = {
  currentSlotId: null,
  timerStartedAt: null,
  timerElapsedSeconds: 0,
  startedAt: FIRST_START,
  endedAt: EARLIER_END,
};

/** A slot on stage that has since been taken out of the running order (index -1). */
const staleOnStage: ShowState = { ...liveAt("gone"), timerStartedAt: at(-5), timerElapsedSeconds: 3 };

const PHASES: readonly [string, ShowState][] = [
  ["not started", notStarted],
  ["live at the first slot", liveAt("a")],
  ["live at a middle slot", liveAt("b")],
  ["live at the last slot", liveAt("c")],
  ["paused at a middle slot", pausedAt("b")],
  ["ended", endedShow],
  ["on stage with a slot no longer in the order", staleOnStage],
];

const ALL_STEPS: readonly ShowStep[] = [
  { kind: "start" },
  { kind: "next" },
  { kind: "previous" },
  { kind: "goTo", slotId: "b" },
  { kind: "goTo", slotId: "nope" },
  { kind: "pause" },
  { kind: "resume" },
  { kind: "restartTimer" },
  { kind: "end" },
];

function accepted(outcome: StepOutcome): ShowState {
  if (!outcome.ok) throw new Error(`expected the step to be taken, refused: ${outcome.reason}`);
  return outcome.state;
}

function refusal(outcome: StepOutcome): string {
  if (outcome.ok) throw new Error(`expected a refusal, got ${JSON.stringify(outcome.state)}`);
  return outcome.reason;
}

/** Fresh timer on `slotId` at NOW, the first start kept. */
const onStageNow = (slotId: string, startedAt: Date = FIRST_START): ShowState => ({
  currentSlotId: slotId,
  timerStartedAt: NOW,
  timerElapsedSeconds: 0,
  startedAt,
  endedAt: null,
});

const endedNow = (startedAt: Date | null = FIRST_START): ShowState => ({
  currentSlotId: null,
  timerStartedAt: null,
  timerElapsedSeconds: 0,
  startedAt,
  endedAt: NOW,
});

// ---------------------------------------------------------------------------------------------------

describe("showPhase", () => {
  it.each([
    [{ currentSlotId: null, endedAt: null }, "NOT_STARTED"],
    [{ currentSlotId: "a", endedAt: null }, "LIVE"],
    [{ currentSlotId: null, endedAt: NOW }, "ENDED"],
    // On stage wins over an old end (a show run again is LIVE).
    [{ currentSlotId: "a", endedAt: NOW }, "LIVE"],
  ] as const)("%j → %s", (state, phase) => {
    expect(showPhase(state)).toBe(phase);
  });
});

describe("applyStep: start", () => {
  const step: ShowStep = { kind: "start" };

  it("puts the first entry on stage with a fresh, running timer, and records the first start", () => {
    expect(accepted(applyStep(notStarted, step, ORDER, NOW))).toEqual(onStageNow("a", NOW));
  });

  it("runs an ended show again from the first entry: endedAt cleared, the first start kept", () => {
    expect(accepted(applyStep(endedShow, step, ORDER, NOW))).toEqual(onStageNow("a"));
  });

  it.each([
    ["live at the first slot", liveAt("a")],
    ["live at a middle slot", liveAt("b")],
    ["live at the last slot", liveAt("c")],
    ["paused", pausedAt("b")],
  ])("is refused while %s", (_label, state) => {
    expect(refusal(applyStep(state, step, ORDER, NOW))).toBe("alreadyRunning");
  });

  it.each([
    ["not started", notStarted],
    ["ended", endedShow],
    ["live", liveAt("a")],
  ])("is refused on an empty running order (%s)", (_label, state) => {
    expect(refusal(applyStep(state, step, [], NOW))).toBe("emptyRunningOrder");
  });

  it("treats a slot on stage that left the running order as not live: starts from the first", () => {
    expect(accepted(applyStep(staleOnStage, step, ORDER, NOW))).toEqual(onStageNow("a"));
  });
});

describe("applyStep: next", () => {
  const step: ShowStep = { kind: "next" };

  it.each([
    ["a", "b"],
    ["b", "c"],
  ])("moves on from %s to %s with a fresh timer", (from, to) => {
    expect(accepted(applyStep(liveAt(from), step, ORDER, NOW))).toEqual(onStageNow(to));
  });

  it("moves on from a paused entry with a fresh, running timer", () => {
    expect(accepted(applyStep(pausedAt("b"), step, ORDER, NOW))).toEqual(onStageNow("c"));
  });

  it("ends the show after the last entry", () => {
    const state = accepted(applyStep(liveAt("c"), step, ORDER, NOW));
    expect(state).toEqual(endedNow());
    expect(showPhase(state)).toBe("ENDED");
  });

  it("ends the show on a one-entry running order", () => {
    expect(accepted(applyStep(liveAt("a"), step, ["a"], NOW))).toEqual(endedNow());
  });

  it.each([
    ["not started", notStarted],
    ["ended", endedShow],
    ["on stage with a slot no longer in the order", staleOnStage],
  ])("is refused when %s", (_label, state) => {
    expect(refusal(applyStep(state, step, ORDER, NOW))).toBe("startFirst");
  });
});

describe("applyStep: previous", () => {
  const step: ShowStep = { kind: "previous" };

  it.each([
    ["b", "a"],
    ["c", "b"],
  ])("goes back from %s to %s with a fresh timer", (from, to) => {
    expect(accepted(applyStep(liveAt(from), step, ORDER, NOW))).toEqual(onStageNow(to));
  });

  it("goes back from a paused entry with a fresh, running timer", () => {
    expect(accepted(applyStep(pausedAt("b"), step, ORDER, NOW))).toEqual(onStageNow("a"));
  });

  it("is refused on the first entry", () => {
    expect(refusal(applyStep(liveAt("a"), step, ORDER, NOW))).toBe("firstProject");
  });

  it.each([
    ["not started", notStarted],
    ["ended", endedShow],
    ["on stage with a slot no longer in the order", staleOnStage],
  ])("is refused when %s", (_label, state) => {
    expect(refusal(applyStep(state, step, ORDER, NOW))).toBe("startFirst");
  });
});

describe("applyStep: goTo", () => {
  it.each([
    ["not started", notStarted, "c", onStageNow("c", NOW)],
    ["live at the first slot", liveAt("a"), "c", onStageNow("c")],
    ["live at a middle slot", liveAt("b"), "a", onStageNow("a")],
    ["live at the last slot", liveAt("c"), "a", onStageNow("a")],
    ["paused", pausedAt("b"), "c", onStageNow("c")],
    // Jumping to the entry on stage gives it a fresh timer.
    ["live, to the entry on stage", liveAt("b"), "b", onStageNow("b")],
    ["ended (runs the show again, endedAt cleared)", endedShow, "b", onStageNow("b")],
    ["on stage with a slot no longer in the order", staleOnStage, "b", onStageNow("b")],
  ])("jumps when %s", (_label, state, slotId, expected) => {
    expect(accepted(applyStep(state, { kind: "goTo", slotId }, ORDER, NOW))).toEqual(expected);
  });

  it.each(PHASES)("refuses an unknown slot when %s", (_label, state) => {
    expect(refusal(applyStep(state, { kind: "goTo", slotId: "nope" }, ORDER, NOW))).toBe("notInRunningOrder");
  });

  it("refuses the slot on stage once it has left the running order", () => {
    expect(refusal(applyStep(staleOnStage, { kind: "goTo", slotId: "gone" }, ORDER, NOW))).toBe(
      "notInRunningOrder",
    );
  });

  it("refuses any slot on an empty running order", () => {
    expect(refusal(applyStep(notStarted, { kind: "goTo", slotId: "a" }, [], NOW))).toBe("notInRunningOrder");
  });
});

describe("applyStep: pause", () => {
  const step: ShowStep = { kind: "pause" };

  it.each(["a", "b", "c"])("stops the running timer on %s, keeping the whole seconds used", (slotId) => {
    expect(accepted(applyStep(liveAt(slotId), step, ORDER, NOW))).toEqual({
      ...liveAt(slotId),
      timerStartedAt: null,
      timerElapsedSeconds: 42,
    });
  });

  it("floors a part second", () => {
    const state = { ...liveAt("b"), timerStartedAt: new Date(NOW.getTime() - 9_999), timerElapsedSeconds: 0 };
    expect(accepted(applyStep(state, step, ORDER, NOW)).timerElapsedSeconds).toBe(9);
  });

  it("never goes below the time kept when the timer started in the future (clock skew)", () => {
    const state = { ...liveAt("b"), timerStartedAt: at(60), timerElapsedSeconds: 7 };
    expect(accepted(applyStep(state, step, ORDER, NOW)).timerElapsedSeconds).toBe(7);
  });

  it("is refused when the timer is already paused", () => {
    expect(refusal(applyStep(pausedAt("b"), step, ORDER, NOW))).toBe("alreadyPaused");
  });

  it.each([
    ["not started", notStarted],
    ["ended", endedShow],
    ["on stage with a slot no longer in the order", staleOnStage],
  ])("is refused when %s", (_label, state) => {
    expect(refusal(applyStep(state, step, ORDER, NOW))).toBe("nobodyOnStage");
  });
});

describe("applyStep: resume", () => {
  const step: ShowStep = { kind: "resume" };

  it("runs the paused timer again from now, keeping the seconds used", () => {
    expect(accepted(applyStep(pausedAt("b"), step, ORDER, NOW))).toEqual({
      ...pausedAt("b"),
      timerStartedAt: NOW,
    });
  });

  it.each(["a", "b", "c"])("is refused when the timer on %s is running", (slotId) => {
    expect(refusal(applyStep(liveAt(slotId), step, ORDER, NOW))).toBe("timerRunning");
  });

  it.each([
    ["not started", notStarted],
    ["ended", endedShow],
    ["on stage with a slot no longer in the order", { ...staleOnStage, timerStartedAt: null }],
  ])("is refused when %s", (_label, state) => {
    expect(refusal(applyStep(state, step, ORDER, NOW))).toBe("nobodyOnStage");
  });

  it("adds up the time across pauses", () => {
    const t0 = NOW;
    const plus = (ms: number) => new Date(t0.getTime() + ms);
    let state = accepted(applyStep(notStarted, { kind: "start" }, ORDER, t0));
    state = accepted(applyStep(state, { kind: "pause" }, ORDER, plus(10_500)));
    expect(state.timerElapsedSeconds).toBe(10);
    state = accepted(applyStep(state, { kind: "resume" }, ORDER, plus(20_000)));
    expect(elapsedSeconds(state, plus(20_000))).toBe(10);
    state = accepted(applyStep(state, { kind: "pause" }, ORDER, plus(25_000)));
    expect(state.timerElapsedSeconds).toBe(15);
    expect(state.startedAt).toEqual(t0);
  });
});

describe("applyStep: restartTimer", () => {
  const step: ShowStep = { kind: "restartTimer" };

  it.each(["a", "b", "c"])("restarts the running timer on %s from zero", (slotId) => {
    expect(accepted(applyStep(liveAt(slotId), step, ORDER, NOW))).toEqual(onStageNow(slotId));
  });

  it("restarts a paused timer from zero, running", () => {
    expect(accepted(applyStep(pausedAt("b"), step, ORDER, NOW))).toEqual(onStageNow("b"));
  });

  it.each([
    ["not started", notStarted],
    ["ended", endedShow],
    ["on stage with a slot no longer in the order", staleOnStage],
  ])("is refused when %s", (_label, state) => {
    expect(refusal(applyStep(state, step, ORDER, NOW))).toBe("nobodyOnStage");
  });
});

describe("applyStep: end", () => {
  const step: ShowStep = { kind: "end" };

  it.each([
    ["live at the first slot", liveAt("a")],
    ["live at a middle slot", liveAt("b")],
    ["live at the last slot", liveAt("c")],
    ["paused", pausedAt("b")],
    // Still counts as LIVE by showPhase, so it can be ended.
    ["on stage with a slot no longer in the order", staleOnStage],
  ])("takes everyone off stage when %s, keeping the first start", (_label, state) => {
    const ended = accepted(applyStep(state, step, ORDER, NOW));
    expect(ended).toEqual(endedNow());
    expect(showPhase(ended)).toBe("ENDED");
  });

  it("ends a show that never started (startedAt stays null)", () => {
    expect(accepted(applyStep(notStarted, step, ORDER, NOW))).toEqual(endedNow(null));
    expect(accepted(applyStep(notStarted, step, [], NOW))).toEqual(endedNow(null));
  });

  it("is refused once the show has ended", () => {
    expect(refusal(applyStep(endedShow, step, ORDER, NOW))).toBe("alreadyEnded");
  });
});

describe("applyStep: every phase × every step", () => {
  it.each(PHASES)("never changes its input state (%s)", (_label, state) => {
    const before = structuredClone(state);
    for (const step of ALL_STEPS) {
      const outcome = applyStep(state, step, ORDER, NOW);
      expect(state).toEqual(before);
      if (!outcome.ok) {
        expect(outcome.reason).toMatch(/\S/);
        expect(outcome).toEqual({ ok: false, reason: outcome.reason });
      } else {
        expect(outcome.state).not.toBe(state);
      }
    }
  });

  it("keeps the first start across end, start, next and goTo", () => {
    let state = accepted(applyStep(notStarted, { kind: "start" }, ORDER, FIRST_START));
    for (const [step, minutes] of [
      [{ kind: "next" }, 5],
      [{ kind: "end" }, 10],
      [{ kind: "start" }, 20],
      [{ kind: "goTo", slotId: "c" }, 25],
      [{ kind: "next" }, 30],
      [{ kind: "goTo", slotId: "a" }, 40],
    ] as const) {
      state = accepted(applyStep(state, step, ORDER, new Date(FIRST_START.getTime() + minutes * 60_000)));
      expect(state.startedAt).toEqual(FIRST_START);
    }
    expect(state.currentSlotId).toBe("a");
    expect(state.endedAt).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------
// Property: random presenters on random running orders.

/** mulberry32: a small seeded PRNG, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOL = ["s1", "s2", "s3", "s4", "s5", "s6", "s7"];

function randomOrder(random: () => number): string[] {
  const shuffled = [...POOL];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] ?? "", shuffled[i] ?? ""];
  }
  return shuffled.slice(0, Math.floor(random() * (POOL.length + 1)));
}

function randomStep(random: () => number, order: readonly string[]): ShowStep {
  const kinds = ["start", "next", "previous", "goTo", "pause", "resume", "restartTimer", "end"] as const;
  const kind = kinds[Math.floor(random() * kinds.length)] ?? "start";
  if (kind !== "goTo") return { kind };
  // Mostly a slot of the order, sometimes one that is not (or no longer) in it.
  const pick = random() < 0.8 && order.length > 0 ? order[Math.floor(random() * order.length)] : undefined;
  return { kind, slotId: pick ?? POOL[Math.floor(random() * POOL.length)] ?? "x" };
}

function checkInvariants(state: ShowState, order: readonly string[]): void {
  expect(state.currentSlotId === null || order.includes(state.currentSlotId)).toBe(true);
  expect(showPhase(state) === "LIVE").toBe(state.currentSlotId !== null);
  expect(state.timerElapsedSeconds).toBeGreaterThanOrEqual(0);
  expect(Number.isInteger(state.timerElapsedSeconds)).toBe(true);
  if (state.currentSlotId === null) {
    expect(state.timerStartedAt).toBeNull();
    expect(state.timerElapsedSeconds).toBe(0);
  } else {
    expect(state.endedAt).toBeNull();
    expect(state.startedAt).not.toBeNull();
  }
}

describe("applyStep: properties over random sequences", () => {
  it.each([1, 2, 3, 42, 2026])("hold for seed %i", (seed) => {
    const random = prng(seed);
    for (let run = 0; run < 200; run++) {
      let order = randomOrder(random);
      let state: ShowState = notStarted;
      let now = new Date(NOW.getTime() + run * 86_400_000);
      let firstStart: Date | null = null;
      const steps = Math.floor(random() * 40);
      for (let n = 0; n < steps; n++) {
        // Time moves on, sometimes backwards a little (another instance's clock).
        now = new Date(now.getTime() + Math.floor(random() * 8_000) - 1_500);
        // Now and then the organiser proposes a new running order, saved only if it passes the check.
        if (random() < 0.1) {
          const proposed = randomOrder(random);
          const checked = checkRunningOrder(proposed, {
            eligible: new Set(POOL),
            onStage: state.currentSlotId,
          });
          if (checked.ok) order = proposed;
          else if (state.currentSlotId !== null && !proposed.includes(state.currentSlotId)) {
            expect(checked.reason).toBe("onStageKept");
          }
          checkInvariants(state, order);
        }
        const step = randomStep(random, order);
        const before = structuredClone(state);
        const outcome = applyStep(state, step, order, now);
        const context = `seed ${seed} run ${run} step ${n}: ${JSON.stringify(step)} on ${JSON.stringify(order)}`;
        expect(state, context).toEqual(before);
        if (!outcome.ok) {
          expect(outcome.reason, context).toMatch(/\S/);
          expect(Object.keys(outcome).sort(), context).toEqual(["ok", "reason"]);
          continue;
        }
        const next = outcome.state;
        checkInvariants(next, order);
        if (step.kind === "end") {
          expect(showPhase(next), context).toBe("ENDED");
          expect(next.endedAt, context).toEqual(now);
        }
        if (next.currentSlotId !== null && next.currentSlotId !== state.currentSlotId) {
          // Every entry that goes on stage gets a fresh timer.
          expect(next.timerStartedAt, context).toEqual(now);
          expect(next.timerElapsedSeconds, context).toBe(0);
        }
        // The first start is recorded once and kept.
        if (firstStart === null) firstStart = next.startedAt;
        else expect(next.startedAt, context).toEqual(firstStart);
        // A move lands where the running order says.
        const index = state.currentSlotId ? order.indexOf(state.currentSlotId) : -1;
        if (step.kind === "next") {
          expect(next.currentSlotId, context).toBe(order[index + 1] ?? null);
        } else if (step.kind === "previous") {
          expect(next.currentSlotId, context).toBe(order[index - 1]);
        } else if (step.kind === "goTo") {
          expect(next.currentSlotId, context).toBe(step.slotId);
        } else if (step.kind === "start") {
          expect(next.currentSlotId, context).toBe(order[0]);
        } else if (step.kind !== "end") {
          expect(next.currentSlotId, context).toBe(state.currentSlotId);
        }
        state = next;
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe("elapsedSeconds", () => {
  it("adds the whole seconds of a running timer to the time kept", () => {
    expect(elapsedSeconds({ timerStartedAt: at(-65.9), timerElapsedSeconds: 10 }, NOW)).toBe(75);
    expect(elapsedSeconds({ timerStartedAt: at(-0.999), timerElapsedSeconds: 0 }, NOW)).toBe(0);
    expect(elapsedSeconds({ timerStartedAt: NOW, timerElapsedSeconds: 0 }, NOW)).toBe(0);
  });

  it("is the time kept while paused, whatever the clock", () => {
    expect(elapsedSeconds({ timerStartedAt: null, timerElapsedSeconds: 42 }, NOW)).toBe(42);
    expect(elapsedSeconds({ timerStartedAt: null, timerElapsedSeconds: 42 }, at(3600))).toBe(42);
  });

  it("never goes negative for a timer started in the future (clock skew)", () => {
    expect(elapsedSeconds({ timerStartedAt: at(5), timerElapsedSeconds: 0 }, NOW)).toBe(0);
    expect(elapsedSeconds({ timerStartedAt: at(0.5), timerElapsedSeconds: 0 }, NOW)).toBe(0);
    expect(elapsedSeconds({ timerStartedAt: at(120), timerElapsedSeconds: 30 }, NOW)).toBe(30);
  });
});

describe("timerAt", () => {
  it("counts down from minutesPerEntry minutes while running", () => {
    expect(timerAt({ timerStartedAt: at(-90.7), timerElapsedSeconds: 0, minutesPerEntry: 5 }, NOW)).toEqual({
      totalSeconds: 300,
      remainingSeconds: 210,
      running: true,
    });
  });

  it("stands still while paused", () => {
    const paused = { timerStartedAt: null, timerElapsedSeconds: 100, minutesPerEntry: 3 };
    const expected = { totalSeconds: 180, remainingSeconds: 80, running: false };
    expect(timerAt(paused, NOW)).toEqual(expected);
    expect(timerAt(paused, at(1000))).toEqual(expected);
  });

  it("goes negative on an overrun", () => {
    expect(timerAt({ timerStartedAt: at(-50), timerElapsedSeconds: 40, minutesPerEntry: 1 }, NOW)).toEqual({
      totalSeconds: 60,
      remainingSeconds: -30,
      running: true,
    });
  });

  it("never counts up beyond the total for a timer started in the future (clock skew)", () => {
    expect(timerAt({ timerStartedAt: at(10), timerElapsedSeconds: 0, minutesPerEntry: 2 }, NOW)).toEqual({
      totalSeconds: 120,
      remainingSeconds: 120,
      running: true,
    });
  });

  it.each([1, 5, 60])("totalSeconds is %i minutes × 60", (minutes) => {
    expect(
      timerAt({ timerStartedAt: null, timerElapsedSeconds: 0, minutesPerEntry: minutes }, NOW).totalSeconds,
    ).toBe(minutes * 60);
  });
});

describe("formatClock", () => {
  it.each([
    [0, "0:00"],
    [5, "0:05"],
    [59, "0:59"],
    [60, "1:00"],
    [65, "1:05"],
    [600, "10:00"],
    [3600, "60:00"],
    [3661, "61:01"],
    [-1, "−0:01"],
    [-90, "−1:30"],
    [-600, "−10:00"],
    // Part seconds are cut off, towards zero.
    [65.9, "1:05"],
    [59.999, "0:59"],
    [-90.9, "−1:30"],
    [-0.5, "0:00"],
    [-0, "0:00"],
  ])("%d → %s", (seconds, expected) => {
    expect(formatClock(seconds)).toBe(expected);
  });

  it("writes an overrun with U+2212 MINUS SIGN, not a hyphen", () => {
    expect(formatClock(-90).codePointAt(0)).toBe(0x2212);
    expect(formatClock(-90)).not.toContain("-");
  });
});

describe("checkRunningOrder", () => {
  const eligible = new Set(["p1", "p2", "p3", "p4"]);

  it("accepts an order of eligible projects", () => {
    expect(checkRunningOrder(["p3", "p1", "p2"], { eligible, onStage: null })).toEqual({ ok: true });
  });

  it("refuses a project twice", () => {
    expect(checkRunningOrder(["p1", "p2", "p1"], { eligible, onStage: null })).toEqual({
      ok: false,
      reason: "projectTwice",
    });
  });

  it(`holds at most MAX_FINALS_SLOTS (${MAX_FINALS_SLOTS}) projects`, () => {
    const ids = Array.from({ length: MAX_FINALS_SLOTS + 1 }, (_, i) => `x${i}`);
    const all = new Set(ids);
    expect(checkRunningOrder(ids.slice(0, MAX_FINALS_SLOTS), { eligible: all, onStage: null })).toEqual({
      ok: true,
    });
    expect(checkRunningOrder(ids, { eligible: all, onStage: null })).toEqual({
      ok: false,
      reason: "runningOrderTooLong",
    });
  });

  it("refuses a project that is not one of the event's submitted projects", () => {
    expect(checkRunningOrder(["p1", "intruder"], { eligible, onStage: null })).toEqual({
      ok: false,
      reason: "onlySubmittedProjects",
    });
    expect(checkRunningOrder(["p1"], { eligible: new Set(), onStage: null })).toMatchObject({ ok: false });
  });

  it("refuses taking out the project on stage", () => {
    expect(checkRunningOrder(["p1", "p3"], { eligible, onStage: "p2" })).toEqual({
      ok: false,
      reason: "onStageKept",
    });
    expect(checkRunningOrder([], { eligible, onStage: "p2" })).toMatchObject({ ok: false });
  });

  it("allows keeping the project on stage, anywhere in the order", () => {
    expect(checkRunningOrder(["p2", "p1"], { eligible, onStage: "p2" })).toEqual({ ok: true });
    expect(checkRunningOrder(["p4", "p1", "p2"], { eligible, onStage: "p2" })).toEqual({ ok: true });
  });

  it("allows an empty order when nothing is on stage", () => {
    expect(checkRunningOrder([], { eligible, onStage: null })).toEqual({ ok: true });
    expect(checkRunningOrder([], { eligible: new Set(), onStage: null })).toEqual({ ok: true });
  });
});

describe("streamEmbed", () => {
  const youtube = (id: string) => ({
    provider: "YouTube",
    src: `https://www.youtube-nocookie.com/embed/${id}`,
  });
  const vimeo = (id: string) => ({ provider: "Vimeo", src: `https://player.vimeo.com/video/${id}?dnt=1` });

  const EMBEDDED: readonly [string, ReturnType<typeof youtube> | ReturnType<typeof vimeo>][] = [
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://youtube.com/watch?v=dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL1", youtube("dQw4w9WgXcQ")],
    ["https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://m.youtube.com/watch?v=dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://youtu.be/dQw4w9WgXcQ", youtube("dQw4w9WgXcQ")],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc&t=10", youtube("dQw4w9WgXcQ")],
    ["https://www.youtube.com/live/jfKfPfyJRdk", youtube("jfKfPfyJRdk")],
    ["https://www.youtube.com/live/jfKfPfyJRdk?si=x", youtube("jfKfPfyJRdk")],
    ["https://www.youtube.com/embed/jfKfPfyJRdk", youtube("jfKfPfyJRdk")],
    ["https://youtube.com/embed/a-b_C1", youtube("a-b_C1")],
    ["https://vimeo.com/76979871", vimeo("76979871")],
    ["https://www.vimeo.com/76979871", vimeo("76979871")],
    ["https://vimeo.com/76979871/", vimeo("76979871")],
  ];

  it.each(EMBEDDED)("%s → %j", (url, expected) => {
    expect(streamEmbed(url)).toEqual(expected);
  });

  it.each([
    ["http:// (not https)", "http://www.youtube.com/watch?v=dQw4w9WgXcQ"],
    ["http:// vimeo", "http://vimeo.com/76979871"],
    ["javascript:", "javascript:alert(document.cookie)"],
    ["javascript: dressed as YouTube", "javascript://www.youtube.com/watch?v=dQw4w9WgXcQ"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
    ["malformed", "not a url"],
    ["malformed scheme-less", "www.youtube.com/watch?v=dQw4w9WgXcQ"],
    ["empty", ""],
    ["a YouTube id with markup", 'https://www.youtube.com/watch?v=abc"><script>'],
    ["a YouTube id with markup, youtu.be", 'https://youtu.be/abc"><script>alert(1)</script>'],
    ["a YouTube id with a path in it", "https://www.youtube.com/watch?v=../../evil"],
    ["a YouTube id with a dot", "https://www.youtube.com/embed/abc.def.ghi"],
    ["a YouTube id too short", "https://youtu.be/abc"],
    ["a YouTube id too long", `https://youtu.be/${"a".repeat(21)}`],
    ["YouTube without an id", "https://www.youtube.com/watch"],
    ["YouTube /live/ without an id", "https://www.youtube.com/live/"],
    ["a YouTube channel", "https://www.youtube.com/@festival"],
    ["a YouTube page other than watch", "https://www.youtube.com/results?v=dQw4w9WgXcQ"],
    ["youtu.be root", "https://youtu.be/"],
    ["twitch", "https://www.twitch.tv/festival"],
    ["another host with a YouTube path", "https://evil.com/youtube.com/watch?v=dQw4w9WgXcQ"],
    ["a look-alike host", "https://youtube.com.evil.com/watch?v=dQw4w9WgXcQ"],
    ["a look-alike host ending in youtube.com", "https://notyoutube.com/watch?v=dQw4w9WgXcQ"],
    ["a YouTube subdomain other than www/m", "https://music.youtube.com/watch?v=dQw4w9WgXcQ"],
    ["vimeo with extra path segments", "https://vimeo.com/76979871/abcdef1234"],
    ["vimeo channel", "https://vimeo.com/channels/staffpicks/76979871"],
    ["vimeo showcase", "https://vimeo.com/showcase/123456"],
    ["vimeo non-digit id", "https://vimeo.com/festival"],
    ["vimeo id too short", "https://vimeo.com/12"],
    ["vimeo id too long", "https://vimeo.com/1234567890123"],
    ["the player itself", "https://player.vimeo.com/video/76979871"],
    ["a look-alike vimeo", "https://vimeo.com.evil.com/76979871"],
  ])("%s → null", (_label, url) => {
    expect(streamEmbed(url)).toBeNull();
  });

  it("is null for no address", () => {
    expect(streamEmbed(null)).toBeNull();
  });

  it("only returns players the Content-Security-Policy frames, at a fixed path", () => {
    const random = prng(7);
    const pick = (options: readonly string[]) => options[Math.floor(random() * options.length)] ?? "";
    const ids = ["dQw4w9WgXcQ", "a-b_C1", "76979871", "abc", '"><b>', "%2F..%2F", "x".repeat(25), "A1_-"];
    const urls = [...EMBEDDED.map(([url]) => url)];
    for (let i = 0; i < 5000; i++) {
      const id = pick(ids) + pick(["", "", "", "'", "<", "/x", "?y=1", "#z", "%22"]);
      urls.push(
        pick(["https://", "https://", "http://", "javascript://", "HTTPS://"]) +
          pick(["", "", "user:pw@", "evil.com@"]) +
          pick(["", "www.", "m.", "music.", "player."]) +
          pick(["youtube.com", "youtu.be", "vimeo.com", "evil.com", "youtube.com.evil.com"]) +
          pick(["", "", ":443", ":8080"]) +
          pick(["/watch?v=", "/watch?x=1&v=", "/", "/live/", "/embed/", "/video/", "/shorts/"]) +
          id +
          pick(["", "", "&t=10", "/extra", "#frag"]),
      );
    }
    let embedded = 0;
    for (const url of urls) {
      const embed = streamEmbed(url);
      if (!embed) continue;
      embedded++;
      expect(
        STREAM_FRAME_ORIGINS.some((origin) => embed.src.startsWith(`${origin}/`)),
        url,
      ).toBe(true);
      expect(embed.src, url).toMatch(
        /^(https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{6,20}|https:\/\/player\.vimeo\.com\/video\/\d{3,12}\?dnt=1)$/,
      );
      expect(embed.provider).toBe(embed.src.includes("vimeo") ? "Vimeo" : "YouTube");
    }
    expect(embedded).toBeGreaterThan(EMBEDDED.length);
  });
});

describe("streamCreditOf", () => {
  // The event starts on 4 December 2026 in London.
  const startsAt = new Date("2026-12-04T09:00:00.000Z");
  const event = { startsAt, timeZone: "Europe/London", consentAge: 18 };
  const sam = { name: "Sam Smith", alias: null };
  const born = (iso: string, consent: { publicCredit: boolean; photo: boolean } | null) =>
    ({
      dateOfBirth: new Date(`${iso}T00:00:00.000Z`),
      ageAtStart: null,
      consents: consent ? [consent] : [],
    }) satisfies StreamCreditRegistration;
  const both = { publicCredit: true, photo: true };
  const creditOnly = { publicCredit: true, photo: false };
  const photoOnly = { publicCredit: false, photo: true };
  const neither = { publicCredit: false, photo: false };

  it.each([
    ["without any consent", neither],
    ["with photo consent only", photoOnly],
    ["with public-credit consent only", creditOnly],
    ["with both", both],
    ["with no consent in force", null],
  ])("names an adult as publicCreditOf does (%s)", (_label, consent) => {
    const registration = born("2000-01-01", consent);
    expect(streamCreditOf(registration, sam, event)).toBe("Sam Smith");
    expect(streamCreditOf(registration, sam, event)).toBe(publicCreditOf(registration, sam, event));
    const aliased = { name: "Sam Smith", alias: "sammy" };
    expect(streamCreditOf(registration, aliased, event)).toBe("sammy");
  });

  it("names a young person with public-credit and photo consent, as publicCreditOf does", () => {
    const registration = born("2012-03-01", both);
    expect(streamCreditOf(registration, sam, event)).toBe("Sam S.");
    expect(streamCreditOf(registration, { name: "Sam Smith", alias: "rocket" }, event)).toBe("rocket");
    expect(streamCreditOf(registration, sam, event)).toBe(publicCreditOf(registration, sam, event));
  });

  it.each([
    ["public credit but no photo consent", creditOnly],
    ["photo but no public-credit consent", photoOnly],
    ["neither consent", neither],
    ["no consent in force", null],
  ])("does not name a young person with %s", (_label, consent) => {
    expect(streamCreditOf(born("2012-03-01", consent), sam, event)).toBeNull();
    expect(
      streamCreditOf(born("2012-03-01", consent), { name: "Sam Smith", alias: "rocket" }, event),
    ).toBeNull();
  });

  it("does not name a young person known only by their age at the start without photo consent", () => {
    const kept = { dateOfBirth: null, ageAtStart: 16, consents: [creditOnly] };
    expect(streamCreditOf(kept, sam, event)).toBeNull();
    expect(streamCreditOf({ ...kept, consents: [both] }, sam, event)).toBe("Sam S.");
    expect(streamCreditOf({ ...kept, ageAtStart: 30 }, sam, event)).toBe("Sam Smith");
  });

  it("names nobody without a registration on record", () => {
    expect(streamCreditOf(null, sam, event)).toBeNull();
    expect(streamCreditOf(undefined, { name: "Ada Lovelace", alias: "countess" }, event)).toBeNull();
  });

  it("treats someone 18 or over but under the event's consent age as young", () => {
    const at21 = { ...event, consentAge: 21 };
    // 19 on 4 December 2026.
    expect(streamCreditOf(born("2007-06-01", creditOnly), sam, at21)).toBeNull();
    expect(streamCreditOf(born("2007-06-01", photoOnly), sam, at21)).toBeNull();
    expect(streamCreditOf(born("2007-06-01", both), sam, at21)).toBe("Sam S.");
    // The same person at an event with the usual consent age is an adult.
    expect(streamCreditOf(born("2007-06-01", creditOnly), sam, event)).toBe("Sam Smith");
    // 21 on the day the event starts: an adult there.
    expect(streamCreditOf(born("2005-12-04", neither), sam, at21)).toBe("Sam Smith");
  });

  it("decides youth on the day the event starts, in its zone", () => {
    // 18 on 4 December: still 17 on the day the event starts in London.
    expect(streamCreditOf(born("2008-12-05", creditOnly), sam, event)).toBeNull();
    expect(streamCreditOf(born("2008-12-04", creditOnly), sam, event)).toBe("Sam Smith");
  });

  it("never names a young person without a name or alias", () => {
    expect(streamCreditOf(born("2012-03-01", both), { name: null, alias: null }, event)).toBeNull();
    expect(streamCreditOf(born("2012-03-01", both), { name: "  ", alias: " " }, event)).toBeNull();
  });
});
