// Who may call each help procedure. Run by help.authz.int.test.ts; coverage.test.ts checks that every
// procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import {
  type AuthCase,
  type AuthCases,
  type AuthWorld,
  restrictedTo,
  scopedTo,
} from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeCentre } from "../test/registration-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface HelpWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** Leads the centre the teams are at. */
  lead: SessionUser;
  /** A mentor at that centre; has claimed `claimedRequestId`. */
  mentor: SessionUser;
  /** A mentor at another centre of the same event. */
  otherMentor: SessionUser;
  /** Captain of `teamId`, whose request `waitingRequestId` is waiting. */
  captain: SessionUser;
  teamId: string;
  waitingRequestId: string;
  /** Another team's request, claimed by `mentor`. */
  claimedRequestId: string;
  /** Captain of `freeTeamId`, a team at the centre with no request open. */
  freeCaptain: SessionUser;
  freeTeamId: string;
  /** Organiser of another event. */
  other: SessionUser;
}

export async function helpWorld(db: Db): Promise<HelpWorld> {
  const [organiser, lead, mentor, otherMentor, other] = await Promise.all([
    makeUser(db, { name: "Olive Organiser" }),
    makeUser(db, { name: "Lee Lead" }),
    makeUser(db, { name: "Sam Mentor" }),
    makeUser(db, { name: "Kit Elsewhere" }),
    makeUser(db),
  ]);
  const event = await makeEvent(db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const [centre, otherCentre] = await Promise.all([makeCentre(db, event.id), makeCentre(db, event.id)]);
  await db.eventRole.createMany({
    data: [
      { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
      { eventId: event.id, userId: mentor.id, role: "MENTOR", centreId: centre.id },
      { eventId: event.id, userId: otherMentor.id, role: "MENTOR", centreId: otherCentre.id },
    ],
  });
  // Three teams of adults at the centre: one waiting, one claimed by the mentor, one with nothing open.
  const teamAt = async () => {
    const captain = await makeParticipant(db, { eventId: event.id, centreId: centre.id });
    const team = await makeTeam(db, { eventId: event.id, captain });
    await db.team.update({ where: { id: team.id }, data: { centreId: centre.id } });
    return { captain, teamId: team.id };
  };
  const [waiting, claimed, free] = [await teamAt(), await teamAt(), await teamAt()];
  const request = (teamId: string, claimedById: string | null) =>
    db.helpRequest.create({
      data: {
        eventId: event.id,
        centreId: centre.id,
        teamId,
        topic: "CODE_ERROR",
        description: "Our page is blank",
        location: "Table 2",
        status: claimedById ? "CLAIMED" : "WAITING",
        claimedById,
        claimedAt: claimedById ? now : null,
        createdAt: new Date(now.getTime() - 5 * 60_000),
        expiresAt: new Date("2026-11-25T00:00:00.000Z"),
      },
      select: { id: true },
    });
  const [waitingRequest, claimedRequest] = [
    await request(waiting.teamId, null),
    await request(claimed.teamId, mentor.id),
  ];
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return {
    event,
    organiser,
    lead,
    mentor,
    otherMentor,
    captain: waiting.captain,
    teamId: waiting.teamId,
    waitingRequestId: waitingRequest.id,
    claimedRequestId: claimedRequest.id,
    freeCaptain: free.captain,
    freeTeamId: free.teamId,
    other,
  };
}

// A team's own request: its members only (another team's captain is refused by the ladder).
const ownTeamOnly = (
  right: (w: HelpWorld) => SessionUser,
  wrong: (w: HelpWorld) => SessionUser,
  call: AuthCase<HelpWorld>["call"],
): AuthCase<HelpWorld> => restrictedTo<HelpWorld>(right, wrong)(call);

// A request at one centre: that centre's mentors and lead, and the organisers; a mentor at another
// centre of the same event passes the ladder but does not find it.
const thisCentreOnly = (
  right: (w: HelpWorld) => SessionUser,
  call: AuthCase<HelpWorld>["call"],
): AuthCase<HelpWorld> => scopedTo<HelpWorld>(right, (w) => w.otherMentor)(call);

export const helpAuthorization: AuthCases<HelpWorld> = {
  "help.mine": ownTeamOnly(
    (w) => w.captain,
    (w) => w.freeCaptain,
    (c, w) => c.help.mine({ eventId: w.event.id, teamId: w.teamId }),
  ),
  "help.raise": ownTeamOnly(
    (w) => w.freeCaptain,
    (w) => w.captain,
    (c, w) =>
      c.help.raise({
        eventId: w.event.id,
        teamId: w.freeTeamId,
        topic: "GETTING_STARTED",
        description: "We don't know where to begin",
        location: "Table 7",
      }),
  ),
  "help.cancel": ownTeamOnly(
    (w) => w.captain,
    (w) => w.freeCaptain,
    (c, w) => c.help.cancel({ eventId: w.event.id, teamId: w.teamId, requestId: w.waitingRequestId }),
  ),
  // The queue: mentors, leads and organisers; a participant is refused.
  "help.queue": {
    right: (w) => w.mentor,
    wrong: (w) => w.captain,
    call: (c, w) => c.help.queue({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "help.claim": thisCentreOnly(
    (w) => w.mentor,
    (c, w) => c.help.claim({ eventId: w.event.id, requestId: w.waitingRequestId }),
  ),
  "help.release": thisCentreOnly(
    (w) => w.mentor,
    (c, w) => c.help.release({ eventId: w.event.id, requestId: w.claimedRequestId }),
  ),
  // The centre's lead may finish a mentor's claim.
  "help.resolve": thisCentreOnly(
    (w) => w.lead,
    (c, w) => c.help.resolve({ eventId: w.event.id, requestId: w.claimedRequestId }),
  ),
};
