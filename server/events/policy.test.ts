import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EVENT_ROLES,
  canArchiveEvent,
  canChangeStatus,
  canCreateEvent,
  canManageEvent,
  canPublishEvent,
  canUnarchiveEvent,
  canRevokeRole,
  canViewEvent,
  nextStatus,
  type EventRole,
  type Viewer,
} from "./policy.ts";
import { EVENT_STATUSES, type EventStatus } from "./rules.ts";

const viewers = {
  anonymous: { userId: null, isPlatformAdmin: false, eventRoles: [] },
  participant: {
    userId: "u-participant",
    isPlatformAdmin: false,
    eventRoles: [],
  },
  organiser: {
    userId: "u-organiser",
    isPlatformAdmin: false,
    eventRoles: ["ORGANISER"],
  },
  organiserAndJudge: {
    userId: "u-oj",
    isPlatformAdmin: false,
    eventRoles: ["JUDGE", "ORGANISER"],
  },
  centreLead: {
    userId: "u-lead",
    isPlatformAdmin: false,
    eventRoles: ["CENTRE_LEAD"],
  },
  judge: { userId: "u-judge", isPlatformAdmin: false, eventRoles: ["JUDGE"] },
  mentor: {
    userId: "u-mentor",
    isPlatformAdmin: false,
    eventRoles: ["MENTOR"],
  },
  admin: { userId: "u-admin", isPlatformAdmin: true, eventRoles: [] },
  // Inconsistent shapes a buggy loader could produce; a signed-out viewer must get nothing extra.
  signedOutClaimingAdmin: {
    userId: null,
    isPlatformAdmin: true,
    eventRoles: [],
  },
  signedOutClaimingOrganiser: {
    userId: null,
    isPlatformAdmin: false,
    eventRoles: ["ORGANISER"],
  },
} satisfies Record<string, Viewer>;
type Who = keyof typeof viewers;

const managers: Who[] = ["organiser", "organiserAndJudge", "admin"];
const everyone = Object.keys(viewers) as Who[];
const pairs = <T>(values: readonly T[]): [Who, T][] =>
  everyone.flatMap((w) => values.map((v): [Who, T] => [w, v]));

describe("canViewEvent", () => {
  it.each(pairs(EVENT_STATUSES))("%s viewing a %s event", (who, status) => {
    const expected = status !== "DRAFT" || managers.includes(who);
    expect(canViewEvent(viewers[who], { status })).toBe(expected);
  });
});

describe("canManageEvent", () => {
  it.each(everyone)("%s", (who) => {
    expect(canManageEvent(viewers[who])).toBe(managers.includes(who));
  });
});

describe("canCreateEvent", () => {
  it.each(everyone)("%s", (who) => {
    expect(canCreateEvent(viewers[who])).toBe(who === "admin");
  });
});

describe("canRevokeRole", () => {
  it.each<[EventRole, number, boolean]>([
    ["ORGANISER", 1, false],
    ["ORGANISER", 0, false],
    ["ORGANISER", 2, true],
    ["ORGANISER", 5, true],
    ["CENTRE_LEAD", 1, true],
    ["JUDGE", 1, true],
    ["MENTOR", 0, true],
  ])("revoking %s with %i organiser(s): %s", (role, organiserCount, expected) => {
    expect(canRevokeRole({ role, organiserCount })).toBe(expected);
  });

  it("property: no sequence of allowed revocations leaves an event without an organiser", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.constantFrom(...EVENT_ROLES), { maxLength: 40 }),
        (start, revocations) => {
          let organisers = start;
          for (const role of revocations) {
            if (canRevokeRole({ role, organiserCount: organisers }) && role === "ORGANISER") organisers -= 1;
          }
          return organisers >= 1;
        },
      ),
    );
  });
});

describe("status changes", () => {
  it.each(pairs(EVENT_STATUSES))("%s publishing a %s event", (who, status) => {
    expect(canPublishEvent(viewers[who], { status })).toBe(managers.includes(who) && status === "DRAFT");
  });

  it.each(pairs(EVENT_STATUSES))("%s archiving a %s event", (who, status) => {
    expect(canArchiveEvent(viewers[who], { status })).toBe(managers.includes(who) && status === "PUBLISHED");
  });

  it.each(pairs(EVENT_STATUSES))("%s unarchiving a %s event", (who, status) => {
    expect(canUnarchiveEvent(viewers[who], { status })).toBe(managers.includes(who) && status === "ARCHIVED");
  });

  it.each<[EventStatus, EventStatus | null]>([
    ["DRAFT", "PUBLISHED"],
    ["PUBLISHED", "ARCHIVED"],
    ["ARCHIVED", null],
  ])("the next status after %s is %s", (from, to) => {
    expect(nextStatus(from)).toBe(to);
  });

  it.each(
    EVENT_STATUSES.flatMap((from) => EVENT_STATUSES.map((to): [EventStatus, EventStatus] => [from, to])),
  )("an organiser may move %s → %s only along DRAFT → PUBLISHED ⇄ ARCHIVED", (from, to) => {
    const allowed =
      (from === "DRAFT" && to === "PUBLISHED") ||
      (from === "PUBLISHED" && to === "ARCHIVED") ||
      (from === "ARCHIVED" && to === "PUBLISHED");
    expect(canChangeStatus(viewers.organiser, { status: from }, to)).toBe(allowed);
    expect(canChangeStatus(viewers.judge, { status: from }, to)).toBe(false);
  });
});
