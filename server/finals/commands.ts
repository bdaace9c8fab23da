// The finals show: organisers set it up (settings, running order) and the presenter steps through it.
// Every change bumps the show's version, which the live page's watchers follow (live.ts). Rules in
// rules.ts.
import "server-only";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { eligibleProjectIds } from "./queries.ts";
import { applyStep, checkRunningOrder, MAX_FINALS_SLOTS, type ShowStep } from "./rules.ts";

/** This module's refusals ("FinalsErrors"). */
const refuse = refusals("FinalsErrors");

/** The event's show, made with its defaults the first time anything is saved. Locks its row. */
async function lockedShow(tx: Tx, eventId: string) {
  await tx.finalsShow.upsert({ where: { eventId }, create: { eventId }, update: {}, select: { id: true } });
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    select id from "FinalsShow" where "eventId" = ${eventId} for update`;
  if (!row) throw new Error("The finals show was not created");
  return tx.finalsShow.findUniqueOrThrow({
    where: { id: row.id },
    select: {
      id: true,
      version: true,
      currentSlotId: true,
      timerStartedAt: true,
      timerElapsedSeconds: true,
      startedAt: true,
      endedAt: true,
      slots: { orderBy: { position: "asc" }, select: { id: true, submissionId: true } },
    },
  });
}

/**
 * Saves the show's title, presenting minutes per team and live stream address (null: none). Made on
 * the first save; the version moves on (the live page shows the change). Audited.
 */
export async function saveShowSettings(
  db: Db,
  params: {
    eventId: string;
    actorId: string;
    title: string;
    minutesPerEntry: number;
    streamUrl: string | null;
  },
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const show = await lockedShow(tx, params.eventId);
    const saved = await tx.finalsShow.update({
      where: { id: show.id },
      data: {
        title: params.title,
        minutesPerEntry: params.minutesPerEntry,
        streamUrl: params.streamUrl,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "finals.settings",
      entityType: "FinalsShow",
      entityId: show.id,
      data: {
        title: params.title,
        minutesPerEntry: params.minutesPerEntry,
        stream: params.streamUrl !== null,
      },
    });
    return saved;
  });
}

/**
 * Replaces the running order with `submissionIds` (first presents first): each one of the event's
 * submitted projects, once, at most MAX_FINALS_SLOTS, and the project on stage kept (INVALID_INPUT saying
 * what is wrong otherwise). Projects that stay keep their slot (and when they presented). Audited.
 */
export async function setRunningOrder(
  db: Db,
  params: { eventId: string; actorId: string; submissionIds: readonly string[] },
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const show = await lockedShow(tx, params.eventId);
    const onStage = show.slots.find((s) => s.id === show.currentSlotId)?.submissionId ?? null;
    const checked = checkRunningOrder(params.submissionIds, {
      eligible: await eligibleProjectIds(tx, { eventId: params.eventId }),
      onStage,
    });
    if (!checked.ok) {
      const said = refuse(checked.reason, { max: String(MAX_FINALS_SLOTS) });
      throw new DomainError("INVALID_INPUT", said, { submissionIds: [said.text] });
    }
    await tx.finalsSlot.deleteMany({
      where: { showId: show.id, submissionId: { notIn: [...params.submissionIds] } },
    });
    for (const [position, submissionId] of params.submissionIds.entries()) {
      await tx.finalsSlot.upsert({
        where: { showId_submissionId: { showId: show.id, submissionId } },
        create: { showId: show.id, submissionId, position },
        update: { position },
        select: { id: true },
      });
    }
    const saved = await tx.finalsShow.update({
      where: { id: show.id },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "finals.order",
      entityType: "FinalsShow",
      entityId: show.id,
      data: { submissionIds: [...params.submissionIds] },
    });
    return saved;
  });
}

/**
 * Takes one presenter step (rules.ts applyStep) on the show as it was at `version`: STALE_VERSION when
 * it has moved on since (a double press, a second presenter), CONFLICT with the reason when the step
 * cannot be taken (nothing to start, the first entry has no previous, …). The entry that goes on stage
 * is marked presented. Returns the new version. Starting and ending the show are audited.
 */
export async function stepShow(
  db: Db,
  params: { eventId: string; actorId: string; version: number; step: ShowStep; now: Date },
): Promise<{ version: number }> {
  return db.$transaction(async (tx) => {
    const show = await lockedShow(tx, params.eventId);
    if (show.version !== params.version) {
      throw new DomainError("STALE_VERSION", refuse("showMovedOn"));
    }
    const outcome = applyStep(
      show,
      params.step,
      show.slots.map((s) => s.id),
      params.now,
    );
    if (!outcome.ok) throw new DomainError("CONFLICT", refuse(outcome.reason));
    const { state } = outcome;
    const saved = await tx.finalsShow.update({
      where: { id: show.id },
      data: {
        currentSlotId: state.currentSlotId,
        timerStartedAt: state.timerStartedAt,
        timerElapsedSeconds: state.timerElapsedSeconds,
        startedAt: state.startedAt,
        endedAt: state.endedAt,
        version: { increment: 1 },
      },
      select: { version: true },
    });
    if (state.currentSlotId && state.currentSlotId !== show.currentSlotId) {
      await tx.finalsSlot.updateMany({
        where: { id: state.currentSlotId, presentedAt: null },
        data: { presentedAt: params.now },
      });
    }
    if (params.step.kind === "start" || state.endedAt !== show.endedAt) {
      await audit(tx, {
        actorId: params.actorId,
        eventId: params.eventId,
        action: state.endedAt ? "finals.end" : "finals.start",
        entityType: "FinalsShow",
        entityId: show.id,
      });
    }
    return saved;
  });
}
