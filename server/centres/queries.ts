import "server-only";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import { holdsPlace } from "../registrations/queries.ts";
import { placesLeft } from "../registrations/rules.ts";
import { liveOffersByCentre } from "../waiting-list/queries.ts";

export const centreSelect = {
  id: true,
  name: true,
  addressLine: true,
  postcodeDistrict: true,
  capacity: true,
  accessibilityNotes: true,
  openingTimes: true,
} satisfies Prisma.CentreSelect;

/** An event's centres for its organisers: details, people registered (not withdrawn), teams and leads. */
export async function centresForOrganisers(db: Db, params: { eventId: string }) {
  const centres = await db.centre.findMany({
    where: { eventId: params.eventId },
    orderBy: { name: "asc" },
    select: {
      ...centreSelect,
      roles: {
        where: { role: "CENTRE_LEAD" },
        orderBy: { createdAt: "asc" },
        select: { id: true, user: { select: { name: true, email: true } } },
      },
      _count: { select: { registrations: { where: holdsPlace }, teams: true } },
    },
  });
  return centres.map(({ roles, _count, ...centre }) => ({
    ...centre,
    leads: roles.map((r) => ({ roleId: r.id, name: r.user.name, email: r.user.email })),
    registered: _count.registrations,
    teams: _count.teams,
  }));
}

/**
 * Registrations (not withdrawn) and teams of the event with no centre: people who registered before
 * any centre existed, and the teams they started. Shown beside the centres so the centres' numbers add
 * up to the dashboard's.
 */
export async function withoutCentre(db: Db, params: { eventId: string }) {
  const [registered, teams] = await Promise.all([
    db.registration.count({ where: { eventId: params.eventId, centreId: null, ...holdsPlace } }),
    db.team.count({ where: { eventId: params.eventId, centreId: null } }),
  ]);
  return { registered, teams };
}

/**
 * What anyone may see of an event's centres at `now`: where, when, access, and how many places are left —
 * taken by every registration holding one and every live waiting-list offer (the form and the register
 * command count them the same way).
 */
export async function publicCentres(db: Db, params: { eventId: string; now: Date }) {
  const [centres, offers] = await Promise.all([
    db.centre.findMany({
      where: { eventId: params.eventId },
      orderBy: { name: "asc" },
      select: {
        ...centreSelect,
        _count: { select: { registrations: { where: holdsPlace } } },
      },
    }),
    liveOffersByCentre(db, { eventId: params.eventId, userId: null, now: params.now }),
  ]);
  return centres.map(({ _count, capacity, ...centre }) => ({
    ...centre,
    placesLeft: placesLeft(capacity, _count.registrations + (offers.counts.get(centre.id) ?? 0)),
  }));
}
