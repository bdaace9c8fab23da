// The help queue at a centre through its procedures: a team raises a request and sees its place, mentors
// claim, release and resolve, requests expire at the end of the day in the event's zone, two mentors
// claiming at once make one claim, and an unvetted mentor is kept from a team with someone under 18.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError, z } from "zod";
import type { SessionUser } from "../context.ts";
import { ALREADY_OPEN, NEEDS_VETTED_ADULT, NO_CENTRE } from "../help/rules.ts";
import type { RaiseHelpInput } from "../help/schema.ts";
import { callerFor } from "../test/callers.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeCentre } from "../test/registration-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

// 12:00 UTC on 24 Nov is 07:00 in New York, where the events below are: the day ends at 05:00 UTC.
const now = new Date("2026-11-24T12:00:00.000Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const endOfNewYorkDay = new Date("2026-11-25T05:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const as = (user: SessionUser | null, at: Date = now) => callerFor(tdb.db, user, at);

/** What a call came to: "ok", or its code, domain code, message and field errors (zod's or the domain's). */
async function outcome(promise: Promise<unknown>) {
  try {
    await promise;
    return "ok" as const;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause;
    const fieldErrors =
      cause instanceof ZodError
        ? z.flattenError(cause).fieldErrors
        : ((cause as { fieldErrors?: Record<string, string[]> } | undefined)?.fieldErrors ?? null);
    return {
      code: error.code,
      domainCode: (cause as { code?: string } | undefined)?.code ?? null,
      message: error.message,
      fieldErrors,
    };
  }
}

/** A New York event with two centres, a lead and two mentors at the first, a mentor at the second. */
async function setup() {
  const [organiser, lead, mentor, mentor2, elsewhere] = await Promise.all([
    makeUser(tdb.db, { name: "Olive Organiser" }),
    makeUser(tdb.db, { name: "Lee Lead" }),
    makeUser(tdb.db, { name: "Sam Mentor" }),
    makeUser(tdb.db, { name: "Ada Helper" }),
    makeUser(tdb.db, { name: "Kit Elsewhere" }),
  ]);
  const event = await makeEvent(tdb.db, {
    now,
    timeZone: "America/New_York",
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  const [centre, otherCentre] = await Promise.all([
    makeCentre(tdb.db, event.id, "Brooklyn Library"),
    makeCentre(tdb.db, event.id, "Queens Hall"),
  ]);
  await tdb.db.eventRole.createMany({
    data: [
      { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
      { eventId: event.id, userId: mentor.id, role: "MENTOR", centreId: centre.id },
      { eventId: event.id, userId: mentor2.id, role: "MENTOR", centreId: centre.id },
      { eventId: event.id, userId: elsewhere.id, role: "MENTOR", centreId: otherCentre.id },
    ],
  });
  /** A team at `centreId` (null: none) with an adult captain, and a young member when `young`. */
  const team = async (name: string, options: { centreId?: string | null; young?: boolean } = {}) => {
    const centreId = options.centreId === undefined ? centre.id : options.centreId;
    const captain = await makeParticipant(tdb.db, { eventId: event.id, centreId: centreId ?? undefined });
    const members = options.young
      ? [
          await makeParticipant(tdb.db, {
            eventId: event.id,
            centreId: centreId ?? undefined,
            dateOfBirth: new Date("2013-03-03T00:00:00.000Z"),
          }),
        ]
      : [];
    const made = await makeTeam(tdb.db, { eventId: event.id, captain, members, name });
    await tdb.db.team.update({ where: { id: made.id }, data: { centreId } });
    return { id: made.id, name, captain, member: members[0] ?? null };
  };
  return { event, centre, otherCentre, organiser, lead, mentor, mentor2, elsewhere, team };
}

type World = Awaited<ReturnType<typeof setup>>;

const ask: RaiseHelpInput = {
  topic: "CODE_ERROR",
  description: "Our button does nothing when we click it",
  location: "Table 4, by the window",
};

function raise(w: World, team: { id: string; captain: SessionUser }, at: Date = now, input = ask) {
  return as(team.captain, at).help.raise({ eventId: w.event.id, teamId: team.id, ...input });
}

function mine(w: World, team: { id: string; captain: SessionUser }, at: Date = now) {
  return as(team.captain, at).help.mine({ eventId: w.event.id, teamId: team.id });
}

describe("raising a request and the team's place in the queue", () => {
  it("a team raises a request, sees its place and waiting time; later teams queue behind it", async () => {
    const w = await setup();
    const [kites, owls, bees] = [await w.team("Kites"), await w.team("Owls"), await w.team("Bees")];

    const before = await mine(w, kites);
    expect(before).toMatchObject({ centre: { name: "Brooklyn Library" }, open: null, lastResolved: null });
    expect(before.topics.map((t) => t.value)).toEqual([
      "GETTING_STARTED",
      "CODE_ERROR",
      "DESIGN",
      "DATA",
      "HARDWARE",
      "SUBMITTING",
      "OTHER",
    ]);

    await raise(w, kites, now, { ...ask, description: "  It crashes on start  ", location: "  Table 4 " });
    await raise(w, owls, minutes(2), { ...ask, topic: "DATA" });
    await raise(w, bees, minutes(3), { ...ask, topic: "HARDWARE" });

    const kitesView = await mine(w, kites, minutes(4));
    expect(kitesView.open).toMatchObject({
      status: "WAITING",
      position: 1,
      minutesWaiting: 4,
      waitingLabel: "4 min",
      topic: "CODE_ERROR",
      topicLabel: "Our code shows an error or doesn't work",
      // Trimmed.
      description: "It crashes on start",
      location: "Table 4",
      claimedBy: null,
      statusLabel: "You're next in the queue",
    });
    expect((await mine(w, owls, minutes(4))).open).toMatchObject({ position: 2, waitingLabel: "2 min" });
    expect((await mine(w, bees, minutes(4))).open).toMatchObject({
      position: 3,
      waitingLabel: "1 min",
      statusLabel: "You are 3rd in the queue",
    });

    // The mentors' queue: oldest first, with minutes waiting, team, topic, description and place.
    const queue = await as(w.mentor, minutes(4)).help.queue({ eventId: w.event.id });
    expect(queue.requests.map((r) => [r.teamName, r.position, r.minutesWaiting, r.topicLabel])).toEqual([
      ["Kites", 1, 4, "Code problem"],
      ["Owls", 2, 2, "Data"],
      ["Bees", 3, 1, "Hardware"],
    ]);
    expect(queue.requests[0]).toMatchObject({
      centre: { name: "Brooklyn Library" },
      location: "Table 4",
      status: "WAITING",
      claimedBy: null,
      needsVettedAdult: false,
      canClaim: true,
      canFinish: false,
    });
    expect(queue.centres).toEqual([{ id: w.centre.id, name: "Brooklyn Library", asLead: false }]);

    // The raise is audited with its topic, never the description.
    const entry = await tdb.db.auditLog.findFirstOrThrow({
      where: { eventId: w.event.id, action: "help.raise" },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, data: true },
    });
    expect(entry.actorId).toBe(kites.captain.id);
    expect(JSON.stringify(entry.data)).not.toContain("crashes");
  });

  it("a second open request from the same team is refused with a clear message", async () => {
    const w = await setup();
    const kites = await w.team("Kites");
    await raise(w, kites);
    expect(await outcome(raise(w, kites, minutes(1)))).toMatchObject({
      code: "CONFLICT",
      message: ALREADY_OPEN,
    });
    expect(await tdb.db.helpRequest.count({ where: { teamId: kites.id } })).toBe(1);
  });

  it("another member of the team sees the same request and may cancel it; cancelling again is harmless", async () => {
    const w = await setup();
    const kites = await w.team("Kites", { young: true });
    const member = kites.member;
    if (!member) throw new Error("no member");
    const { id } = await raise(w, kites);
    const seen = await as(member).help.mine({ eventId: w.event.id, teamId: kites.id });
    expect(seen.open?.id).toBe(id);
    const cancel = () => as(member).help.cancel({ eventId: w.event.id, teamId: kites.id, requestId: id });
    expect(await cancel()).toEqual({ id, status: "CANCELLED" });
    expect(await cancel()).toEqual({ id, status: "CANCELLED" });
    expect((await mine(w, kites)).open).toBeNull();
    expect((await as(w.mentor).help.queue({ eventId: w.event.id })).requests).toEqual([]);
    // The team may ask again at once.
    expect(await outcome(raise(w, kites, minutes(1)))).toBe("ok");
    expect(await tdb.db.auditLog.count({ where: { eventId: w.event.id, action: "help.cancel" } })).toBe(1);
  });

  it("a team cannot cancel another team's request (not found)", async () => {
    const w = await setup();
    const [kites, owls] = [await w.team("Kites"), await w.team("Owls")];
    const { id } = await raise(w, kites);
    expect(
      await outcome(as(owls.captain).help.cancel({ eventId: w.event.id, teamId: owls.id, requestId: id })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect((await mine(w, kites)).open?.status).toBe("WAITING");
  });

  it("a team without a centre is told it cannot ask, and why", async () => {
    const w = await setup();
    const drifters = await w.team("Drifters", { centreId: null });
    expect((await mine(w, drifters)).centre).toBeNull();
    expect(await outcome(raise(w, drifters))).toMatchObject({
      code: "PRECONDITION_FAILED",
      domainCode: "NOT_ELIGIBLE",
      message: NO_CENTRE,
    });
  });

  it("bad input is a field error, never a 500", async () => {
    const w = await setup();
    const kites = await w.team("Kites");
    expect(await outcome(raise(w, kites, now, { ...ask, description: "x".repeat(281) }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { description: ["Use at most 280 characters"] },
    });
    expect(await outcome(raise(w, kites, now, { ...ask, location: "y".repeat(61) }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { location: ["Use at most 60 characters"] },
    });
    expect(await outcome(raise(w, kites, now, { ...ask, description: "   ", location: "" }))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: {
        description: ["Say in a few words what you need help with"],
        location: ["Say where you are sitting, so a mentor can find you"],
      },
    });
    const badTopic = { ...ask, topic: "PIZZA" } as unknown as typeof ask;
    expect(await outcome(raise(w, kites, now, badTopic))).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { topic: ["Choose what you need help with"] },
    });
    expect(
      await outcome(
        as(kites.captain).help.cancel({ eventId: w.event.id, teamId: kites.id, requestId: "no such/id" }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(await tdb.db.helpRequest.count({ where: { teamId: kites.id } })).toBe(0);
  });
});

describe("claiming, releasing and resolving", () => {
  it("a mentor claims, releases and resolves; the team sees each step", async () => {
    const w = await setup();
    const [kites, owls] = [await w.team("Kites"), await w.team("Owls")];
    const { id } = await raise(w, kites);
    await raise(w, owls, minutes(1));
    const mentor = as(w.mentor, minutes(5));

    expect(await mentor.help.claim({ eventId: w.event.id, requestId: id })).toEqual({
      id,
      status: "CLAIMED",
    });
    // Claiming one's own claim again (a double tap) is harmless.
    expect(await outcome(mentor.help.claim({ eventId: w.event.id, requestId: id }))).toBe("ok");
    expect((await mine(w, kites, minutes(5))).open).toMatchObject({
      status: "CLAIMED",
      position: null,
      claimedBy: "Sam",
      statusLabel: "A mentor, Sam, is on the way",
    });
    // Owls move up.
    expect((await mine(w, owls, minutes(5))).open).toMatchObject({ position: 1 });
    // The queue: waiting first, then claimed, with who claimed it.
    const queue = await mentor.help.queue({ eventId: w.event.id });
    expect(queue.requests.map((r) => [r.teamName, r.status, r.claimedBy])).toEqual([
      ["Owls", "WAITING", null],
      ["Kites", "CLAIMED", { name: "Sam M.", isMine: true }],
    ]);
    expect(queue.requests[1]).toMatchObject({ canClaim: false, canFinish: true });
    const other = await as(w.mentor2, minutes(5)).help.queue({ eventId: w.event.id });
    expect(other.requests[1]).toMatchObject({
      claimedBy: { name: "Sam M.", isMine: false },
      canFinish: false,
    });

    // Another mentor may neither release nor resolve Sam's claim; a second claim names who has it.
    const mentor2 = as(w.mentor2, minutes(6));
    expect(await outcome(mentor2.help.release({ eventId: w.event.id, requestId: id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await outcome(mentor2.help.resolve({ eventId: w.event.id, requestId: id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await outcome(mentor2.help.claim({ eventId: w.event.id, requestId: id }))).toMatchObject({
      code: "CONFLICT",
      message: "Sam M. has already claimed this request.",
    });

    // Released: back in the queue in its old place (it was raised first), the claim cleared.
    expect(await mentor.help.release({ eventId: w.event.id, requestId: id })).toEqual({
      id,
      status: "WAITING",
    });
    expect(await outcome(mentor.help.release({ eventId: w.event.id, requestId: id }))).toBe("ok");
    expect((await mine(w, kites, minutes(6))).open).toMatchObject({
      status: "WAITING",
      position: 1,
      claimedBy: null,
    });
    expect((await mine(w, owls, minutes(6))).open).toMatchObject({ position: 2 });
    expect(
      await tdb.db.helpRequest.findUniqueOrThrow({
        where: { id },
        select: { claimedById: true, claimedAt: true },
      }),
    ).toEqual({ claimedById: null, claimedAt: null });

    // Resolving needs a claim; then the team sees it sorted and may ask again.
    expect(await outcome(mentor2.help.resolve({ eventId: w.event.id, requestId: id }))).toMatchObject({
      code: "CONFLICT",
      message: "Nobody has claimed this request: claim it first.",
    });
    await mentor2.help.claim({ eventId: w.event.id, requestId: id });
    expect(await mentor2.help.resolve({ eventId: w.event.id, requestId: id })).toEqual({
      id,
      status: "RESOLVED",
    });
    expect(await outcome(mentor2.help.resolve({ eventId: w.event.id, requestId: id }))).toBe("ok");
    const after = await mine(w, kites, minutes(7));
    expect(after.open).toBeNull();
    // 12:06 UTC is 07:06 in New York.
    expect(after.lastResolved).toEqual({
      topicLabel: "Our code shows an error or doesn't work",
      resolvedAtLabel: "07:06",
    });
    // The team may no longer cancel it, and nobody may claim it again.
    expect(
      await outcome(as(kites.captain).help.cancel({ eventId: w.event.id, teamId: kites.id, requestId: id })),
    ).toMatchObject({ code: "CONFLICT", message: "This request has already been sorted." });
    expect(await outcome(mentor.help.claim({ eventId: w.event.id, requestId: id }))).toMatchObject({
      code: "CONFLICT",
    });
    const actions = await tdb.db.auditLog.findMany({
      where: { eventId: w.event.id, entityId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(
      ["help.raise", "help.claim", "help.release", "help.claim", "help.resolve"].sort(),
    );
  });

  it("the centre lead and organisers may release or resolve a mentor's claim", async () => {
    const w = await setup();
    const [kites, owls] = [await w.team("Kites"), await w.team("Owls")];
    const first = await raise(w, kites);
    const second = await raise(w, owls, minutes(1));
    await as(w.mentor).help.claim({ eventId: w.event.id, requestId: first.id });
    await as(w.mentor).help.claim({ eventId: w.event.id, requestId: second.id });
    expect(await outcome(as(w.lead).help.release({ eventId: w.event.id, requestId: first.id }))).toBe("ok");
    expect(await outcome(as(w.organiser).help.resolve({ eventId: w.event.id, requestId: second.id }))).toBe(
      "ok",
    );
  });

  it("a mentor at another centre sees none of it and cannot act on it", async () => {
    const w = await setup();
    const kites = await w.team("Kites");
    const { id } = await raise(w, kites);
    const elsewhere = as(w.elsewhere);
    expect((await elsewhere.help.queue({ eventId: w.event.id })).requests).toEqual([]);
    // Even naming this centre shows only theirs.
    const named = await elsewhere.help.queue({ eventId: w.event.id, centreId: w.centre.id });
    expect(named).toMatchObject({ requests: [], centreId: null });
    for (const call of [elsewhere.help.claim, elsewhere.help.release, elsewhere.help.resolve]) {
      expect(await outcome(call({ eventId: w.event.id, requestId: id }))).toMatchObject({
        code: "NOT_FOUND",
      });
    }
  });

  it("organisers see every centre, or one they choose", async () => {
    const w = await setup();
    const [kites, queens] = [
      await w.team("Kites"),
      await w.team("Queens Coders", { centreId: w.otherCentre.id }),
    ];
    await raise(w, kites);
    await raise(w, queens, minutes(1));
    const all = await as(w.organiser, minutes(2)).help.queue({ eventId: w.event.id });
    expect(all.requests.map((r) => [r.teamName, r.centre.name, r.position])).toEqual([
      ["Kites", "Brooklyn Library", 1],
      ["Queens Coders", "Queens Hall", 1],
    ]);
    expect(all.centres.every((c) => c.asLead)).toBe(true);
    const one = await as(w.organiser, minutes(2)).help.queue({
      eventId: w.event.id,
      centreId: w.otherCentre.id,
    });
    expect(one.centreId).toBe(w.otherCentre.id);
    expect(one.requests.map((r) => r.teamName)).toEqual(["Queens Coders"]);
  });
});

describe("expiry at the end of the day, in the event's zone", () => {
  it("a request raised in the morning in New York expires at midnight there, not in UTC", async () => {
    const w = await setup();
    const kites = await w.team("Kites");
    const { id } = await raise(w, kites);
    expect(
      await tdb.db.helpRequest.findUniqueOrThrow({ where: { id }, select: { expiresAt: true } }),
    ).toEqual({ expiresAt: endOfNewYorkDay });

    // Midnight UTC has passed, but it is still 24 Nov in New York: still in the queue.
    const lateEvening = new Date(endOfNewYorkDay.getTime() - 60_000);
    expect((await mine(w, kites, lateEvening)).open).toMatchObject({ id, status: "WAITING" });
    expect((await as(w.mentor, lateEvening).help.queue({ eventId: w.event.id })).requests).toHaveLength(1);

    // From midnight in New York it is gone: not shown, not claimable, not cancellable.
    expect((await mine(w, kites, endOfNewYorkDay)).open).toBeNull();
    expect((await as(w.mentor, endOfNewYorkDay).help.queue({ eventId: w.event.id })).requests).toEqual([]);
    expect(
      await outcome(as(w.mentor, endOfNewYorkDay).help.claim({ eventId: w.event.id, requestId: id })),
    ).toMatchObject({
      code: "CONFLICT",
      message: "This request expired at the end of the day it was raised.",
    });
    expect(
      await outcome(
        as(kites.captain, endOfNewYorkDay).help.cancel({
          eventId: w.event.id,
          teamId: kites.id,
          requestId: id,
        }),
      ),
    ).toMatchObject({ code: "CONFLICT" });

    // The next day the team asks again: the expired request is closed, and the new one lasts that day.
    const next = await raise(w, kites, endOfNewYorkDay);
    expect(await tdb.db.helpRequest.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({
      status: "CANCELLED",
    });
    expect(
      await tdb.db.helpRequest.findUniqueOrThrow({ where: { id: next.id }, select: { expiresAt: true } }),
    ).toEqual({ expiresAt: new Date("2026-11-26T05:00:00.000Z") });
    expect(await tdb.db.auditLog.count({ where: { entityId: id, action: "help.expire" } })).toBe(1);
  });

  it("a claimed request expires too, and can no longer be resolved", async () => {
    const w = await setup();
    const kites = await w.team("Kites");
    const { id } = await raise(w, kites);
    await as(w.mentor).help.claim({ eventId: w.event.id, requestId: id });
    expect(
      await outcome(as(w.mentor, endOfNewYorkDay).help.resolve({ eventId: w.event.id, requestId: id })),
    ).toMatchObject({
      code: "CONFLICT",
      message: "This request expired at the end of the day it was raised.",
    });
    expect(
      await outcome(as(w.mentor, endOfNewYorkDay).help.release({ eventId: w.event.id, requestId: id })),
    ).toMatchObject({ code: "CONFLICT" });
  });
});

describe("safeguarding: teams with someone under 18", () => {
  /** A vetting record for `userId` at the event, dated in calendar days. */
  async function vet(
    w: World,
    userId: string,
    check: "DBS_ENHANCED_BARRED" | "DBS_BASIC",
    from: string,
    to: string,
  ) {
    await tdb.db.vettingRecord.upsert({
      where: { eventId_userId: { eventId: w.event.id, userId } },
      create: {
        eventId: w.event.id,
        userId,
        check,
        checkedOn: new Date(`${from}T00:00:00.000Z`),
        expiresOn: new Date(`${to}T00:00:00.000Z`),
        verifiedBy: "Jo Volunteer-Manager",
      },
      update: {
        check,
        checkedOn: new Date(`${from}T00:00:00.000Z`),
        expiresOn: new Date(`${to}T00:00:00.000Z`),
      },
    });
  }

  it("an unvetted mentor is refused (ask the centre lead) until a qualifying check in date today is recorded", async () => {
    const w = await setup();
    const [young, adults] = [await w.team("Young Ones", { young: true }), await w.team("Grown Ups")];
    const youngRequest = await raise(w, young);
    const adultRequest = await raise(w, adults, minutes(1));
    const mentor = as(w.mentor, minutes(2));

    // The queue marks the request: the mentor may not claim it, but may claim the adults' one.
    const queue = await mentor.help.queue({ eventId: w.event.id });
    expect(queue.vettedToday).toBe(false);
    expect(queue.requests.map((r) => [r.teamName, r.needsVettedAdult, r.canClaim])).toEqual([
      ["Young Ones", true, false],
      ["Grown Ups", false, true],
    ]);
    const claimYoung = () => mentor.help.claim({ eventId: w.event.id, requestId: youngRequest.id });
    expect(await outcome(claimYoung())).toMatchObject({ code: "FORBIDDEN", message: NEEDS_VETTED_ADULT });
    expect(NEEDS_VETTED_ADULT).toContain("Ask the centre lead");
    expect(await outcome(mentor.help.claim({ eventId: w.event.id, requestId: adultRequest.id }))).toBe("ok");

    // A basic DBS check does not count; nor does a qualifying check that expired, or starts tomorrow
    // (today is 24 Nov in New York).
    await vet(w, w.mentor.id, "DBS_BASIC", "2026-01-01", "2027-12-31");
    expect(await outcome(claimYoung())).toMatchObject({ code: "FORBIDDEN" });
    await vet(w, w.mentor.id, "DBS_ENHANCED_BARRED", "2023-01-01", "2026-11-23");
    expect(await outcome(claimYoung())).toMatchObject({ code: "FORBIDDEN" });
    await vet(w, w.mentor.id, "DBS_ENHANCED_BARRED", "2026-11-25", "2029-11-25");
    expect(await outcome(claimYoung())).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await tdb.db.helpRequest.findUniqueOrThrow({
        where: { id: youngRequest.id },
        select: { status: true },
      }),
    ).toEqual({ status: "WAITING" });

    // In date today (expiring today counts): allowed, and the queue says so.
    await vet(w, w.mentor.id, "DBS_ENHANCED_BARRED", "2024-02-01", "2026-11-24");
    const vetted = await mentor.help.queue({ eventId: w.event.id });
    expect(vetted.vettedToday).toBe(true);
    expect(vetted.requests.find((r) => r.id === youngRequest.id)).toMatchObject({
      needsVettedAdult: true,
      canClaim: true,
    });
    expect(await outcome(claimYoung())).toBe("ok");
  });

  it("the centre lead and organisers may claim a young team's request without a vetting record", async () => {
    const w = await setup();
    const [young, young2] = [
      await w.team("Young Ones", { young: true }),
      await w.team("Youngsters", { young: true }),
    ];
    const first = await raise(w, young);
    const second = await raise(w, young2, minutes(1));
    const leadQueue = await as(w.lead, minutes(2)).help.queue({ eventId: w.event.id });
    expect(leadQueue.requests.every((r) => r.needsVettedAdult && r.canClaim)).toBe(true);
    expect(await outcome(as(w.lead).help.claim({ eventId: w.event.id, requestId: first.id }))).toBe("ok");
    expect(await outcome(as(w.organiser).help.claim({ eventId: w.event.id, requestId: second.id }))).toBe(
      "ok",
    );
  });
});

// Races only mean something with several real connections; on PGlite these report skipped.
describe.skipIf(!onRealPostgres)("races (real PostgreSQL)", () => {
  it("two mentors claiming at once: exactly one wins, the other is told who has it", async () => {
    const w = await setup();
    const kites = await w.team("Kites");
    const { id } = await raise(w, kites);
    const outcomes = await Promise.all(
      [w.mentor, w.mentor2].map((m) =>
        outcome(as(m, minutes(1)).help.claim({ eventId: w.event.id, requestId: id })),
      ),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    const lost = outcomes.find((o) => o !== "ok");
    expect(lost).toMatchObject({ code: "CONFLICT" });
    expect(lost?.message).toMatch(/^(Sam M\.|Ada H\.) has already claimed this request\.$/);
    const row = await tdb.db.helpRequest.findUniqueOrThrow({ where: { id }, select: { claimedById: true } });
    const winner = outcomes[0] === "ok" ? w.mentor : w.mentor2;
    expect(row.claimedById).toBe(winner.id);
    expect(await tdb.db.auditLog.count({ where: { entityId: id, action: "help.claim" } })).toBe(1);
  });

  it("two members raising at once make one request; the other is told the team already has one", async () => {
    const w = await setup();
    const kites = await w.team("Kites", { young: true });
    const member = kites.member;
    if (!member) throw new Error("no member");
    const outcomes = await Promise.all(
      [kites.captain, member, kites.captain].map((person) =>
        outcome(as(person).help.raise({ eventId: w.event.id, teamId: kites.id, ...ask })),
      ),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    for (const o of outcomes.filter((o) => o !== "ok")) {
      expect(o).toMatchObject({ code: "CONFLICT", message: ALREADY_OPEN });
    }
    expect(await tdb.db.helpRequest.count({ where: { teamId: kites.id } })).toBe(1);
  });

  it("a mentor resolving while the team cancels: exactly one of them wins", async () => {
    const w = await setup();
    const kites = await w.team("Kites");
    const { id } = await raise(w, kites);
    await as(w.mentor).help.claim({ eventId: w.event.id, requestId: id });
    const outcomes = await Promise.all([
      outcome(as(w.mentor, minutes(1)).help.resolve({ eventId: w.event.id, requestId: id })),
      outcome(
        as(kites.captain, minutes(1)).help.cancel({ eventId: w.event.id, teamId: kites.id, requestId: id }),
      ),
    ]);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.find((o) => o !== "ok")).toMatchObject({ code: "CONFLICT" });
  });
});
