import "server-only";
import { appUrl } from "../http/app-url.ts";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { Prisma } from "../db/generated/client.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import {
  createOnce,
  recordRequestKey,
  requestKeyScope,
  type RequestKeyScope,
} from "../idempotency/commands.ts";
import { challengeStatusMail } from "../mail/challenge-templates.ts";
import { sendMail } from "../mail/send.ts";
import { firstFreeSlug, slugify } from "../organisations/rules.ts";
import { challengeOfEventForReview, challengeOfOrganisation, type ChallengeView } from "./queries.ts";
import { isEditable, transition, type ChallengeAction } from "./rules.ts";
import { dispatchDeliveries } from "../webhooks/deliver.ts";
import { emitChallengeStatusChanged } from "../webhooks/emit.ts";
import type { ChallengeDetails } from "./schema.ts";

/** This module's refusals ("ChallengeErrors"). */
const refuse = refusals("ChallengeErrors");

const notFound = () => new DomainError("NOT_FOUND", refuse("challengeNotFound"));

function isUniqueViolation(error: unknown, field: string): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2002" &&
    JSON.stringify(error.meta ?? {}).includes(field)
  );
}

function detailsData(details: ChallengeDetails) {
  return {
    title: details.title,
    summary: details.summary,
    problemStatement: details.problemStatement,
    sector: details.sector,
    resources: details.resources,
    successCriteria: details.successCriteria,
    prize: details.prize,
  };
}

async function freeChallengeSlug(tx: Tx, eventId: string, base: string): Promise<string> {
  const existing = await tx.challenge.findMany({
    where: { eventId, OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
    select: { slug: true },
  });
  return firstFreeSlug(base, new Set(existing.map((c) => c.slug)));
}

async function reread(tx: Tx, organisationId: string, challengeId: string): Promise<ChallengeView> {
  const view = await challengeOfOrganisation(tx, { organisationId, challengeId });
  if (!view) throw notFound();
  return view;
}

/**
 * A member drafts a challenge for a published event; the slug comes from the title, unique per event.
 * The same request sent twice (same `requestKey`) drafts one challenge.
 */
export async function createChallenge(
  db: Db,
  params: {
    actorId: string;
    organisationId: string;
    eventId: string;
    details: ChallengeDetails;
    requestKey?: string | undefined;
  },
): Promise<ChallengeView> {
  const scope = requestKeyScope(params.actorId, params.requestKey, "challenge.create");
  return createOnce(
    db,
    scope,
    () => insertChallenge(db, params, scope),
    (id) => db.$transaction((tx) => reread(tx, params.organisationId, id)),
  );
}

async function insertChallenge(
  db: Db,
  params: { actorId: string; organisationId: string; eventId: string; details: ChallengeDetails },
  scope: RequestKeyScope | null,
): Promise<ChallengeView> {
  const event = await db.event.findFirst({
    where: { id: params.eventId, status: "PUBLISHED" },
    select: { id: true },
  });
  // Drafts and archived events look the same as unknown ones from a sponsor's side.
  if (!event) {
    throw new DomainError("NOT_FOUND", refuse("eventNotPublished"), {
      eventId: [refuse("choosePublishedEvent").text],
    });
  }
  const base = slugify(params.details.title, "challenge");
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const slug = await freeChallengeSlug(tx, event.id, base);
        const created = await tx.challenge.create({
          data: {
            ...detailsData(params.details),
            slug,
            eventId: event.id,
            organisationId: params.organisationId,
            createdById: params.actorId,
            history: { create: { fromStatus: null, toStatus: "DRAFT", actorId: params.actorId } },
          },
          select: { id: true },
        });
        await recordRequestKey(tx, scope, created.id);
        await audit(tx, {
          actorId: params.actorId,
          eventId: event.id,
          action: "challenge.create",
          entityType: "Challenge",
          entityId: created.id,
          data: { organisationId: params.organisationId },
        });
        return reread(tx, params.organisationId, created.id);
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error, "slug")) continue;
      throw error;
    }
  }
}

/** Only the owning organisation edits, and only a draft or a challenge sent back for changes. */
export async function updateChallenge(
  db: Db,
  params: { actorId: string; organisationId: string; challengeId: string; details: ChallengeDetails },
): Promise<ChallengeView> {
  return db.$transaction(async (tx) => {
    const current = await tx.challenge.findFirst({
      where: { id: params.challengeId, organisationId: params.organisationId },
      select: { id: true, status: true, eventId: true },
    });
    if (!current) throw notFound();
    if (!isEditable(current.status)) {
      throw new DomainError("CONFLICT", refuse("notEditableNow"));
    }
    // The status in the where clause stops an edit slipping in after a concurrent submit.
    const changed = await tx.challenge.updateMany({
      where: { id: current.id, status: { in: ["DRAFT", "CHANGES_REQUESTED"] } },
      data: detailsData(params.details),
    });
    if (changed.count === 0) {
      throw new DomainError("CONFLICT", refuse("changedMeanwhile"));
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: current.eventId,
      action: "challenge.update",
      entityType: "Challenge",
      entityId: current.id,
    });
    return reread(tx, params.organisationId, current.id);
  });
}

type Scope = { side: "sponsor"; organisationId: string } | { side: "organiser"; eventId: string };

/**
 * One step of the status machine, recorded in the history and the audit log. Repeats are no-ops. Once
 * the step is committed, the other side hears about it by email: organisers when a sponsor submits,
 * the organisation's members when an organiser approves, asks for changes or publishes.
 */
export async function moveChallenge(
  db: Db,
  params: {
    actorId: string;
    scope: Scope;
    challengeId: string;
    action: ChallengeAction;
    comment?: string;
    now: Date;
  },
): Promise<ChallengeView> {
  const find = (tx: Tx) =>
    params.scope.side === "sponsor"
      ? challengeOfOrganisation(tx, {
          organisationId: params.scope.organisationId,
          challengeId: params.challengeId,
        })
      : challengeOfEventForReview(tx, { eventId: params.scope.eventId, challengeId: params.challengeId });
  const comment = params.comment?.trim() || null;
  const { view, moved, hooks } = await db.$transaction(async (tx) => {
    const current = await find(tx);
    if (!current) throw notFound();
    const step = transition(current.status, params.action);
    if (step.kind === "noop") return { view: current, moved: false, hooks: [] };
    if (step.kind === "refused") throw new DomainError("CONFLICT", step.reason);
    const updated = await tx.challenge.updateMany({
      where: { id: current.id, status: step.from },
      data: { status: step.to, ...(step.to === "PUBLISHED" ? { publishedAt: params.now } : {}) },
    });
    if (updated.count === 0) {
      // The same step taken meanwhile (a double click, or two organisers at once) is not a conflict.
      const after = await find(tx);
      if (after && transition(after.status, params.action).kind === "noop")
        return { view: after, moved: false, hooks: [] };
      throw new DomainError("CONFLICT", refuse("changedMeanwhile"));
    }
    await tx.challengeStatusChange.create({
      data: {
        challengeId: current.id,
        fromStatus: step.from,
        toStatus: step.to,
        actorId: params.actorId,
        comment,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: current.event.id,
      action: `challenge.${params.action}`,
      entityType: "Challenge",
      entityId: current.id,
      data: { from: step.from, to: step.to },
    });
    // Webhooks (server/webhooks): the deliveries are written with the change, sent after it commits.
    const hooks = await emitChallengeStatusChanged(tx, {
      challengeId: current.id,
      from: step.from,
      to: step.to,
      at: params.now,
      now: params.now,
    });
    const after = await find(tx);
    if (!after) throw notFound();
    return { view: after, moved: true, hooks };
  });
  dispatchDeliveries(db, { deliveryIds: hooks, now: params.now });
  if (moved)
    await notifyChallengeMove(db, {
      challenge: view,
      action: params.action,
      comment,
      actorId: params.actorId,
    });
  return view;
}

async function notifyChallengeMove(
  db: Db,
  params: { challenge: ChallengeView; action: ChallengeAction; comment: string | null; actorId: string },
): Promise<void> {
  const { challenge, action } = params;
  const toOrganisers = action === "submit";
  const recipients = toOrganisers
    ? await db.eventRole.findMany({
        where: { eventId: challenge.event.id, role: "ORGANISER", userId: { not: params.actorId } },
        select: { user: { select: { email: true } } },
      })
    : await db.organisationMember.findMany({
        where: { organisationId: challenge.organisation.id, userId: { not: params.actorId } },
        select: { user: { select: { email: true } } },
      });
  const path = toOrganisers
    ? `/manage/events/${challenge.event.id}/challenges`
    : `/organisations/${challenge.organisation.slug}/manage/challenges/${challenge.id}`;
  const content = challengeStatusMail({
    action,
    title: challenge.title,
    organisationName: challenge.organisation.name,
    eventName: challenge.event.name,
    comment: params.comment,
    url: appUrl(path),
  });
  for (const email of new Set(recipients.map((r) => r.user.email))) await sendMail(db, email, content);
}
