import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import type { Db } from "../db/create.ts";
import { eventCoreSelect } from "../events/queries.ts";
import { canManageRound } from "./policy.ts";

export const roundCoreSelect = {
  id: true,
  eventId: true,
  name: true,
  scope: true,
  centreId: true,
  challengeId: true,
  judgesPerEntry: true,
  scaleMin: true,
  scaleMax: true,
  opensAt: true,
  closesAt: true,
  status: true,
  assignmentSeed: true,
  assignmentReleasedAt: true,
  showScoresToTeams: true,
  resultsPublishedAt: true,
} satisfies Prisma.RoundSelect;

export type RoundCore = Prisma.RoundGetPayload<{ select: typeof roundCoreSelect }>;

export interface RoundAccess {
  round: RoundCore;
  event: Prisma.EventGetPayload<{ select: typeof eventCoreSelect }>;
  /** Organiser, platform administrator, or a member of the challenge's organisation (challenge rounds). */
  canManage: boolean;
  /** The caller's invitation to judge this round, unless they were removed from it. */
  judge: { id: string; status: "INVITED" | "ACCEPTED" | "DECLINED"; affiliation: string | null } | null;
}

/**
 * The round and the caller's relation to it, in one round trip per table. null when the round does not
 * exist or the caller neither manages nor judges it (the procedures answer 404 then, so a round's
 * existence stays private).
 */
export async function roundAccess(
  db: Db,
  params: { roundId: string; userId: string },
): Promise<RoundAccess | null> {
  const round = await db.round.findUnique({
    where: { id: params.roundId },
    select: {
      ...roundCoreSelect,
      event: {
        select: { ...eventCoreSelect, roles: { where: { userId: params.userId }, select: { role: true } } },
      },
      challenge: { select: { organisationId: true } },
      judges: {
        where: { userId: params.userId, removedAt: null },
        select: { id: true, status: true, affiliation: true },
      },
    },
  });
  if (!round) return null;
  const [user, memberships] = await Promise.all([
    db.user.findUnique({ where: { id: params.userId }, select: { isPlatformAdmin: true } }),
    round.challenge
      ? db.organisationMember.findMany({
          where: { userId: params.userId, organisationId: round.challenge.organisationId },
          select: { organisationId: true },
        })
      : [],
  ]);
  const { event, challenge, judges, ...core } = round;
  const { roles, ...eventCore } = event;
  const canManage = canManageRound(
    {
      isPlatformAdmin: user?.isPlatformAdmin ?? false,
      eventRoles: roles.map((r) => r.role),
      organisationIds: memberships.map((m) => m.organisationId),
    },
    { scope: core.scope, challengeOrganisationId: challenge?.organisationId ?? null },
  );
  const judge = judges[0] ?? null;
  // Judges see rounds of published events only; managers see drafts of their own events.
  const eventVisibleToJudge = eventCore.status !== "DRAFT";
  if (!canManage && !(judge && eventVisibleToJudge)) return null;
  return { round: core, event: eventCore, canManage, judge };
}
