// Who may call the need-and-supply procedures. Run by supply.authz.int.test.ts.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface SupplyWorld extends AuthWorld {
  event: { id: string; slug: string };
  organiser: SessionUser;
  /** A mentor of the event: not an organiser. */
  mentor: SessionUser;
  /** The organiser of another event. */
  other: SessionUser;
}

export async function supplyWorld(db: Db): Promise<SupplyWorld> {
  const [organiser, mentor, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: mentor.id, role: "MENTOR" },
    ],
  });
  await db.centre.create({
    data: { eventId: event.id, name: "Leeds", postcodeDistrict: "LS1", capacity: 20 },
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return { event, organiser, mentor, other };
}

const organiserOnly = restrictedTo<SupplyWorld>(
  (w) => w.organiser,
  (w) => w.mentor,
);

export const supplyAuthorization: AuthCases<SupplyWorld> = {
  "supply.area": {
    right: (w) => w.organiser,
    wrong: null,
    call: (c) => c.supply.area({ area: "LS" }),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
  "supply.event": organiserOnly((c, w) => c.supply.event({ eventId: w.event.id })),
  "supply.exportCsv": organiserOnly((c, w) => c.supply.exportCsv({ eventId: w.event.id })),
};
