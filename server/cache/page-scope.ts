import type { Db } from "../db/create.ts";
import type { eventKeyOf } from "./public-pages.ts";

/**
 * The slug of the event a mutation acted on, from what eventKeyOf found in its input (an eventId, or a
 * roundId of one of its judging rounds); null when there is no key or no such event or round (the caller
 * then refreshes every public page). One indexed lookup.
 */
export async function eventSlugOf(db: Db, key: ReturnType<typeof eventKeyOf>): Promise<string | null> {
  if (!key) return null;
  if ("eventId" in key) {
    const event = await db.event.findUnique({ where: { id: key.eventId }, select: { slug: true } });
    return event?.slug ?? null;
  }
  const round = await db.round.findUnique({
    where: { id: key.roundId },
    select: { event: { select: { slug: true } } },
  });
  return round?.event.slug ?? null;
}
