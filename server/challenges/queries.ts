import "server-only";
import { z } from "zod";
import type { Db, Tx } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { challengeResource, type ChallengeResource } from "./schema.ts";

/** This module's refusals ("ChallengeErrors"). */
const refuse = refusals("ChallengeErrors");

const historySelect = {
  id: true,
  fromStatus: true,
  toStatus: true,
  actorId: true,
  comment: true,
  createdAt: true,
} satisfies Prisma.ChallengeStatusChangeSelect;

/** Everything about a challenge that its organisation and the event's organisers see. */
export const challengeFullSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  problemStatement: true,
  sector: true,
  resources: true,
  successCriteria: true,
  prize: true,
  status: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  event: { select: { id: true, slug: true, name: true, status: true, timeZone: true } },
  organisation: { select: { id: true, slug: true, name: true } },
  history: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: historySelect },
} satisfies Prisma.ChallengeSelect;

/** What the public sees of a published challenge: no history, no internal comments. */
export const challengePublicSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  problemStatement: true,
  sector: true,
  resources: true,
  successCriteria: true,
  prize: true,
  publishedAt: true,
  organisation: { select: { id: true, slug: true, name: true, logoKey: true, website: true } },
} satisfies Prisma.ChallengeSelect;

export const challengeCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  sector: true,
  prize: true,
  organisation: { select: { id: true, slug: true, name: true, logoKey: true } },
} satisfies Prisma.ChallengeSelect;

const storedResources = z.array(challengeResource).catch([]);

/** The resources column is JSON; anything that is not a valid list of links reads as none. */
export function readResources(value: Prisma.JsonValue): ChallengeResource[] {
  return storedResources.parse(value);
}

type FullRow = Prisma.ChallengeGetPayload<{ select: typeof challengeFullSelect }>;

/** History with the name of whoever made each step (names only: no email addresses cross sides). */
async function withHistoryNames(db: Tx, rows: FullRow[]) {
  const actorIds = [
    ...new Set(rows.flatMap((r) => r.history.map((h) => h.actorId)).filter((id) => id !== null)),
  ];
  const users = actorIds.length
    ? await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map(({ history, resources, ...row }) => ({
    ...row,
    resources: readResources(resources),
    history: history.map(({ actorId, ...h }) => ({
      ...h,
      actorName: actorId ? (names.get(actorId) ?? null) : null,
    })),
  }));
}

export type ChallengeView = Awaited<ReturnType<typeof withHistoryNames>>[number];

export async function challengesOfOrganisation(db: Db, params: { organisationId: string }) {
  const rows = await db.challenge.findMany({
    where: { organisationId: params.organisationId },
    orderBy: [{ updatedAt: "desc" }],
    take: 200,
    select: challengeFullSelect,
  });
  const [views, entries] = await Promise.all([
    withHistoryNames(db, rows),
    db.submissionChallenge.findMany({
      where: {
        challengeId: { in: rows.map((r) => r.id) },
        submission: { status: { in: ["DRAFT", "SUBMITTED"] } },
      },
      select: { challengeId: true, submission: { select: { status: true } } },
    }),
  ]);
  // Counts only: which teams entered is the organisers' to share, and young people's names never are.
  return views.map((view) => {
    const mine = entries.filter((e) => e.challengeId === view.id);
    return {
      ...view,
      teams: {
        submitted: mine.filter((e) => e.submission.status === "SUBMITTED").length,
        working: mine.filter((e) => e.submission.status === "DRAFT").length,
      },
    };
  });
}

/** One challenge, only if it belongs to the organisation. */
export async function challengeOfOrganisation(
  db: Tx,
  params: { organisationId: string; challengeId: string },
): Promise<ChallengeView | null> {
  const row = await db.challenge.findFirst({
    where: { id: params.challengeId, organisationId: params.organisationId },
    select: challengeFullSelect,
  });
  if (!row) return null;
  const [view] = await withHistoryNames(db, [row]);
  return view ?? null;
}

/** One challenge of the event, once it has left draft. */
export async function challengeOfEventForReview(
  db: Tx,
  params: { eventId: string; challengeId: string },
): Promise<ChallengeView | null> {
  const row = await db.challenge.findFirst({
    where: { id: params.challengeId, eventId: params.eventId, status: { not: "DRAFT" } },
    select: challengeFullSelect,
  });
  if (!row) return null;
  const [view] = await withHistoryNames(db, [row]);
  return view ?? null;
}

/** The organisers' review list: everything submitted to the event, waiting ones first. */
export async function challengesForReview(db: Db, params: { eventId: string }) {
  const rows = await db.challenge.findMany({
    where: { eventId: params.eventId, status: { not: "DRAFT" } },
    orderBy: [{ updatedAt: "asc" }],
    take: 500,
    select: challengeFullSelect,
  });
  const order = { SUBMITTED: 0, APPROVED: 1, CHANGES_REQUESTED: 2, PUBLISHED: 3, DRAFT: 4 } as const;
  const views = await withHistoryNames(db, rows);
  return views.sort((a, b) => order[a.status] - order[b.status]);
}

export function publishedChallenges(db: Db, params: { eventId: string }) {
  return db.challenge.findMany({
    where: { eventId: params.eventId, status: "PUBLISHED" },
    orderBy: [{ publishedAt: "asc" }, { title: "asc" }],
    take: 200,
    select: challengeCardSelect,
  });
}

const challengeNotFound = () => new DomainError("NOT_FOUND", refuse("challengeNotFound"));

/** A published challenge of the event; anything else is a 404, so unpublished ones stay unknown. */
export async function publishedChallengeBySlug(
  db: Db,
  params: { event: { id: string; slug: string; name: string }; slug: string },
) {
  const row = await db.challenge.findFirst({
    where: { eventId: params.event.id, slug: params.slug, status: "PUBLISHED" },
    select: challengePublicSelect,
  });
  if (!row) throw challengeNotFound();
  return {
    ...row,
    resources: readResources(row.resources),
    event: { slug: params.event.slug, name: params.event.name },
  };
}

/** The organisation's own challenge, for its members; another organisation's is a 404. */
export async function challengeForMembers(db: Db, params: { organisationId: string; challengeId: string }) {
  const [view, rounds] = await Promise.all([
    challengeOfOrganisation(db, params),
    // The challenge's judging rounds, which its organisation's members manage.
    db.round.findMany({
      where: {
        scope: "CHALLENGE",
        challengeId: params.challengeId,
        challenge: { organisationId: params.organisationId },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, name: true, status: true },
    }),
  ]);
  if (!view) throw challengeNotFound();
  return { ...view, rounds };
}
