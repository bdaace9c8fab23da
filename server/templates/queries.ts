// Reading response templates.
import "server-only";
import type { Db } from "../db/create.ts";
import { formatInZone } from "../time/zoned.ts";
import { fillTemplate, type Placeholder, type ResponseUse } from "./rules.ts";

const templateSelect = {
  id: true,
  title: true,
  body: true,
  uses: true,
  updatedAt: true,
} as const;

/** The event's templates, by title; only those for `use` when given. */
export async function templatesOf(db: Db, params: { eventId: string; use?: ResponseUse }) {
  return db.responseTemplate.findMany({
    where: { eventId: params.eventId, ...(params.use ? { uses: { has: params.use } } : {}) },
    orderBy: { title: "asc" },
    select: templateSelect,
  });
}

/**
 * The other events `userId` organises (every event with templates for a platform admin) that have
 * templates to copy, newest first, with how many each has.
 */
export async function templateSources(
  db: Db,
  params: { eventId: string; userId: string; isPlatformAdmin: boolean },
) {
  const events = await db.event.findMany({
    where: {
      id: { not: params.eventId },
      responseTemplates: { some: {} },
      ...(params.isPlatformAdmin ? {} : { roles: { some: { userId: params.userId, role: "ORGANISER" } } }),
    },
    orderBy: { startsAt: "desc" },
    take: 50,
    select: { id: true, name: true, _count: { select: { responseTemplates: true } } },
  });
  return events.map((e) => ({ id: e.id, name: e.name, templates: e._count.responseTemplates }));
}

/**
 * The event's templates for `use`, each with its body filled in (`text`): {event} the event's name,
 * {deadline} its submission deadline in the event's zone, {challenge} and {team} the titles of the
 * challenge and team given, when they belong to the event (else left as written for the organiser to
 * fill in).
 */
export async function templatesForUse(
  db: Db,
  params: {
    event: { id: string; name: string; timeZone: string; submissionDeadline: Date };
    use: ResponseUse;
    challengeId?: string;
    teamId?: string;
  },
) {
  const { event } = params;
  const [templates, challenge, team] = await Promise.all([
    templatesOf(db, { eventId: event.id, use: params.use }),
    params.challengeId
      ? db.challenge.findFirst({
          where: { id: params.challengeId, eventId: event.id },
          select: { title: true },
        })
      : null,
    params.teamId
      ? db.team.findFirst({ where: { id: params.teamId, eventId: event.id }, select: { name: true } })
      : null,
  ]);
  const values: Partial<Record<Placeholder, string>> = {
    event: event.name,
    deadline: formatInZone(event.submissionDeadline, event.timeZone),
    ...(challenge ? { challenge: challenge.title } : {}),
    ...(team ? { team: team.name } : {}),
  };
  return templates.map((t) => ({ id: t.id, title: t.title, text: fillTemplate(t.body, values) }));
}
