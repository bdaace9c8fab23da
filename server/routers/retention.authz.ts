// Who may call each retention procedure. Run by retention.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeCentre } from "../test/registration-factories.ts";
import { makeYoungPersonWithConsent } from "../test/checkin-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");
const day = 24 * 60 * 60 * 1000;

export interface RetentionWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** Leads the event's centre: sensitive information, but not retention. */
  lead: SessionUser;
  /** Organiser of another event. */
  other: SessionUser;
}

/** An event whose results came out 48 days before `now` (so with the default 30 days it is due), with a young person. */
export async function retentionWorld(db: Db): Promise<RetentionWorld> {
  const [organiser, lead, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, {
    now: new Date(now.getTime() - 60 * day),
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  const centre = await makeCentre(db, event.id);
  await db.eventRole.create({
    data: { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
    select: { id: true },
  });
  await makeYoungPersonWithConsent(db, { eventId: event.id, centreId: centre.id, now });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return { event, organiser, lead, other };
}

const organisersOnly = restrictedTo<RetentionWorld>(
  (w) => w.organiser,
  (w) => w.lead,
);

export const retentionAuthorization: AuthCases<RetentionWorld> = {
  "retention.status": organisersOnly((c, w) => c.retention.status({ eventId: w.event.id })),
  "retention.update": organisersOnly((c, w) =>
    c.retention.update({ eventId: w.event.id, retentionDays: 60 }),
  ),
  "retention.deleteNow": organisersOnly((c, w) => c.retention.deleteNow({ eventId: w.event.id })),
};
