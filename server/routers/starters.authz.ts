// Who may call each starters procedure. Run by starters.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import type { AuthCases, AuthWorld } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { makeParticipant } from "../test/team-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface StartersWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** A member of the sponsor whose challenge is published at the event. */
  sponsor: SessionUser;
  challengeId: string;
  /** The sponsor's starter project. */
  starterId: string;
  participant: SessionUser;
  /** A member of another sponsor, with a challenge at another event. */
  other: SessionUser;
}

export async function startersWorld(db: Db): Promise<StartersWorld> {
  const [organiser, sponsor, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const organisation = await makeOrganisation(db, { members: [{ userId: sponsor.id, role: "MEMBER" }] });
  const challenge = await makeChallenge(db, {
    eventId: event.id,
    organisationId: organisation.id,
    status: "PUBLISHED",
  });
  const starter = await db.starterProject.create({
    data: {
      eventId: event.id,
      challengeId: challenge.id,
      title: "Bus stops near you",
      summary: "Show the three nearest bus stops on a map.",
      links: ["https://example.org/bus-stops.csv"],
    },
    select: { id: true },
  });
  const participant = await makeParticipant(db, { eventId: event.id });
  const elsewhere = await makeEvent(db, { now });
  const otherOrganisation = await makeOrganisation(db, { members: [{ userId: other.id, role: "OWNER" }] });
  await makeChallenge(db, {
    eventId: elsewhere.id,
    organisationId: otherOrganisation.id,
    status: "PUBLISHED",
  });
  return { event, organiser, sponsor, challengeId: challenge.id, starterId: starter.id, participant, other };
}

const fields = (w: StartersWorld) => ({
  title: "Count the trees",
  summary: "Use the council's tree survey to chart the commonest trees.",
  level: "NEW" as const,
  links: ["https://example.org/trees"],
  challengeId: w.challengeId,
});

export const startersAuthorization: AuthCases<StartersWorld> = {
  // Anyone signed in who can see the event.
  "starters.list": {
    right: (w) => w.participant,
    wrong: (w) => w.sponsor,
    call: (c, w) => c.starters.list({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  },
  "starters.manage": {
    right: (w) => w.sponsor,
    wrong: (w) => w.participant,
    call: (c, w) => c.starters.manage({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "starters.create": {
    right: (w) => w.sponsor,
    wrong: (w) => w.participant,
    call: (c, w) => c.starters.create({ eventId: w.event.id, ...fields(w) }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "starters.update": {
    right: (w) => w.organiser,
    wrong: (w) => w.participant,
    call: (c, w) => c.starters.update({ eventId: w.event.id, starterId: w.starterId, ...fields(w) }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "starters.delete": {
    right: (w) => w.sponsor,
    wrong: (w) => w.participant,
    call: (c, w) => c.starters.delete({ eventId: w.event.id, starterId: w.starterId }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
};
