// Who may call each concerns procedure. Run by concerns.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, scopedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeParticipant } from "../test/team-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface ConcernsWorld extends AuthWorld {
  event: { id: string; slug: string };
  organiser: SessionUser;
  lead: SessionUser;
  participant: SessionUser;
  /** Routed to the safeguarding lead. */
  concernId: string;
  /** Organiser of another event. */
  other: SessionUser;
}

export async function concernsWorld(db: Db): Promise<ConcernsWorld> {
  const [organiser, lead, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: lead.id, role: "SAFEGUARDING_LEAD" },
    ],
  });
  const participant = await makeParticipant(db, { eventId: event.id });
  const concern = await db.safeguardingConcern.create({
    data: {
      eventId: event.id,
      description: "A stranger was asking children for their phone numbers",
      routedTo: "SAFEGUARDING_LEAD",
    },
    select: { id: true },
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return { event, organiser, lead, participant, concernId: concern.id, other };
}

// A concern is read only by the role it was routed to: the event's organiser is let through the ladder
// but does not find one routed to the safeguarding lead.
const routedReaderOnly = scopedTo<ConcernsWorld>(
  (w) => w.lead,
  (w) => w.organiser,
);

export const concernsAuthorization: AuthCases<ConcernsWorld> = {
  // Anyone, signed in or not, from another event too: a report is never refused for who makes it.
  "concerns.report": {
    right: (w) => w.participant,
    wrong: null,
    call: (c, w) =>
      c.concerns.report({ slug: w.event.slug, description: "Someone at the venue made me feel unsafe" }),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  "concerns.list": {
    right: (w) => w.lead,
    wrong: (w) => w.participant,
    call: (c, w) => c.concerns.list({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "concerns.get": routedReaderOnly((c, w) => c.concerns.get({ eventId: w.event.id, concernId: w.concernId })),
  "concerns.recordAction": routedReaderOnly((c, w) =>
    c.concerns.recordAction({
      eventId: w.event.id,
      concernId: w.concernId,
      text: "Spoke to the venue staff; the person was asked to leave",
      status: "CLOSED",
    }),
  ),
};
