// Download my data and delete my account: what the file holds, what a deletion removes, what it keeps
// whole for others, and what stops it (who may call them: users.authz.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { makeEventWithTwoCentres, makeYoungPersonWithConsent } from "../test/checkin-factories.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeUser } from "../test/factories.ts";
import { makeOrganisation } from "../test/organisation-factories.ts";
import { refusal } from "../test/outcome.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";
import { findOrCreateUserByEmail } from "../users/commands.ts";
import { FORMER_PARTICIPANT, tombstoneEmail } from "./rules.ts";

const day = 24 * 60 * 60 * 1000;
/** The world's events start 7 days after this and publish results 12 days after. */
const now = new Date("2026-11-24T12:00:00.000Z");
const afterTheEvent = new Date(now.getTime() + 20 * day);

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

/** A 12-year-old with everything (consent, collector, answers, a visit) in a team with an adult; a project. */
async function setup() {
  const db = tdb.db;
  const { organiser, event, centre } = await makeEventWithTwoCentres(db, { now });
  const young = await makeYoungPersonWithConsent(db, {
    eventId: event.id,
    centreId: centre.id,
    now,
    alias: "PixelFox",
  });
  await db.sensitiveInfo.create({
    data: {
      registrationId: young.registrationId,
      medical: "Asthma: inhaler in bag",
      emergencyPhone: "07700 900123",
    },
    select: { registrationId: true },
  });
  await db.attendance.create({
    data: { registrationId: young.registrationId, centreId: centre.id, checkedInAt: now },
    select: { id: true },
  });
  await db.learnerGroup.create({
    data: {
      eventId: event.id,
      centreId: centre.id,
      day: new Date("2026-12-01T00:00:00Z"),
      level: "NEW",
      label: "New to coding 1",
      members: { create: [{ registrationId: young.registrationId }] },
    },
    select: { id: true },
  });
  const teammate = await makeParticipant(db, {
    eventId: event.id,
    name: "Tess Teammate",
    centreId: centre.id,
  });
  const team = await makeTeam(db, {
    eventId: event.id,
    captain: young.user,
    members: [teammate],
    name: "Rocket Squad",
  });
  const submission = await db.submission.create({
    data: { eventId: event.id, teamId: team.id, title: "Bus Finder", status: "SUBMITTED", submittedAt: now },
    select: { id: true },
  });
  return {
    db,
    event,
    organiser,
    young,
    teammate,
    team,
    submission,
    as: (u: typeof organiser, at = now) => callerFor(db, u, at),
  };
}

describe("download my data", () => {
  it("holds the person's own records and nobody else's", async () => {
    const { young, teammate, as, db, event } = await setup();
    await db.certificate.create({
      data: {
        code: "7K3M9QX2TB",
        eventId: event.id,
        userId: young.user.id,
        kind: "PARTICIPATION",
        subject: "participation",
        name: "PixelFox",
      },
      select: { id: true },
    });
    const data = await as(young.user).users.myData();
    expect(data.certificates).toEqual([
      {
        event: expect.any(String) as string,
        kind: "PARTICIPATION",
        nameOnIt: "PixelFox",
        code: "7K3M9QX2TB",
        issuedAt: expect.any(Date) as Date,
      },
    ]);
    expect(data.account).not.toHaveProperty("certificates");
    expect(data.account).toMatchObject({ email: young.user.email, alias: "PixelFox" });
    expect(data.registrations).toHaveLength(1);
    expect(data.registrations[0]).toMatchObject({
      dateOfBirth: "2014-03-03",
      guardianEmail: young.guardianEmail,
      sensitive: { medical: "Asthma: inhaler in bag" },
      collectors: [{ name: "Sam Patel", relationship: "aunt" }],
    });
    expect(data.registrations[0]?.consents[0]).toMatchObject({
      guardianName: "Pat Guardian",
      attend: true,
      photo: false,
    });
    expect(data.registrations[0]?.visits).toHaveLength(1);
    expect(data.teams).toHaveLength(1);
    expect(data.teams[0]).toMatchObject({
      team: "Rocket Squad",
      isCaptain: true,
      project: { title: "Bus Finder" },
    });
    const text = JSON.stringify(data);
    expect(text).not.toContain(teammate.email);
    expect(text).not.toContain("Tess");
    // The teammate's file holds theirs, not the young person's.
    const theirs = JSON.stringify(await as(teammate).users.myData());
    expect(theirs).not.toContain("PixelFox");
    expect(theirs).not.toContain("2014-03-03");
  });
});

describe("delete my account", () => {
  it("after the event: details gone, team and project whole, credited to a former participant", async () => {
    const { db, event, young, team, submission, as, organiser } = await setup();
    await db.session.create({
      data: {
        sessionToken: `s-${young.user.id}`,
        userId: young.user.id,
        expires: new Date(now.getTime() + day),
      },
      select: { id: true },
    });
    await as(young.user, afterTheEvent).users.deleteAccount({
      confirmEmail: ` ${young.user.email.toUpperCase()} `,
    });
    const user = await db.user.findUniqueOrThrow({
      where: { id: young.user.id },
      select: {
        email: true,
        name: true,
        alias: true,
        deletedAt: true,
        _count: { select: { sessions: true } },
      },
    });
    expect(user).toEqual({
      email: tombstoneEmail(young.user.id),
      name: FORMER_PARTICIPANT,
      alias: FORMER_PARTICIPANT,
      deletedAt: afterTheEvent,
      _count: { sessions: 0 },
    });
    const registration = await db.registration.findUniqueOrThrow({
      where: { id: young.registrationId },
      select: {
        status: true,
        dateOfBirth: true,
        ageAtStart: true,
        guardianEmail: true,
        sensitive: true,
        visits: true,
        collectors: true,
        groups: true,
        consents: { select: { guardianEmail: true, guardianName: true, attend: true, consentedAt: true } },
      },
    });
    expect(registration).toMatchObject({
      status: "CONFIRMED",
      dateOfBirth: null,
      ageAtStart: 12,
      guardianEmail: null,
      sensitive: null,
      visits: [],
      collectors: [],
      groups: [],
    });
    // The consent record stays, anonymised.
    expect(registration.consents).toHaveLength(1);
    expect(registration.consents[0]).toMatchObject({ guardianEmail: "", guardianName: null, attend: true });
    expect(registration.consents[0]?.consentedAt).toBeInstanceOf(Date);
    // Team and project unchanged; organisers see the former participant in it.
    const members = await db.teamMember.findMany({ where: { teamId: team.id }, select: { userId: true } });
    expect(members.map((m) => m.userId)).toContain(young.user.id);
    const project = await as(organiser, afterTheEvent).submissions.byIdForOrganisers({
      eventId: event.id,
      submissionId: submission.id,
    });
    expect(JSON.stringify(project)).toContain(FORMER_PARTICIPANT);
    expect(JSON.stringify(project)).not.toContain("PixelFox");
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityId: young.user.id, action: "account.deleted" },
      select: { data: true },
    });
    expect(JSON.stringify(entry.data)).not.toContain("@");
    // Signing in again with the old address makes a new, empty account.
    const again = await db.$transaction((tx) => findOrCreateUserByEmail(tx, young.user.email));
    expect(again.id).not.toBe(young.user.id);
  });

  it("before the event ends: the place is given up and the team carries on with a new captain", async () => {
    const { db, young, teammate, team, as } = await setup();
    await as(young.user).users.deleteAccount({ confirmEmail: young.user.email });
    const registration = await db.registration.findUniqueOrThrow({
      where: { id: young.registrationId },
      select: { status: true, withdrawnAt: true },
    });
    expect(registration).toEqual({ status: "WITHDRAWN", withdrawnAt: now });
    const members = await db.teamMember.findMany({
      where: { teamId: team.id },
      select: { userId: true, isCaptain: true },
    });
    expect(members).toEqual([{ userId: teammate.id, isCaptain: true }]);
  });

  it("an invited venue lead's address leaves their invitations; open ones are withdrawn", async () => {
    const { db, event, organiser } = await setup();
    const lead = await makeUser(db, { name: "Vera Venue" });
    const invitation = (status: "INVITED" | "SUBMITTED" | "DECLINED", venueName: string) =>
      db.venueInvitation.create({
        data: {
          eventId: event.id,
          email: lead.email,
          venueName,
          tokenHash: `hash-${venueName}`,
          status,
          invitedById: organiser.id,
          expiresAt: new Date(now.getTime() + 14 * 86_400_000),
          ...(status === "INVITED" ? {} : { name: venueName, capacity: 20, submittedById: lead.id }),
        },
        select: { id: true },
      });
    const open = await invitation("INVITED", "Old Library");
    const sent = await invitation("SUBMITTED", "Pier Hut");
    const decided = await invitation("DECLINED", "Town Hall");
    await callerFor(db, lead, now).users.deleteAccount({ confirmEmail: lead.email });
    const rows = await db.venueInvitation.findMany({
      where: { id: { in: [open.id, sent.id, decided.id] } },
      orderBy: { venueName: "asc" },
      select: { venueName: true, email: true, status: true },
    });
    expect(rows.map((r) => r.status)).toEqual(["WITHDRAWN", "WITHDRAWN", "DECLINED"]);
    for (const row of rows) expect(row.email).not.toBe(lead.email);
  });

  it("a last member without a project takes the team with them; with a project, the team stays", async () => {
    const db = tdb.db;
    const { event } = await makeEventWithTwoCentres(db, { now });
    const [alone, withProject] = await Promise.all([
      makeParticipant(db, { eventId: event.id }),
      makeParticipant(db, { eventId: event.id }),
    ]);
    const emptyTeam = await makeTeam(db, { eventId: event.id, captain: alone });
    const keptTeam = await makeTeam(db, { eventId: event.id, captain: withProject });
    await db.submission.create({
      data: { eventId: event.id, teamId: keptTeam.id, title: "Draft" },
      select: { id: true },
    });
    await callerFor(db, alone, now).users.deleteAccount({ confirmEmail: alone.email });
    await callerFor(db, withProject, now).users.deleteAccount({ confirmEmail: withProject.email });
    expect(await db.team.count({ where: { id: emptyTeam.id } })).toBe(0);
    expect(await db.teamMember.count({ where: { teamId: keptTeam.id, userId: withProject.id } })).toBe(1);
  });

  it("is refused, saying what to do first, while the person is the only one in charge", async () => {
    const db = tdb.db;
    const { organiser, event } = await makeEventWithTwoCentres(db, { now });
    const colleague = await makeUser(db);
    await makeOrganisation(db, {
      name: "Acme Robotics",
      members: [
        { userId: organiser.id, role: "OWNER" },
        { userId: colleague.id, role: "MEMBER" },
      ],
    });
    const refused = await refusal(
      callerFor(db, organiser, now).users.deleteAccount({ confirmEmail: organiser.email }),
    );
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toContain("only owner of Acme Robotics");
    expect(refused.message).toContain("only organiser of");
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: organiser.id }, select: { deletedAt: true } }))
        .deletedAt,
    ).toBeNull();
    // Once someone else is in charge of both, it goes ahead.
    await db.organisationMember.updateMany({ where: { userId: colleague.id }, data: { role: "OWNER" } });
    await db.eventRole.create({
      data: { eventId: event.id, userId: colleague.id, role: "ORGANISER" },
      select: { id: true },
    });
    await callerFor(db, organiser, now).users.deleteAccount({ confirmEmail: organiser.email });
    expect(await db.eventRole.count({ where: { userId: organiser.id } })).toBe(0);
    expect(await db.organisationMember.count({ where: { userId: organiser.id } })).toBe(0);
  });

  it("needs the person's own address typed, and changes nothing otherwise", async () => {
    const { db, young, teammate, as } = await setup();
    const wrong = await refusal(as(young.user).users.deleteAccount({ confirmEmail: teammate.email }));
    expect(wrong).toMatchObject({
      code: "BAD_REQUEST",
      fields: { confirmEmail: ["This isn't the address you sign in with"] },
    });
    const empty = await refusal(as(young.user).users.deleteAccount({ confirmEmail: "  " }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: young.user.id }, select: { email: true } })).email,
    ).toBe(young.user.email);
  });
});
