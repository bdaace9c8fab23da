// Every procedure in the router, called as the right role, the wrong role, signed out, and as a
// caller whose role is in another event. A procedure missing from the table fails the first test,
// so a new procedure cannot ship without its authorization tests.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { appRouter } from "./_app.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

interface World {
  event: { id: string; slug: string };
  draft: { id: string; slug: string };
  admin: SessionUser;
  organiser: SessionUser;
  judge: SessionUser;
  otherOrganiser: SessionUser;
  stranger: SessionUser;
}

type Caller = ReturnType<typeof callerFor>;
type Who = "right" | "wrong" | "signedOut" | "otherEvent";
type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

interface ProcedureCase {
  /** Who is "right" and "wrong" for this procedure. */
  right: keyof World;
  wrong: keyof World | null;
  call: (caller: Caller, w: World) => Promise<unknown>;
  expect: Record<Who, Outcome>;
}

const details = (slug: string) => ({
  name: "Renamed event",
  slug,
  description: "",
  timeZone: "Europe/London",
  registrationOpensAt: "2026-11-01T09:00",
  registrationClosesAt: "2026-12-01T09:00",
  startsAt: "2026-12-02T09:00",
  submissionDeadline: "2026-12-04T17:00",
  judgingClosesAt: "2026-12-05T17:00",
  resultsAt: "2026-12-06T12:00",
  teamMinSize: 1,
  teamMaxSize: 5,
  minimumAge: null,
});

// Organiser-only procedures: a judge of the same event is the wrong role (403); the organiser of
// another event sees 403 on a published event; drafts are 404 to everyone but their organisers.
const organiserOnly = (call: ProcedureCase["call"]): ProcedureCase => ({
  right: "organiser",
  wrong: "judge",
  call,
  expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", otherEvent: "FORBIDDEN" },
});

const matrix: Record<string, ProcedureCase> = {
  // Open to everyone outside production (events.int.test.ts checks it is absent in production).
  "dev.outbox": {
    right: "stranger",
    wrong: null,
    call: (c) => c.dev.outbox({}),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", otherEvent: "ok" },
  },
  "events.list": {
    right: "stranger",
    wrong: null,
    call: (c) => c.events.list(),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", otherEvent: "ok" },
  },
  "events.bySlug": {
    right: "organiser",
    wrong: "stranger",
    call: (c, w) => c.events.bySlug({ slug: w.draft.slug }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "NOT_FOUND", otherEvent: "NOT_FOUND" },
  },
  "events.managed": {
    right: "organiser",
    wrong: "stranger",
    call: (c) => c.events.managed(),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", otherEvent: "ok" },
  },
  "events.byIdForManagement": organiserOnly((c, w) => c.events.byIdForManagement({ eventId: w.event.id })),
  "events.create": {
    right: "admin",
    wrong: "organiser",
    call: (c) =>
      c.events.create({
        ...details(`new-${Math.random().toString(36).slice(2, 8)}`),
        organiserEmail: "new.organiser@example.test",
      }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", otherEvent: "FORBIDDEN" },
  },
  "events.update": organiserOnly((c, w) =>
    c.events.update({ eventId: w.event.id, details: details(w.event.slug) }),
  ),
  "events.publish": {
    right: "organiser",
    wrong: "judge",
    call: (c, w) => c.events.publish({ eventId: w.draft.id }),
    // The draft is invisible to the judge of the published event and to other organisers.
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "UNAUTHORIZED", otherEvent: "NOT_FOUND" },
  },
  "events.archive": organiserOnly((c, w) => c.events.archive({ eventId: w.event.id })),
  "events.grantRole": organiserOnly((c, w) =>
    c.events.grantRole({ eventId: w.event.id, email: "mentor@example.test", role: "MENTOR" }),
  ),
  "events.revokeRole": organiserOnly(async (c, w) => {
    // Revoke the judge role of a fresh user so the case can run repeatedly.
    const roles = await callerFor(db, w.organiser, now).events.byIdForManagement({ eventId: w.event.id });
    const mentor = roles.roles.find((r) => r.role === "MENTOR");
    const roleId = mentor?.id ?? "missing";
    return c.events.revokeRole({ eventId: w.event.id, roleId });
  }),
};

let tdb: TestDatabase;
let db: TestDatabase["db"];

async function freshWorld(): Promise<World> {
  const [admin, organiser, judge, otherOrganiser, stranger] = await Promise.all([
    makeUser(db, { admin: true }),
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
  ]);
  const event = await makeEvent(db, {
    now,
    status: "PUBLISHED",
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  const draft = await makeEvent(db, {
    now,
    status: "DRAFT",
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "MENTOR" },
    ],
  });
  await makeEvent(db, {
    now,
    status: "PUBLISHED",
    roles: [{ userId: otherOrganiser.id, role: "ORGANISER" }],
  });
  // A mentor role for revokeRole to remove.
  await db.eventRole.create({ data: { eventId: event.id, userId: stranger.id, role: "MENTOR" } });
  return { event, draft, admin, organiser, judge, otherOrganiser, stranger };
}

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  tdb = await openTestDatabase();
  db = tdb.db;
});
afterAll(() => tdb.close());

describe("authorization matrix", () => {
  it("covers every procedure in the router", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(matrix).sort()).toEqual(procedures);
  });

  for (const [path, testCase] of Object.entries(matrix)) {
    describe(path, () => {
      const callers: [Who, (w: World) => SessionUser | null][] = [
        ["right", (w) => w[testCase.right] as SessionUser],
        ["wrong", (w) => (testCase.wrong ? (w[testCase.wrong] as SessionUser) : w.stranger)],
        ["signedOut", () => null],
        ["otherEvent", (w) => w.otherOrganiser],
      ];
      for (const [who, pick] of callers) {
        it(`${who} → ${testCase.expect[who]}`, async () => {
          const world = await freshWorld();
          const result = await outcome(testCase.call(callerFor(db, pick(world), now), world));
          expect(result).toBe(testCase.expect[who]);
        });
      }
    });
  }
});
