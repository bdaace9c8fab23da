import "server-only";
import { audit } from "../audit.ts";
import type { SessionUser } from "../context.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError, type Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { EventCore } from "../events/queries.ts";
import { eventPhase } from "../events/rules.ts";
import { appUrl } from "../http/app-url.ts";
import { log } from "../log.ts";
import { sendMail } from "../mail/send.ts";
import { waitlistOfferMail } from "../mail/waiting-list-templates.ts";
import { greetingName } from "../people/rules.ts";
import { holdsPlace } from "../registrations/queries.ts";
import { formatInZone } from "../time/zoned.ts";
import { addPromotionJob, waitingListQueueUrl } from "./jobs.ts";
import { isFull, isLiveOffer, offerExpiry, placesToOffer } from "./rules.ts";
import type { ExperienceLevel } from "../registrations/schema.ts";

/** This module's refusals ("WaitingListErrors"). */
const refuse = refusals("WaitingListErrors");

const centreField = (code: "CONFLICT" | "NOT_FOUND" | "INVALID_INPUT", said: Said) =>
  new DomainError(code, said, { centreId: [said.text] });

/** The live offers at a centre (OFFERED, time limit after `now`), except `exceptUserId`'s own. */
export function liveOffers(tx: Tx, params: { centreId: string; now: Date; exceptUserId?: string }) {
  return tx.waitingListEntry.count({
    where: {
      centreId: params.centreId,
      status: "OFFERED",
      offerExpiresAt: { gt: params.now },
      ...(params.exceptUserId ? { userId: { not: params.exceptUserId } } : {}),
    },
  });
}

/**
 * Takes a place at `centreId` for `userId`, inside the caller's transaction: locks the Centre row
 * (FOR UPDATE) until the transaction ends, so two people taking the last place are served one after the
 * other. A place is taken by every registration holding one and every live offer held by someone else;
 * the person's own live offer is their place. Then the person's waiting-list entries in the event are
 * closed: this centre's ACCEPTED, any other centre's LEFT. Returns the other centres where a live offer
 * was given up (their places are free again: request a promotion for them after the commit). Errors:
 * INVALID_INPUT (no such centre), CONFLICT "That centre is full." (fieldErrors.centreId).
 */
export async function claimCentrePlace(
  tx: Tx,
  params: { centreId: string; userId: string; now: Date },
): Promise<{ freedCentreIds: string[] }> {
  const { centreId, userId, now } = params;
  const [centre] = await tx.$queryRaw<{ capacity: number; eventId: string }[]>`
    SELECT capacity, "eventId" FROM "Centre" WHERE id = ${centreId} FOR UPDATE`;
  if (!centre) throw centreField("INVALID_INPUT", refuse("chooseCentreFromList"));
  const registered = await tx.registration.count({
    where: { centreId, ...holdsPlace, userId: { not: userId } },
  });
  const offers = await liveOffers(tx, { centreId, now, exceptUserId: userId });
  if (isFull({ capacity: centre.capacity, registered, liveOffers: offers })) {
    throw new DomainError("CONFLICT", refuse("centreFull"), {
      centreId: [refuse("centreFullChooseAnother").text],
    });
  }
  const open = await tx.waitingListEntry.findMany({
    where: { eventId: centre.eventId, userId, status: { in: ["WAITING", "OFFERED"] } },
    select: { id: true, centreId: true, status: true, offerExpiresAt: true },
  });
  const freedCentreIds: string[] = [];
  for (const entry of open) {
    const here = entry.centreId === centreId;
    await tx.waitingListEntry.update({
      where: { id: entry.id },
      data: { status: here ? "ACCEPTED" : "LEFT", endedAt: now },
      select: { id: true },
    });
    if (!here && isLiveOffer(entry, now)) freedCentreIds.push(entry.centreId);
  }
  return { freedCentreIds };
}

/**
 * Asks for `centreId`'s free places to be offered to its waiting list. With a job queue (a PostgreSQL
 * server: server/jobs), a `promote_waiting_list` job at `runAt` (default now) under a job key
 * (`waitlist:<centreId>` by default, so requests for one centre collapse into one job; an offer's expiry
 * passes `waitlist-expiry:<entryId>`, so it is never replaced by a request for now). Without a queue
 * (the embedded database, and tests), promoteWaitingList runs at once with `now`, unless `runAt` is
 * given (an expiry then waits for the next promotion or sweep). Never throws: the request has already
 * succeeded; a failure is logged, and the hourly sweep catches up.
 */
export async function requestPromotion(
  db: Db,
  params: { centreId: string; now: Date; runAt?: Date; key?: string },
): Promise<void> {
  const queue = waitingListQueueUrl();
  try {
    if (!queue) {
      if (!params.runAt) await promoteWaitingList(db, { centreId: params.centreId, now: params.now });
      return;
    }
    await addPromotionJob(db, queue, {
      centreId: params.centreId,
      runAt: params.runAt ?? new Date(),
      key: params.key ?? `waitlist:${params.centreId}`,
    });
  } catch (error) {
    log.error("waiting list promotion failed", { centreId: params.centreId, error: String(error) });
  }
}

/** Requests a promotion for each centre in `centreIds` (after a transaction that freed places there). */
export async function requestPromotions(db: Db, params: { centreIds: string[]; now: Date }): Promise<void> {
  for (const centreId of new Set(params.centreIds)) await requestPromotion(db, { centreId, now: params.now });
}

/**
 * The job: offers `centreId`'s free places to the earliest people waiting. Under the Centre row lock
 * (so two runs at once, or a run beside a registration, are served one after the other): offers whose
 * time limit has passed at `now` become EXPIRED; waiting entries of people who hold a place in the event
 * meanwhile become LEFT; then as many entries as there are free places (placesToOffer: capacity minus
 * registrations holding a place minus live offers) become OFFERED, in the order they joined, with a time
 * limit (offerExpiry: 48 hours, or when registration closes if sooner; none once it has closed). Each is
 * audited ("waitlist.offer"), emailed ("waitlist-offer") after the commit, and an expiry job is queued
 * at its time limit. Idempotent: running it again, late or twice at once, offers nothing twice and never
 * more places than are free. Returns the ids of the entries offered a place.
 */
export async function promoteWaitingList(
  db: Db,
  params: { centreId: string; now: Date },
): Promise<{ offered: string[] }> {
  const { centreId, now } = params;
  const result = await db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Centre" WHERE id = ${centreId} FOR UPDATE`;
    if (!locked) return null;
    const centre = await tx.centre.findUniqueOrThrow({
      where: { id: centreId },
      select: {
        name: true,
        capacity: true,
        event: {
          select: {
            id: true,
            name: true,
            slug: true,
            timeZone: true,
            status: true,
            registrationClosesAt: true,
          },
        },
      },
    });
    const eventId = centre.event.id;
    const expired = await tx.waitingListEntry.updateMany({
      where: { centreId, status: "OFFERED", offerExpiresAt: { lte: now } },
      data: { status: "EXPIRED", endedAt: now },
    });
    if (expired.count > 0) {
      await audit(tx, {
        actorId: null,
        eventId,
        action: "waitlist.expire",
        entityType: "Centre",
        entityId: centreId,
        data: { count: expired.count },
      });
    }
    await tx.waitingListEntry.updateMany({
      where: {
        centreId,
        status: "WAITING",
        user: { registrations: { some: { eventId, ...holdsPlace } } },
      },
      data: { status: "LEFT", endedAt: now },
    });
    const expiresAt = offerExpiry(now, centre.event.registrationClosesAt);
    if (!expiresAt || centre.event.status !== "PUBLISHED") return null;
    const [registered, offers, waiting] = await Promise.all([
      tx.registration.count({ where: { centreId, ...holdsPlace } }),
      liveOffers(tx, { centreId, now }),
      tx.waitingListEntry.count({ where: { centreId, status: "WAITING" } }),
    ]);
    const n = placesToOffer({ capacity: centre.capacity, registered, liveOffers: offers, waiting });
    if (n === 0) return null;
    const next = await tx.waitingListEntry.findMany({
      where: { centreId, status: "WAITING" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: n,
      select: { id: true, user: { select: { email: true, name: true, alias: true } } },
    });
    for (const entry of next) {
      await tx.waitingListEntry.update({
        where: { id: entry.id },
        data: { status: "OFFERED", offeredAt: now, offerExpiresAt: expiresAt },
        select: { id: true },
      });
      await audit(tx, {
        actorId: null,
        eventId,
        action: "waitlist.offer",
        entityType: "WaitingListEntry",
        entityId: entry.id,
        data: { centreId, offerExpiresAt: expiresAt.toISOString() },
      });
    }
    return { centre, expiresAt, next };
  });
  if (!result) return { offered: [] };
  const { centre, expiresAt, next } = result;
  for (const entry of next) {
    await sendMail(
      db,
      entry.user.email,
      waitlistOfferMail({
        recipientName: greetingName(entry.user),
        eventName: centre.event.name,
        centreName: centre.name,
        expiresAt: formatInZone(expiresAt, centre.event.timeZone),
        url: appUrl(`/events/${centre.event.slug}/register?centre=${centreId}`),
      }),
    );
    await requestPromotion(db, { centreId, now, runAt: expiresAt, key: `waitlist-expiry:${entry.id}` });
  }
  return { offered: next.map((e) => e.id) };
}

/**
 * The hourly safety net (and, on the embedded database, the only clock): promotes every centre where
 * someone is waiting or an offer's time limit has passed at `now`, so a promotion lost (a crash between
 * a commit and its job) or an expiry without a queue is caught up. Returns how many places were offered.
 */
export async function sweepWaitingLists(db: Db, params: { now: Date }): Promise<number> {
  const centres = await db.waitingListEntry.findMany({
    where: {
      OR: [{ status: "WAITING" }, { status: "OFFERED", offerExpiresAt: { lte: params.now } }],
    },
    distinct: ["centreId"],
    select: { centreId: true },
    take: 5_000,
  });
  let offered = 0;
  for (const { centreId } of centres) {
    offered += (await promoteWaitingList(db, { centreId, now: params.now })).offered.length;
  }
  return offered;
}

const alreadyOnList = () => centreField("CONFLICT", refuse("alreadyOnList"));

/**
 * Puts the caller (or the child's profile a guardian acts for) on a full centre's waiting list, at the
 * back, with the experience they will register with. Joining again after leaving or after an offer ran
 * out starts again at the back. Errors: PHASE_CLOSED (registration isn't open), CONFLICT (they hold a
 * registration with a place; the centre has places left, so they register instead; already on the
 * list), NOT_FOUND (a centre of another event). Audited "waitlist.join". Returns the entry and its
 * position (1 = next).
 */
export async function joinWaitingList(
  db: Db,
  params: {
    user: SessionUser;
    event: EventCore;
    registration: { status: string } | null;
    centreId: string;
    experience: ExperienceLevel;
    now: Date;
  },
): Promise<{ id: string; position: number }> {
  const { user, event, centreId, now } = params;
  if (!eventPhase(event, now).capabilities.canRegister) {
    throw new DomainError("PHASE_CLOSED", refuse("registrationNotOpen"));
  }
  if (params.registration && params.registration.status !== "WITHDRAWN") {
    throw new DomainError("CONFLICT", refuse("alreadyHavePlace"));
  }
  try {
    return await db.$transaction(async (tx) => {
      const [centre] = await tx.$queryRaw<{ capacity: number }[]>`
        SELECT capacity FROM "Centre" WHERE id = ${centreId} AND "eventId" = ${event.id} FOR UPDATE`;
      if (!centre) throw centreField("NOT_FOUND", refuse("chooseCentreOfEvent"));
      const existing = await tx.waitingListEntry.findUnique({
        where: { centreId_userId: { centreId, userId: user.id } },
        select: { id: true, status: true, offerExpiresAt: true },
      });
      if (existing && (existing.status === "WAITING" || isLiveOffer(existing, now))) throw alreadyOnList();
      const [registered, offers] = await Promise.all([
        tx.registration.count({ where: { centreId, ...holdsPlace } }),
        liveOffers(tx, { centreId, now }),
      ]);
      if (!isFull({ capacity: centre.capacity, registered, liveOffers: offers })) {
        throw centreField("CONFLICT", refuse("centreHasPlaces"));
      }
      const data = {
        status: "WAITING" as const,
        experience: params.experience,
        offeredAt: null,
        offerExpiresAt: null,
        endedAt: null,
        createdAt: now,
      };
      const entry = existing
        ? await tx.waitingListEntry.update({ where: { id: existing.id }, data, select: { id: true } })
        : await tx.waitingListEntry.create({
            data: { ...data, eventId: event.id, centreId, userId: user.id },
            select: { id: true },
          });
      await audit(tx, {
        actorId: user.guardian?.id ?? user.id,
        eventId: event.id,
        action: "waitlist.join",
        entityType: "WaitingListEntry",
        entityId: entry.id,
        data: { centreId },
      });
      const position = await tx.waitingListEntry.count({
        where: {
          centreId,
          status: "WAITING",
          OR: [{ createdAt: { lt: now } }, { createdAt: now, id: { lte: entry.id } }],
        },
      });
      return { id: entry.id, position };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyOnList();
    throw error;
  }
}

/**
 * Takes the caller off a centre's waiting list, or turns down the place it offered them (the place then
 * goes to the next person: a promotion is requested). Errors: NOT_FOUND (not on that list). Audited
 * "waitlist.leave". Returns `{ left: true }`.
 */
export async function leaveWaitingList(
  db: Db,
  params: { user: SessionUser; eventId: string; centreId: string; now: Date },
): Promise<{ left: true }> {
  const { user, centreId, now } = params;
  const wasOffer = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Centre" WHERE id = ${centreId} AND "eventId" = ${params.eventId} FOR UPDATE`;
    const entry = await tx.waitingListEntry.findFirst({
      where: { centreId, eventId: params.eventId, userId: user.id, status: { in: ["WAITING", "OFFERED"] } },
      select: { id: true, status: true, offerExpiresAt: true },
    });
    if (!entry) throw new DomainError("NOT_FOUND", refuse("notOnList"));
    await tx.waitingListEntry.update({
      where: { id: entry.id },
      data: { status: "LEFT", endedAt: now },
      select: { id: true },
    });
    await audit(tx, {
      actorId: user.guardian?.id ?? user.id,
      eventId: params.eventId,
      action: "waitlist.leave",
      entityType: "WaitingListEntry",
      entityId: entry.id,
      data: { centreId, declinedOffer: entry.status === "OFFERED" },
    });
    return isLiveOffer(entry, now);
  });
  if (wasOffer) await requestPromotion(db, { centreId, now });
  return { left: true };
}
