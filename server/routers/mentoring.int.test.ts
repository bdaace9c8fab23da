// What the mentoring procedures do: offers, decisions, vetting, the ratio on site, and matching mentors
// to teams (who may call them: mentoring.authz.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeManagedChild, makeUser } from "../test/factories.ts";
import { refusal } from "../test/outcome.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";
import { DAY, mentoringWorld, now, type MentoringWorld } from "./mentoring.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const as = (user: SessionUser) => callerFor(tdb.db, user, now);
const offer = { levels: ["NEW" as const, "SOME" as const], days: [DAY], capacity: 2, adult: true as const };
const vetting = {
  check: "DBS_ENHANCED_BARRED" as const,
  checkedOn: "2026-02-01",
  expiresOn: "2029-02-01",
  verifiedBy: "Priya Shah",
};

/** A young participant (14 at the event) at `centreId`. */
async function youngAt(w: MentoringWorld, experience: "NEW" | "SOME" | "CONFIDENT" = "NEW") {
  const young = await makeParticipant(tdb.db, {
    eventId: w.event.id,
    centreId: w.centreId,
    dateOfBirth: new Date("2012-06-01T00:00:00Z"),
  });
  await tdb.db.registration.update({ where: { id: young.registrationId }, data: { experience } });
  return young;
}

async function teamAt(w: MentoringWorld, captain: { id: string }, wantedSkills: string[] = []) {
  const team = await makeTeam(tdb.db, { eventId: w.event.id, captain, wantedSkills });
  await tdb.db.team.update({ where: { id: team.id }, data: { centreId: w.centreId } });
  return team;
}

describe("offering to mentor", () => {
  it("records an offer for the event's days only, and lets the volunteer update, withdraw and offer again", async () => {
    const w = await mentoringWorld(tdb.db);
    const person = await makeUser(tdb.db, { name: "Jo Volunteer" });
    const wrongDay = await refusal(
      as(person).mentoring.offer({ eventId: w.event.id, ...offer, days: ["2026-12-09"] }),
    );
    expect(wrongDay.code).toBe("BAD_REQUEST");
    expect(wrongDay.fields.days).toEqual(["Choose days the event runs on"]);

    const made = await as(person).mentoring.offer({
      eventId: w.event.id,
      ...offer,
      centreId: w.centreId,
      skills: ["python"],
    });
    expect(made.status).toBe("OFFERED");
    const form = await as(person).mentoring.offerForm({ eventId: w.event.id });
    expect(form.days).toEqual(["2026-12-01", "2026-12-02", "2026-12-03"]);
    expect(form.offer).toMatchObject({ status: "OFFERED", days: [DAY], skills: ["python"], capacity: 2 });

    await as(person).mentoring.offer({ eventId: w.event.id, ...offer, capacity: 3 });
    expect((await as(person).mentoring.offerForm({ eventId: w.event.id })).offer?.capacity).toBe(3);
    await as(person).mentoring.withdrawOffer({ eventId: w.event.id });
    expect((await as(person).mentoring.offerForm({ eventId: w.event.id })).offer?.status).toBe("WITHDRAWN");
    expect((await as(person).mentoring.offer({ eventId: w.event.id, ...offer })).status).toBe("OFFERED");
  });

  it("refuses a child's profile, someone who does not say they are an adult, and bad input, with field errors", async () => {
    const w = await mentoringWorld(tdb.db);
    const guardian = await makeUser(tdb.db, { name: "Pat Parent" });
    const child = await makeManagedChild(tdb.db, guardian);
    expect((await refusal(as(child).mentoring.offer({ eventId: w.event.id, ...offer }))).code).toBe(
      "FORBIDDEN",
    );
    const notAdult = await refusal(
      as(guardian).mentoring.offer({ eventId: w.event.id, ...offer, adult: false as unknown as true }),
    );
    expect(notAdult.code).toBe("BAD_REQUEST");
    const bad = await refusal(
      as(guardian).mentoring.offer({ eventId: w.event.id, levels: [], days: [], capacity: 0, adult: true }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    const otherCentre = await refusal(
      as(guardian).mentoring.offer({ eventId: w.event.id, ...offer, centreId: "c-not-here" }),
    );
    expect(otherCentre.fields.centreId).toEqual(["Choose a centre from the list"]);
  });

  it("organisers accept (the volunteer becomes a mentor at the centre) or decline (the role and matches end)", async () => {
    const w = await mentoringWorld(tdb.db);
    await as(w.organiser).mentoring.decideOffer({
      eventId: w.event.id,
      offerId: w.offerId,
      decision: "ACCEPT",
    });
    const roles = await tdb.db.eventRole.findMany({ where: { eventId: w.event.id, userId: w.volunteer.id } });
    expect(roles.map((r) => [r.role, r.centreId])).toEqual([["MENTOR", w.centreId]]);
    // An accepted mentor keeps their centre when they change their offer.
    const move = await refusal(
      as(w.volunteer).mentoring.offer({ eventId: w.event.id, ...offer, centreId: null }),
    );
    expect(move.fields.centreId?.[0]).toMatch(/organiser can move you/);

    await as(w.organiser).mentoring.decideOffer({
      eventId: w.event.id,
      offerId: w.offerId,
      decision: "DECLINE",
    });
    expect(await tdb.db.eventRole.count({ where: { eventId: w.event.id, userId: w.volunteer.id } })).toBe(0);
    const again = await refusal(as(w.volunteer).mentoring.offer({ eventId: w.event.id, ...offer }));
    expect(again.code).toBe("CONFLICT");
    const audit = await tdb.db.auditLog.findMany({ where: { eventId: w.event.id, entityId: w.offerId } });
    expect(audit.map((a) => a.action).sort()).toEqual(["mentor.offer.accept", "mentor.offer.decline"]);
  });

  it("needs a centre to accept an offer made without one", async () => {
    const w = await mentoringWorld(tdb.db);
    const person = await makeUser(tdb.db);
    const made = await as(person).mentoring.offer({ eventId: w.event.id, ...offer });
    const none = await refusal(
      as(w.organiser).mentoring.decideOffer({ eventId: w.event.id, offerId: made.id, decision: "ACCEPT" }),
    );
    expect(none.fields.centreId).toEqual(["Choose the centre they will mentor at"]);
    await as(w.organiser).mentoring.decideOffer({
      eventId: w.event.id,
      offerId: made.id,
      decision: "ACCEPT",
      centreId: w.centreId,
    });
    expect(
      await tdb.db.eventRole.count({ where: { userId: person.id, role: "MENTOR", centreId: w.centreId } }),
    ).toBe(1);
  });
});

describe("vetting", () => {
  it("records the check seen (never a certificate), keeps the earlier version in the audit log, and flags problems", async () => {
    const w = await mentoringWorld(tdb.db);
    const first = await as(w.safeguardingLead).mentoring.people({ eventId: w.event.id });
    const volunteer = first.people.find((p) => p.userId === w.volunteer.id);
    expect(volunteer?.flags).toEqual(["MISSING"]);

    await as(w.safeguardingLead).mentoring.recordVetting({
      eventId: w.event.id,
      userId: w.volunteer.id,
      ...vetting,
      check: "DBS_BASIC",
      expiresOn: "2026-11-30",
    });
    let row = (await as(w.organiser).mentoring.people({ eventId: w.event.id })).people.find(
      (p) => p.userId === w.volunteer.id,
    );
    // Basic check, expiring before the event (1–3 December), no training.
    expect(row?.flags).toEqual(["NOT_SUFFICIENT", "EXPIRES_DURING_EVENT", "NO_TRAINING"]);

    await as(w.organiser).mentoring.recordVetting({
      eventId: w.event.id,
      userId: w.volunteer.id,
      ...vetting,
      trainingOn: "2026-03-01",
    });
    row = (await as(w.organiser).mentoring.people({ eventId: w.event.id })).people.find(
      (p) => p.userId === w.volunteer.id,
    );
    expect(row?.flags).toEqual([]);
    expect(row?.vetting?.verifiedBy).toBe("Priya Shah");
    const entries = await tdb.db.auditLog.findMany({
      where: { eventId: w.event.id, action: "vetting.record" },
      orderBy: { createdAt: "asc" },
    });
    expect(entries).toHaveLength(2);
    expect(entries[1]?.data).toMatchObject({ before: { check: "DBS_BASIC", expiresOn: "2026-11-30" } });
  });

  it("refuses dates in the wrong order, an unnamed other check, and people who do not work at the event", async () => {
    const w = await mentoringWorld(tdb.db);
    const order = await refusal(
      as(w.organiser).mentoring.recordVetting({
        eventId: w.event.id,
        userId: w.volunteer.id,
        ...vetting,
        expiresOn: "2025-01-01",
      }),
    );
    expect(order.fields.expiresOn).toEqual(["It can't expire before the check was done"]);
    const other = await refusal(
      as(w.organiser).mentoring.recordVetting({
        eventId: w.event.id,
        userId: w.volunteer.id,
        ...vetting,
        check: "OTHER_EQUIVALENT",
      }),
    );
    expect(other.fields.checkDetail).toEqual(["Say which check it was"]);
    const badDate = await refusal(
      as(w.organiser).mentoring.recordVetting({
        eventId: w.event.id,
        userId: w.volunteer.id,
        ...vetting,
        checkedOn: "2026-02-30",
      }),
    );
    expect(badDate.code).toBe("BAD_REQUEST");
    expect(badDate.fields.checkedOn?.[0]).toMatch(/real date/);
    const stranger = await makeUser(tdb.db);
    expect(
      (
        await refusal(
          as(w.organiser).mentoring.recordVetting({ eventId: w.event.id, userId: stranger.id, ...vetting }),
        )
      ).code,
    ).toBe("NOT_FOUND");
  });
});

describe("the ratio on site", () => {
  it("warns when the young people checked in need more vetted adults than are signed in", async () => {
    const w = await mentoringWorld(tdb.db);
    await as(w.organiser).mentoring.setRatio({ eventId: w.event.id, youngPeoplePerVettedAdult: 2 });
    const young = await Promise.all([youngAt(w), youngAt(w), youngAt(w)]);
    // An adult participant checked in does not count as a young person.
    const adult = await makeParticipant(tdb.db, { eventId: w.event.id, centreId: w.centreId });
    await tdb.db.attendance.createMany({
      data: [...young, adult].map((p) => ({
        registrationId: p.registrationId,
        centreId: w.centreId,
        checkedInAt: now,
      })),
    });
    const state = async () =>
      (await as(w.lead).mentoring.onSite({ eventId: w.event.id })).find((s) => s.centreId === w.centreId);
    // Three young people, one vetted adult (the mentor), one for every two: one more needed.
    expect(await state()).toMatchObject({
      youngPresent: 3,
      vettedAdultsPresent: 1,
      ratio: { required: 2, shortBy: 1 },
    });

    // mentor2 has no vetting: signing in does not help.
    await as(w.mentor2).mentoring.signIn({ eventId: w.event.id, centreId: w.centreId });
    expect((await state())?.ratio?.shortBy).toBe(1);
    await as(w.organiser).mentoring.recordVetting({ eventId: w.event.id, userId: w.mentor2.id, ...vetting });
    expect(await state()).toMatchObject({ vettedAdultsPresent: 2, ratio: { required: 2, shortBy: 0 } });

    // The mentor leaves: short again.
    await as(w.mentor).mentoring.signOut({ eventId: w.event.id, centreId: w.centreId });
    expect((await state())?.ratio?.shortBy).toBe(1);
    await as(w.organiser).mentoring.setRatio({ eventId: w.event.id, youngPeoplePerVettedAdult: "" });
    expect((await state())?.ratio).toBeNull();
  });

  it("signs an adult in once at a time, even when two sign-ins race", async () => {
    const w = await mentoringWorld(tdb.db);
    const results = await Promise.all([
      refusal(as(w.mentor2).mentoring.signIn({ eventId: w.event.id, centreId: w.centreId })),
      refusal(
        as(w.lead).mentoring.signIn({ eventId: w.event.id, centreId: w.centreId, userId: w.mentor2.id }),
      ),
    ]);
    expect(results.map((r) => r.code).sort()).toEqual(["CONFLICT", "ok"]);
    expect(await tdb.db.staffVisit.count({ where: { userId: w.mentor2.id, checkedOutAt: null } })).toBe(1);
    // Someone who does not work at the centre cannot sign in there.
    expect(
      (await refusal(as(w.participant).mentoring.signIn({ eventId: w.event.id, centreId: w.centreId }))).code,
    ).toBe("NOT_FOUND");
  });

  it("refuses a ratio out of range with a field error", async () => {
    const w = await mentoringWorld(tdb.db);
    const bad = await refusal(
      as(w.organiser).mentoring.setRatio({ eventId: w.event.id, youngPeoplePerVettedAdult: 0 }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fields.youngPeoplePerVettedAdult).toEqual(["At least 1"]);
  });
});

describe("matching mentors to teams", () => {
  it("proposes the same matches twice, keeps unvetted mentors away from young teams and says why a team has none", async () => {
    const w = await mentoringWorld(tdb.db);
    const young = await youngAt(w);
    const youngTeam = await teamAt(w, young, ["python"]);
    // mentor2 is not vetted and is the only one left with room once the mentor is full.
    await tdb.db.mentorOffer.update({
      where: { eventId_userId: { eventId: w.event.id, userId: w.mentor.id } },
      data: { capacity: 1 },
    });
    const proposed = await as(w.lead).mentoring.propose({
      eventId: w.event.id,
      centreId: w.centreId,
      day: DAY,
    });
    const board = await as(w.lead).mentoring.board({ eventId: w.event.id, centreId: w.centreId, day: DAY });
    expect(proposed).toEqual({ matched: 2, unmatched: 0 });
    const mentorOf = (teamId: string) => board.teams.find((t) => t.id === teamId)?.mentor?.id;
    // The young team needs the vetted mentor; the adults' team gets mentor2.
    expect(mentorOf(youngTeam.id)).toBe(w.mentor.id);
    expect(mentorOf(w.teamId)).toBe(w.mentor2.id);
    expect(board.publishedAt).toBeNull();
    await as(w.lead).mentoring.propose({ eventId: w.event.id, centreId: w.centreId, day: DAY });
    const again = await as(w.lead).mentoring.board({ eventId: w.event.id, centreId: w.centreId, day: DAY });
    expect(again.teams.map((t) => t.mentor?.id)).toEqual(board.teams.map((t) => t.mentor?.id));

    // A second young team: nobody vetted has room.
    const young2 = await youngAt(w);
    const another = await teamAt(w, young2);
    await as(w.lead).mentoring.propose({ eventId: w.event.id, centreId: w.centreId, day: DAY });
    const third = await as(w.lead).mentoring.board({ eventId: w.event.id, centreId: w.centreId, day: DAY });
    const unmatched = third.teams.filter((t) => t.mentor === null);
    expect(unmatched).toHaveLength(1);
    const left = unmatched[0]?.id ?? "";
    expect([youngTeam.id, another.id]).toContain(left);
    expect(unmatched[0]?.problem).toBe(
      "The one mentor who could help is looking after as many teams as they can",
    );

    // Adjusting by hand: the unvetted mentor is refused for the young team, and a full mentor too.
    const unvetted = await refusal(
      as(w.lead).mentoring.setMatch({
        eventId: w.event.id,
        centreId: w.centreId,
        day: DAY,
        teamId: left,
        mentorId: w.mentor2.id,
      }),
    );
    expect(unvetted.code).toBe("PRECONDITION_FAILED");
    expect(unvetted.message).toMatch(/vetting isn't recorded or in date/);
    const full = await refusal(
      as(w.lead).mentoring.setMatch({
        eventId: w.event.id,
        centreId: w.centreId,
        day: DAY,
        teamId: left,
        mentorId: w.mentor.id,
      }),
    );
    expect(full.code).toBe("CONFLICT");
  });

  it("shows matches to mentors and teams only once published, the team seeing the mentor's first name", async () => {
    const w = await mentoringWorld(tdb.db);
    await tdb.db.user.update({ where: { id: w.mentor.id }, data: { name: "Grace Hopper" } });
    expect((await as(w.mentor).mentoring.myTeams({ eventId: w.event.id })).teams).toEqual([]);
    expect(await as(w.captain).mentoring.teamMentors({ eventId: w.event.id, teamId: w.teamId })).toEqual([]);

    const published = await as(w.organiser).mentoring.publish({
      eventId: w.event.id,
      centreId: w.centreId,
      day: DAY,
    });
    expect(published).toEqual({ published: 1 });
    const mine = await as(w.mentor).mentoring.myTeams({ eventId: w.event.id });
    expect(mine.teams).toHaveLength(1);
    expect(mine.teams[0]).toMatchObject({ day: DAY, team: { id: w.teamId } });
    expect(mine.teams[0]?.members).toHaveLength(1);
    expect(await as(w.captain).mentoring.teamMentors({ eventId: w.event.id, teamId: w.teamId })).toEqual([
      { day: DAY, firstName: "Grace" },
    ]);

    // A change on a published day is published at once; clearing removes it.
    await as(w.lead).mentoring.setMatch({
      eventId: w.event.id,
      centreId: w.centreId,
      day: DAY,
      teamId: w.teamId,
      mentorId: null,
    });
    expect(await as(w.captain).mentoring.teamMentors({ eventId: w.event.id, teamId: w.teamId })).toEqual([]);
    const nothing = await refusal(
      as(w.lead).mentoring.publish({ eventId: w.event.id, centreId: w.centreId, day: DAY }),
    );
    expect(nothing.code).toBe("BAD_REQUEST");
  });

  it("keeps a team's mentor from an earlier day and only offers mentors coming that day", async () => {
    const w = await mentoringWorld(tdb.db);
    await tdb.db.mentorOffer.update({
      where: { eventId_userId: { eventId: w.event.id, userId: w.mentor.id } },
      data: { days: [new Date(`${DAY}T00:00:00Z`), new Date("2026-12-02T00:00:00Z")] },
    });
    // mentor2 (no offer) comes every day; on day 1 the team is given to mentor2 and published.
    await as(w.lead).mentoring.setMatch({
      eventId: w.event.id,
      centreId: w.centreId,
      day: DAY,
      teamId: w.teamId,
      mentorId: w.mentor2.id,
    });
    await as(w.lead).mentoring.publish({ eventId: w.event.id, centreId: w.centreId, day: DAY });
    await as(w.lead).mentoring.propose({ eventId: w.event.id, centreId: w.centreId, day: "2026-12-02" });
    const day2 = await as(w.lead).mentoring.board({
      eventId: w.event.id,
      centreId: w.centreId,
      day: "2026-12-02",
    });
    expect(day2.teams[0]?.mentor).toMatchObject({ id: w.mentor2.id, kept: true });

    // On day 3 the mentor is not coming: choosing them is refused.
    const away = await refusal(
      as(w.lead).mentoring.setMatch({
        eventId: w.event.id,
        centreId: w.centreId,
        day: "2026-12-03",
        teamId: w.teamId,
        mentorId: w.mentor.id,
      }),
    );
    expect(away.message).toMatch(/isn't coming on that day/);
    const outside = await refusal(
      as(w.lead).mentoring.board({ eventId: w.event.id, centreId: w.centreId, day: "2026-12-25" }),
    );
    expect(outside.fields.day).toEqual(["Choose one of the event's days"]);
  });
});
