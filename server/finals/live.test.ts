import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { log } from "../log.ts";
import { createShowWatchers, type ShowListener, type ShowWatchers } from "./live.ts";
import type { LiveShow } from "./queries.ts";

const INTERVAL_MS = 50;
const EVENT = "event-1";
const OTHER = "event-2";

function liveShow(version: number, title = "Finals"): LiveShow {
  return {
    version,
    title,
    phase: "LIVE",
    minutesPerEntry: 5,
    timer: { startedAt: null, elapsedSeconds: 0, remainingSeconds: 300, running: false },
    serverNow: "2026-12-04T10:00:00.000Z",
    embed: null,
    streamLink: null,
    onStage: null,
    upNext: null,
    order: [],
  };
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * The database as the watchers see it: each event's show version (0: no show) and whether its running
 * order is empty (the show loads as null then). `gate`, when set, holds every version read until it is
 * resolved (the value is read when the read starts). `staleLoads` are returned by the next loads first.
 */
function fakeDatabase() {
  const versions = new Map<string, number>();
  const emptyOrder = new Set<string>();
  const staleLoads: LiveShow[] = [];
  const db = { versions, emptyOrder, staleLoads, gate: null as Deferred | null };
  const version = vi.fn((eventId: string): Promise<number> => {
    const value = versions.get(eventId) ?? 0;
    return db.gate ? db.gate.promise.then(() => value) : Promise.resolve(value);
  });
  const load = vi.fn((eventId: string): Promise<LiveShow | null> => {
    const stale = staleLoads.shift();
    if (stale) return Promise.resolve(stale);
    const value = versions.get(eventId) ?? 0;
    return Promise.resolve(value === 0 || emptyOrder.has(eventId) ? null : liveShow(value));
  });
  return { ...db, db, version, load };
}

/** Lets every promise already settled run on (the fakes answer at once unless gated). */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** One interval of the watchers, and whatever it set off. */
async function tick(times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    vi.advanceTimersByTime(INTERVAL_MS);
    await settle();
  }
}

/** The versions a listener has been handed, in order (null for "no running order"). */
const versionsSeen = (listener: ReturnType<typeof vi.fn<ShowListener>>) =>
  listener.mock.calls.map(([show]) => show?.version ?? null);

let fake: ReturnType<typeof fakeDatabase>;
let watchers: ShowWatchers;
let warn: MockInstance<(msg: string, fields?: Record<string, unknown>) => void>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  warn = vi.spyOn(log, "warn").mockImplementation(() => {});
  fake = fakeDatabase();
  fake.versions.set(EVENT, 1);
  watchers = createShowWatchers({ load: fake.load, version: fake.version, intervalMs: INTERVAL_MS });
});

afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("createShowWatchers: subscribing", () => {
  it("loads the show once for the first subscriber and hands it over", async () => {
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    // The first read is asynchronous: nothing yet.
    expect(listener).not.toHaveBeenCalled();
    await settle();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith(liveShow(1));
    expect(fake.version).toHaveBeenCalledTimes(1);
    expect(fake.version).toHaveBeenCalledWith(EVENT);
    expect(fake.load).toHaveBeenCalledTimes(1);
    expect(fake.load).toHaveBeenCalledWith(EVENT);
    expect(watchers.followers()).toBe(1);
  });

  it("gives a second subscriber the last show at once, without reading or loading again", async () => {
    const first = vi.fn<ShowListener>();
    const second = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, first);
    await settle();
    watchers.subscribe(EVENT, second);
    // Synchronously, inside subscribe.
    expect(second).toHaveBeenCalledTimes(1);
    expect(second.mock.calls[0]?.[0]).toBe(first.mock.calls[0]?.[0]);
    await settle();
    expect(fake.version).toHaveBeenCalledTimes(1);
    expect(fake.load).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledTimes(1);
    expect(watchers.followers()).toBe(2);
  });

  it("hands the show once to subscribers that arrive while the first load is under way, loading once", async () => {
    const first = vi.fn<ShowListener>();
    const second = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, first);
    watchers.subscribe(EVENT, second);
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
    await settle();
    expect(versionsSeen(first)).toEqual([1]);
    expect(versionsSeen(second)).toEqual([1]);
    expect(fake.load).toHaveBeenCalledTimes(1);
    // The second subscription asked for a look while the first ran: one more version read, no load.
    expect(fake.version).toHaveBeenCalledTimes(2);
  });

  it("hands over null when there is no show yet, and the show once it exists", async () => {
    fake.versions.delete(EVENT);
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    await settle();
    expect(listener).toHaveBeenCalledWith(null);
    const late = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, late);
    expect(late).toHaveBeenCalledWith(null);
    expect(fake.load).toHaveBeenCalledTimes(1);

    await tick(3);
    expect(fake.load).toHaveBeenCalledTimes(1);
    fake.versions.set(EVENT, 1);
    await tick();
    expect(versionsSeen(listener)).toEqual([null, 1]);
    expect(versionsSeen(late)).toEqual([null, 1]);
  });

  it("lets the same listener follow twice without counting it twice", async () => {
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    await settle();
    watchers.subscribe(EVENT, listener);
    expect(watchers.followers()).toBe(1);
    fake.versions.set(EVENT, 2);
    await tick();
    expect(versionsSeen(listener)).toEqual([1, 1, 2]);
  });
});

describe("createShowWatchers: following changes", () => {
  it("hands every subscriber each new version once", async () => {
    const listeners = [vi.fn<ShowListener>(), vi.fn<ShowListener>(), vi.fn<ShowListener>()];
    for (const listener of listeners) watchers.subscribe(EVENT, listener);
    await settle();
    fake.versions.set(EVENT, 2);
    await tick();
    fake.versions.set(EVENT, 5);
    await tick();
    for (const listener of listeners) expect(versionsSeen(listener)).toEqual([1, 2, 5]);
    expect(fake.load).toHaveBeenCalledTimes(3);
  });

  it("reads only the version, and loads nothing, while it is unchanged", async () => {
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    await settle();
    await tick(10);
    expect(fake.version).toHaveBeenCalledTimes(11);
    expect(fake.load).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it("reads nothing before the interval has passed", async () => {
    watchers.subscribe(EVENT, vi.fn<ShowListener>());
    await settle();
    vi.advanceTimersByTime(INTERVAL_MS - 1);
    await settle();
    expect(fake.version).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    await settle();
    expect(fake.version).toHaveBeenCalledTimes(2);
  });

  it("looks at once when poked", async () => {
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    await settle();
    fake.versions.set(EVENT, 2);
    watchers.poke(EVENT);
    await settle();
    expect(versionsSeen(listener)).toEqual([1, 2]);
    expect(fake.version).toHaveBeenCalledTimes(2);
    expect(fake.load).toHaveBeenCalledTimes(2);
  });

  it("does nothing when poked for a show nobody follows", async () => {
    watchers.poke(EVENT);
    watchers.poke(OTHER);
    await settle();
    expect(fake.version).not.toHaveBeenCalled();
    expect(fake.load).not.toHaveBeenCalled();
    expect(watchers.followers()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("looks once more after a running check when poked during it, however often", async () => {
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    await settle();
    expect(fake.version).toHaveBeenCalledTimes(1);

    // A check starts and reads version 1, but its answer is held up…
    const gate = deferred();
    fake.db.gate = gate;
    watchers.poke(EVENT);
    expect(fake.version).toHaveBeenCalledTimes(2);
    // …while a step on this instance moves the show on and pokes (twice), and the interval fires.
    fake.versions.set(EVENT, 2);
    watchers.poke(EVENT);
    watchers.poke(EVENT);
    vi.advanceTimersByTime(INTERVAL_MS);
    await settle();
    // No second check runs alongside the first.
    expect(fake.version).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenCalledTimes(1);

    fake.db.gate = null;
    gate.resolve();
    await settle();
    // The held check saw version 1 (unchanged); exactly one more check saw 2 and loaded it.
    expect(fake.version).toHaveBeenCalledTimes(3);
    expect(fake.load).toHaveBeenCalledTimes(2);
    expect(versionsSeen(listener)).toEqual([1, 2]);
    await settle();
    expect(fake.version).toHaveBeenCalledTimes(3);
  });

  it("does not hand over an older show that arrives after a newer one", async () => {
    fake.versions.set(EVENT, 2);
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    await settle();
    expect(versionsSeen(listener)).toEqual([2]);

    // The version moves on, but the load answers with an older show (a slower, older read).
    fake.versions.set(EVENT, 3);
    fake.staleLoads.push(liveShow(1, "old"));
    await tick();
    expect(fake.load).toHaveBeenCalledTimes(2);
    expect(versionsSeen(listener)).toEqual([2]);
    // A newcomer still gets the newest show seen.
    const late = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, late);
    expect(versionsSeen(late)).toEqual([2]);

    // The next tick tries again and hands over the new show.
    await tick();
    expect(fake.load).toHaveBeenCalledTimes(3);
    expect(versionsSeen(listener)).toEqual([2, 3]);
    expect(versionsSeen(late)).toEqual([2, 3]);
  });

  it("hands over null when the running order is emptied (null: no running order)", async () => {
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    await settle();
    expect(versionsSeen(listener)).toEqual([1]);

    // setRunningOrder([]) is allowed with nothing on stage (checkRunningOrder) and bumps the version;
    // liveShow then answers null ("no running order").
    fake.versions.set(EVENT, 2);
    fake.emptyOrder.add(EVENT);
    await tick(5);
    // The null show is as new as the version read: handed over once, then no more loads.
    expect(versionsSeen(listener)).toEqual([1, null]);
    expect(fake.load).toHaveBeenCalledTimes(2);
  });

  it("keeps the shows of different events apart", async () => {
    fake.versions.set(OTHER, 7);
    const one = vi.fn<ShowListener>();
    const other = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, one);
    watchers.subscribe(OTHER, other);
    await settle();
    expect(versionsSeen(one)).toEqual([1]);
    expect(versionsSeen(other)).toEqual([7]);
    fake.versions.set(OTHER, 8);
    watchers.poke(OTHER);
    await settle();
    expect(versionsSeen(one)).toEqual([1]);
    expect(versionsSeen(other)).toEqual([7, 8]);
    expect(fake.load.mock.calls.map(([eventId]) => eventId)).toEqual([EVENT, OTHER, OTHER]);
  });
});

describe("createShowWatchers: unsubscribing", () => {
  it("counts followers and stops reading once the last one leaves", async () => {
    const a = vi.fn<ShowListener>();
    const b = vi.fn<ShowListener>();
    const c = vi.fn<ShowListener>();
    const stopA = watchers.subscribe(EVENT, a);
    const stopB = watchers.subscribe(EVENT, b);
    const stopC = watchers.subscribe(OTHER, c);
    expect(watchers.followers()).toBe(3);
    expect(vi.getTimerCount()).toBe(2);
    await settle();

    stopA();
    expect(watchers.followers()).toBe(2);
    fake.versions.set(EVENT, 2);
    await tick();
    expect(versionsSeen(a)).toEqual([1]);
    expect(versionsSeen(b)).toEqual([1, 2]);

    stopB();
    expect(watchers.followers()).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
    const readsOfEvent = () => fake.version.mock.calls.filter(([eventId]) => eventId === EVENT).length;
    const before = readsOfEvent();
    fake.versions.set(EVENT, 3);
    await tick(5);
    expect(readsOfEvent()).toBe(before);
    expect(versionsSeen(b)).toEqual([1, 2]);
    // A poke for a show nobody follows any more reads nothing either.
    watchers.poke(EVENT);
    await settle();
    expect(readsOfEvent()).toBe(before);

    stopC();
    expect(watchers.followers()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    const reads = fake.version.mock.calls.length;
    await tick(5);
    expect(fake.version).toHaveBeenCalledTimes(reads);
  });

  it("does no harm when stopped twice", async () => {
    const a = vi.fn<ShowListener>();
    const b = vi.fn<ShowListener>();
    const stopA = watchers.subscribe(EVENT, a);
    watchers.subscribe(EVENT, b);
    await settle();
    stopA();
    stopA();
    expect(watchers.followers()).toBe(1);
    fake.versions.set(EVENT, 2);
    await tick();
    expect(versionsSeen(b)).toEqual([1, 2]);
  });

  it("an old stop does not end a newer watch of the same show", async () => {
    const stopOld = watchers.subscribe(EVENT, vi.fn<ShowListener>());
    await settle();
    stopOld();
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    stopOld();
    expect(watchers.followers()).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
    await settle();
    fake.versions.set(EVENT, 2);
    await tick();
    expect(versionsSeen(listener)).toEqual([1, 2]);
  });

  it("loads afresh for a subscriber after everyone had left", async () => {
    const stop = watchers.subscribe(EVENT, vi.fn<ShowListener>());
    await settle();
    stop();
    fake.versions.set(EVENT, 4);
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    expect(listener).not.toHaveBeenCalled();
    await settle();
    expect(versionsSeen(listener)).toEqual([4]);
    expect(fake.load).toHaveBeenCalledTimes(2);
  });

  it("hands nothing to a follower who left while a check was under way", async () => {
    const listener = vi.fn<ShowListener>();
    const stop = watchers.subscribe(EVENT, listener);
    await settle();
    const gate = deferred();
    fake.db.gate = gate;
    fake.versions.set(EVENT, 2);
    watchers.poke(EVENT);
    watchers.poke(EVENT);
    stop();
    fake.db.gate = null;
    gate.resolve();
    await settle();
    expect(versionsSeen(listener)).toEqual([1]);
    // The check asked for during the held one is not run for a watch nobody follows.
    expect(fake.version).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("createShowWatchers: failures", () => {
  it("hands a change to every follower even when one of them throws (a closed connection)", async () => {
    fake.versions.set(EVENT, 1);
    const broken = vi.fn<ShowListener>((show) => {
      if (show?.version === 2) throw new Error("stream closed");
    });
    const fine = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, broken);
    watchers.subscribe(EVENT, fine);
    await settle();
    fake.versions.set(EVENT, 2);
    await tick();
    expect(versionsSeen(fine)).toEqual([1, 2]);
    expect(warn).toHaveBeenCalledWith("finals.listener_failed", expect.objectContaining({ eventId: EVENT }));
  });

  it("logs a failed version read and tries again at the next tick", async () => {
    fake.version.mockImplementationOnce(() => Promise.reject(new Error("connection refused")));
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    await settle();
    expect(listener).not.toHaveBeenCalled();
    expect(fake.load).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith("finals.watch_failed", {
      eventId: EVENT,
      error: "Error: connection refused",
    });

    await tick();
    expect(versionsSeen(listener)).toEqual([1]);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("logs a failed load and tries again at the next tick, keeping the last show", async () => {
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    await settle();
    fake.versions.set(EVENT, 2);
    fake.load.mockImplementationOnce(() => Promise.reject(new Error("timeout")));
    await tick();
    expect(versionsSeen(listener)).toEqual([1]);
    expect(warn).toHaveBeenCalledWith("finals.watch_failed", { eventId: EVENT, error: "Error: timeout" });
    const late = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, late);
    expect(versionsSeen(late)).toEqual([1]);

    await tick();
    expect(versionsSeen(listener)).toEqual([1, 2]);
    expect(versionsSeen(late)).toEqual([1, 2]);
  });

  it("keeps following after failures, once the database answers again", async () => {
    const listener = vi.fn<ShowListener>();
    watchers.subscribe(EVENT, listener);
    await settle();
    fake.version.mockImplementation(() => Promise.reject(new Error("down")));
    await tick(3);
    expect(warn).toHaveBeenCalledTimes(3);
    fake.version.mockImplementation((eventId: string) => Promise.resolve(fake.versions.get(eventId) ?? 0));
    fake.versions.set(EVENT, 2);
    await tick();
    expect(versionsSeen(listener)).toEqual([1, 2]);
    expect(vi.getTimerCount()).toBe(1);
  });
});
