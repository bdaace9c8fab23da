// Who may call each learner-groups procedure. Run by groups.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here. The world is the mentoring one (mentoring.authz.ts)
// with learners and a group at the lead's centre.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, scopedTo } from "../test/authorization.ts";
import { makeParticipant } from "../test/team-factories.ts";
import { DAY, mentoringWorld, type MentoringWorld } from "./mentoring.authz.ts";

export { now } from "./mentoring.authz.ts";

export interface GroupsWorld extends MentoringWorld {
  /** A 14-year-old new to coding at the lead's centre, in the group. */
  learner: SessionUser & { registrationId: string };
  /** An adult new to coding at the lead's centre, in no group yet. */
  adultLearner: SessionUser & { registrationId: string };
  /** "New to coding 1" on DAY, led by the (vetted) mentor, published. */
  groupId: string;
}

export async function groupsWorld(db: Db): Promise<GroupsWorld> {
  const w = await mentoringWorld(db);
  const [learner, adultLearner] = await Promise.all([
    makeParticipant(db, {
      eventId: w.event.id,
      centreId: w.centreId,
      name: "Kit Young",
      alias: "Kestrel",
      dateOfBirth: new Date("2012-06-01T00:00:00Z"),
    }),
    makeParticipant(db, { eventId: w.event.id, centreId: w.centreId, name: "Alex Adult" }),
  ]);
  await db.registration.updateMany({
    where: { id: { in: [learner.registrationId, adultLearner.registrationId] } },
    data: { experience: "NEW" },
  });
  const day = new Date(`${DAY}T00:00:00Z`);
  const group = await db.learnerGroup.create({
    data: {
      eventId: w.event.id,
      centreId: w.centreId,
      day,
      level: "NEW",
      label: "New to coding 1",
      mentorId: w.mentor.id,
      publishedAt: new Date("2026-11-24T09:00:00Z"),
      members: { create: [{ registrationId: learner.registrationId }] },
    },
    select: { id: true },
  });
  return { ...w, learner, adultLearner, groupId: group.id };
}

// The board and its changes: the centre's lead (and organisers); the lead of another centre does not
// find the centre. groups.int.test.ts adds the mentor, a learner and an organiser.
const centreManager = scopedTo<GroupsWorld>(
  (w) => w.lead,
  (w) => w.otherLead,
);

export const groupsAuthorization: AuthCases<GroupsWorld> = {
  "groups.board": centreManager((c, w) =>
    c.groups.board({ eventId: w.event.id, centreId: w.centreId, day: DAY }),
  ),
  "groups.propose": centreManager((c, w) =>
    c.groups.propose({ eventId: w.event.id, centreId: w.centreId, day: DAY }),
  ),
  "groups.moveLearner": centreManager((c, w) =>
    c.groups.moveLearner({
      eventId: w.event.id,
      centreId: w.centreId,
      day: DAY,
      registrationId: w.adultLearner.registrationId,
      to: w.groupId,
    }),
  ),
  "groups.setMentor": centreManager((c, w) =>
    c.groups.setMentor({
      eventId: w.event.id,
      centreId: w.centreId,
      day: DAY,
      groupId: w.groupId,
      mentorId: null,
    }),
  ),
  "groups.publish": centreManager((c, w) =>
    c.groups.publish({ eventId: w.event.id, centreId: w.centreId, day: DAY }),
  ),
  "groups.myGroups": {
    right: (w) => w.mentor,
    wrong: (w) => w.learner,
    call: (c, w) => c.groups.myGroups({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "groups.myGroup": {
    right: (w) => w.learner,
    wrong: (w) => w.mentor,
    call: (c, w) => c.groups.myGroup({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
};
