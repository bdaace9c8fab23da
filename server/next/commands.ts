// "What happened next": teams post short updates on their submitted project after the event, organisers
// hide one that should not be public, sponsors say what came of their challenge. Rules in rules.ts.
import "server-only";
import { type AuditEntry, audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { MAX_UPDATES_PER_PROJECT, mayPostUpdate, type ProjectUpdateKind } from "./rules.ts";

/** This module's refusals ("NextErrors"). */
const refuse = refusals("NextErrors");

const updateNotFound = () => new DomainError("NOT_FOUND", refuse("updateNotFound"));

/**
 * Makes `change` (an updateMany or deleteMany whose where clause keeps to what the caller may touch)
 * and audits it as `entry`. Throws `notFound()`, with nothing changed or audited, when it touched
 * nothing: the row is not there, or not the caller's.
 */
async function changeOwn(
  tx: Tx,
  change: () => Promise<{ count: number }>,
  notFound: () => DomainError,
  entry: AuditEntry,
): Promise<void> {
  const { count } = await change();
  if (count === 0) throw notFound();
  await audit(tx, entry);
}

/**
 * A team member posts an update on the team's project: after the deadline, for a submitted project
 * (PHASE_CLOSED otherwise, saying why), at most MAX_UPDATES_PER_PROJECT (CONFLICT). Credited to the
 * team on the public page; the author is kept for moderation only. Audited.
 */
export async function postUpdate(
  db: Db,
  params: {
    event: { id: string; submissionDeadline: Date };
    teamId: string;
    actorId: string;
    kind: ProjectUpdateKind;
    text: string;
    url: string | null;
    now: Date;
  },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const submission = await tx.submission.findUnique({
      where: { teamId: params.teamId },
      select: { id: true, eventId: true, status: true, _count: { select: { updates: true } } },
    });
    const allowed = mayPostUpdate(
      { submissionDeadline: params.event.submissionDeadline, projectStatus: submission?.status ?? null },
      params.now,
    );
    if (!allowed.ok) throw new DomainError("PHASE_CLOSED", refuse(allowed.reason));
    if (!submission || submission.eventId !== params.event.id) throw updateNotFound();
    if (submission._count.updates >= MAX_UPDATES_PER_PROJECT) {
      throw new DomainError("CONFLICT", refuse("tooManyUpdates", { max: String(MAX_UPDATES_PER_PROJECT) }));
    }
    const created = await tx.projectUpdate.create({
      data: {
        eventId: params.event.id,
        submissionId: submission.id,
        kind: params.kind,
        text: params.text,
        url: params.url,
        authorId: params.actorId,
        createdAt: params.now,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "projectUpdate.post",
      entityType: "ProjectUpdate",
      entityId: created.id,
      data: { kind: params.kind },
    });
    return created;
  });
}

/** A team member removes one of the team's updates (NOT_FOUND for another team's). Audited. */
export async function removeUpdate(
  db: Db,
  params: { eventId: string; teamId: string; actorId: string; updateId: string },
): Promise<void> {
  await db.$transaction((tx) =>
    changeOwn(
      tx,
      () =>
        tx.projectUpdate.deleteMany({
          where: { id: params.updateId, eventId: params.eventId, submission: { teamId: params.teamId } },
        }),
      updateNotFound,
      {
        actorId: params.actorId,
        eventId: params.eventId,
        action: "projectUpdate.remove",
        entityType: "ProjectUpdate",
        entityId: params.updateId,
      },
    ),
  );
}

/**
 * An organiser hides an update from the public page, with a reason the team sees (NOT_FOUND for another
 * event's). Hiding twice, or by two organisers at once, keeps the first time and reason and is audited once:
 * only a row not yet hidden is changed (the row lock makes the second writer see the first's change).
 */
export async function hideUpdate(
  db: Db,
  params: { eventId: string; actorId: string; updateId: string; reason: string; now: Date },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const where = { id: params.updateId, eventId: params.eventId };
    const { count } = await tx.projectUpdate.updateMany({
      where: { ...where, hiddenAt: null },
      data: { hiddenAt: params.now, hiddenReason: params.reason },
    });
    if (count === 0) {
      if (await tx.projectUpdate.findFirst({ where, select: { id: true } })) return; // hidden already
      throw updateNotFound();
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "projectUpdate.hide",
      entityType: "ProjectUpdate",
      entityId: params.updateId,
      data: { reason: params.reason },
    });
  });
}

/**
 * A member of the organisation records what came of one of its challenges: a published challenge whose
 * event's submission deadline has passed (NOT_FOUND for another organisation's or an unpublished one,
 * PHASE_CLOSED before the deadline). Audited.
 */
export async function postOutcome(
  db: Db,
  params: {
    organisationId: string;
    actorId: string;
    challengeId: string;
    text: string;
    url: string | null;
    now: Date;
  },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const challenge = await tx.challenge.findFirst({
      where: { id: params.challengeId, organisationId: params.organisationId, status: "PUBLISHED" },
      select: { id: true, eventId: true, event: { select: { submissionDeadline: true } } },
    });
    if (!challenge) throw new DomainError("NOT_FOUND", refuse("challengeNotFound"));
    if (params.now.getTime() < challenge.event.submissionDeadline.getTime()) {
      throw new DomainError("PHASE_CLOSED", refuse("outcomesNotOpen"));
    }
    const created = await tx.challengeOutcome.create({
      data: {
        challengeId: challenge.id,
        text: params.text,
        url: params.url,
        authorId: params.actorId,
        createdAt: params.now,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: challenge.eventId,
      action: "challengeOutcome.post",
      entityType: "ChallengeOutcome",
      entityId: created.id,
      data: { organisationId: params.organisationId },
    });
    return created;
  });
}

/** A member of the organisation removes one of its outcomes (NOT_FOUND for another's). Audited. */
export async function removeOutcome(
  db: Db,
  params: { organisationId: string; actorId: string; outcomeId: string },
): Promise<void> {
  await db.$transaction((tx) =>
    changeOwn(
      tx,
      () =>
        tx.challengeOutcome.deleteMany({
          where: { id: params.outcomeId, challenge: { organisationId: params.organisationId } },
        }),
      () => new DomainError("NOT_FOUND", refuse("outcomeNotFound")),
      {
        actorId: params.actorId,
        action: "challengeOutcome.remove",
        entityType: "ChallengeOutcome",
        entityId: params.outcomeId,
        data: { organisationId: params.organisationId },
      },
    ),
  );
}
