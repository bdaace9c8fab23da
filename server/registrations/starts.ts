// Who began the registration form and may not have finished: only that they began, and when (nothing
// they typed), for the "registration closing soon" prompt (server/prompts). Rules in events/rules.ts.
import "server-only";
import type { Db } from "../db/create.ts";
import { eventPhase, type EventTimeline } from "../events/rules.ts";

/**
 * Records that `userId` began the event's registration form (their first answer): once (the first
 * time is kept), only while registration is open and only for someone with no registration at the
 * event. Returns whether it was recorded; otherwise nothing is written (never an error: the form calls
 * it in passing).
 */
export async function recordRegistrationStart(
  db: Db,
  params: { event: EventTimeline & { id: string }; userId: string; now: Date },
): Promise<{ recorded: boolean }> {
  if (!eventPhase(params.event, params.now).capabilities.canRegister) return { recorded: false };
  const registered = await db.registration.count({
    where: { eventId: params.event.id, userId: params.userId },
  });
  if (registered > 0) return { recorded: false };
  await db.registrationStart.upsert({
    where: { eventId_userId: { eventId: params.event.id, userId: params.userId } },
    create: { eventId: params.event.id, userId: params.userId, startedAt: params.now },
    update: {},
    select: { eventId: true },
  });
  return { recorded: true };
}

/** Forgets that `userId` began the form (they registered: nothing is left to remind them of). */
export async function forgetRegistrationStart(
  db: Db,
  params: { eventId: string; userId: string },
): Promise<void> {
  await db.registrationStart.deleteMany({ where: { eventId: params.eventId, userId: params.userId } });
}
