// Who may call each next procedure ("what happened next"). Run by next.authz.int.test.ts;
// coverage.test.ts checks that every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, openToAll, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

/** After the event's submission deadline (makeEvent puts it 9 days after its `now`). */
export const now = new Date("2026-12-24T12:00:00.000Z");
const eventNow = new Date("2026-12-01T12:00:00.000Z");

export interface NextWorld extends AuthWorld {
  event: { id: string; slug: string };
  organiser: SessionUser;
  /** A member of the team with the submitted project. */
  member: SessionUser;
  teamId: string;
  updateId: string;
  /** A participant of the event in another team. */
  otherMember: SessionUser;
  organisation: { id: string; slug: string };
  sponsor: SessionUser;
  challengeId: string;
  outcomeId: string;
  /** A judge of the event, organiser of another event, member of another organisation. */
  judge: SessionUser;
  other: SessionUser;
}

export async function nextWorld(db: Db): Promise<NextWorld> {
  const [organiser, sponsor, judge, other] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
  ]);
  const event = await makeEvent(db, {
    now: eventNow,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  await makeEvent(db, { now: eventNow, roles: [{ userId: other.id, role: "ORGANISER" }] });
  const member = await makeParticipant(db, { eventId: event.id });
  const otherMember = await makeParticipant(db, { eventId: event.id });
  const team = await makeTeam(db, { eventId: event.id, captain: member });
  await makeTeam(db, { eventId: event.id, captain: otherMember });
  const submission = await db.submission.create({
    data: {
      eventId: event.id,
      teamId: team.id,
      title: "Bus Buddy",
      status: "SUBMITTED",
      submittedAt: eventNow,
    },
    select: { id: true },
  });
  const update = await db.projectUpdate.create({
    data: {
      eventId: event.id,
      submissionId: submission.id,
      kind: "LAUNCHED",
      text: "It's live!",
      authorId: member.id,
    },
    select: { id: true },
  });
  const organisation = await makeOrganisation(db, { members: [{ userId: sponsor.id, role: "MEMBER" }] });
  await makeOrganisation(db, { members: [{ userId: other.id, role: "OWNER" }] });
  const challenge = await makeChallenge(db, {
    organisationId: organisation.id,
    eventId: event.id,
    status: "PUBLISHED",
  });
  const outcome = await db.challengeOutcome.create({
    data: { challengeId: challenge.id, text: "Two teams are piloting with us.", authorId: sponsor.id },
    select: { id: true },
  });
  return {
    event,
    organiser,
    member,
    teamId: team.id,
    updateId: update.id,
    otherMember,
    organisation,
    sponsor,
    challengeId: challenge.id,
    outcomeId: outcome.id,
    judge,
    other,
  };
}

// The team's updates: its members; another team's member and the organiser of another event are refused.
const team = restrictedTo<NextWorld>(
  (w) => w.member,
  (w) => w.otherMember,
);

const organisers = restrictedTo<NextWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

// An organisation's outcomes: its members; someone outside it (the event's organiser) is refused.
const members = restrictedTo<NextWorld>(
  (w) => w.sponsor,
  (w) => w.organiser,
);

// Public: anyone, signed in or not.
const anyone = openToAll<NextWorld>();

export const nextAuthorization: AuthCases<NextWorld> = {
  "next.forEvent": anyone((c, w) => c.next.forEvent({ slug: w.event.slug })),
  "next.forOrganisation": anyone((c, w) => c.next.forOrganisation({ slug: w.organisation.slug })),
  "next.mine": team((c, w) => c.next.mine({ eventId: w.event.id, teamId: w.teamId })),
  "next.postUpdate": team((c, w) =>
    c.next.postUpdate({ eventId: w.event.id, teamId: w.teamId, kind: "USED", text: "A school uses it." }),
  ),
  "next.removeUpdate": team((c, w) =>
    c.next.removeUpdate({ eventId: w.event.id, teamId: w.teamId, updateId: w.updateId }),
  ),
  "next.listForOrganisers": organisers((c, w) => c.next.listForOrganisers({ eventId: w.event.id })),
  "next.hideUpdate": organisers((c, w) =>
    c.next.hideUpdate({ eventId: w.event.id, updateId: w.updateId, reason: "Links to a private page." }),
  ),
  "next.outcomesForOrganisation": members((c, w) =>
    c.next.outcomesForOrganisation({ organisationId: w.organisation.id }),
  ),
  "next.postOutcome": members((c, w) =>
    c.next.postOutcome({
      organisationId: w.organisation.id,
      challengeId: w.challengeId,
      text: "We hired one of the team.",
    }),
  ),
  "next.removeOutcome": members((c, w) =>
    c.next.removeOutcome({ organisationId: w.organisation.id, outcomeId: w.outcomeId }),
  ),
};
