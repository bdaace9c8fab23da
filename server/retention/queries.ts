// What organisers see of their event's retention.
import type { Db } from "../db/create.ts";
import { retentionState } from "./rules.ts";

/**
 * An event's retention (organisers): `{ retentionDays, state: KEPT | DUE | DELETED with dueAt (and
 * deletedAt), deletion: the counts and how it ran, or null }` at `now`.
 */
export async function retentionStatus(db: Db, params: { eventId: string; now: Date }) {
  const event = await db.event.findUniqueOrThrow({
    where: { id: params.eventId },
    select: {
      startsAt: true,
      submissionDeadline: true,
      judgingClosesAt: true,
      resultsAt: true,
      retentionDays: true,
      personalDataDeletedAt: true,
      dataDeletion: {
        select: {
          deletedAt: true,
          trigger: true,
          registrations: true,
          datesOfBirth: true,
          sensitiveRecords: true,
          visits: true,
          attended: true,
          collectors: true,
        },
      },
    },
  });
  return {
    retentionDays: event.retentionDays,
    state: retentionState(event, params.now),
    deletion: event.dataDeletion,
  };
}
