import "server-only";
import type { Db } from "../db/create.ts";
import { nameForOrganisers } from "../people/rules.ts";
import { isLiveOffer } from "./rules.ts";

/** One of the caller's places on a waiting list, as their registration page shows it. */
export interface OwnWaitingEntry {
  centre: { id: string; name: string };
  /** WAITING: `position` says where (1 = next); OFFERED: the place is theirs until `offerExpiresAt`. */
  status: "WAITING" | "OFFERED";
  position: number;
  offerExpiresAt: Date | null;
}

/**
 * The waiting lists `userId` is on in `eventId` at `now`, by centre name: waiting (with their position,
 * 1 = next to be offered) or holding a live offer (with its time limit). An offer whose time has passed
 * is not listed (the job marks it EXPIRED).
 */
export async function ownWaitingEntries(
  db: Db,
  params: { eventId: string; userId: string; now: Date },
): Promise<OwnWaitingEntry[]> {
  const entries = await db.waitingListEntry.findMany({
    where: { eventId: params.eventId, userId: params.userId, status: { in: ["WAITING", "OFFERED"] } },
    orderBy: { centre: { name: "asc" } },
    select: {
      id: true,
      status: true,
      createdAt: true,
      offerExpiresAt: true,
      centreId: true,
      centre: { select: { id: true, name: true } },
    },
  });
  const own: OwnWaitingEntry[] = [];
  for (const e of entries) {
    if (e.status === "OFFERED") {
      if (isLiveOffer(e, params.now)) {
        own.push({ centre: e.centre, status: "OFFERED", position: 0, offerExpiresAt: e.offerExpiresAt });
      }
      continue;
    }
    const ahead = await db.waitingListEntry.count({
      where: {
        centreId: e.centreId,
        status: "WAITING",
        OR: [{ createdAt: { lt: e.createdAt } }, { createdAt: e.createdAt, id: { lt: e.id } }],
      },
    });
    own.push({ centre: e.centre, status: "WAITING", position: ahead + 1, offerExpiresAt: null });
  }
  return own;
}

/**
 * The live offers at each of `eventId`'s centres at `now` (OFFERED, time limit ahead), and which centre
 * `userId` holds one at (their own offer is their place, so that centre is not full for them).
 */
export async function liveOffersByCentre(
  db: Db,
  params: { eventId: string; userId: string | null; now: Date },
): Promise<{ counts: Map<string, number>; mine: Set<string> }> {
  const offers = await db.waitingListEntry.findMany({
    where: { eventId: params.eventId, status: "OFFERED", offerExpiresAt: { gt: params.now } },
    select: { centreId: true, userId: true },
  });
  const counts = new Map<string, number>();
  const mine = new Set<string>();
  for (const o of offers) {
    if (o.userId === params.userId) mine.add(o.centreId);
    else counts.set(o.centreId, (counts.get(o.centreId) ?? 0) + 1);
  }
  return { counts, mine };
}

/** A centre's waiting list as organisers and its lead see it. */
export interface CentreWaitingList {
  centreId: string;
  centreName: string;
  waiting: number;
  offered: number;
  entries: {
    id: string;
    /** Alias, else first name and last initial: the list keeps no age, so everyone is named as a young person. */
    name: string;
    experience: "NEW" | "SOME" | "CONFIDENT";
    status: "WAITING" | "OFFERED";
    joinedAt: Date;
    offerExpiresAt: Date | null;
  }[];
}

/**
 * The waiting lists of `centres` (those the caller sees: all for organisers, their own for a centre
 * lead) at `now`, in the order places are offered: live offers first, then the waiting, earliest first.
 */
export async function centreWaitingLists(
  db: Db,
  params: { eventId: string; centres: readonly { id: string; name: string }[]; now: Date },
): Promise<CentreWaitingList[]> {
  const entries = await db.waitingListEntry.findMany({
    where: {
      eventId: params.eventId,
      centreId: { in: params.centres.map((c) => c.id) },
      OR: [{ status: "WAITING" }, { status: "OFFERED", offerExpiresAt: { gt: params.now } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      centreId: true,
      status: true,
      experience: true,
      createdAt: true,
      offerExpiresAt: true,
      user: { select: { name: true, alias: true } },
    },
  });
  return params.centres.map((centre) => {
    const here = entries.filter((e) => e.centreId === centre.id);
    const offered = here.filter((e) => e.status === "OFFERED");
    const waiting = here.filter((e) => e.status === "WAITING");
    return {
      centreId: centre.id,
      centreName: centre.name,
      waiting: waiting.length,
      offered: offered.length,
      entries: [...offered, ...waiting].map((e) => ({
        id: e.id,
        name: nameForOrganisers({ ...e.user, young: true }),
        experience: e.experience,
        status: e.status === "OFFERED" ? ("OFFERED" as const) : ("WAITING" as const),
        joinedAt: e.createdAt,
        offerExpiresAt: e.status === "OFFERED" ? e.offerExpiresAt : null,
      })),
    };
  });
}
