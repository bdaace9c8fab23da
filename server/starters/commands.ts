// Writing starter projects: organisers for the event, sponsors for their own challenges.
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { StarterFields } from "./schema.ts";

/** This module's refusals ("StarterErrors"). */
const refuse = refusals("StarterErrors");

interface Authority {
  organiser: boolean;
  /** The challenges the caller may write for (every one of the event's for organisers). */
  challenges: readonly { id: string }[];
}

function assertMayWrite(authority: Authority, challengeId: string | null) {
  if (challengeId !== null && !authority.challenges.some((c) => c.id === challengeId)) {
    throw new DomainError("INVALID_INPUT", refuse("checkChallenge"), {
      challengeId: [refuse("chooseYourChallenge").text],
    });
  }
  if (challengeId === null && !authority.organiser) {
    throw new DomainError("INVALID_INPUT", refuse("chooseChallenge"), {
      challengeId: [refuse("chooseItsChallenge").text],
    });
  }
}

/**
 * Adds a starter project to an event. An organiser may leave the challenge out; a sponsor must name one
 * of their own challenges (field error otherwise). Audited. Returns `{ id }`.
 */
export async function createStarter(
  db: Db,
  params: { eventId: string; actorId: string; authority: Authority; input: StarterFields },
) {
  assertMayWrite(params.authority, params.input.challengeId);
  return db.$transaction(async (tx) => {
    const row = await tx.starterProject.create({
      data: { ...params.input, eventId: params.eventId, createdById: params.actorId },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "starter.create",
      entityType: "StarterProject",
      entityId: row.id,
      data: { title: params.input.title },
    });
    return row;
  });
}

/** The starter project `starterId` of the event, if the caller may change it (NOT_FOUND otherwise). */
async function ownStarter(db: Db, params: { eventId: string; starterId: string; authority: Authority }) {
  const row = await db.starterProject.findFirst({
    where: { id: params.starterId, eventId: params.eventId },
    select: { id: true, challengeId: true },
  });
  const mine =
    row !== null &&
    (params.authority.organiser || params.authority.challenges.some((c) => c.id === row.challengeId));
  if (!row || !mine) throw new DomainError("NOT_FOUND", refuse("starterNotFound"));
  return row;
}

/** Changes a starter project (the same rules as createStarter; NOT_FOUND for one the caller may not change). */
export async function updateStarter(
  db: Db,
  params: { eventId: string; actorId: string; starterId: string; authority: Authority; input: StarterFields },
) {
  await ownStarter(db, params);
  assertMayWrite(params.authority, params.input.challengeId);
  return db.$transaction(async (tx) => {
    await tx.starterProject.update({
      where: { id: params.starterId },
      data: params.input,
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "starter.update",
      entityType: "StarterProject",
      entityId: params.starterId,
      data: { title: params.input.title },
    });
    return { id: params.starterId };
  });
}

/** Deletes a starter project (NOT_FOUND for one the caller may not change). Audited. */
export async function deleteStarter(
  db: Db,
  params: { eventId: string; actorId: string; starterId: string; authority: Authority },
) {
  await ownStarter(db, params);
  return db.$transaction(async (tx) => {
    await tx.starterProject.delete({ where: { id: params.starterId }, select: { id: true } });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "starter.delete",
      entityType: "StarterProject",
      entityId: params.starterId,
    });
    return { id: params.starterId };
  });
}
