import { describe, expect, it } from "vitest";
import { CATALOGUES } from "~/server/i18n/messages";
import {
  enqueue,
  mergeOutboxes,
  outboxStorageKey,
  outboxSummary,
  parseOutbox,
  settle,
  shownScore,
  type ScoreWrite,
} from "./score-outbox";

const write = (
  criterionId: string,
  value: number | null,
  writtenAt: number,
  assignmentId = "a1",
): ScoreWrite => ({
  assignmentId,
  criterionId,
  value,
  writtenAt,
});

describe("enqueue", () => {
  it("keeps one write per criterion: the latest typed", () => {
    let box = enqueue([], write("c1", 3, 100));
    box = enqueue(box, write("c1", 4, 200));
    box = enqueue(box, write("c2", 1, 150));
    expect(box).toEqual([write("c1", 4, 200), write("c2", 1, 150)]);
  });

  it("never lets an older write replace a newer queued one", () => {
    const box = enqueue([write("c1", 4, 200)], write("c1", 2, 100));
    expect(box).toEqual([write("c1", 4, 200)]);
  });

  it("keeps the same criterion of different entries apart", () => {
    const box = enqueue([write("c1", 4, 200, "a1")], write("c1", 2, 100, "a2"));
    expect(box).toHaveLength(2);
  });

  it("queues a cleared score like any other", () => {
    expect(enqueue([write("c1", 4, 100)], write("c1", null, 200))).toEqual([write("c1", null, 200)]);
  });
});

describe("settle", () => {
  it("removes the write the server answered", () => {
    expect(settle([write("c1", 4, 200), write("c2", 1, 100)], write("c1", 4, 200))).toEqual([
      write("c2", 1, 100),
    ]);
  });

  it("keeps a newer write typed while the older one was in flight", () => {
    expect(settle([write("c1", 5, 300)], write("c1", 4, 200))).toEqual([write("c1", 5, 300)]);
  });

  it("is a no-op for a write already settled (a second answer to a retry)", () => {
    expect(settle([], write("c1", 4, 200))).toEqual([]);
  });
});

describe("parseOutbox", () => {
  it.each([null, "", "not json", "{}", "42", '"x"'])("reads %j as empty", (raw) => {
    expect(parseOutbox(raw)).toEqual([]);
  });

  it("drops malformed writes and keeps the rest, latest per criterion", () => {
    const raw = JSON.stringify([
      write("c1", 3, 100),
      { assignmentId: "a1", criterionId: "c2", value: "4", writtenAt: 1 },
      { assignmentId: "a1", criterionId: "c3", value: 1.5, writtenAt: 1 },
      { assignmentId: "a1", criterionId: "c4", value: 1, writtenAt: -1 },
      null,
      write("c1", 5, 300),
      write("c1", 4, 200),
    ]);
    expect(parseOutbox(raw)).toEqual([write("c1", 5, 300)]);
  });

  it("round-trips what it stored", () => {
    const box = [write("c1", 3, 100), write("c2", null, 120)];
    expect(parseOutbox(JSON.stringify(box))).toEqual(box);
  });
});

describe("mergeOutboxes", () => {
  it("keeps the latest write per criterion from either", () => {
    expect(
      mergeOutboxes([write("c1", 3, 100), write("c2", 2, 500)], [write("c1", 4, 200), write("c2", 1, 400)]),
    ).toEqual([write("c2", 2, 500), write("c1", 4, 200)]);
  });
});

describe("shownScore", () => {
  it("shows the queued write when it is newer than the server's", () => {
    expect(shownScore({ value: 2, writtenAt: 100 }, write("c1", 4, 200))).toBe(4);
  });

  it("shows the server's value when the queued write is older", () => {
    expect(shownScore({ value: 2, writtenAt: 300 }, write("c1", 4, 200))).toBe(2);
  });

  it("shows nothing when neither has a score", () => {
    expect(shownScore(undefined, undefined)).toBeNull();
  });
});

describe("outboxSummary", () => {
  it.each([
    [{ waiting: 0, sending: false, offline: true }, "All scores saved."],
    [{ waiting: 2, sending: false, offline: true }, "Waiting for connection — 2 scores kept on this device."],
    [{ waiting: 1, sending: true, offline: true }, "Waiting for connection — 1 score kept on this device."],
    [{ waiting: 1, sending: true, offline: false }, "Saving 1 score…"],
    [{ waiting: 3, sending: false, offline: false }, "3 scores kept on this device, about to be sent."],
  ])("%j → %s", (state, text) => {
    expect(outboxSummary(state, CATALOGUES["en-GB"].JudgingScoring.outbox)).toBe(text);
  });
});

it("keys the stored outbox by round and person", () => {
  expect(outboxStorageKey("r1", "u1")).not.toBe(outboxStorageKey("r1", "u2"));
  expect(outboxStorageKey("r1", "u1")).not.toBe(outboxStorageKey("r2", "u1"));
});
