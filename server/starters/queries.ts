import type { Db } from "../db/create.ts";
import type { ExperienceLevel } from "../registrations/schema.ts";
import { EXPERIENCE_LEVELS } from "../registrations/schema.ts";

export const starterSelect = {
  id: true,
  title: true,
  summary: true,
  level: true,
  links: true,
  challenge: { select: { id: true, title: true, slug: true, organisation: { select: { name: true } } } },
} as const;

/**
 * Who may write starter projects at an event, and for which challenges: organisers (and platform
 * administrators) any, with or without a challenge; a member of a sponsor organisation only for its own
 * challenges at the event (`challengeIds`); anyone else none (`may: false`).
 */
export async function starterAuthority(
  db: Db,
  params: { eventId: string; userId: string; organiser: boolean },
): Promise<{ may: boolean; organiser: boolean; challenges: { id: string; title: string }[] }> {
  const challenges = await db.challenge.findMany({
    where: params.organiser
      ? { eventId: params.eventId }
      : { eventId: params.eventId, organisation: { members: { some: { userId: params.userId } } } },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
  });
  return { may: params.organiser || challenges.length > 0, organiser: params.organiser, challenges };
}

/**
 * The starter projects of an event, those at `firstLevel` (the caller's experience: new to coding sees
 * beginner projects first) before the rest, then easiest first, then by title. Only starters of
 * published challenges (or of none) are listed unless `all`.
 */
export async function startersOf(
  db: Db,
  params: {
    eventId: string;
    firstLevel: ExperienceLevel | null;
    all?: boolean;
    challengeIds?: readonly string[];
  },
) {
  const rows = await db.starterProject.findMany({
    where: {
      eventId: params.eventId,
      ...(params.challengeIds ? { challengeId: { in: [...params.challengeIds] } } : {}),
      ...(params.all ? {} : { OR: [{ challengeId: null }, { challenge: { status: "PUBLISHED" } }] }),
    },
    select: starterSelect,
  });
  const rank = (level: ExperienceLevel) =>
    (level === params.firstLevel ? -1 : 0) * EXPERIENCE_LEVELS.length + EXPERIENCE_LEVELS.indexOf(level);
  return rows.sort((a, b) => rank(a.level) - rank(b.level) || a.title.localeCompare(b.title, "en-GB"));
}
