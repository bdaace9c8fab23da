import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clockTime,
  endOfDay,
  HELP_TOPIC_LABELS,
  HELP_TOPIC_SHORT,
  isExpired,
  mayClaim,
  minutesWaiting,
  onTheWayLabel,
  ordinal,
  positionLabel,
  positionOf,
  queueOrder,
  sortQueue,
  waitingLabel,
} from "./rules.ts";
import { HELP_TOPICS, MAX_HELP_DESCRIPTION, MAX_HELP_LOCATION, raiseHelpInput } from "./schema.ts";

const utc = (iso: string) => {
  if (!iso.endsWith("Z")) throw new Error(`test literal must end in Z: ${iso}`);
  return new Date(iso);
};

describe("topic labels", () => {
  it("name every topic, in plain words and in short", () => {
    for (const topic of HELP_TOPICS) {
      expect(HELP_TOPIC_LABELS[topic].length).toBeGreaterThan(3);
      expect(HELP_TOPIC_SHORT[topic].length).toBeGreaterThan(3);
    }
    expect(new Set(Object.values(HELP_TOPIC_LABELS)).size).toBe(HELP_TOPICS.length);
  });
});

describe("endOfDay", () => {
  it("is the next midnight in the event's zone, not in UTC or the process zone", () => {
    // 23:30 in London (GMT) on 1 Dec: expires at midnight London, 00:00Z on 2 Dec.
    expect(endOfDay(utc("2026-12-01T23:30:00Z"), "Europe/London")).toEqual(utc("2026-12-02T00:00:00Z"));
    // 09:00 in London during summer time (BST): midnight London is 23:00Z.
    expect(endOfDay(utc("2026-07-01T08:00:00Z"), "Europe/London")).toEqual(utc("2026-07-01T23:00:00Z"));
    // 20:00Z on 1 Dec is already 2 Dec in Kathmandu (01:45): expires at 18:15Z on 2 Dec.
    expect(endOfDay(utc("2026-12-01T20:00:00Z"), "Asia/Kathmandu")).toEqual(utc("2026-12-02T18:15:00Z"));
    // New York, 1 Dec 22:00 local = 03:00Z on 2 Dec: expires at 05:00Z on 2 Dec.
    expect(endOfDay(utc("2026-12-02T03:00:00Z"), "America/New_York")).toEqual(utc("2026-12-02T05:00:00Z"));
  });

  it("a request raised at midnight lasts the whole day", () => {
    expect(endOfDay(utc("2026-12-02T00:00:00Z"), "Europe/London")).toEqual(utc("2026-12-03T00:00:00Z"));
  });

  it("copes with days of 23 and 25 hours (clock changes)", () => {
    // London springs forward on 29 Mar 2026: the day is 23 hours long.
    expect(endOfDay(utc("2026-03-29T10:00:00Z"), "Europe/London")).toEqual(utc("2026-03-29T23:00:00Z"));
    // And falls back on 25 Oct 2026: the day is 25 hours long.
    expect(endOfDay(utc("2026-10-25T10:00:00Z"), "Europe/London")).toEqual(utc("2026-10-26T00:00:00Z"));
  });

  it("on a day whose midnight a clock change skips, is the first moment of the next day", () => {
    // Santiago (Chile) springs forward at 00:00 local on 6 Sep 2026: that day starts at 01:00 (-03).
    expect(endOfDay(utc("2026-09-05T20:00:00Z"), "America/Santiago")).toEqual(utc("2026-09-06T04:00:00Z"));
  });

  it("is always after the moment raised, and at most 25 hours later", () => {
    const zones = ["Europe/London", "Asia/Kathmandu", "America/New_York", "Pacific/Chatham", "UTC"];
    fc.assert(
      fc.property(
        fc.date({ min: utc("2020-01-01T00:00:00Z"), max: utc("2035-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (raised, zone) => {
          const end = endOfDay(raised, zone);
          expect(end.getTime()).toBeGreaterThan(raised.getTime());
          expect(end.getTime() - raised.getTime()).toBeLessThanOrEqual(25 * 3_600_000);
          expect(clockTime(end, zone)).toMatch(/^0[0-1]:\d\d$/);
        },
      ),
    );
  });
});

describe("isExpired", () => {
  const expiresAt = utc("2026-12-02T00:00:00Z");
  it("from the instant it expires on", () => {
    expect(isExpired({ expiresAt }, utc("2026-12-01T23:59:59.999Z"))).toBe(false);
    expect(isExpired({ expiresAt }, expiresAt)).toBe(true);
    expect(isExpired({ expiresAt }, utc("2026-12-02T00:00:00.001Z"))).toBe(true);
  });
});

describe("clockTime", () => {
  it("is the wall-clock time in the zone", () => {
    expect(clockTime(utc("2026-07-01T08:05:59Z"), "Europe/London")).toBe("09:05");
    expect(clockTime(utc("2026-07-01T08:05:00Z"), "Asia/Kathmandu")).toBe("13:50");
    expect(clockTime(utc("2026-12-01T00:00:00Z"), "UTC")).toBe("00:00");
  });
});

describe("queue order", () => {
  const at = (id: string, iso: string, status: "WAITING" | "CLAIMED" = "WAITING") => ({
    id,
    createdAt: utc(iso),
    status,
  });

  it("is oldest first, ties broken by id", () => {
    const list = [
      at("c", "2026-12-01T10:05:00Z"),
      at("b", "2026-12-01T10:00:00Z"),
      at("a", "2026-12-01T10:05:00Z"),
    ];
    expect([...list].sort(queueOrder).map((r) => r.id)).toEqual(["b", "a", "c"]);
  });

  it("lists waiting requests before claimed ones, each oldest first", () => {
    const list = [
      at("claimed-old", "2026-12-01T09:00:00Z", "CLAIMED"),
      at("waiting-new", "2026-12-01T10:30:00Z"),
      at("waiting-old", "2026-12-01T10:00:00Z"),
      at("claimed-new", "2026-12-01T10:40:00Z", "CLAIMED"),
    ];
    expect(sortQueue(list).map((r) => r.id)).toEqual([
      "waiting-old",
      "waiting-new",
      "claimed-old",
      "claimed-new",
    ]);
    // The input is left as it was.
    expect(list[0]?.id).toBe("claimed-old");
  });

  it("positions count from 1 among the waiting requests, null for one not among them", () => {
    const waiting = [
      at("x", "2026-12-01T10:20:00Z"),
      at("y", "2026-12-01T10:00:00Z"),
      at("z", "2026-12-01T10:10:00Z"),
    ];
    expect(positionOf("y", waiting)).toBe(1);
    expect(positionOf("z", waiting)).toBe(2);
    expect(positionOf("x", waiting)).toBe(3);
    expect(positionOf("gone", waiting)).toBeNull();
    expect(positionOf("y", [])).toBeNull();
  });

  it("gives every waiting request a distinct position 1…n (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), minute: fc.nat(600) }), {
          selector: (r) => r.id,
          maxLength: 30,
        }),
        (rows) => {
          const waiting = rows.map((r) => ({
            id: r.id,
            createdAt: new Date(Date.UTC(2026, 11, 1, 9, r.minute)),
          }));
          const positions = waiting.map((r) => positionOf(r.id, waiting));
          expect([...positions].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(waiting.map((_, i) => i + 1));
          // Someone who raised strictly earlier is strictly ahead.
          for (const a of waiting)
            for (const b of waiting)
              if (a.createdAt < b.createdAt)
                expect(positionOf(a.id, waiting) ?? 0).toBeLessThan(positionOf(b.id, waiting) ?? 0);
        },
      ),
    );
  });
});

describe("waiting time", () => {
  it("counts whole minutes, never below zero", () => {
    const raised = utc("2026-12-01T10:00:00Z");
    expect(minutesWaiting(raised, utc("2026-12-01T10:00:59Z"))).toBe(0);
    expect(minutesWaiting(raised, utc("2026-12-01T10:01:00Z"))).toBe(1);
    expect(minutesWaiting(raised, utc("2026-12-01T10:04:30Z"))).toBe(4);
    expect(minutesWaiting(raised, utc("2026-12-01T11:30:00Z"))).toBe(90);
    expect(minutesWaiting(raised, utc("2026-12-01T09:59:00Z"))).toBe(0);
  });

  it("says it in minutes", () => {
    expect(waitingLabel(0)).toBe("less than a minute");
    expect(waitingLabel(1)).toBe("1 min");
    expect(waitingLabel(4)).toBe("4 min");
    expect(waitingLabel(90)).toBe("90 min");
  });
});

describe("ordinal and position label", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [23, "23rd"],
    [101, "101st"],
    [111, "111th"],
    [113, "113th"],
  ])("%d → %s", (n, expected) => {
    expect(ordinal(n)).toBe(expected);
  });

  it("tells a team where it is", () => {
    expect(positionLabel(1)).toBe("You're next in the queue");
    expect(positionLabel(3)).toBe("You are 3rd in the queue");
  });

  it("tells a team who is coming", () => {
    expect(onTheWayLabel("Sam")).toBe("A mentor, Sam, is on the way");
    expect(onTheWayLabel(null)).toBe("A mentor is on the way");
  });
});

describe("mayClaim (safeguarding)", () => {
  it.each([
    // [asLead, teamHasYoungPeople, vettedToday, may claim]
    [false, false, false, true],
    [false, false, true, true],
    [false, true, true, true],
    [false, true, false, false],
    [true, true, false, true],
    [true, false, false, true],
  ])("lead %s, young people %s, vetted %s → %s", (asLead, teamHasYoungPeople, vettedToday, expected) => {
    expect(mayClaim({ asLead, teamHasYoungPeople, vettedToday })).toBe(expected);
  });
});

describe("raiseHelpInput", () => {
  const valid = { topic: "CODE_ERROR", description: "Our button does nothing", location: "Table 4" };

  it("trims the description and where they sit", () => {
    expect(raiseHelpInput.parse({ ...valid, description: "  It crashes  ", location: " Table 4 " })).toEqual({
      topic: "CODE_ERROR",
      description: "It crashes",
      location: "Table 4",
    });
  });

  it("keeps the limits after trimming", () => {
    const longest = "x".repeat(MAX_HELP_DESCRIPTION);
    expect(raiseHelpInput.safeParse({ ...valid, description: `  ${longest}  ` }).success).toBe(true);
    expect(raiseHelpInput.safeParse({ ...valid, description: `${longest}x` }).success).toBe(false);
    expect(raiseHelpInput.safeParse({ ...valid, location: "y".repeat(MAX_HELP_LOCATION) }).success).toBe(
      true,
    );
    expect(raiseHelpInput.safeParse({ ...valid, location: "y".repeat(MAX_HELP_LOCATION + 1) }).success).toBe(
      false,
    );
  });

  it("names each problem by its field", () => {
    const result = raiseHelpInput.safeParse({ topic: "", description: "  ", location: "" });
    expect(result.success).toBe(false);
    if (result.success) return;
    const fields = Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]));
    expect(fields).toEqual({
      topic: "Choose what you need help with",
      description: "Say in a few words what you need help with",
      location: "Say where you are sitting, so a mentor can find you",
    });
  });
});
