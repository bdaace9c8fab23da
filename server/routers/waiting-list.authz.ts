// Who may call each waitingList procedure. Run by waiting-list.authz.int.test.ts; coverage.test.ts
// checks that every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import type { AuthCases, AuthWorld } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeRegistration } from "../test/registration-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface WaitingListWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  judge: SessionUser;
  /** Leads the full centre. */
  lead: SessionUser;
  /** A centre of one place, taken. */
  fullCentreId: string;
  /** Not registered, on no list. */
  stranger: SessionUser;
  /** On the full centre's waiting list. */
  waiter: SessionUser;
  /** Organiser of another event only. */
  other: SessionUser;
}

export async function waitingListWorld(db: Db): Promise<WaitingListWorld> {
  const [organiser, judge, lead, stranger, waiter, holder, other] = await Promise.all([
    makeUser(db, { name: "Olive Organiser" }),
    makeUser(db, { name: "Jo Judge" }),
    makeUser(db, { name: "Lee Lead" }),
    makeUser(db, { name: "Sam Stranger" }),
    makeUser(db, { name: "Wren Waiter" }),
    makeUser(db, { name: "Hal Holder" }),
    makeUser(db),
  ]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  const centre = await db.centre.create({
    data: { eventId: event.id, name: "Tiny Library", capacity: 1 },
    select: { id: true },
  });
  await db.eventRole.create({
    data: { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
  });
  await makeRegistration(db, { eventId: event.id, userId: holder.id, centreId: centre.id });
  await db.waitingListEntry.create({
    data: { eventId: event.id, centreId: centre.id, userId: waiter.id, experience: "NEW" },
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return { event, organiser, judge, lead, fullCentreId: centre.id, stranger, waiter, other };
}

export const waitingListAuthorization: AuthCases<WaitingListWorld> = {
  // Anyone signed in may see their own places on lists, and join a full centre's list.
  "waitingList.mine": {
    right: (w) => w.waiter,
    wrong: null,
    call: (c, w) => c.waitingList.mine({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  },
  "waitingList.join": {
    right: (w) => w.stranger,
    wrong: null,
    call: (c, w) => c.waitingList.join({ eventId: w.event.id, centreId: w.fullCentreId, experience: "NEW" }),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  },
  // Only your own place on a list: someone not on it finds nothing to leave.
  "waitingList.leave": {
    right: (w) => w.waiter,
    wrong: (w) => w.stranger,
    call: (c, w) => c.waitingList.leave({ eventId: w.event.id, centreId: w.fullCentreId }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "UNAUTHORIZED", other: "NOT_FOUND" },
  },
  // Organisers (every centre) and centre leads (their own); a judge is refused.
  "waitingList.forCentres": {
    right: (w) => w.lead,
    wrong: (w) => w.judge,
    call: (c, w) => c.waitingList.forCentres({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
};
