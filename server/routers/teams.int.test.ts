// What the teams procedures do (who may call them is covered by teams.authz.int.test.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { TRPCError } from "@trpc/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { createDb, type Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { callerFor } from "../test/callers.ts";
import { answerText } from "../test/leaks.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent } from "../test/factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

interface Failure {
  code: string;
  domainCode: string | null;
  message: string;
}

/** "ok", or the tRPC code, the domain code and the message a failed call carries. */
async function outcome(promise: Promise<unknown>): Promise<"ok" | Failure> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const domainCode = error.cause instanceof DomainError ? error.cause.code : null;
    return { code: error.code, domainCode, message: error.message };
  }
}

async function domainCodeOf(promise: Promise<unknown>): Promise<string> {
  const result = await outcome(promise);
  return result === "ok" ? "ok" : (result.domainCode ?? result.code);
}

const as = (user: SessionUser | null, at: Date = now) => callerFor(tdb.db, user, at);

async function newEvent(options: { teamMaxSize?: number; consentAge?: number } = {}) {
  const event = await makeEvent(tdb.db, { now });
  if (options.teamMaxSize || options.consentAge) {
    await tdb.db.event.update({
      where: { id: event.id },
      data: {
        ...(options.teamMaxSize ? { teamMaxSize: options.teamMaxSize } : {}),
        ...(options.consentAge ? { consentAge: options.consentAge } : {}),
      },
    });
  }
  return event;
}

const memberCount = (teamId: string) => tdb.db.teamMember.count({ where: { teamId } });

describe("teams.create", () => {
  it("makes the creator captain of a team at their centre, with an unguessable join code", async () => {
    const event = await newEvent();
    const centre = await tdb.db.centre.create({
      data: { eventId: event.id, name: "Leeds Library", capacity: 40 },
      select: { id: true },
    });
    const ada = await makeParticipant(tdb.db, { eventId: event.id, centreId: centre.id });
    const created = await as(ada).teams.create({
      eventId: event.id,
      name: "  Byte   Sized ",
      lookingForMembers: true,
      wantedSkills: "design, maps",
    });
    expect(created.name).toBe("Byte Sized");
    const team = await tdb.db.team.findUniqueOrThrow({
      where: { id: created.id },
      select: {
        centreId: true,
        joinCode: true,
        wantedSkills: true,
        members: { select: { userId: true, isCaptain: true } },
      },
    });
    expect(team.centreId).toBe(centre.id);
    expect(team.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{12}$/);
    expect(team.wantedSkills).toEqual(["design", "maps"]);
    expect(team.members).toEqual([{ userId: ada.id, isCaptain: true }]);
    const entry = await tdb.db.auditLog.findFirstOrThrow({
      where: { eventId: event.id, action: "team.create", entityId: created.id },
      select: { actorId: true },
    });
    expect(entry.actorId).toBe(ada.id);
  });

  it("refuses a name another team of the event has, in any case, but not one from another event", async () => {
    const event = await newEvent();
    const elsewhere = await newEvent();
    const [a, b, c] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: elsewhere.id }),
    ]);
    await as(a).teams.create({ eventId: event.id, name: "Team Rocket" });
    const clash = await outcome(as(b).teams.create({ eventId: event.id, name: " team  ROCKET" }));
    expect(clash).toMatchObject({ code: "CONFLICT", domainCode: "CONFLICT" });
    expect(await outcome(as(c).teams.create({ eventId: elsewhere.id, name: "Team Rocket" }))).toBe("ok");
  });

  // Issue 7 (defect 2): "Data Dragons" plus a zero-width space was accepted beside "Data Dragons", and a
  // join request could go to an impostor. Look-alikes (invisible characters, other alphabets' letters,
  // digits for letters, full-width forms) are the same name.
  it.each([
    ["Data Dragons\u200B", "Data Dragons"],
    ["\u200BData\u00A0Dragons", "Data Dragons"],
    ["Data Dragons\u202E", "Data Dragons"],
    ["Data Drag0ns", "Data Drag0ns"],
    ["ＤＡＴＡ ＤＲＡＧＯＮＳ", "DATA DRAGONS"],
    ["Dat\u0430 Dr\u0430gons", null],
  ])('refuses %j beside an existing "Data Dragons"', async (name, storedAs) => {
    const event = await newEvent();
    const [a, b] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    await as(a).teams.create({ eventId: event.id, name: "Data Dragons" });
    const clash = await outcome(as(b).teams.create({ eventId: event.id, name }));
    if (storedAs === null) {
      // A word mixing alphabets is refused by the form's rules before any comparison.
      expect(clash).toMatchObject({ code: "BAD_REQUEST" });
    } else {
      expect(clash).toMatchObject({ code: "CONFLICT", domainCode: "CONFLICT" });
    }
    const names = await tdb.db.team.findMany({ where: { eventId: event.id }, select: { name: true } });
    expect(names).toEqual([{ name: "Data Dragons" }]);
  });

  it("stores a name without its invisible characters", async () => {
    const event = await newEvent();
    const a = await makeParticipant(tdb.db, { eventId: event.id });
    const created = await as(a).teams.create({
      eventId: event.id,
      name: "\u200BOwls\u00A0\u00A0Of\u2066 Leeds\u2069",
    });
    expect(created.name).toBe("Owls Of Leeds");
  });

  it("tells someone waiting for their guardian's consent why they can't", async () => {
    const event = await newEvent();
    const young = await makeParticipant(tdb.db, {
      eventId: event.id,
      status: "PENDING_CONSENT",
      dateOfBirth: new Date("2012-03-01T00:00:00.000Z"),
    });
    const result = await outcome(as(young).teams.create({ eventId: event.id, name: "Minecrafters" }));
    expect(result).toEqual({
      code: "FORBIDDEN",
      domainCode: "CONSENT_REQUIRED",
      message: "Your guardian needs to give consent before you can join or create a team",
    });
    expect(await tdb.db.team.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("refuses a second team to someone already in one", async () => {
    const event = await newEvent();
    const a = await makeParticipant(tdb.db, { eventId: event.id });
    await as(a).teams.create({ eventId: event.id, name: "First" });
    const result = await outcome(as(a).teams.create({ eventId: event.id, name: "Second" }));
    expect(result).toEqual({ code: "CONFLICT", domainCode: "CONFLICT", message: "You're already in a team" });
    expect(await tdb.db.team.count({ where: { eventId: event.id } })).toBe(1);
  });
});

describe("joining by code", () => {
  it("previews, then joins; a wrong code, a full team and a second team are refused clearly", async () => {
    const event = await newEvent({ teamMaxSize: 2 });
    const [captain, joiner, late, other] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    const team = await makeTeam(tdb.db, { eventId: event.id, captain, name: "Owls" });
    const otherTeam = await makeTeam(tdb.db, { eventId: event.id, captain: other });
    const code = team.joinCode
      .toLowerCase()
      .replace(/(.{4})/g, "$1-")
      .slice(0, -1);
    expect(await as(joiner).teams.byCode({ eventId: event.id, code })).toEqual({
      id: team.id,
      name: "Owls",
      memberCount: 1,
      maxSize: 2,
    });
    expect(await domainCodeOf(as(joiner).teams.joinByCode({ eventId: event.id, code: "ABCDEFGHJKMN" }))).toBe(
      "NOT_FOUND",
    );
    expect(await as(joiner).teams.joinByCode({ eventId: event.id, code })).toEqual({
      id: team.id,
      name: "Owls",
    });
    expect(await outcome(as(late).teams.joinByCode({ eventId: event.id, code: team.joinCode }))).toEqual({
      code: "CONFLICT",
      domainCode: "TEAM_FULL",
      message: "That team is full.",
    });
    expect(
      await outcome(as(joiner).teams.joinByCode({ eventId: event.id, code: otherTeam.joinCode })),
    ).toMatchObject({ domainCode: "CONFLICT", message: "You're already in a team" });
    expect(await memberCount(team.id)).toBe(2);
  });

  it("a code from another event does not open this event's team", async () => {
    const event = await newEvent();
    const elsewhere = await newEvent();
    const captain = await makeParticipant(tdb.db, { eventId: elsewhere.id });
    const team = await makeTeam(tdb.db, { eventId: elsewhere.id, captain });
    const joiner = await makeParticipant(tdb.db, { eventId: event.id });
    expect(await domainCodeOf(as(joiner).teams.joinByCode({ eventId: event.id, code: team.joinCode }))).toBe(
      "NOT_FOUND",
    );
  });

  it("rotating the code invalidates the old one", async () => {
    const event = await newEvent();
    const [captain, joiner] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    const team = await makeTeam(tdb.db, { eventId: event.id, captain });
    const { joinCode } = await as(captain).teams.rotateCode({ eventId: event.id, teamId: team.id });
    expect(joinCode).not.toBe(team.joinCode);
    expect(await domainCodeOf(as(joiner).teams.joinByCode({ eventId: event.id, code: team.joinCode }))).toBe(
      "NOT_FOUND",
    );
    expect(await outcome(as(joiner).teams.joinByCode({ eventId: event.id, code: joinCode }))).toBe("ok");
    const mine = await as(captain).teams.mine({ eventId: event.id });
    expect(mine.team?.joinCode).toBe(joinCode);
    // Members other than the captain never see the code.
    expect((await as(joiner).teams.mine({ eventId: event.id })).team?.joinCode).toBeNull();
  });
});

describe("the submission deadline (rule clock)", () => {
  it.each([
    ["one second before", "ok", -1000],
    ["at", "PHASE_CLOSED", 0],
    ["one second after", "PHASE_CLOSED", 1000],
  ])("joining, leaving and creating %s the deadline → %s", async (_when, expected, offset) => {
    const event = await newEvent();
    const { submissionDeadline } = await tdb.db.event.findUniqueOrThrow({
      where: { id: event.id },
      select: { submissionDeadline: true },
    });
    const at = new Date(submissionDeadline.getTime() + offset);
    const [captain, member, joiner, creator] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    const team = await makeTeam(tdb.db, { eventId: event.id, captain, members: [member] });
    expect(
      await domainCodeOf(as(joiner, at).teams.joinByCode({ eventId: event.id, code: team.joinCode })),
    ).toBe(expected);
    expect(await domainCodeOf(as(member, at).teams.leave({ eventId: event.id, teamId: team.id }))).toBe(
      expected,
    );
    expect(await domainCodeOf(as(creator, at).teams.create({ eventId: event.id, name: "Late" }))).toBe(
      expected,
    );
    const mine = await as(captain, at).teams.mine({ eventId: event.id });
    expect(mine.canChangeTeam).toBe(expected === "ok");
  });
});

describe("requests to join", () => {
  it("the captain sees a request without personal data and accepts it; the requester's other requests go", async () => {
    const event = await newEvent();
    const [captain, otherCaptain, requester] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, {
        eventId: event.id,
        name: "Grace Hopper",
        alias: "Amazing Grace",
        dateOfBirth: new Date("2011-06-01T00:00:00.000Z"),
        skills: ["cobol"],
      }),
    ]);
    const team = await makeTeam(tdb.db, { eventId: event.id, captain });
    const otherTeam = await makeTeam(tdb.db, { eventId: event.id, captain: otherCaptain });
    await as(requester).teams.requestToJoin({ eventId: event.id, teamId: team.id, message: "I know COBOL" });
    await as(requester).teams.requestToJoin({ eventId: event.id, teamId: otherTeam.id });
    const page = await as(captain).teams.mine({ eventId: event.id });
    const request = page.team?.requests[0];
    expect(request).toMatchObject({
      displayName: "Amazing Grace",
      message: "I know COBOL",
      skills: ["cobol"],
    });
    const json = answerText(page);
    for (const secret of [requester.email, "Grace Hopper", "2011", "dateOfBirth", "email"]) {
      expect(json).not.toContain(secret);
    }
    expect(
      (await as(requester).teams.mine({ eventId: event.id })).pendingRequests.map((r) => r.teamId).sort(),
    ).toEqual([team.id, otherTeam.id].sort());
    await as(captain).teams.acceptRequest({
      eventId: event.id,
      teamId: team.id,
      requestId: request?.id ?? "",
    });
    expect(await memberCount(team.id)).toBe(2);
    expect(await tdb.db.teamJoinRequest.count({ where: { userId: requester.id } })).toBe(0);
  });

  it("declining removes the request; accepting into a full team or someone without consent is refused", async () => {
    const event = await newEvent({ teamMaxSize: 2 });
    const [captain, a, b, c] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    const team = await makeTeam(tdb.db, { eventId: event.id, captain });
    for (const p of [a, b, c]) await as(p).teams.requestToJoin({ eventId: event.id, teamId: team.id });
    const requestOf = async (userId: string) =>
      (
        await tdb.db.teamJoinRequest.findFirstOrThrow({
          where: { userId, teamId: team.id },
          select: { id: true },
        })
      ).id;
    const ids = { a: await requestOf(a.id), b: await requestOf(b.id), c: await requestOf(c.id) };
    // c's guardian withdrew consent meanwhile.
    await tdb.db.registration.update({
      where: { id: c.registrationId },
      data: { status: "PENDING_CONSENT" },
    });
    const captainCalls = as(captain).teams;
    const base = { eventId: event.id, teamId: team.id };
    expect(await domainCodeOf(captainCalls.acceptRequest({ ...base, requestId: ids.c }))).toBe(
      "CONSENT_REQUIRED",
    );
    await captainCalls.declineRequest({ ...base, requestId: ids.a });
    expect(await domainCodeOf(captainCalls.acceptRequest({ ...base, requestId: ids.a }))).toBe("NOT_FOUND");
    await captainCalls.acceptRequest({ ...base, requestId: ids.b });
    await tdb.db.registration.update({ where: { id: c.registrationId }, data: { status: "CONFIRMED" } });
    expect(await domainCodeOf(captainCalls.acceptRequest({ ...base, requestId: ids.c }))).toBe("TEAM_FULL");
    expect(await memberCount(team.id)).toBe(2);
  });

  it("someone in a team cannot ask to join another; a request to another event's team is a 404", async () => {
    const event = await newEvent();
    const elsewhere = await newEvent();
    const [captain, other] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: elsewhere.id }),
    ]);
    const team = await makeTeam(tdb.db, { eventId: event.id, captain });
    const foreign = await makeTeam(tdb.db, { eventId: elsewhere.id, captain: other });
    const free = await makeParticipant(tdb.db, { eventId: event.id });
    expect(
      await domainCodeOf(as(captain).teams.requestToJoin({ eventId: event.id, teamId: foreign.id })),
    ).toBe("CONFLICT");
    expect(await domainCodeOf(as(free).teams.requestToJoin({ eventId: event.id, teamId: foreign.id }))).toBe(
      "NOT_FOUND",
    );
    await as(free).teams.requestToJoin({ eventId: event.id, teamId: team.id });
    await as(free).teams.cancelRequest({ eventId: event.id, teamId: team.id });
    expect(await tdb.db.teamJoinRequest.count({ where: { userId: free.id } })).toBe(0);
  });
});

describe("team procedures are scoped to the event's teams", () => {
  it("another event's team is a 404, even to its own captain calling through this event", async () => {
    const event = await newEvent();
    const elsewhere = await newEvent();
    const captain = await makeParticipant(tdb.db, { eventId: elsewhere.id });
    await tdb.db.registration.create({
      data: {
        eventId: event.id,
        userId: captain.id,
        experience: "NEW",
        skills: [],
        dateOfBirth: new Date("1990-01-01T00:00:00.000Z"),
        status: "CONFIRMED",
        codeOfConductVersion: "2026-1",
        codeOfConductAt: now,
      },
    });
    const foreign = await makeTeam(tdb.db, { eventId: elsewhere.id, captain });
    const calls = as(captain).teams;
    const base = { eventId: event.id, teamId: foreign.id };
    const results = await Promise.all([
      domainCodeOf(calls.leave(base)),
      domainCodeOf(calls.rotateCode(base)),
      domainCodeOf(calls.update({ ...base, lookingForMembers: true, wantedSkills: [] })),
      domainCodeOf(calls.handOver({ ...base, userId: captain.id })),
      domainCodeOf(calls.removeMember({ ...base, userId: captain.id })),
      domainCodeOf(calls.acceptRequest({ ...base, requestId: "x" })),
      domainCodeOf(calls.declineRequest({ ...base, requestId: "x" })),
    ]);
    expect(results).toEqual(Array(7).fill("NOT_FOUND"));
    expect(await memberCount(foreign.id)).toBe(1);
  });
});

describe("leaving, handing over and removing", () => {
  it("a captain hands over before leaving; the last member's leaving deletes the team", async () => {
    const event = await newEvent();
    const [captain, member] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    const team = await makeTeam(tdb.db, { eventId: event.id, captain, members: [member] });
    const base = { eventId: event.id, teamId: team.id };
    expect(await outcome(as(captain).teams.leave(base))).toMatchObject({
      domainCode: "CONFLICT",
      message: "Make someone else captain before you leave the team.",
    });
    await as(captain).teams.handOver({ ...base, userId: member.id });
    // The old captain's tools are gone at once.
    expect(await domainCodeOf(as(captain).teams.rotateCode(base))).toBe("FORBIDDEN");
    expect(await as(captain).teams.leave(base)).toEqual({ teamDeleted: false });
    expect(await as(member).teams.leave(base)).toEqual({ teamDeleted: true });
    expect(await tdb.db.team.count({ where: { id: team.id } })).toBe(0);
  });

  it("the captain removes a member but not themselves", async () => {
    const event = await newEvent();
    const [captain, member] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    const team = await makeTeam(tdb.db, { eventId: event.id, captain, members: [member] });
    const base = { eventId: event.id, teamId: team.id };
    expect(await domainCodeOf(as(captain).teams.removeMember({ ...base, userId: captain.id }))).toBe(
      "INVALID_INPUT",
    );
    await as(captain).teams.removeMember({ ...base, userId: member.id });
    expect(await domainCodeOf(as(captain).teams.removeMember({ ...base, userId: member.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await memberCount(team.id)).toBe(1);
  });
});

/** The emails of a kind sent to `to`, oldest first. */
const mailsTo = (to: string, kind: string) =>
  tdb.db.outboxEmail.findMany({
    where: { to, kind },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { subject: true, text: true, link: true },
  });

describe("team changes reach the people they change, by email", () => {
  it("a new request reaches the captain once, naming a young requester by nickname only", async () => {
    const event = await newEvent();
    const captain = await makeParticipant(tdb.db, { eventId: event.id, name: "Amira Haddad" });
    const young = await makeParticipant(tdb.db, {
      eventId: event.id,
      name: "Jess Okoro",
      alias: "PixelFox",
      dateOfBirth: new Date("2011-03-01T00:00:00.000Z"),
    });
    const team = await makeTeam(tdb.db, { eventId: event.id, captain, name: "Data Dragons" });
    await as(young).teams.requestToJoin({ eventId: event.id, teamId: team.id, message: "I like maps" });
    // Editing the note of a pending request is not news.
    await as(young).teams.requestToJoin({ eventId: event.id, teamId: team.id, message: "And data" });
    const mails = await mailsTo(captain.email, "team-join-request");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("PixelFox asked to join Data Dragons");
    expect(mails[0]?.text).toContain("Hello Amira,");
    expect(mails[0]?.link).toMatch(new RegExp(`/events/${event.slug}/team$`));
    // No private messages: the note stays on the team page, and a young person's name stays private.
    expect(mails[0]?.text).not.toMatch(/I like maps|And data|Jess|Okoro/);
  });

  it("the person who asked hears whether they were let in", async () => {
    const event = await newEvent();
    const [captain, accepted, declined] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id, name: "Amira Haddad" }),
      makeParticipant(tdb.db, { eventId: event.id, name: "Tom Whitfield" }),
      makeParticipant(tdb.db, { eventId: event.id, name: "Priya Raman" }),
    ]);
    const team = await makeTeam(tdb.db, { eventId: event.id, captain, name: "Data Dragons" });
    const base = { eventId: event.id, teamId: team.id };
    await as(accepted).teams.requestToJoin({ ...base, message: "" });
    await as(declined).teams.requestToJoin({ ...base, message: "" });
    const requests = (await as(captain).teams.mine({ eventId: event.id })).team?.requests ?? [];
    const idOf = (name: string) => requests.find((r) => r.displayName === name)?.id ?? "";
    await as(captain).teams.acceptRequest({ ...base, requestId: idOf("Tom Whitfield") });
    await as(captain).teams.declineRequest({ ...base, requestId: idOf("Priya Raman") });
    const [yes] = await mailsTo(accepted.email, "team-join-accepted");
    expect(yes).toMatchObject({ subject: "You're in Data Dragons" });
    expect(yes?.text).toContain("Hello Tom,");
    expect(yes?.link).toMatch(new RegExp(`/events/${event.slug}/team$`));
    const [no] = await mailsTo(declined.email, "team-join-declined");
    expect(no).toMatchObject({ subject: "Your request to join Data Dragons was declined" });
    expect(no?.text).toContain("Hello Priya,");
    expect(no?.link).toMatch(new RegExp(`/events/${event.slug}/teams$`));
    // Each hears only their own answer.
    expect(await mailsTo(accepted.email, "team-join-declined")).toEqual([]);
    expect(await mailsTo(declined.email, "team-join-accepted")).toEqual([]);
  });

  it("a member made captain, and a member removed, are told; a refused change sends nothing", async () => {
    const event = await newEvent();
    const [captain, next, removed] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id, name: "Amira Haddad" }),
      makeParticipant(tdb.db, { eventId: event.id, name: "Tom Whitfield" }),
      makeParticipant(tdb.db, { eventId: event.id, name: "Gareth Lloyd" }),
    ]);
    const team = await makeTeam(tdb.db, {
      eventId: event.id,
      captain,
      members: [next, removed],
      name: "Data Dragons",
    });
    const base = { eventId: event.id, teamId: team.id };
    await as(captain).teams.handOver({ ...base, userId: next.id });
    const [made] = await mailsTo(next.email, "team-captain");
    expect(made?.subject).toBe("You're now the captain of Data Dragons");
    expect(made?.text).toContain("Amira Haddad made you the captain");
    // The old captain can no longer remove anyone: nothing happens, nobody is emailed.
    expect(await domainCodeOf(as(captain).teams.removeMember({ ...base, userId: removed.id }))).toBe(
      "FORBIDDEN",
    );
    expect(await mailsTo(removed.email, "team-member-removed")).toEqual([]);
    await as(next).teams.removeMember({ ...base, userId: removed.id });
    const [gone] = await mailsTo(removed.email, "team-member-removed");
    expect(gone?.subject).toBe("You were removed from Data Dragons");
    expect(gone?.text).toContain("Hello Gareth,");
  });

  it("the captain hears when someone joins with the code (once, however often it is pressed) or leaves", async () => {
    const event = await newEvent();
    const [captain, joiner] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id, name: "Amira Haddad" }),
      makeParticipant(tdb.db, { eventId: event.id, name: "Tom Whitfield" }),
    ]);
    const team = await makeTeam(tdb.db, { eventId: event.id, captain, name: "Data Dragons" });
    const code = (await as(captain).teams.mine({ eventId: event.id })).team?.joinCode ?? "";
    await Promise.all([
      as(joiner).teams.joinByCode({ eventId: event.id, code }),
      as(joiner).teams.joinByCode({ eventId: event.id, code }),
    ]);
    const joined = await mailsTo(captain.email, "team-member-joined");
    expect(joined).toHaveLength(1);
    expect(joined[0]?.subject).toBe("Tom Whitfield joined Data Dragons");
    expect(joined[0]?.text).toContain("Hello Amira,");
    await as(joiner).teams.leave({ eventId: event.id, teamId: team.id });
    const [left] = await mailsTo(captain.email, "team-member-left");
    expect(left?.subject).toBe("Tom Whitfield left Data Dragons");
    expect(await mailsTo(joiner.email, "team-member-left")).toEqual([]);
  });

  it("someone who turned team emails off gets none, and sees the news on the team page", async () => {
    const event = await newEvent();
    const [captain, asker] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id, name: "Amira Haddad" }),
      makeParticipant(tdb.db, { eventId: event.id, name: "Tom Whitfield" }),
    ]);
    await as(captain).users.updateEmailPreferences({ turnedOff: ["TEAM"] });
    const team = await makeTeam(tdb.db, { eventId: event.id, captain, name: "Data Dragons" });
    await as(asker).teams.requestToJoin({ eventId: event.id, teamId: team.id, message: "" });
    expect(await mailsTo(captain.email, "team-join-request")).toEqual([]);
    const page = await as(captain).teams.mine({ eventId: event.id });
    expect(page.team?.requests.map((r) => r.displayName)).toEqual(["Tom Whitfield"]);
  });
});

describe("the team finder", () => {
  it("lists teams with room and people looking, young people by alias only, never emails or birthdays", async () => {
    const event = await newEvent({ teamMaxSize: 2 });
    const viewer = await makeParticipant(tdb.db, { eventId: event.id });
    const adult = await makeParticipant(tdb.db, {
      eventId: event.id,
      name: "Ada Lovelace",
      alias: "Countess",
      lookingForTeam: true,
      teamFinderNote: "Maths",
      skills: ["analysis"],
    });
    const young = await makeParticipant(tdb.db, {
      eventId: event.id,
      name: "Tim Young",
      alias: "Pixel",
      dateOfBirth: new Date("2012-02-02T00:00:00.000Z"),
      lookingForTeam: true,
    });
    const youngNoAlias = await makeParticipant(tdb.db, {
      eventId: event.id,
      name: "Sam Smith",
      dateOfBirth: new Date("2013-02-02T00:00:00.000Z"),
      lookingForTeam: true,
    });
    await makeParticipant(tdb.db, { eventId: event.id, name: "Not Listed" });
    await makeParticipant(tdb.db, {
      eventId: event.id,
      name: "Pending Person",
      status: "PENDING_CONSENT",
      lookingForTeam: true,
    });
    const inTeam = await makeParticipant(tdb.db, {
      eventId: event.id,
      name: "In Team",
      lookingForTeam: true,
    });
    const open = await makeTeam(tdb.db, {
      eventId: event.id,
      captain: inTeam,
      name: "Open",
      lookingForMembers: true,
      wantedSkills: ["design"],
    });
    const fullCaptain = await makeParticipant(tdb.db, { eventId: event.id });
    const fullMember = await makeParticipant(tdb.db, { eventId: event.id });
    await makeTeam(tdb.db, {
      eventId: event.id,
      captain: fullCaptain,
      members: [fullMember],
      name: "Full",
      lookingForMembers: true,
    });
    await makeTeam(tdb.db, {
      eventId: event.id,
      captain: await makeParticipant(tdb.db, { eventId: event.id }),
    });

    const finder = await as(viewer).teams.finder({ eventId: event.id });
    expect(finder.teams.map((t) => t.name)).toEqual(["Open"]);
    expect(finder.teams[0]).toMatchObject({
      id: open.id,
      memberCount: 1,
      maxSize: 2,
      wantedSkills: ["design"],
    });
    expect(finder.people.map((p) => p.displayName).sort()).toEqual([
      "A participant",
      "Ada Lovelace",
      "Pixel",
    ]);
    expect(finder.people.find((p) => p.displayName === "Ada Lovelace")).toMatchObject({
      note: "Maths",
      skills: ["analysis"],
      experience: "SOME",
    });
    const json = answerText(finder);
    for (const secret of [
      "Tim Young",
      "Sam Smith",
      "Not Listed",
      "Pending Person",
      "In Team",
      adult.email,
      young.email,
      youngNoAlias.email,
      "@",
      "dateOfBirth",
      "2012",
      "1990",
    ]) {
      expect(json).not.toContain(secret);
    }
  });

  it("setLookingForTeam changes only the caller's own registration; opting out works even when closed", async () => {
    const event = await newEvent();
    const [me, someoneElse] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    expect(
      await as(me).teams.setLookingForTeam({
        eventId: event.id,
        lookingForTeam: true,
        note: "  I like maps ",
      }),
    ).toEqual({ lookingForTeam: true, note: "I like maps" });
    const read = (id: string) =>
      tdb.db.registration.findUniqueOrThrow({
        where: { id },
        select: { lookingForTeam: true, teamFinderNote: true },
      });
    expect(await read(me.registrationId)).toEqual({ lookingForTeam: true, teamFinderNote: "I like maps" });
    expect(await read(someoneElse.registrationId)).toEqual({ lookingForTeam: false, teamFinderNote: "" });
    const afterDeadline = new Date("2027-01-01T00:00:00.000Z");
    await as(me, afterDeadline).teams.setLookingForTeam({ eventId: event.id, lookingForTeam: false });
    expect(await read(me.registrationId)).toEqual({ lookingForTeam: false, teamFinderNote: "" });
    expect(
      await domainCodeOf(
        as(me, afterDeadline).teams.setLookingForTeam({ eventId: event.id, lookingForTeam: true }),
      ),
    ).toBe("PHASE_CLOSED");
  });

  it("someone waiting for consent cannot list themselves", async () => {
    const event = await newEvent();
    const young = await makeParticipant(tdb.db, { eventId: event.id, status: "PENDING_CONSENT" });
    expect(
      await domainCodeOf(as(young).teams.setLookingForTeam({ eventId: event.id, lookingForTeam: true })),
    ).toBe("CONSENT_REQUIRED");
  });

  it("shows the caller's own centre by default, another centre or all centres on request", async () => {
    const event = await makeEvent(tdb.db, { now });
    const [leeds, york] = await Promise.all(
      ["Leeds", "York"].map((name) =>
        tdb.db.centre.create({ data: { eventId: event.id, name, capacity: 50 }, select: { id: true } }),
      ),
    );
    if (!leeds || !york) throw new Error("no centres");
    const viewer = await makeParticipant(tdb.db, { eventId: event.id, centreId: leeds.id });
    for (const [centre, name] of [
      [leeds, "Leeds Lions"],
      [york, "York Yaks"],
    ] as const) {
      const captain = await makeParticipant(tdb.db, { eventId: event.id, centreId: centre.id });
      const team = await makeTeam(tdb.db, { eventId: event.id, captain, name, lookingForMembers: true });
      await tdb.db.team.update({
        where: { id: team.id },
        data: { centreId: centre.id },
        select: { id: true },
      });
      await makeParticipant(tdb.db, {
        eventId: event.id,
        centreId: centre.id,
        name: `Solo ${name}`,
        lookingForTeam: true,
      });
    }
    const names = (f: { teams: { name: string }[]; people: { displayName: string }[] }) => [
      f.teams.map((t) => t.name),
      f.people.map((p) => p.displayName),
    ];
    const mine = await as(viewer).teams.finder({ eventId: event.id });
    expect(mine).toMatchObject({ centreId: leeds.id, myCentreId: leeds.id });
    expect(names(mine)).toEqual([["Leeds Lions"], ["Solo Leeds Lions"]]);
    expect(names(await as(viewer).teams.finder({ eventId: event.id, centre: york.id }))).toEqual([
      ["York Yaks"],
      ["Solo York Yaks"],
    ]);
    const all = await as(viewer).teams.finder({ eventId: event.id, centre: "all" });
    expect(all.centreId).toBeNull();
    expect(names(all)[0]).toEqual(["Leeds Lions", "York Yaks"]);
    // Another event's centre is not a filter: the caller's own centre is shown instead.
    const other = await makeEvent(tdb.db, { now });
    const foreign = await tdb.db.centre.create({
      data: { eventId: other.id, name: "Elsewhere", capacity: 5 },
      select: { id: true },
    });
    expect((await as(viewer).teams.finder({ eventId: event.id, centre: foreign.id })).centreId).toBe(
      leeds.id,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Races. They only mean something with several real connections, so they run on PostgreSQL only. Each
// caller gets a client of its own (one connection each). To make the requests really overlap, a third
// connection first holds the lock they will need; the test waits until both are queued behind it, then
// lets go, so both are in flight at once every time rather than by luck of timing.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function overlapping<T>(
  lock: { sql: string; values: unknown[] },
  calls: (dbs: [Db, Db]) => [Promise<T>, Promise<T>],
): Promise<T[]> {
  const dbs: [Db, Db] = [createDb(tdb.url, { poolMax: 1 }), createDb(tdb.url, { poolMax: 1 })];
  const blocker = new pg.Client({ connectionString: tdb.url });
  // Watched from a connection of its own: inside the blocker's transaction pg_stat_activity is a
  // snapshot taken at its first read, and would never show the requests arriving.
  const watcher = new pg.Client({ connectionString: tdb.url });
  await Promise.all([blocker.connect(), watcher.connect()]);
  try {
    await blocker.query("BEGIN");
    await blocker.query(lock.sql, lock.values);
    const running = calls(dbs);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const { rows } = await watcher.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if ((rows[0]?.waiting ?? 0) >= 2) break;
      if (Date.now() > deadline) throw new Error("The two requests never waited on the lock together");
      await sleep(10);
    }
    await blocker.query("COMMIT");
    return await Promise.all(running);
  } finally {
    await Promise.all([blocker.end(), watcher.end()]);
    await Promise.all(dbs.map((db) => db.$disconnect()));
  }
}

const lockTeams = (...teamIds: string[]) => ({
  sql: `SELECT id FROM "Team" WHERE id = ANY($1) FOR UPDATE`,
  values: [teamIds],
});

async function lastPlaceRace() {
  const event = await newEvent({ teamMaxSize: 2 });
  const [captain, x, y] = await Promise.all([
    makeParticipant(tdb.db, { eventId: event.id }),
    makeParticipant(tdb.db, { eventId: event.id }),
    makeParticipant(tdb.db, { eventId: event.id }),
  ]);
  const team = await makeTeam(tdb.db, { eventId: event.id, captain });
  const results = await overlapping(lockTeams(team.id), ([dbX, dbY]) => [
    domainCodeOf(callerFor(dbX, x, now).teams.joinByCode({ eventId: event.id, code: team.joinCode })),
    domainCodeOf(callerFor(dbY, y, now).teams.joinByCode({ eventId: event.id, code: team.joinCode })),
  ]);
  return { results: results.sort(), members: await memberCount(team.id) };
}

/** The size trigger's function as the migration defines it. */
function guardFunctionSql(): string {
  const dir = path.join(process.cwd(), "prisma/migrations");
  const sql = readFileSync(path.join(dir, "20261124005839_core_loop/migration.sql"), "utf8");
  const match = /CREATE OR REPLACE FUNCTION "team_member_guard"\(\)[\s\S]*?\$\$;/.exec(sql);
  if (!match) throw new Error("team_member_guard not found in the migration");
  return match[0];
}

describe("races (real PostgreSQL)", () => {
  it.runIf(onRealPostgres)(
    "two people taking the last place at once: one gets in, the other TEAM_FULL",
    async () => {
      const { results, members } = await lastPlaceRace();
      expect(results).toEqual(["TEAM_FULL", "ok"]);
      expect(members).toBe(2);
    },
  );

  it.runIf(onRealPostgres)(
    "the race test catches a size check without the row lock (the migration's trigger minus FOR UPDATE)",
    async () => {
      const original = guardFunctionSql();
      const unlocked = original.replace(/\s+FOR UPDATE OF t;/, ";");
      expect(unlocked).not.toBe(original);
      await tdb.db.$executeRawUnsafe(unlocked);
      try {
        const { results, members } = await lastPlaceRace();
        // Both counted one member before either inserted: the team is overfilled. The real trigger's
        // lock is what makes the test above pass, and this shows the test would notice its absence.
        expect(results).toEqual(["ok", "ok"]);
        expect(members).toBe(3);
      } finally {
        await tdb.db.$executeRawUnsafe(original);
      }
    },
  );

  it.runIf(onRealPostgres)("two teams created with look-alike names at once: one CONFLICT", async () => {
    const event = await newEvent();
    const [a, b] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    // Holding the event row makes each creation wait at its team insert (the foreign key check),
    // after its name check: without the lock on the event's team names both checks find nothing and
    // both teams are created (checked by taking that lock out: this test then fails with two teams).
    // Look-alikes differ byte for byte, so a lock on the name itself would not serialise them.
    const results = await overlapping(
      { sql: `SELECT id FROM "Event" WHERE id = $1 FOR UPDATE`, values: [event.id] },
      ([dbA, dbB]) => [
        domainCodeOf(callerFor(dbA, a, now).teams.create({ eventId: event.id, name: "Robots" })),
        domainCodeOf(callerFor(dbB, b, now).teams.create({ eventId: event.id, name: "R0BOTS\u200B" })),
      ],
    );
    expect(results.sort()).toEqual(["CONFLICT", "ok"]);
    expect(await tdb.db.team.count({ where: { eventId: event.id } })).toBe(1);
  });

  it.runIf(onRealPostgres)(
    "one person joining two teams at once ends up in one: CONFLICT for the other",
    async () => {
      const event = await newEvent();
      const [c1, c2, person] = await Promise.all([
        makeParticipant(tdb.db, { eventId: event.id }),
        makeParticipant(tdb.db, { eventId: event.id }),
        makeParticipant(tdb.db, { eventId: event.id }),
      ]);
      const [t1, t2] = [
        await makeTeam(tdb.db, { eventId: event.id, captain: c1 }),
        await makeTeam(tdb.db, { eventId: event.id, captain: c2 }),
      ];
      const results = await overlapping(lockTeams(t1.id, t2.id), ([db1, db2]) => [
        domainCodeOf(callerFor(db1, person, now).teams.joinByCode({ eventId: event.id, code: t1.joinCode })),
        domainCodeOf(callerFor(db2, person, now).teams.joinByCode({ eventId: event.id, code: t2.joinCode })),
      ]);
      expect(results.sort()).toEqual(["CONFLICT", "ok"]);
      expect(await tdb.db.teamMember.count({ where: { eventId: event.id, userId: person.id } })).toBe(1);
    },
  );
});
