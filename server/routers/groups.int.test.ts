// What the learner-groups procedures do: propose, move, choose mentors, publish, and what learners and
// mentors then see (who may call them: groups.authz.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeManagedChild, makeUser } from "../test/factories.ts";
import { codeOf, refusal } from "../test/outcome.ts";
import { makeRegistration } from "../test/registration-factories.ts";
import { groupsWorld, now, type GroupsWorld } from "./groups.authz.ts";
import { DAY } from "./mentoring.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const as = (user: SessionUser) => callerFor(tdb.db, user, now);
const at = (w: GroupsWorld, day = DAY) => ({ eventId: w.event.id, centreId: w.centreId, day });
const board = (w: GroupsWorld, day = DAY) => as(w.lead).groups.board(at(w, day));
const groupOf = (b: Awaited<ReturnType<typeof board>>, registrationId: string) =>
  b.groups.find((g) => g.members.some((m) => m.registrationId === registrationId));

describe("learner groups", () => {
  it("proposes, moves, sets mentors and publishes; learners and mentors then see their groups", async () => {
    const w = await groupsWorld(tdb.db);
    await tdb.db.user.update({ where: { id: w.mentor.id }, data: { name: "Grace Hopper" } });
    const captain = await tdb.db.registration.findFirstOrThrow({
      where: { eventId: w.event.id, userId: w.captain.id },
      select: { id: true },
    });
    // Learners: Kit (14) and Alex (adult), new to coding; the captain and the participant, adults with
    // some experience. The mentor is vetted; mentor2 (no offer: every level, every day) is not.
    const proposed = await as(w.organiser).groups.propose(at(w));
    expect(proposed).toEqual({ groups: 2, grouped: 4, ungrouped: 0, unled: 0 });
    let b = await board(w);
    expect(b.publishedAt).toBeNull();
    expect(b.groupSize).toBe(8);
    expect(b.groups.map((g) => [g.label, g.members.length, g.mentor?.id])).toEqual([
      ["New to coding 1", 2, w.mentor.id],
      ["Some experience 1", 2, w.mentor2.id],
    ]);
    // Organisers and leads see a young person by nickname only.
    expect(
      groupOf(b, w.learner.registrationId)
        ?.members.map((m) => m.name)
        .sort(),
    ).toEqual(["Alex Adult", "Kestrel"]);
    expect(groupOf(b, w.learner.registrationId)?.members.find((m) => m.young)?.returning).toBe(false);
    // Proposing again gives the same groups; the day is a draft, so learners see nothing yet.
    await as(w.lead).groups.propose(at(w));
    expect(
      (await board(w)).groups.map((g) => [g.label, g.members.map((m) => m.registrationId).sort()]),
    ).toEqual(b.groups.map((g) => [g.label, g.members.map((m) => m.registrationId).sort()]));
    expect(await as(w.learner).groups.myGroup({ eventId: w.event.id })).toEqual([]);

    // Alex into a new group of their own; the captain (some experience) into a new-to-coding group is refused.
    const moved = await as(w.lead).groups.moveLearner({
      ...at(w),
      registrationId: w.adultLearner.registrationId,
      to: "NEW",
    });
    expect(moved.label).toBe("New to coding 2");
    b = await board(w);
    const newGroup1 = b.groups.find((g) => g.label === "New to coding 1");
    const mixing = await refusal(
      as(w.lead).groups.moveLearner({
        ...at(w),
        registrationId: captain.id,
        to: newGroup1?.id ?? "",
      }),
    );
    expect(mixing.code).toBe("BAD_REQUEST");
    expect(mixing.message).toMatch(/groups don't mix levels/);

    // mentor2 is not vetted: refused for Kit's group; full (leads one group already) for Alex's.
    const unvetted = await refusal(
      as(w.lead).groups.setMentor({ ...at(w), groupId: newGroup1?.id ?? "", mentorId: w.mentor2.id }),
    );
    expect(unvetted.code).toBe("PRECONDITION_FAILED");
    expect(unvetted.message).toMatch(
      /vetting isn't recorded or in date, and New to coding 1 has someone under 18/,
    );
    const full = await refusal(
      as(w.lead).groups.setMentor({ ...at(w), groupId: moved.groupId, mentorId: w.mentor2.id }),
    );
    expect(full.code).toBe("CONFLICT");
    const some1 = b.groups.find((g) => g.label === "Some experience 1");
    await as(w.lead).groups.setMentor({ ...at(w), groupId: some1?.id ?? "", mentorId: null });
    await as(w.lead).groups.setMentor({ ...at(w), groupId: moved.groupId, mentorId: w.mentor2.id });
    // Kit (under 18) can't join the group mentor2 leads.
    const young = await refusal(
      as(w.lead).groups.moveLearner({
        ...at(w),
        registrationId: w.learner.registrationId,
        to: moved.groupId,
      }),
    );
    expect(young.code).toBe("PRECONDITION_FAILED");
    expect(young.message).toMatch(/Kestrel is under 18/);
    b = await board(w);
    expect(b.groups.find((g) => g.label === "Some experience 1")?.problem).toBe(
      "All 2 mentors who could lead this group already lead as many groups as they can",
    );

    expect(await as(w.lead).groups.publish(at(w))).toEqual({ published: 3 });
    expect(await as(w.learner).groups.myGroup({ eventId: w.event.id })).toEqual([
      { day: DAY, label: "New to coding 1", level: "NEW", mentorFirstName: "Grace" },
    ]);
    expect(await as(w.captain).groups.myGroup({ eventId: w.event.id })).toEqual([
      { day: DAY, label: "Some experience 1", level: "SOME", mentorFirstName: null },
    ]);
    // The mentor sees first names only (Kit, not the nickname or surname), and how many.
    expect(await as(w.mentor).groups.myGroups({ eventId: w.event.id })).toEqual([
      {
        id: newGroup1?.id,
        day: DAY,
        centre: expect.any(String) as string,
        label: "New to coding 1",
        level: "NEW",
        count: 1,
        firstNames: ["Kit"],
      },
    ]);
    // A change on a published day shows at once: a new group is published as it is made.
    const again = await as(w.lead).groups.moveLearner({
      ...at(w),
      registrationId: captain.id,
      to: "NEW",
    });
    expect(again.label).toBe("Some experience 2");
    expect((await as(w.captain).groups.myGroup({ eventId: w.event.id }))[0]?.label).toBe("Some experience 2");
    const audit = await tdb.db.auditLog.findMany({
      where: { eventId: w.event.id, action: { startsWith: "learner.groups." } },
      select: { action: true },
    });
    expect(new Set(audit.map((a) => a.action))).toEqual(
      new Set([
        "learner.groups.propose",
        "learner.groups.move",
        "learner.groups.mentor",
        "learner.groups.publish",
      ]),
    );
  });

  it("refuses other roles, another event's organiser and another centre's lead", async () => {
    const w = await groupsWorld(tdb.db);
    expect(await codeOf(as(w.organiser).groups.board(at(w)))).toBe("ok");
    expect(await codeOf(as(w.mentor).groups.board(at(w)))).toBe("FORBIDDEN");
    expect(await codeOf(as(w.learner).groups.propose(at(w)))).toBe("FORBIDDEN");
    expect(await codeOf(as(w.safeguardingLead).groups.publish(at(w)))).toBe("FORBIDDEN");
    expect(await codeOf(as(w.other).groups.propose(at(w)))).toBe("FORBIDDEN");
    expect(await codeOf(as(w.otherLead).groups.propose(at(w)))).toBe("NOT_FOUND");
    expect(
      await codeOf(as(w.otherLead).groups.setMentor({ ...at(w), groupId: w.groupId, mentorId: w.mentor.id })),
    ).toBe("NOT_FOUND");
    // A group id from the right centre on another day, or nonsense, is not found.
    expect(
      await codeOf(
        as(w.lead).groups.setMentor({ ...at(w, "2026-12-02"), groupId: w.groupId, mentorId: null }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(as(w.lead).groups.moveLearner({ ...at(w), registrationId: w.mentor.id, to: w.groupId })),
    ).toBe("NOT_FOUND");
    // Nothing changed.
    expect(await tdb.db.learnerGroup.count({ where: { eventId: w.event.id } })).toBe(1);
  });

  it("refuses a full group, and names under-18s nobody vetted can lead", async () => {
    const w = await groupsWorld(tdb.db);
    // One learner a group: the group with Kit is full.
    await tdb.db.event.update({ where: { id: w.event.id }, data: { youngPeoplePerVettedAdult: 1 } });
    const full = await refusal(
      as(w.lead).groups.moveLearner({
        ...at(w),
        registrationId: w.adultLearner.registrationId,
        to: w.groupId,
      }),
    );
    expect(full.code).toBe("CONFLICT");
    expect(full.message).toMatch(/already has 1 learners, as many as a group takes/);

    // The only vetted mentor's check has expired: Kit can't be grouped, and the board says why.
    await tdb.db.vettingRecord.updateMany({
      where: { eventId: w.event.id, userId: w.mentor.id },
      data: { expiresOn: new Date("2026-06-01T00:00:00Z") },
    });
    const proposed = await as(w.lead).groups.propose(at(w));
    expect(proposed.ungrouped).toBe(1);
    const b = await board(w);
    expect(b.ungrouped).toEqual([
      {
        registrationId: w.learner.registrationId,
        name: "Kestrel",
        level: "NEW",
        young: true,
        reason: "Under 18, and no mentor here who supports learners new to coding is vetted",
      },
    ]);
    expect(b.groups.every((g) => !g.hasYoungPeople)).toBe(true);
  });

  it("sends learners back to the mentor they had on an earlier published day", async () => {
    const w = await groupsWorld(tdb.db);
    const day2 = "2026-12-02";
    await tdb.db.mentorOffer.update({
      where: { eventId_userId: { eventId: w.event.id, userId: w.mentor.id } },
      data: { days: [new Date(`${DAY}T00:00:00Z`), new Date(`${day2}T00:00:00Z`)] },
    });
    // Day 1 (published in the world): Kit with the mentor.
    await as(w.lead).groups.propose(at(w, day2));
    const b = await board(w, day2);
    const kits = groupOf(b, w.learner.registrationId);
    expect(kits?.mentor?.id).toBe(w.mentor.id);
    expect(kits?.members.find((m) => m.registrationId === w.learner.registrationId)?.returning).toBe(true);
    // Day 1 is untouched.
    expect((await board(w)).groups.map((g) => g.id)).toEqual([w.groupId]);
  });

  it("shows a guardian their child's group while acting for the child", async () => {
    const w = await groupsWorld(tdb.db);
    const guardian = await makeUser(tdb.db, { name: "Pat Parent" });
    const child = await makeManagedChild(tdb.db, guardian, { name: "Mia", alias: "Pixel" });
    const registration = await makeRegistration(tdb.db, {
      eventId: w.event.id,
      userId: child.id,
      centreId: w.centreId,
      dateOfBirth: "2016-03-03",
    });
    await tdb.db.registration.update({ where: { id: registration.id }, data: { experience: "NEW" } });
    await as(w.lead).groups.moveLearner({ ...at(w), registrationId: registration.id, to: w.groupId });
    expect(await as(child).groups.myGroup({ eventId: w.event.id })).toEqual([
      { day: DAY, label: "New to coding 1", level: "NEW", mentorFirstName: "Sam" },
    ]);
    expect(await codeOf(as(guardian).groups.myGroup({ eventId: w.event.id }))).toBe("FORBIDDEN");
  });
});
