import "server-only";
import { randomBytes } from "node:crypto";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { Prisma } from "../db/generated/client.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { EventCapabilities } from "../events/rules.ts";
import type { BlobStore } from "../storage/blob-store.ts";
import { acceptedImageType, imageRefusal } from "../storage/image-refusals.ts";
import { freeImageSlot, MAX_IMAGES } from "../storage/images.ts";
import { createOnce, recordRequestKey, requestKeyScope } from "../idempotency/commands.ts";
import { appUrl } from "../http/app-url.ts";
import { sendMail } from "../mail/send.ts";
import { projectDisqualifiedMail, projectReinstatedMail } from "../mail/submission-templates.ts";
import type { MailContent } from "../mail/templates.ts";
import {
  canDisqualify,
  galleryState,
  missingForSubmit,
  reinstatedStatus,
  sameSavedFields,
  SUBMISSION_STATUS_TEXT,
  submissionChangeBlock,
  type SubmissionStatus,
} from "./rules.ts";
import { submissionSelect, type SubmissionView } from "./queries.ts";
import type { SubmissionFields } from "./schema.ts";
import { dispatchDeliveries } from "../webhooks/deliver.ts";
import { emitProjectSubmitted } from "../webhooks/emit.ts";

/** This module's refusals ("SubmissionErrors"). */
const refuse = refusals("SubmissionErrors");

type Fields = SubmissionFields;

interface TeamScope {
  eventId: string;
  teamId: string;
  actorId: string;
  capabilities: EventCapabilities;
  /** Why submissions are not open (before hacking starts, or after the deadline), when they aren't. */
  closedNotice?: string | null;
}

function assertCanChange(scope: TeamScope, status: SubmissionStatus | null): void {
  const block = submissionChangeBlock(scope.capabilities, status);
  if (block === "PHASE_CLOSED") {
    throw new DomainError("PHASE_CLOSED", scope.closedNotice ?? refuse("submissionsClosed"));
  }
  if (block === "DISQUALIFIED") {
    throw new DomainError("FORBIDDEN", refuse("disqualified"));
  }
}

const stale = () => new DomainError("STALE_VERSION", refuse("staleVersion"));

async function checkChallenges(tx: Tx, eventId: string, challengeIds: string[]): Promise<void> {
  if (challengeIds.length === 0) return;
  const found = await tx.challenge.count({
    where: { id: { in: challengeIds }, eventId, status: "PUBLISHED" },
  });
  if (found !== new Set(challengeIds).size) {
    throw new DomainError("INVALID_INPUT", refuse("chooseEventChallenges"), {
      challengeIds: [refuse("chooseEventChallengesField").text],
    });
  }
}

const contentSelect = {
  title: true,
  tagline: true,
  description: true,
  repositoryUrl: true,
  demoUrl: true,
  videoUrl: true,
  technologies: true,
} as const;

function contentData(fields: Fields) {
  return {
    title: fields.title,
    tagline: fields.tagline,
    description: fields.description,
    repositoryUrl: fields.repositoryUrl,
    demoUrl: fields.demoUrl,
    videoUrl: fields.videoUrl,
    technologies: fields.technologies,
  };
}

/**
 * Creates the team's submission (expectedVersion 0) or saves an edit of the version the editor started
 * from. Two members saving different things at once: the second is told to reload instead of silently
 * overwriting. The same save arriving twice (a double click) is not a conflict: what it would write is
 * already there, so it is answered with the stored version.
 */
export async function saveSubmission(
  db: Db,
  params: TeamScope & { expectedVersion: number; fields: Fields },
): Promise<SubmissionView> {
  try {
    return await saveOnce(db, params);
  } catch (error) {
    // Two first saves at once: the loser of the one-project-per-team index finds the winner's project.
    if (isUniqueViolation(error, "teamId")) return saveOnce(db, params);
    throw error;
  }
}

async function saveOnce(
  db: Db,
  params: TeamScope & { expectedVersion: number; fields: Fields },
): Promise<SubmissionView> {
  return db.$transaction(async (tx) => {
    const current = await tx.submission.findFirst({
      where: { eventId: params.eventId, teamId: params.teamId },
      select: {
        id: true,
        status: true,
        version: true,
        ...contentSelect,
        challenges: { select: { challengeId: true } },
      },
    });
    assertCanChange(params, current?.status ?? null);
    if (current && current.version !== params.expectedVersion) {
      const stored = { ...current, challengeIds: current.challenges.map((c) => c.challengeId) };
      if (!sameSavedFields(stored, params.fields)) throw stale();
      return tx.submission.findUniqueOrThrow({ where: { id: current.id }, select: submissionSelect });
    }
    await checkChallenges(tx, params.eventId, params.fields.challengeIds);
    const challenges = params.fields.challengeIds.map((challengeId) => ({ challengeId }));
    if (!current) {
      if (params.expectedVersion !== 0) throw stale();
      const created = await tx.submission.create({
        data: {
          eventId: params.eventId,
          teamId: params.teamId,
          ...contentData(params.fields),
          challenges: { create: challenges },
        },
        select: { id: true },
      });
      await audit(tx, {
        actorId: params.actorId,
        eventId: params.eventId,
        action: "submission.create",
        entityType: "Submission",
        entityId: created.id,
      });
      return tx.submission.findUniqueOrThrow({ where: { id: created.id }, select: submissionSelect });
    }
    const updated = await tx.submission.updateMany({
      where: { id: current.id, version: params.expectedVersion },
      data: { ...contentData(params.fields), version: { increment: 1 } },
    });
    if (updated.count === 0) {
      // Someone saved meanwhile (we waited for their row lock): fine if they saved exactly this.
      const after = await tx.submission.findUniqueOrThrow({
        where: { id: current.id },
        select: { ...contentSelect, challenges: { select: { challengeId: true } } },
      });
      const stored = { ...after, challengeIds: after.challenges.map((c) => c.challengeId) };
      if (!sameSavedFields(stored, params.fields)) throw stale();
      return tx.submission.findUniqueOrThrow({ where: { id: current.id }, select: submissionSelect });
    }
    await tx.submissionChallenge.deleteMany({ where: { submissionId: current.id } });
    await tx.submissionChallenge.createMany({
      data: challenges.map((c) => ({ ...c, submissionId: current.id })),
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "submission.update",
      entityType: "Submission",
      entityId: current.id,
    });
    return tx.submission.findUniqueOrThrow({ where: { id: current.id }, select: submissionSelect });
  });
}

function snapshotOf(submission: SubmissionView): Prisma.InputJsonValue {
  return {
    title: submission.title,
    tagline: submission.tagline,
    description: submission.description,
    repositoryUrl: submission.repositoryUrl,
    demoUrl: submission.demoUrl,
    videoUrl: submission.videoUrl,
    technologies: submission.technologies,
    challengeIds: submission.challenges.map((c) => c.challengeId),
    imageIds: submission.images.map((i) => i.id),
  };
}

/**
 * Submits the version the team is looking at and keeps a copy of it, so judges see what stood at the
 * deadline. Submitting the same version twice changes nothing, also when both arrive at once (the
 * revision's unique version decides, and the loser answers with the winner's result).
 */
export async function submitSubmission(
  db: Db,
  params: TeamScope & { expectedVersion: number; now: Date },
): Promise<SubmissionView> {
  let done: { view: SubmissionView; hooks: string[] };
  try {
    done = await submitOnce(db, params);
  } catch (error) {
    if (!isUniqueViolation(error, "version")) throw error;
    done = await submitOnce(db, params);
  }
  dispatchDeliveries(db, { deliveryIds: done.hooks, now: params.now });
  return done.view;
}

async function submitOnce(
  db: Db,
  params: TeamScope & { expectedVersion: number; now: Date },
): Promise<{ view: SubmissionView; hooks: string[] }> {
  return db.$transaction(async (tx) => {
    const submission = await tx.submission.findFirst({
      where: { eventId: params.eventId, teamId: params.teamId },
      select: submissionSelect,
    });
    if (!submission) throw new DomainError("NOT_FOUND", refuse("saveBeforeSubmitting"));
    assertCanChange(params, submission.status);
    if (submission.version !== params.expectedVersion) throw stale();
    const latest = submission.revisions[0]?.version;
    if (submission.status === "SUBMITTED" && latest === submission.version)
      return { view: submission, hooks: [] };
    const missing = missingForSubmit({
      title: submission.title,
      description: submission.description,
      challengeIds: submission.challenges.map((c) => c.challengeId),
    });
    if (Object.keys(missing).length > 0) {
      throw new DomainError("INVALID_INPUT", refuse("needsMoreBeforeSubmitting"), missing);
    }
    await tx.submissionRevision.create({
      data: {
        submissionId: submission.id,
        version: submission.version,
        snapshot: snapshotOf(submission),
        submittedById: params.actorId,
      },
      select: { id: true },
    });
    await tx.submission.update({
      where: { id: submission.id },
      data: { status: "SUBMITTED", submittedAt: params.now },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "submission.submit",
      entityType: "Submission",
      entityId: submission.id,
      data: { version: submission.version },
    });
    // Webhooks (server/webhooks): the deliveries are written with the submission, sent after it commits.
    const hooks = await emitProjectSubmitted(tx, {
      submissionId: submission.id,
      version: submission.version,
      at: params.now,
      now: params.now,
    });
    const view = await tx.submission.findUniqueOrThrow({
      where: { id: submission.id },
      select: submissionSelect,
    });
    return { view, hooks };
  });
}

/** The team takes its project out of the running (it can submit again before the deadline). */
export async function withdrawSubmission(db: Db, params: TeamScope): Promise<SubmissionView> {
  return db.$transaction(async (tx) => {
    const submission = await tx.submission.findFirst({
      where: { eventId: params.eventId, teamId: params.teamId },
      select: { id: true, status: true },
    });
    if (!submission) throw new DomainError("NOT_FOUND", refuse("nothingToWithdraw"));
    assertCanChange(params, submission.status);
    if (submission.status !== "WITHDRAWN") {
      await tx.submission.update({
        where: { id: submission.id },
        data: { status: "WITHDRAWN" },
        select: { id: true },
      });
      await audit(tx, {
        actorId: params.actorId,
        eventId: params.eventId,
        action: "submission.withdraw",
        entityType: "Submission",
        entityId: submission.id,
      });
    }
    return tx.submission.findUniqueOrThrow({ where: { id: submission.id }, select: submissionSelect });
  });
}

interface OrganiserScope {
  event: { id: string; name: string; slug: string };
  submissionId: string;
  actorId: string;
}

const projectNotFound = () => new DomainError("NOT_FOUND", refuse("projectNotFound"));

/** Every member's address, once each, to tell the team what the organisers did. */
async function mailTeam(db: Db, params: { submissionId: string; content: MailContent }): Promise<void> {
  const members = await db.teamMember.findMany({
    where: { team: { submission: { id: params.submissionId } } },
    select: { user: { select: { email: true } } },
  });
  for (const email of new Set(members.map((m) => m.user.email))) await sendMail(db, email, params.content);
}

const projectUrl = (slug: string) => appUrl(`/events/${slug}/submission`);

/**
 * Organisers disqualify a project with a reason the team sees, and the team is emailed. Disqualifying
 * again only changes the reason (and tells the team the new one); the status it had before is kept so
 * reinstating can put it back.
 */
export async function disqualifySubmission(
  db: Db,
  params: OrganiserScope & { reason: string },
): Promise<{ changed: boolean }> {
  const result = await db.$transaction(async (tx) => {
    const current = await tx.submission.findFirst({
      where: { id: params.submissionId, eventId: params.event.id },
      select: { id: true, title: true, status: true, disqualifiedReason: true },
    });
    if (!current) throw projectNotFound();
    if (current.status === "DISQUALIFIED" && current.disqualifiedReason === params.reason) {
      return { changed: false, title: current.title };
    }
    // The status in the where clause: a team submitting or withdrawing at the same moment makes
    // this lose cleanly instead of recording the wrong status to go back to.
    const changed = await tx.submission.updateMany({
      where: { id: current.id, status: current.status },
      data: canDisqualify(current.status)
        ? {
            status: "DISQUALIFIED",
            disqualifiedReason: params.reason,
            statusBeforeDisqualification: current.status,
          }
        : { disqualifiedReason: params.reason },
    });
    if (changed.count === 0) {
      throw new DomainError("CONFLICT", refuse("projectChangedMeanwhile"));
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: canDisqualify(current.status) ? "submission.disqualify" : "submission.disqualify.reason",
      entityType: "Submission",
      entityId: current.id,
      data: { reason: params.reason, from: current.status },
    });
    return { changed: true, title: current.title };
  });
  if (result.changed) {
    await mailTeam(db, {
      submissionId: params.submissionId,
      content: projectDisqualifiedMail({
        eventName: params.event.name,
        title: result.title,
        reason: params.reason,
        url: projectUrl(params.event.slug),
      }),
    });
  }
  return { changed: result.changed };
}

/**
 * Lifts a disqualification: the project goes back to the status it had, the reason is cleared and the
 * team is emailed. Reinstating a project that is not disqualified changes nothing.
 */
export async function reinstateSubmission(db: Db, params: OrganiserScope): Promise<{ changed: boolean }> {
  const result = await db.$transaction(async (tx) => {
    const current = await tx.submission.findFirst({
      where: { id: params.submissionId, eventId: params.event.id },
      select: {
        id: true,
        title: true,
        status: true,
        statusBeforeDisqualification: true,
        _count: { select: { revisions: true } },
      },
    });
    if (!current) throw projectNotFound();
    if (current.status !== "DISQUALIFIED") return null;
    const to = reinstatedStatus(current.statusBeforeDisqualification, current._count.revisions > 0);
    const changed = await tx.submission.updateMany({
      where: { id: current.id, status: "DISQUALIFIED" },
      data: { status: to, disqualifiedReason: null, statusBeforeDisqualification: null },
    });
    if (changed.count === 0) return null;
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "submission.reinstate",
      entityType: "Submission",
      entityId: current.id,
      data: { to },
    });
    return { title: current.title, to };
  });
  if (!result) return { changed: false };
  await mailTeam(db, {
    submissionId: params.submissionId,
    content: projectReinstatedMail({
      eventName: params.event.name,
      title: result.title,
      statusText: SUBMISSION_STATUS_TEXT[result.to].toLowerCase(),
      url: projectUrl(params.event.slug),
    }),
  });
  return { changed: true };
}

/**
 * Adds an image to the team's project; the bytes decide the type, not the browser. Slots are unique in
 * the database, so two uploads at once cannot both take the last one: the loser retries on the next free
 * slot and is refused when there is none. The same upload sent twice (same `requestKey`) adds one image.
 */
export async function addSubmissionImage(
  db: Db,
  store: BlobStore,
  params: TeamScope & { bytes: Uint8Array; alt: string; requestKey?: string | undefined },
): Promise<SubmissionView> {
  const scope = requestKeyScope(params.actorId, params.requestKey, "submission.image.add");
  return createOnce(
    db,
    scope,
    () => addImageOnce(db, store, params, scope),
    (submissionId) =>
      db.submission.findUniqueOrThrow({ where: { id: submissionId }, select: submissionSelect }),
  );
}

async function addImageOnce(
  db: Db,
  store: BlobStore,
  params: TeamScope & { bytes: Uint8Array; alt: string },
  scope: Parameters<typeof recordRequestKey>[1],
): Promise<SubmissionView> {
  const submission = await db.submission.findFirst({
    where: { eventId: params.eventId, teamId: params.teamId },
    select: { id: true, status: true, _count: { select: { images: true } } },
  });
  if (!submission) throw new DomainError("NOT_FOUND", refuse("saveBeforeAddingImages"));
  assertCanChange(params, submission.status);
  const contentType = acceptedImageType(params.bytes, submission._count.images, "image");
  const key = `submissions/${submission.id}/${randomBytes(16).toString("hex")}`;
  // The file first: a row never points at a missing file. A crash in between leaves an orphan file,
  // which is harmless.
  await store.put(key, params.bytes);
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await db.$transaction(async (tx) => {
          const taken = await tx.submissionImage.findMany({
            where: { submissionId: submission.id },
            select: { position: true },
          });
          const position = freeImageSlot(taken.map((i) => i.position));
          if (position === null) throw imageRefusal("TOO_MANY", "image");
          await tx.submissionImage.create({
            data: {
              submissionId: submission.id,
              storageKey: key,
              contentType,
              byteSize: params.bytes.length,
              alt: params.alt,
              position,
            },
            select: { id: true },
          });
          await recordRequestKey(tx, scope, submission.id);
          await audit(tx, {
            actorId: params.actorId,
            eventId: params.eventId,
            action: "submission.image.add",
            entityType: "Submission",
            entityId: submission.id,
          });
        });
        break;
      } catch (error) {
        if (attempt < MAX_IMAGES && isUniqueViolation(error, "position")) continue;
        throw error;
      }
    }
  } catch (error) {
    await store.delete(key);
    throw error;
  }
  return db.submission.findUniqueOrThrow({ where: { id: submission.id }, select: submissionSelect });
}

export async function removeSubmissionImage(
  db: Db,
  store: BlobStore,
  params: TeamScope & { imageId: string },
): Promise<SubmissionView> {
  const image = await db.submissionImage.findFirst({
    where: { id: params.imageId, submission: { eventId: params.eventId, teamId: params.teamId } },
    select: { id: true, storageKey: true, submission: { select: { id: true, status: true } } },
  });
  if (!image) throw new DomainError("NOT_FOUND", refuse("imageNotInProject"));
  assertCanChange(params, image.submission.status);
  await db.$transaction(async (tx) => {
    await tx.submissionImage.delete({ where: { id: image.id } });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "submission.image.remove",
      entityType: "Submission",
      entityId: image.submission.id,
    });
  });
  await store.delete(image.storageKey);
  return db.submission.findUniqueOrThrow({ where: { id: image.submission.id }, select: submissionSelect });
}

/** Organisers open the gallery before the deadline (it opens by itself at the deadline). */
export async function openGallery(
  db: Db,
  params: { eventId: string; actorId: string; now: Date },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const changed = await tx.event.updateMany({
      where: { id: params.eventId, galleryOpenedAt: null },
      data: { galleryOpenedAt: params.now },
    });
    if (changed.count === 0) return;
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "gallery.open",
      entityType: "Event",
      entityId: params.eventId,
    });
  });
}

/**
 * Closes a gallery an organiser opened early. From the deadline on it stays open: judges, teams and
 * the public rely on it, and the deadline itself opens it.
 */
export async function closeGallery(
  db: Db,
  params: { event: { id: string; status: string; submissionDeadline: Date }; actorId: string; now: Date },
): Promise<void> {
  await db.$transaction(async (tx) => {
    // Locked, so an "open" racing this "close" is ordered, and the deadline check reads the row it changes.
    const rows = await tx.$queryRaw<{ galleryOpenedAt: Date | null }[]>`
      SELECT "galleryOpenedAt" FROM "Event" WHERE id = ${params.event.id} FOR UPDATE`;
    const galleryOpenedAt = rows[0]?.galleryOpenedAt ?? null;
    const state = galleryState({ ...params.event, galleryOpenedAt }, params.now);
    if (state === "OPEN_AFTER_DEADLINE") {
      throw new DomainError("PHASE_CLOSED", refuse("deadlinePassedGalleryOpen"));
    }
    if (state === "CLOSED") return;
    await tx.event.update({
      where: { id: params.event.id },
      data: { galleryOpenedAt: null },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "gallery.close",
      entityType: "Event",
      entityId: params.event.id,
    });
  });
}
