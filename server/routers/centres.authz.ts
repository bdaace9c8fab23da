// Who may call each centres procedure. Run by centres.authz.int.test.ts; coverage.test.ts checks that
// every procedure has an entry.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeCentre } from "../test/registration-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface CentresWorld extends AuthWorld {
  event: { id: string; slug: string };
  centre: { id: string };
  organiser: SessionUser;
  /** Leads the centre: sees its people, but does not manage the event's centres. */
  lead: SessionUser;
  /** The organiser of another event. */
  other: SessionUser;
}

export async function centresWorld(db: Db): Promise<CentresWorld> {
  const [organiser, lead, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const centre = await makeCentre(db, event.id);
  await db.eventRole.create({
    data: { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
    select: { id: true },
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return { event, centre, organiser, lead, other };
}

const organiserOnly = restrictedTo<CentresWorld>(
  (w) => w.organiser,
  (w) => w.lead,
);

const details = { name: "Bradford Library", capacity: 25 };

export const centresAuthorization: AuthCases<CentresWorld> = {
  // Public, like the event page it is on.
  "centres.listPublic": {
    right: (w) => w.lead,
    wrong: null,
    call: (c, w) => c.centres.listPublic({ slug: w.event.slug }),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  "centres.list": organiserOnly((c, w) => c.centres.list({ eventId: w.event.id })),
  "centres.withoutCentre": organiserOnly((c, w) => c.centres.withoutCentre({ eventId: w.event.id })),
  "centres.create": organiserOnly((c, w) => c.centres.create({ eventId: w.event.id, ...details })),
  "centres.update": organiserOnly((c, w) =>
    c.centres.update({ eventId: w.event.id, centreId: w.centre.id, ...details }),
  ),
  "centres.delete": organiserOnly((c, w) => c.centres.delete({ eventId: w.event.id, centreId: w.centre.id })),
};
