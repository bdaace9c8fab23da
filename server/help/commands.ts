// The help queue's changes: a team raises or cancels a request; a mentor, centre lead or organiser
// claims, releases or resolves one. Every change is a conditional update on the request's status, so of
// two people acting at once exactly one succeeds and the other is told why; each is audited.
import "server-only";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { Prisma } from "../db/generated/client.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { StaffCentre } from "../events/queries.ts";
import { dayInZone, teamsWithYoungPeople, vettingOf } from "../mentoring/queries.ts";
import { isVettedOn } from "../mentoring/vetting.ts";
import { nameWithInitial } from "../people/rules.ts";
import { helpEventOf, openAt } from "./queries.ts";
import { endOfDay, isExpired, mayClaim } from "./rules.ts";
import type { RaiseHelpInput } from "./schema.ts";

/** This module's refusals ("HelpErrors"). */
const refuse = refusals("HelpErrors");

const notFound = () => new DomainError("NOT_FOUND", refuse("requestNotFound"));

/** A request's state, re-read to say why a conditional update changed nothing. */
interface CurrentState {
  status: "WAITING" | "CLAIMED" | "RESOLVED" | "CANCELLED";
  expiresAt: Date;
  claimedById: string | null;
  claimedBy: { name: string | null } | null;
}

const currentSelect = {
  status: true,
  expiresAt: true,
  claimedById: true,
  claimedBy: { select: { name: true } },
} as const;

/** Why a request in `state` can no longer be acted on at `now` (a CONFLICT naming what happened). */
function refusalFor(state: CurrentState, now: Date): DomainError {
  if (isExpired(state, now) && (state.status === "WAITING" || state.status === "CLAIMED")) {
    return new DomainError("CONFLICT", refuse("requestExpired"));
  }
  switch (state.status) {
    case "CLAIMED": {
      const name = nameWithInitial(state.claimedBy?.name ?? null);
      return new DomainError(
        "CONFLICT",
        name === null ? refuse("anotherMentorClaimed") : refuse("alreadyClaimedBy", { name }),
      );
    }
    case "RESOLVED":
      return new DomainError("CONFLICT", refuse("alreadySorted"));
    case "CANCELLED":
      return new DomainError("CONFLICT", refuse("teamCancelled"));
    case "WAITING":
      return new DomainError("CONFLICT", refuse("claimFirst"));
  }
}

/**
 * Team `teamId` (of `eventId`, whose zone is `timeZone`) asks its centre's mentors for help at `now`,
 * raised by `userId`. The request waits until the end of that day in the event's zone (endOfDay), then
 * expires. A team without a centre is refused (NOT_ELIGIBLE, NO_CENTRE); a team with a request already
 * open is refused (CONFLICT, ALREADY_OPEN: the database's one-open-request index decides, so two members
 * raising at once make one request). An open request whose day is over is closed as CANCELLED first
 * (audited as `help.expire`). Audited as `help.raise` (topic only, never the description). Returns `{ id }`.
 */
export async function raiseHelp(
  db: Db,
  params: {
    eventId: string;
    timeZone: string;
    teamId: string;
    userId: string;
    input: RaiseHelpInput;
    now: Date;
  },
): Promise<{ id: string }> {
  const { now } = params;
  const team = await db.team.findFirst({
    where: { id: params.teamId, eventId: params.eventId },
    select: { centreId: true },
  });
  if (!team) throw new DomainError("NOT_FOUND", refuse("teamNotFound"));
  const centreId = team.centreId;
  if (!centreId) throw new DomainError("NOT_ELIGIBLE", refuse("noCentre"));
  try {
    return await db.$transaction(async (tx) => {
      const stale = await tx.helpRequest.findMany({
        where: { teamId: params.teamId, status: { in: ["WAITING", "CLAIMED"] }, expiresAt: { lte: now } },
        select: { id: true },
      });
      if (stale.length > 0) {
        await tx.helpRequest.updateMany({
          where: { id: { in: stale.map((s) => s.id) }, status: { in: ["WAITING", "CLAIMED"] } },
          data: { status: "CANCELLED" },
        });
        for (const s of stale) {
          await audit(tx, {
            actorId: params.userId,
            eventId: params.eventId,
            action: "help.expire",
            entityType: "HelpRequest",
            entityId: s.id,
          });
        }
      }
      const row = await tx.helpRequest.create({
        data: {
          eventId: params.eventId,
          centreId,
          teamId: params.teamId,
          raisedById: params.userId,
          topic: params.input.topic,
          description: params.input.description,
          location: params.input.location,
          expiresAt: endOfDay(now, params.timeZone),
          createdAt: now,
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: params.userId,
        eventId: params.eventId,
        action: "help.raise",
        entityType: "HelpRequest",
        entityId: row.id,
        data: { teamId: params.teamId, centreId, topic: params.input.topic },
      });
      return row;
    });
  } catch (error) {
    // The only unique index a new request can break: one open request per team.
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", refuse("alreadyOpen"));
    throw error;
  }
}

/**
 * A member of team `teamId` (`userId`) withdraws its open request `requestId` at `now`, waiting or
 * claimed. Cancelling it again is harmless. NOT_FOUND for another team's request; CONFLICT once it is
 * sorted or expired. Audited as `help.cancel`. Returns `{ id, status: "CANCELLED" }`.
 */
export async function cancelHelp(
  db: Db,
  params: { eventId: string; teamId: string; requestId: string; userId: string; now: Date },
): Promise<{ id: string; status: "CANCELLED" }> {
  const scope = { id: params.requestId, eventId: params.eventId, teamId: params.teamId };
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.helpRequest.updateMany({
      where: { ...scope, ...openAt(params.now) },
      data: { status: "CANCELLED" },
    });
    if (count === 0) return false;
    await audit(tx, {
      actorId: params.userId,
      eventId: params.eventId,
      action: "help.cancel",
      entityType: "HelpRequest",
      entityId: params.requestId,
    });
    return true;
  });
  if (!done) {
    const state = await db.helpRequest.findFirst({ where: scope, select: currentSelect });
    if (!state) throw notFound();
    if (state.status !== "CANCELLED") throw refusalFor(state, params.now);
  }
  return { id: params.requestId, status: "CANCELLED" };
}

/** What the staff commands are given: the event, the caller and their centres (centreStaffProcedure). */
export interface StaffAction {
  eventId: string;
  /** The caller's centres; a request at any other centre is NOT_FOUND. */
  centres: readonly StaffCentre[];
  userId: string;
  requestId: string;
  now: Date;
}

/** The request `requestId` at one of the caller's centres, and that centre; NOT_FOUND otherwise. */
async function staffRequest(db: Db, action: StaffAction) {
  const request = await db.helpRequest.findFirst({
    where: {
      id: action.requestId,
      eventId: action.eventId,
      centreId: { in: action.centres.map((c) => c.id) },
    },
    select: { id: true, teamId: true, centreId: true },
  });
  const centre = request ? action.centres.find((c) => c.id === request.centreId) : undefined;
  if (!request || !centre) throw notFound();
  return { request, centre };
}

/**
 * The caller takes on a waiting request at one of their centres at `now`. Safeguarding: a mentor whose
 * vetting is not in date today (isVettedOn, in the event's zone) may not claim a request from a team with
 * someone under 18 (FORBIDDEN, NEEDS_VETTED_ADULT: ask the centre lead); leads and organisers may claim
 * any. Of two people claiming at once exactly one succeeds; the other gets CONFLICT naming who claimed
 * it. Claiming one's own claim again is harmless. CONFLICT once sorted, cancelled or expired; NOT_FOUND
 * at another centre. Audited as `help.claim`. Returns `{ id, status: "CLAIMED" }`.
 */
export async function claimHelp(db: Db, action: StaffAction): Promise<{ id: string; status: "CLAIMED" }> {
  const { request, centre } = await staffRequest(db, action);
  if (!centre.asLead) {
    const event = await helpEventOf(db, action.eventId);
    const young = await teamsWithYoungPeople(db, { event, teamIds: [request.teamId] });
    const vetting = await vettingOf(db, { eventId: action.eventId, userIds: [action.userId] });
    const vettedToday = isVettedOn(vetting.get(action.userId) ?? null, dayInZone(action.now, event.timeZone));
    if (!mayClaim({ asLead: false, teamHasYoungPeople: young.has(request.teamId), vettedToday })) {
      throw new DomainError("FORBIDDEN", refuse("needsVettedAdult"));
    }
  }
  const won = await db.$transaction(async (tx) => {
    const { count } = await tx.helpRequest.updateMany({
      where: { id: request.id, status: "WAITING", expiresAt: { gt: action.now } },
      data: { status: "CLAIMED", claimedById: action.userId, claimedAt: action.now },
    });
    if (count === 0) return false;
    await audit(tx, {
      actorId: action.userId,
      eventId: action.eventId,
      action: "help.claim",
      entityType: "HelpRequest",
      entityId: request.id,
      data: { centreId: request.centreId, teamId: request.teamId },
    });
    return true;
  });
  if (!won) {
    const state = await db.helpRequest.findUniqueOrThrow({
      where: { id: request.id },
      select: currentSelect,
    });
    const mineAlready =
      state.status === "CLAIMED" && state.claimedById === action.userId && !isExpired(state, action.now);
    if (!mineAlready) throw refusalFor(state, action.now);
  }
  return { id: request.id, status: "CLAIMED" };
}

/** Refuses a mentor acting on someone else's claim: only the claimer or the centre's lead may. */
function notTheirs(): DomainError {
  return new DomainError("FORBIDDEN", refuse("notTheirClaim"));
}

/**
 * Ends the caller's claim on a request (shared by release and resolve): one conditional update of a
 * CLAIMED, unexpired request — by its claimer, or anyone when the caller leads its centre — to `data`,
 * audited as `auditAction`. When it changes nothing the request is re-read: `alreadyDone(state)` says
 * the caller's own earlier action had the same effect (harmless repeat); otherwise FORBIDDEN for another
 * mentor's live claim, or the CONFLICT refusalFor names.
 */
async function finishClaim(
  db: Db,
  action: StaffAction,
  change: {
    data: Prisma.HelpRequestUncheckedUpdateManyInput;
    auditAction: "help.release" | "help.resolve";
    alreadyDone: (state: CurrentState & { resolvedById: string | null }) => boolean;
  },
): Promise<void> {
  const { request, centre } = await staffRequest(db, action);
  const done = await db.$transaction(async (tx) => {
    const { count } = await tx.helpRequest.updateMany({
      where: {
        id: request.id,
        status: "CLAIMED",
        expiresAt: { gt: action.now },
        ...(centre.asLead ? {} : { claimedById: action.userId }),
      },
      data: change.data,
    });
    if (count === 0) return false;
    await audit(tx, {
      actorId: action.userId,
      eventId: action.eventId,
      action: change.auditAction,
      entityType: "HelpRequest",
      entityId: request.id,
    });
    return true;
  });
  if (done) return;
  const state = await db.helpRequest.findUniqueOrThrow({
    where: { id: request.id },
    select: { ...currentSelect, resolvedById: true },
  });
  if (change.alreadyDone(state)) return;
  if (state.status === "CLAIMED" && !isExpired(state, action.now)) throw notTheirs();
  throw refusalFor(state, action.now);
}

/**
 * Puts a claimed request back in the queue at `now` (WAITING, the claim cleared), in its old place:
 * the claimer, or the lead of its centre (or an organiser), may. Releasing a request already back in the
 * queue is harmless. FORBIDDEN for another mentor's claim; CONFLICT once sorted, cancelled or expired.
 * Audited as `help.release`. Returns `{ id, status: "WAITING" }`.
 */
export async function releaseHelp(db: Db, action: StaffAction): Promise<{ id: string; status: "WAITING" }> {
  await finishClaim(db, action, {
    data: { status: "WAITING", claimedById: null, claimedAt: null },
    auditAction: "help.release",
    alreadyDone: (state) => state.status === "WAITING" && !isExpired(state, action.now),
  });
  return { id: action.requestId, status: "WAITING" };
}

/**
 * Marks a claimed request sorted at `now`: the claimer, or the lead of its centre (or an organiser),
 * may. Resolving it again is harmless. FORBIDDEN for another mentor's claim; CONFLICT while waiting
 * (claim it first), once cancelled, or expired. Audited as `help.resolve`. Returns
 * `{ id, status: "RESOLVED" }`.
 */
export async function resolveHelp(db: Db, action: StaffAction): Promise<{ id: string; status: "RESOLVED" }> {
  await finishClaim(db, action, {
    data: { status: "RESOLVED", resolvedAt: action.now, resolvedById: action.userId },
    auditAction: "help.resolve",
    alreadyDone: (state) => state.status === "RESOLVED" && state.resolvedById === action.userId,
  });
  return { id: action.requestId, status: "RESOLVED" };
}
