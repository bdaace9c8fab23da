// Deleting personal data once an event's retention period has passed, and the organisers' setting.
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { registrantAge, type AgeFacts, type EventStart } from "../registrations/age.ts";
import { retentionState } from "./rules.ts";

/** This module's refusals ("RetentionErrors"). */
const refuse = refusals("RetentionErrors");

/** How a deletion was started: by the job queue's schedule, or by hand (an organiser, or `npm run retention`). */
export type RetentionTrigger = "schedule" | "by hand";

/** What one event's deletion removed, as counts (stored in PersonalDataDeletion). */
export interface DeletionCounts {
  registrations: number;
  datesOfBirth: number;
  sensitiveRecords: number;
  visits: number;
  attended: number;
  collectors: number;
}

/**
 * Deletes what the given registrations hold that is personal and needed only around the event: each
 * date of birth (keeping the age at its event's start in `ageAtStart`, so who was a young person is
 * still known), sensitive answers, check-in visits and the latest check-in time, the adults a
 * guardian named to collect them, and which learner groups they were in (not counted). Shared by the
 * retention job and account deletion (server/rights).
 * Returns how many of each were deleted.
 */
export async function erasePersonalRecords(
  tx: Tx,
  registrations: readonly (AgeFacts & { id: string; event: EventStart })[],
): Promise<Pick<DeletionCounts, "datesOfBirth" | "sensitiveRecords" | "visits" | "collectors">> {
  const withBirthDate = registrations.filter((r) => r.dateOfBirth !== null);
  if (withBirthDate.length > 0) {
    const ids = withBirthDate.map((r) => r.id);
    const ages = withBirthDate.map((r) => registrantAge(r, r.event));
    await tx.$executeRaw`UPDATE "Registration" AS r
      SET "ageAtStart" = v.age, "dateOfBirth" = NULL
      FROM unnest(${ids}::text[], ${ages}::int[]) AS v(id, age)
      WHERE r.id = v.id`;
  }
  const ids = registrations.map((r) => r.id);
  const inThem = { registrationId: { in: ids } };
  await tx.registration.updateMany({
    where: { id: { in: ids }, checkedInAt: { not: null } },
    data: { checkedInAt: null },
  });
  const visits = await tx.attendance.deleteMany({ where: inThem });
  const sensitive = await tx.sensitiveInfo.deleteMany({ where: inThem });
  const collectors = await tx.authorisedCollector.deleteMany({ where: inThem });
  await tx.learnerGroupMember.deleteMany({ where: inThem });
  return {
    datesOfBirth: withBirthDate.length,
    sensitiveRecords: sensitive.count,
    visits: visits.count,
    collectors: collectors.count,
  };
}

const retentionEventSelect = {
  id: true,
  startsAt: true,
  timeZone: true,
  submissionDeadline: true,
  judgingClosesAt: true,
  resultsAt: true,
  retentionDays: true,
  personalDataDeletedAt: true,
} as const;

/**
 * Deletes one event's dates of birth (keeping each person's age at the start, so who was a young person
 * is still known), sensitive information, check-in visits, authorised collectors, help requests, staff
 * visits and learner groups, and records the counts (PersonalDataDeletion) and an audit entry ("retention.deleted"). Projects, teams, results and
 * consent records stay. Claims the event by setting Event.personalDataDeletedAt where it is null, in
 * the same transaction, so two runs at once (two instances, or a schedule and an organiser) delete and
 * count once. Returns the counts, or null when the event is not due at `now` or another run got there first.
 */
export async function deleteEventPersonalData(
  db: Db,
  params: { eventId: string; now: Date; trigger: RetentionTrigger; byUserId: string | null },
): Promise<DeletionCounts | null> {
  const { eventId, now } = params;
  const event = await db.event.findUnique({ where: { id: eventId }, select: retentionEventSelect });
  if (!event || retentionState(event, now).kind !== "DUE") return null;
  return db.$transaction(async (tx) => {
    const claimed = await tx.event.updateMany({
      where: { id: eventId, personalDataDeletedAt: null },
      data: { personalDataDeletedAt: now },
    });
    if (claimed.count === 0) return null;
    const registrations = await tx.registration.findMany({
      where: { eventId },
      select: { id: true, dateOfBirth: true, ageAtStart: true },
    });
    // Counted before the visits go.
    const attended = await tx.registration.count({ where: { eventId, visits: { some: {} } } });
    const erased = await erasePersonalRecords(
      tx,
      registrations.map((r) => ({ ...r, event })),
    );
    // Help requests hold free text young people typed, and the adults' visits on site are check-in
    // records too: both go with the rest (not counted: the counts describe participants).
    await tx.helpRequest.deleteMany({ where: { eventId } });
    // Who began the registration form and did not finish: only for the reminder, long gone by now.
    await tx.registrationStart.deleteMany({ where: { eventId } });
    await tx.staffVisit.deleteMany({ where: { eventId } });
    // The learner groups, emptied above, go too: a group is only who was in it and who led it.
    await tx.learnerGroup.deleteMany({ where: { eventId } });
    const counts: DeletionCounts = { registrations: registrations.length, attended, ...erased };
    await tx.personalDataDeletion.create({
      data: { eventId, deletedAt: now, trigger: params.trigger, byUserId: params.byUserId, ...counts },
      select: { eventId: true },
    });
    await audit(tx, {
      actorId: params.byUserId,
      eventId,
      action: "retention.deleted",
      entityType: "Event",
      entityId: eventId,
      data: { trigger: params.trigger, ...counts },
    });
    return counts;
  });
}

/**
 * The retention job: deletes the personal data of every event due at `now` (deleteEventPersonalData,
 * one transaction per event). Returns `{ eventId, counts }` for each event it deleted. Safe to run as
 * often as wanted and from several instances at once.
 */
export async function deleteExpiredPersonalData(
  db: Db,
  params: { now: Date; trigger: RetentionTrigger },
): Promise<{ eventId: string; counts: DeletionCounts }[]> {
  // An event can only be due once it has started; the precise test is retentionState's.
  const candidates = await db.event.findMany({
    where: { personalDataDeletedAt: null, startsAt: { lt: params.now } },
    select: retentionEventSelect,
    orderBy: { startsAt: "asc" },
  });
  const done: { eventId: string; counts: DeletionCounts }[] = [];
  for (const event of candidates) {
    if (retentionState(event, params.now).kind !== "DUE") continue;
    const counts = await deleteEventPersonalData(db, {
      eventId: event.id,
      now: params.now,
      trigger: params.trigger,
      byUserId: null,
    });
    if (counts) done.push({ eventId: event.id, counts });
  }
  return done;
}

/**
 * An organiser deletes the event's personal data now, once it is due (CONFLICT before that, or when it
 * has been deleted already). Returns the counts.
 */
export async function deletePersonalDataNow(
  db: Db,
  params: { eventId: string; actorId: string; now: Date },
): Promise<DeletionCounts> {
  const counts = await deleteEventPersonalData(db, {
    eventId: params.eventId,
    now: params.now,
    trigger: "by hand",
    byUserId: params.actorId,
  });
  if (!counts) {
    throw new DomainError("CONFLICT", refuse("notDueOrDeleted"));
  }
  return counts;
}

/**
 * Sets how many days after the event ends its personal data is kept (organisers; the input is checked
 * by updateRetentionInput). CONFLICT once the data has been deleted: the setting no longer means
 * anything. Audited. Returns `{ retentionDays }`.
 */
export async function updateRetentionDays(
  db: Db,
  params: { eventId: string; actorId: string; retentionDays: number },
): Promise<{ retentionDays: number }> {
  return db.$transaction(async (tx) => {
    const changed = await tx.event.updateMany({
      where: { id: params.eventId, personalDataDeletedAt: null },
      data: { retentionDays: params.retentionDays },
    });
    if (changed.count === 0) {
      throw new DomainError("CONFLICT", refuse("alreadyDeleted"));
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "event.retentionDays",
      entityType: "Event",
      entityId: params.eventId,
      data: { retentionDays: params.retentionDays },
    });
    return { retentionDays: params.retentionDays };
  });
}
