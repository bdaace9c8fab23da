import "server-only";
import { randomBytes } from "node:crypto";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { Prisma } from "../db/generated/client.ts";
import { DomainError } from "../errors.ts";
import type { EventCapabilities } from "../events/rules.ts";
import type { BlobStore } from "../storage/blob-store.ts";
import { acceptedImageType, freeImageSlot, imageRefusal, MAX_IMAGES } from "../storage/images.ts";
import { createOnce, recordRequestKey, requestKeyScope } from "../idempotency/commands.ts";
import { missingForSubmit, sameSavedFields, submissionChangeBlock, type SubmissionStatus } from "./rules.ts";
import { submissionSelect, type SubmissionView } from "./queries.ts";
import type { SubmissionFields } from "./schema.ts";

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
    throw new DomainError(
      "PHASE_CLOSED",
      scope.closedNotice ?? "Submissions are closed: the deadline has passed.",
    );
  }
  if (block === "DISQUALIFIED") {
    throw new DomainError("FORBIDDEN", "This project has been disqualified and can no longer change.");
  }
}

const stale = () =>
  new DomainError(
    "STALE_VERSION",
    "Someone in your team saved a newer version while you were editing. Reload to see it, then make your change again.",
  );

async function checkChallenges(tx: Tx, eventId: string, challengeIds: string[]): Promise<void> {
  if (challengeIds.length === 0) return;
  const found = await tx.challenge.count({
    where: { id: { in: challengeIds }, eventId, status: "PUBLISHED" },
  });
  if (found !== new Set(challengeIds).size) {
    throw new DomainError("INVALID_INPUT", "Choose challenges of this event.", {
      challengeIds: ["Choose from this event's published challenges"],
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
  try {
    return await submitOnce(db, params);
  } catch (error) {
    if (isUniqueViolation(error, "version")) return submitOnce(db, params);
    throw error;
  }
}

async function submitOnce(
  db: Db,
  params: TeamScope & { expectedVersion: number; now: Date },
): Promise<SubmissionView> {
  return db.$transaction(async (tx) => {
    const submission = await tx.submission.findFirst({
      where: { eventId: params.eventId, teamId: params.teamId },
      select: submissionSelect,
    });
    if (!submission) throw new DomainError("NOT_FOUND", "Save your project before submitting it.");
    assertCanChange(params, submission.status);
    if (submission.version !== params.expectedVersion) throw stale();
    const latest = submission.revisions[0]?.version;
    if (submission.status === "SUBMITTED" && latest === submission.version) return submission;
    const missing = missingForSubmit({
      title: submission.title,
      description: submission.description,
      challengeIds: submission.challenges.map((c) => c.challengeId),
    });
    if (Object.keys(missing).length > 0) {
      throw new DomainError(
        "INVALID_INPUT",
        "Your project needs a few more things before you can submit it.",
        missing,
      );
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
    return tx.submission.findUniqueOrThrow({ where: { id: submission.id }, select: submissionSelect });
  });
}

/** The team takes its project out of the running (it can submit again before the deadline). */
export async function withdrawSubmission(db: Db, params: TeamScope): Promise<SubmissionView> {
  return db.$transaction(async (tx) => {
    const submission = await tx.submission.findFirst({
      where: { eventId: params.eventId, teamId: params.teamId },
      select: { id: true, status: true },
    });
    if (!submission) throw new DomainError("NOT_FOUND", "Your team has no project to withdraw.");
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

/** Organisers disqualify a project with a reason the team sees. Doing it again updates the reason. */
export async function disqualifySubmission(
  db: Db,
  params: { eventId: string; submissionId: string; reason: string; actorId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const changed = await tx.submission.updateMany({
      where: { id: params.submissionId, eventId: params.eventId },
      data: { status: "DISQUALIFIED", disqualifiedReason: params.reason },
    });
    if (changed.count === 0)
      throw new DomainError("NOT_FOUND", "We couldn't find that project in this event.");
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "submission.disqualify",
      entityType: "Submission",
      entityId: params.submissionId,
      data: { reason: params.reason },
    });
  });
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
  if (!submission) throw new DomainError("NOT_FOUND", "Save your project before adding images.");
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
  if (!image) throw new DomainError("NOT_FOUND", "That image is not part of your project.");
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
    await tx.event.updateMany({
      where: { id: params.eventId, galleryOpenedAt: null },
      data: { galleryOpenedAt: params.now },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "gallery.open",
      entityType: "Event",
      entityId: params.eventId,
    });
  });
}
