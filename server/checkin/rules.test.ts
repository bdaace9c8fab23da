import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { CHECK_IN_ALPHABET, CHECK_IN_CODE_LENGTH, codeFromScan, normaliseCheckInCode } from "./code.ts";
import {
  arrivalAlerts,
  assertMayCheckIn,
  decideDeparture,
  type DepartureChoice,
  type DepartureFacts,
} from "./rules.ts";

const aunt = { id: "c1", name: "Sam Patel", relationship: "aunt" };
const young: DepartureFacts = {
  needsCollection: true,
  mayLeaveAlone: false,
  collectors: [aunt],
  canOverride: false,
};

const codeOf = (f: () => unknown) => {
  try {
    f();
    return "ok";
  } catch (error) {
    return error instanceof DomainError ? error.code : "other";
  }
};

describe("normaliseCheckInCode", () => {
  it("reads codes typed in any case, with spaces or dashes", () => {
    expect(normaliseCheckInCode("ack-347")).toBe("ACK347");
    expect(normaliseCheckInCode(" a c k 3 4 7 ")).toBe("ACK347");
  });
  it("refuses what cannot be a code: wrong length, look-alikes, other characters", () => {
    for (const typed of ["", "ACK34", "ACK3477", "ACK34O", "ACK341", "ACK34B", "ACK34!", "ÄCK347"]) {
      expect(normaliseCheckInCode(typed)).toBeNull();
    }
  });
  it("accepts every code of the alphabet and returns it unchanged", () => {
    const code = fc
      .array(fc.constantFrom(...CHECK_IN_ALPHABET), {
        minLength: CHECK_IN_CODE_LENGTH,
        maxLength: CHECK_IN_CODE_LENGTH,
      })
      .map((chars) => chars.join(""));
    fc.assert(fc.property(code, (c) => normaliseCheckInCode(c.toLowerCase()) === c));
  });
  it("has no characters that are easily mistaken for another", () => {
    for (const c of "0O1IL2Z5S6G8B") expect(CHECK_IN_ALPHABET).not.toContain(c);
  });
});

describe("decideDeparture", () => {
  it("lets a young person go with an authorised adult, recording who", () => {
    expect(decideDeparture(young, { kind: "collector", collectorId: "c1" })).toEqual({
      departure: "COLLECTED",
      collectedBy: "Sam Patel (aunt)",
      overrideReason: null,
    });
  });
  it("refuses an unlisted adult, leaving alone without permission, and an override by a non-organiser", () => {
    expect(codeOf(() => decideDeparture(young, { kind: "collector", collectorId: "c2" }))).toBe("NOT_FOUND");
    expect(codeOf(() => decideDeparture(young, { kind: "alone" }))).toBe("FORBIDDEN");
    expect(
      codeOf(() =>
        decideDeparture(young, { kind: "override", collectedBy: "Chris", reason: "guardian phoned us" }),
      ),
    ).toBe("FORBIDDEN");
  });
  it("lets a young person with permission, and any adult, leave alone", () => {
    expect(decideDeparture({ ...young, mayLeaveAlone: true }, { kind: "alone" }).departure).toBe("ALONE");
    expect(decideDeparture({ ...young, needsCollection: false }, { kind: "alone" }).departure).toBe("ALONE");
  });
  it("needs a name and a reason of at least 10 characters for an override", () => {
    const organiser = { ...young, canOverride: true };
    const error = (() => {
      try {
        decideDeparture(organiser, { kind: "override", collectedBy: "  ", reason: " too short " });
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error?.code).toBe("INVALID_INPUT");
    expect(Object.keys(error?.fieldErrors ?? {})).toEqual(["collectedBy", "reason"]);
    expect(
      decideDeparture(organiser, {
        kind: "override",
        collectedBy: " Chris ",
        reason: "Guardian phoned the desk",
      }),
    ).toEqual({ departure: "OVERRIDE", collectedBy: "Chris", overrideReason: "Guardian phoned the desk" });
  });
  it("never lets a young person leave other than as the guardian or an organiser allowed (property)", () => {
    const facts = fc.record({
      needsCollection: fc.constant(true),
      mayLeaveAlone: fc.boolean(),
      collectors: fc.array(
        fc.record({ id: fc.constantFrom("a", "b", "c"), name: fc.string(), relationship: fc.string() }),
        {
          maxLength: 3,
        },
      ),
      canOverride: fc.boolean(),
    });
    const choice: fc.Arbitrary<DepartureChoice> = fc.oneof(
      fc.record({
        kind: fc.constant("collector" as const),
        collectorId: fc.constantFrom("a", "b", "c", "d"),
      }),
      fc.constant({ kind: "alone" as const }),
      fc.record({ kind: fc.constant("override" as const), collectedBy: fc.string(), reason: fc.string() }),
    );
    fc.assert(
      fc.property(facts, choice, (f, c) => {
        let decided;
        try {
          decided = decideDeparture(f, c);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          return;
        }
        if (decided.departure === "ALONE") expect(f.mayLeaveAlone).toBe(true);
        if (decided.departure === "OVERRIDE") expect(f.canOverride).toBe(true);
        if (decided.departure === "COLLECTED" && c.kind === "collector") {
          expect(f.collectors.some((x) => x.id === c.collectorId)).toBe(true);
        }
      }),
    );
  });
});

describe("arrivalAlerts and assertMayCheckIn", () => {
  const base = {
    status: "CONFIRMED" as const,
    needsCollection: true,
    photoConsent: true,
    mayLeaveAlone: false,
    collectors: 1,
  };
  it("says nothing for a young person with every permission sorted", () => {
    expect(arrivalAlerts(base)).toEqual([]);
    expect(codeOf(() => assertMayCheckIn(base))).toBe("ok");
  });
  it("blocks check-in without consent or after withdrawing, blocking alerts first", () => {
    const waiting = arrivalAlerts({ ...base, status: "PENDING_CONSENT", photoConsent: false, collectors: 0 });
    expect(waiting.map((a) => a.kind)).toEqual(["blocking", "notice", "notice"]);
    expect(codeOf(() => assertMayCheckIn({ status: "PENDING_CONSENT" }))).toBe("CONSENT_REQUIRED");
    expect(codeOf(() => assertMayCheckIn({ status: "WITHDRAWN" }))).toBe("FORBIDDEN");
  });
  it("notes no photos, leaving alone and nobody authorised; nothing of that for an adult", () => {
    expect(arrivalAlerts({ ...base, photoConsent: false }).map((a) => a.text)).toEqual([
      "No photos or video: their guardian hasn't agreed to them.",
    ]);
    expect(arrivalAlerts({ ...base, mayLeaveAlone: true, collectors: 0 }).map((a) => a.text)).toEqual([
      "May leave on their own (their guardian allows it).",
    ]);
    expect(arrivalAlerts({ ...base, collectors: 0 })[0]?.text).toContain("Nobody is authorised");
    expect(arrivalAlerts({ ...base, needsCollection: false, photoConsent: null, collectors: 0 })).toEqual([]);
  });
  it("says when there are medical or access needs to read, for anyone, without saying what they are", () => {
    expect(arrivalAlerts({ ...base, needs: true }).map((a) => a.text)).toEqual([
      "Has medical or access needs: read them before they start.",
    ]);
    expect(
      arrivalAlerts({ ...base, needsCollection: false, photoConsent: null, collectors: 0, needs: true }),
    ).toHaveLength(1);
  });
});

describe("codeFromScan", () => {
  const eventId = "cmevent123";
  const url = (path: string) => `https://festival.example.org${path}`;
  it("reads the code from this event's check-in address, as the registration page's QR holds it", () => {
    expect(codeFromScan(url(`/manage/events/${eventId}/centre/check-in?q=ACK347`), eventId)).toBe("ACK347");
    expect(codeFromScan(url(`/manage/events/${eventId}/centre/check-in/?q=ack347`), eventId)).toBe("ACK347");
    expect(codeFromScan(`  ${url(`/manage/events/${eventId}/centre/check-in?q=ACK347`)}\n`, eventId)).toBe(
      "ACK347",
    );
  });
  it("takes a bare code too", () => {
    expect(codeFromScan("ack 347", eventId)).toBe("ACK347");
  });
  it("ignores another event's address, another page, another site's QR and codes that are not ones", () => {
    for (const scanned of [
      url(`/manage/events/other/centre/check-in?q=ACK347`),
      url(`/manage/events/${eventId}/centre/register?q=ACK347`),
      url(`/manage/events/${eventId}/centre/check-in?q=ACK34`),
      url(`/manage/events/${eventId}/centre/check-in`),
      "https://pay.example.com/?q=ACK347",
      "ACK340",
      "",
      "javascript:alert(1)",
    ]) {
      expect(codeFromScan(scanned, eventId), scanned).toBeNull();
    }
  });
});
