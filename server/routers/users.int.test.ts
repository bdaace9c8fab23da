import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeJudgingWorld } from "../test/judging-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";
import { now, usersAuthorization, usersWorld } from "./users.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describeAuthorization(usersAuthorization, { db: () => tdb.db, world: usersWorld, now });

describe("users.updateProfile", () => {
  it("changes only the caller's own name and alias", async () => {
    const [me, other] = await Promise.all([
      makeUser(tdb.db, { name: "Old" }),
      makeUser(tdb.db, { name: "Other" }),
    ]);
    await callerFor(tdb.db, me, now).users.updateProfile({ name: "  Ada Lovelace ", alias: "countess" });
    expect(await callerFor(tdb.db, me, now).users.me()).toEqual({
      email: me.email,
      name: "Ada Lovelace",
      alias: "countess",
    });
    expect(
      (await tdb.db.user.findUniqueOrThrow({ where: { id: other.id }, select: { name: true } })).name,
    ).toBe("Other");
    await callerFor(tdb.db, me, now).users.updateProfile({ name: "Ada Lovelace", alias: "" });
    expect((await callerFor(tdb.db, me, now).users.me()).alias).toBeNull();
  });

  it.each([
    [{ name: "", alias: "" }, "name"],
    [{ name: "Ada", alias: "<script>" }, "alias"],
    [{ name: "x".repeat(81), alias: "" }, "name"],
  ])("refuses %j with an error on %s", async (input, field) => {
    const me = await makeUser(tdb.db);
    const error = await callerFor(tdb.db, me, now)
      .users.updateProfile(input)
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TRPCError);
    const issues = ((error as TRPCError).cause as { issues?: { path: unknown[] }[] }).issues ?? [];
    expect(issues.map((i) => i.path[0])).toContain(field);
  });
});

describe("users.home and users.nav", () => {
  it("shows each person only their own events, team, project, roles and next step", async () => {
    const event = await makeEvent(tdb.db, { now });
    const draft = await makeEvent(tdb.db, { now, status: "DRAFT" });
    const [me, teammate, stranger] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id }),
    ]);
    await makeParticipant(tdb.db, { eventId: draft.id });
    const team = await makeTeam(tdb.db, {
      eventId: event.id,
      captain: me,
      members: [teammate],
      name: "Owls",
    });
    await tdb.db.submission.create({
      data: { eventId: event.id, teamId: team.id, title: "Bus times", status: "DRAFT" },
    });

    const home = await callerFor(tdb.db, me, now).users.home();
    expect(home.registrations).toHaveLength(1);
    expect(home.registrations[0]).toMatchObject({
      event: { id: event.id },
      status: "CONFIRMED",
      team: { name: "Owls" },
      project: { status: "DRAFT", title: "Bus times" },
    });
    expect(home.registrations[0]?.nextStep).not.toBeNull();
    // The block's words come in the asking page's language (English by default); a language the site
    // does not offer is refused.
    expect(home.words.YourHome.title).toBe("Yours");
    expect(home.words.NextStep.START_PROJECT).toBe("Start your team's project.");
    const welsh = await callerFor(tdb.db, me, now).users.home({ locale: "cy" });
    expect(welsh.words.YourHome.title).toBe("Eich pethau chi");
    expect(Object.keys(welsh.words).sort()).toEqual(
      ["Milestone", "NextStep", "Phase", "RegistrationStatus", "SubmissionStatus", "YourHome"].sort(),
    );
    expect(welsh.registrations).toEqual(home.registrations);
    await expect(callerFor(tdb.db, me, now).users.home({ locale: "fr" as "cy" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });

    // Someone without a team at the same event sees no one else's team or project.
    const theirs = await callerFor(tdb.db, stranger, now).users.home();
    expect(theirs.registrations[0]).toMatchObject({ team: null, project: null });
    expect(JSON.stringify(theirs)).not.toContain("Owls");
    expect(JSON.stringify(theirs)).not.toContain("Bus times");
  });

  it("lists a judge's or mentor's role with its dates, and offers Manage only to people with a role", async () => {
    const judge = await makeUser(tdb.db);
    const plain = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, { now, roles: [{ userId: judge.id, role: "JUDGE" }] });
    const home = await callerFor(tdb.db, judge, now).users.home();
    expect(home.roles).toEqual([
      expect.objectContaining({ role: "JUDGE", event: expect.objectContaining({ id: event.id }) as unknown }),
    ]);
    expect(await callerFor(tdb.db, judge, now).users.nav()).toEqual({
      manage: true,
      organisations: false,
      judges: false,
    });
    expect(await callerFor(tdb.db, plain, now).users.nav()).toEqual({
      manage: false,
      organisations: false,
      judges: false,
    });
    expect((await callerFor(tdb.db, plain, now).users.home()).roles).toEqual([]);
    // The header's one call: the same flags with who is signed in, and null for nobody.
    expect(await callerFor(tdb.db, judge, now).users.header()).toEqual({
      name: judge.name,
      email: judge.email,
      actingFor: null,
      nav: { manage: true, organisations: false, judges: false },
    });
    expect(await callerFor(tdb.db, null, now).users.header()).toBeNull();
  });

  it("offers Judging to people invited to a round, until they are removed from it", async () => {
    const { judges, round, as } = await makeJudgingWorld(tdb.db, { now, entries: 1, judges: 1 });
    const judge = judges[0];
    if (!judge) throw new Error("no judge");
    expect((await callerFor(tdb.db, judge, now).users.nav()).judges).toBe(true);
    await as.judging.removeJudge({ roundId: round.id, judgeId: judge.judgeId });
    expect((await callerFor(tdb.db, judge, now).users.nav()).judges).toBe(false);
  });

  it("shows a guardian the young people they consented for, by first name only", async () => {
    const guardian = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, { now });
    const young = await makeParticipant(tdb.db, {
      eventId: event.id,
      name: "Kit Minor",
      dateOfBirth: new Date("2012-03-01T00:00:00.000Z"),
    });
    await tdb.db.guardianConsent.create({
      data: {
        registrationId: young.registrationId,
        guardianEmail: guardian.email,
        tokenHash: `hash-${young.id}`,
        expiresAt: new Date(now.getTime() + 86_400_000),
        consentedAt: now,
        guardianName: "Pat Guardian",
        attend: true,
      },
    });
    const home = await callerFor(tdb.db, guardian, now).users.home();
    expect(home.guardianOf).toEqual([
      expect.objectContaining({ firstName: "Kit", event: expect.anything() as unknown }),
    ]);
    expect(JSON.stringify(home.guardianOf)).not.toContain("Minor");
    expect((await callerFor(tdb.db, young, now).users.home()).guardianOf).toEqual([]);
  });
});

describe("users.emailPreferences", () => {
  it("starts with every optional category on, and keeps exactly what the person turned off", async () => {
    const me = await makeUser(tdb.db);
    const caller = callerFor(tdb.db, me, now);
    const initial = await caller.users.emailPreferences();
    expect(initial.optional.map((c) => [c.category, c.on])).toEqual([
      ["TEAM", true],
      ["ANNOUNCEMENTS", true],
      ["CHALLENGES", true],
      ["PROMPTS", true],
    ]);
    expect(initial.always.map((c) => c.category)).toEqual(["ACCESS", "CONSENT"]);
    await caller.users.updateEmailPreferences({ turnedOff: ["CHALLENGES", "TEAM", "TEAM"] });
    const after = await caller.users.emailPreferences();
    expect(after.optional.map((c) => [c.category, c.on])).toEqual([
      ["TEAM", false],
      ["ANNOUNCEMENTS", true],
      ["CHALLENGES", false],
      ["PROMPTS", true],
    ]);
    await caller.users.updateEmailPreferences({ turnedOff: [] });
    expect((await caller.users.emailPreferences()).optional.every((c) => c.on)).toBe(true);
    const audit = await tdb.db.auditLog.findMany({
      where: { entityId: me.id, action: "user.email_preferences" },
      orderBy: { createdAt: "asc" },
      select: { data: true },
    });
    expect(audit.map((a) => a.data)).toEqual([{ turnedOff: ["TEAM", "CHALLENGES"] }, { turnedOff: [] }]);
  });

  it.each([[["ACCESS"]], [["CONSENT"]], [["SPAM"]], [["TEAM", "TEAM", "TEAM", "TEAM", "TEAM"]]])(
    "refuses to turn off %j: those are always sent, or not categories at all",
    async (turnedOff) => {
      const me = await makeUser(tdb.db);
      const caller = callerFor(tdb.db, me, now);
      const refused = await caller.users
        .updateEmailPreferences({ turnedOff: turnedOff as unknown as "TEAM"[] })
        .then(
          () => "ok",
          (e: unknown) => (e instanceof TRPCError ? e.code : "other"),
        );
      expect(refused).toBe("BAD_REQUEST");
      expect((await caller.users.emailPreferences()).optional.every((c) => c.on)).toBe(true);
    },
  );
});
