// Who may call each teams procedure. Run by teams.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here. A caller from another event's team is in `other`;
// a member of another team of the same event is the `wrong` caller of the team procedures, and
// teams.int.test.ts checks that another event's team id is a 404.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface TeamsWorld extends AuthWorld {
  event: { id: string };
  team: { id: string; joinCode: string };
  captain: SessionUser;
  member: SessionUser;
  /** Confirmed, in no team, with a pending request to join `team`. */
  participant: SessionUser;
  requestId: string;
  /** Captain of another team of the same event. */
  otherCaptain: SessionUser;
  /** Signed in, not registered for the event. */
  stranger: SessionUser;
  /** The captain of a team in another event. */
  other: SessionUser;
}

const participantOnly = restrictedTo<TeamsWorld>(
  (w) => w.participant,
  (w) => w.stranger,
);

const captainOnly = restrictedTo<TeamsWorld>(
  (w) => w.captain,
  (w) => w.member,
);

export const teamsAuthorization: AuthCases<TeamsWorld> = {
  "teams.finder": participantOnly((c, w) => c.teams.finder({ eventId: w.event.id })),
  "teams.mine": participantOnly((c, w) => c.teams.mine({ eventId: w.event.id })),
  "teams.byCode": participantOnly((c, w) => c.teams.byCode({ eventId: w.event.id, code: w.team.joinCode })),
  "teams.create": participantOnly((c, w) => c.teams.create({ eventId: w.event.id, name: "New team" })),
  "teams.joinByCode": participantOnly((c, w) =>
    c.teams.joinByCode({ eventId: w.event.id, code: w.team.joinCode }),
  ),
  "teams.requestToJoin": participantOnly((c, w) =>
    c.teams.requestToJoin({ eventId: w.event.id, teamId: w.team.id, message: "Hello" }),
  ),
  "teams.cancelRequest": participantOnly((c, w) =>
    c.teams.cancelRequest({ eventId: w.event.id, teamId: w.team.id }),
  ),
  "teams.setLookingForTeam": participantOnly((c, w) =>
    c.teams.setLookingForTeam({ eventId: w.event.id, lookingForTeam: true, note: "I like maps" }),
  ),
  "teams.leave": {
    right: (w) => w.member,
    wrong: (w) => w.otherCaptain,
    call: (c, w) => c.teams.leave({ eventId: w.event.id, teamId: w.team.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "teams.acceptRequest": captainOnly((c, w) =>
    c.teams.acceptRequest({ eventId: w.event.id, teamId: w.team.id, requestId: w.requestId }),
  ),
  "teams.declineRequest": captainOnly((c, w) =>
    c.teams.declineRequest({ eventId: w.event.id, teamId: w.team.id, requestId: w.requestId }),
  ),
  "teams.handOver": captainOnly((c, w) =>
    c.teams.handOver({ eventId: w.event.id, teamId: w.team.id, userId: w.member.id }),
  ),
  "teams.removeMember": captainOnly((c, w) =>
    c.teams.removeMember({ eventId: w.event.id, teamId: w.team.id, userId: w.member.id }),
  ),
  "teams.rotateCode": captainOnly((c, w) => c.teams.rotateCode({ eventId: w.event.id, teamId: w.team.id })),
  "teams.update": captainOnly((c, w) =>
    c.teams.update({ eventId: w.event.id, teamId: w.team.id, lookingForMembers: true, wantedSkills: "maps" }),
  ),
};

export async function teamsWorld(db: Db): Promise<TeamsWorld> {
  const event = await makeEvent(db, { now });
  const elsewhere = await makeEvent(db, { now });
  const [captain, member, participant, otherCaptain, other] = await Promise.all([
    makeParticipant(db, { eventId: event.id }),
    makeParticipant(db, { eventId: event.id }),
    makeParticipant(db, { eventId: event.id }),
    makeParticipant(db, { eventId: event.id }),
    makeParticipant(db, { eventId: elsewhere.id }),
  ]);
  const stranger = await makeUser(db);
  const team = await makeTeam(db, { eventId: event.id, captain, members: [member] });
  await makeTeam(db, { eventId: event.id, captain: otherCaptain });
  await makeTeam(db, { eventId: elsewhere.id, captain: other });
  const request = await db.teamJoinRequest.create({
    data: { teamId: team.id, userId: participant.id, message: "Can I join?" },
    select: { id: true },
  });
  return {
    event,
    team,
    captain,
    member,
    participant,
    requestId: request.id,
    otherCaptain,
    stranger,
    other,
  };
}
