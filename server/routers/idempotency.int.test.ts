// The same mutation arriving twice — a double click, Enter pressed twice, a retry — has one effect:
// one row, one email, and no false refusal. Each case runs back to back (everywhere) and at the same
// moment (real PostgreSQL only: on PGlite's single connection "at once" would prove nothing).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { codeOf } from "../test/outcome.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser, timelineAround } from "../test/factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { makeCentre, makeRegistration, registrationFor } from "../test/registration-factories.ts";
import { makePublishedChallenge, tinyPngBase64 } from "../test/submission-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";
import { hashInviteToken } from "../organisations/commands.ts";
import { details as challengeDetails } from "./challenges.authz.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
const day = 86_400_000;
/** Hacking has started in an event made with timelineAround(now). */
const hacking = new Date(now.getTime() + 8 * day);

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

type Mode = "back to back" | "at the same moment";
const modes: Mode[] = ["back to back", "at the same moment"];

/** Runs `fire` twice, one after the other or at once, and returns each outcome ("ok" or a code). */
async function twice(mode: Mode, fire: () => Promise<unknown>): Promise<string[]> {
  if (mode === "back to back") return [await codeOf(fire()), await codeOf(fire())];
  return Promise.all([codeOf(fire()), codeOf(fire())]);
}

const runs = (mode: Mode) => mode === "back to back" || onRealPostgres;

function outboxCount(to: string, kind?: string) {
  return tdb.db.outboxEmail.count({ where: { to, ...(kind ? { kind } : {}) } });
}

const key = () => randomUUID().replaceAll("-", "");

describe.each(modes)("%s", (mode) => {
  describe("projects", () => {
    async function team() {
      const event = await makeEvent(tdb.db, { now });
      const challenge = await makePublishedChallenge(tdb.db, { eventId: event.id });
      const captain = await makeParticipant(tdb.db, { eventId: event.id });
      const made = await makeTeam(tdb.db, { eventId: event.id, captain });
      const content = {
        title: "Bus Buddy",
        tagline: "Never miss the bus",
        description: "Live bus times read aloud for people who find timetables hard.",
        repositoryUrl: "https://example.org/repo",
        demoUrl: "",
        videoUrl: "",
        technologies: ["TypeScript"],
        challengeIds: [challenge.id],
      };
      const as = callerFor(tdb.db, captain, hacking).submissions;
      return { as, scope: { eventId: event.id, teamId: made.id }, content };
    }

    it.runIf(runs(mode))("Save creates one project and reports no false conflict", async () => {
      const { as, scope, content } = await team();
      const outcomes = await twice(mode, () => as.save({ ...scope, expectedVersion: 0, ...content }));
      expect(outcomes).toEqual(["ok", "ok"]);
      const saved = await tdb.db.submission.findMany({
        where: { teamId: scope.teamId },
        select: { version: true },
      });
      expect(saved).toEqual([{ version: 1 }]);
    });

    it.runIf(runs(mode))("Save of an edit bumps the version once", async () => {
      const { as, scope, content } = await team();
      await as.save({ ...scope, expectedVersion: 0, ...content });
      const edit = { ...content, tagline: "Buses, out loud" };
      expect(await twice(mode, () => as.save({ ...scope, expectedVersion: 1, ...edit }))).toEqual([
        "ok",
        "ok",
      ]);
      const saved = await tdb.db.submission.findFirstOrThrow({
        where: { teamId: scope.teamId },
        select: { version: true, tagline: true },
      });
      expect(saved).toEqual({ version: 2, tagline: "Buses, out loud" });
    });

    it.runIf(runs(mode))("a different edit from the same version is still a conflict", async () => {
      const { as, scope, content } = await team();
      await as.save({ ...scope, expectedVersion: 0, ...content });
      await as.save({ ...scope, expectedVersion: 1, ...content, tagline: "One" });
      expect(await codeOf(as.save({ ...scope, expectedVersion: 1, ...content, tagline: "Two" }))).toBe(
        "CONFLICT",
      );
    });

    it.runIf(runs(mode))("Submit keeps one copy of the version", async () => {
      const { as, scope, content } = await team();
      const saved = await as.save({ ...scope, expectedVersion: 0, ...content });
      expect(await twice(mode, () => as.submit({ ...scope, expectedVersion: saved.version }))).toEqual([
        "ok",
        "ok",
      ]);
      expect(await tdb.db.submissionRevision.count({ where: { submissionId: saved.id } })).toBe(1);
    });

    it.runIf(runs(mode))("an image sent twice with one request key is added once", async () => {
      const { as, scope, content } = await team();
      const saved = await as.save({ ...scope, expectedVersion: 0, ...content });
      const requestKey = key();
      const outcomes = await twice(mode, () =>
        as.addImage({ ...scope, dataBase64: tinyPngBase64, alt: "The home screen", requestKey }),
      );
      expect(outcomes).toEqual(["ok", "ok"]);
      expect(await tdb.db.submissionImage.count({ where: { submissionId: saved.id } })).toBe(1);
    });
  });

  describe("organisations", () => {
    it.runIf(runs(mode))("Send invitation emails once, and the emailed link keeps working", async () => {
      const owner = await makeUser(tdb.db);
      const organisation = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
      const email = `invitee-${key().slice(0, 8)}@example.test`;
      const asOwner = callerFor(tdb.db, owner, now).organisations;
      const outcomes = await twice(mode, () => asOwner.invite({ organisationId: organisation.id, email }));
      expect(outcomes).toEqual(["ok", "ok"]);
      expect(await outboxCount(email, "organisation-invite")).toBe(1);
      const invites = await tdb.db.organisationInvite.findMany({
        where: { organisationId: organisation.id },
        select: { tokenHash: true },
      });
      expect(invites).toHaveLength(1);
      const mail = await tdb.db.outboxEmail.findFirstOrThrow({
        where: { to: email },
        select: { link: true },
      });
      const token = mail.link?.split("/invites/")[1] ?? "";
      expect(invites[0]?.tokenHash).toBe(hashInviteToken(token));
      const invitee = await makeUser(tdb.db, { email });
      expect((await callerFor(tdb.db, invitee, now).organisations.invitation({ token })).verdict).toBe(
        "CAN_ACCEPT",
      );
    });

    it.runIf(runs(mode))(
      "inviting a pending address with another role changes its role, not its link",
      async () => {
        const owner = await makeUser(tdb.db);
        const organisation = await makeOrganisation(tdb.db, {
          members: [{ userId: owner.id, role: "OWNER" }],
        });
        const email = `invitee-${key().slice(0, 8)}@example.test`;
        const asOwner = callerFor(tdb.db, owner, now).organisations;
        const first = await asOwner.invite({ organisationId: organisation.id, email, role: "MEMBER" });
        const second = await asOwner.invite({ organisationId: organisation.id, email, role: "OWNER" });
        expect([first.emailed, second.emailed, second.id === first.id, second.role]).toEqual([
          true,
          false,
          true,
          "OWNER",
        ]);
        expect(await outboxCount(email)).toBe(1);
      },
    );

    it.runIf(runs(mode))("Create organisation with one request key creates one", async () => {
      const user = await makeUser(tdb.db);
      const requestKey = key();
      const name = `Leeds Data ${key().slice(0, 6)}`;
      const as = callerFor(tdb.db, user, now).organisations;
      const outcomes = await twice(mode, () => as.create({ name, kind: "COMMUNITY", requestKey }));
      expect(outcomes).toEqual(["ok", "ok"]);
      expect(await tdb.db.organisation.count({ where: { name } })).toBe(1);
    });

    it.runIf(runs(mode))(
      "a request key belongs to its user: someone else's equal key creates their own",
      async () => {
        const [ada, bob] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db)]);
        const requestKey = key();
        const outcomes = await twice(mode, async () => {
          const [a, b] = await Promise.all([
            callerFor(tdb.db, ada, now).organisations.create({
              name: "Ada's Org",
              kind: "COMMUNITY",
              requestKey,
            }),
            callerFor(tdb.db, bob, now).organisations.create({
              name: "Bob's Org",
              kind: "COMMUNITY",
              requestKey,
            }),
          ]);
          // Never the other person's organisation (that would hand them its management).
          expect([a.name, b.name]).toEqual(["Ada's Org", "Bob's Org"]);
        });
        expect(outcomes).toEqual(["ok", "ok"]);
        const owners = await tdb.db.organisationMember.findMany({
          where: { userId: { in: [ada.id, bob.id] } },
          select: { userId: true },
        });
        expect(owners).toHaveLength(2);
      },
    );

    it.runIf(runs(mode))("a request key is not reused for another action", async () => {
      const user = await makeUser(tdb.db);
      const requestKey = key();
      const as = callerFor(tdb.db, user, now);
      const organisation = await as.organisations.create({
        name: "Keyed Org",
        kind: "COMMUNITY",
        requestKey,
      });
      const event = await makeEvent(tdb.db, { now });
      expect(
        await codeOf(
          as.challenges.create({
            organisationId: organisation.id,
            eventId: event.id,
            details: challengeDetails,
            requestKey,
          }),
        ),
      ).toBe("CONFLICT");
    });
  });

  describe("challenges", () => {
    async function sponsorWorld() {
      const [organiser, member] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db)]);
      const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
      const organisation = await makeOrganisation(tdb.db, {
        members: [{ userId: member.id, role: "MEMBER" }],
      });
      return { organiser, member, event, organisation };
    }

    it.runIf(runs(mode))("Create draft with one request key drafts one challenge", async () => {
      const { member, event, organisation } = await sponsorWorld();
      const requestKey = key();
      const as = callerFor(tdb.db, member, now).challenges;
      const outcomes = await twice(mode, () =>
        as.create({
          organisationId: organisation.id,
          eventId: event.id,
          details: challengeDetails,
          requestKey,
        }),
      );
      expect(outcomes).toEqual(["ok", "ok"]);
      expect(await tdb.db.challenge.count({ where: { organisationId: organisation.id } })).toBe(1);
    });

    it.runIf(runs(mode))("Submit for review moves once and emails the organisers once", async () => {
      const { organiser, member, event, organisation } = await sponsorWorld();
      const challenge = await makeChallenge(tdb.db, {
        organisationId: organisation.id,
        eventId: event.id,
        status: "DRAFT",
      });
      const as = callerFor(tdb.db, member, now).challenges;
      const outcomes = await twice(mode, () =>
        as.submit({ organisationId: organisation.id, challengeId: challenge.id }),
      );
      expect(outcomes).toEqual(["ok", "ok"]);
      expect(
        await tdb.db.challengeStatusChange.count({
          where: { challengeId: challenge.id, toStatus: "SUBMITTED" },
        }),
      ).toBe(1);
      expect(await outboxCount(organiser.email)).toBe(1);
    });

    it.runIf(runs(mode))("Approve approves once", async () => {
      const { organiser, event, organisation } = await sponsorWorld();
      const challenge = await makeChallenge(tdb.db, {
        organisationId: organisation.id,
        eventId: event.id,
        status: "SUBMITTED",
      });
      const as = callerFor(tdb.db, organiser, now).challenges;
      expect(await twice(mode, () => as.approve({ eventId: event.id, challengeId: challenge.id }))).toEqual([
        "ok",
        "ok",
      ]);
      expect(
        await tdb.db.challengeStatusChange.count({
          where: { challengeId: challenge.id, toStatus: "APPROVED" },
        }),
      ).toBe(1);
    });
  });

  describe("events", () => {
    it.runIf(runs(mode))("Add role grants once and emails once", async () => {
      const organiser = await makeUser(tdb.db);
      const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
      const email = `judge-${key().slice(0, 8)}@example.test`;
      const as = callerFor(tdb.db, organiser, now).events;
      expect(await twice(mode, () => as.grantRole({ eventId: event.id, email, role: "JUDGE" }))).toEqual([
        "ok",
        "ok",
      ]);
      expect(await tdb.db.eventRole.count({ where: { eventId: event.id, role: "JUDGE" } })).toBe(1);
      expect(await outboxCount(email)).toBe(1);
    });

    it.runIf(runs(mode))("Create draft event creates one event and emails its organiser once", async () => {
      const admin = await makeUser(tdb.db, { admin: true });
      const slug = `hack-${key().slice(0, 8)}`;
      const organiserEmail = `first-organiser-${key().slice(0, 8)}@example.test`;
      const input = {
        name: "Leeds Hack Day",
        slug,
        description: "",
        timeZone: "Europe/London",
        registrationOpensAt: "2026-11-01T09:00",
        registrationClosesAt: "2026-12-01T09:00",
        startsAt: "2026-12-02T09:00",
        submissionDeadline: "2026-12-02T17:00",
        judgingClosesAt: "2026-12-03T17:00",
        resultsAt: "2026-12-04T12:00",
        teamMinSize: 1,
        teamMaxSize: 4,
        minimumAge: null,
        organiserEmail,
      };
      const outcomes = await twice(mode, () => callerFor(tdb.db, admin, now).events.create(input));
      // The slug is the event's identity: the second is refused, saying the address is taken.
      expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
      expect(await tdb.db.event.count({ where: { slug } })).toBe(1);
      expect(await outboxCount(organiserEmail)).toBe(1);
    });

    it.runIf(runs(mode))("Publish publishes once, and the second press is not a conflict", async () => {
      const organiser = await makeUser(tdb.db);
      const event = await makeEvent(tdb.db, {
        now,
        status: "DRAFT",
        roles: [{ userId: organiser.id, role: "ORGANISER" }],
      });
      const as = callerFor(tdb.db, organiser, now).events;
      // No centres yet: the organiser confirms that (main's publish asks for it), twice.
      expect(await twice(mode, () => as.publish({ eventId: event.id, confirmNoCentres: true }))).toEqual([
        "ok",
        "ok",
      ]);
      expect(await tdb.db.auditLog.count({ where: { entityId: event.id, action: "event.published" } })).toBe(
        1,
      );
    });

    it.runIf(runs(mode))("Post and email posts once and emails each registrant once", async () => {
      const organiser = await makeUser(tdb.db);
      const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
      const participant = await makeParticipant(tdb.db, { eventId: event.id });
      const requestKey = key();
      const as = callerFor(tdb.db, organiser, now).announcements;
      const outcomes = await twice(mode, () =>
        as.create({ eventId: event.id, title: "Doors open", body: "Doors open at nine.", requestKey }),
      );
      expect(outcomes).toEqual(["ok", "ok"]);
      expect(await tdb.db.announcement.count({ where: { eventId: event.id } })).toBe(1);
      expect(await outboxCount(participant.email, "announcement")).toBe(1);
    });

    it.runIf(runs(mode))("Add centre adds one centre; the second is refused by name", async () => {
      const organiser = await makeUser(tdb.db);
      const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
      const as = callerFor(tdb.db, organiser, now).centres;
      const outcomes = await twice(mode, () =>
        as.create({ eventId: event.id, name: "Leeds Library", capacity: 20 }),
      );
      expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
      expect(await tdb.db.centre.count({ where: { eventId: event.id } })).toBe(1);
    });
  });

  describe("registration and consent", () => {
    it.runIf(runs(mode))("Register registers once and asks the guardian once", async () => {
      const event = await makeEvent(tdb.db, { now });
      const young = await makeUser(tdb.db);
      const guardian = `guardian-${key().slice(0, 8)}@example.test`;
      const as = callerFor(tdb.db, young, now).registrations;
      const outcomes = await twice(mode, () =>
        as.register({
          eventId: event.id,
          ...registrationFor({ dateOfBirth: "2012-03-03", guardianEmail: guardian }),
        }),
      );
      // Registering again is refused on purpose (see register): clearly, and with nothing sent.
      expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
      expect(await tdb.db.registration.count({ where: { eventId: event.id, userId: young.id } })).toBe(1);
      expect(await outboxCount(guardian, "guardian-consent")).toBe(1);
    });

    it.runIf(runs(mode))("Send again sends one email, and its link is the one that works", async () => {
      const event = await makeEvent(tdb.db, { now });
      // Named, as registering now requires: the guardian's email says who it is about.
      const young = await makeUser(tdb.db, { name: "Kit Young" });
      const guardian = `guardian-${key().slice(0, 8)}@example.test`;
      await makeRegistration(tdb.db, {
        eventId: event.id,
        userId: young.id,
        status: "PENDING_CONSENT",
        dateOfBirth: "2012-03-03",
        guardianEmail: guardian,
      });
      const as = callerFor(tdb.db, young, now).registrations;
      const outcomes = await twice(mode, () =>
        as.resendConsent({ eventId: event.id, guardianEmail: guardian }),
      );
      expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
      expect(await outboxCount(guardian, "guardian-consent")).toBe(1);
      const mail = await tdb.db.outboxEmail.findFirstOrThrow({
        where: { to: guardian },
        select: { link: true },
      });
      const token = mail.link?.split("/consent/")[1] ?? "";
      expect((await callerFor(tdb.db, null, now).registrations.consentByToken({ token })).state).toBe(
        "VALID",
      );
    });
  });

  describe("teams", () => {
    async function eventWithPeople() {
      const event = await makeEvent(tdb.db, { now });
      const centre = await makeCentre(tdb.db, event.id);
      const [captain, joiner] = await Promise.all([
        makeParticipant(tdb.db, { eventId: event.id, centreId: centre.id }),
        makeParticipant(tdb.db, { eventId: event.id, centreId: centre.id }),
      ]);
      return { event, captain, joiner };
    }

    it.runIf(runs(mode))("Create team creates one team and answers both presses with it", async () => {
      const { event, captain } = await eventWithPeople();
      const as = callerFor(tdb.db, captain, now).teams;
      const results = await (mode === "back to back"
        ? (async () => [
            await as.create({ eventId: event.id, name: "Data Dragons" }),
            await as.create({ eventId: event.id, name: "Data Dragons" }),
          ])()
        : Promise.all([
            as.create({ eventId: event.id, name: "Data Dragons" }),
            as.create({ eventId: event.id, name: "Data Dragons" }),
          ]));
      expect(results[0]?.id).toBe(results[1]?.id);
      expect(await tdb.db.team.count({ where: { eventId: event.id } })).toBe(1);
    });

    it.runIf(runs(mode))("Join team joins once", async () => {
      const { event, captain, joiner } = await eventWithPeople();
      const team = await makeTeam(tdb.db, { eventId: event.id, captain });
      const as = callerFor(tdb.db, joiner, now).teams;
      expect(await twice(mode, () => as.joinByCode({ eventId: event.id, code: team.joinCode }))).toEqual([
        "ok",
        "ok",
      ]);
      expect(await tdb.db.teamMember.count({ where: { teamId: team.id } })).toBe(2);
    });

    it.runIf(runs(mode))("Ask to join asks once", async () => {
      const { event, captain, joiner } = await eventWithPeople();
      const team = await makeTeam(tdb.db, { eventId: event.id, captain });
      const as = callerFor(tdb.db, joiner, now).teams;
      expect(await twice(mode, () => as.requestToJoin({ eventId: event.id, teamId: team.id }))).toEqual([
        "ok",
        "ok",
      ]);
      expect(await tdb.db.teamJoinRequest.count({ where: { teamId: team.id } })).toBe(1);
    });
  });
});

it("keeps the event timeline helper in step with these tests", () => {
  // `hacking` must fall inside the submission window of timelineAround(now).
  const t = timelineAround(now);
  expect(hacking > t.startsAt && hacking < t.submissionDeadline).toBe(true);
});
