import "server-only";
import { randomBytes } from "node:crypto";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { appUrl } from "../http/app-url.ts";
import { judgeInvitationMail, resultsPublishedMail } from "../mail/judging-templates.ts";
import { sendMail } from "../mail/send.ts";
import { localToInstant } from "../time/zoned.ts";
import { findOrCreateUserByEmail } from "../users/commands.ts";
import type { RoundCore } from "./access.ts";
import { teamsOfRound } from "./public-queries.ts";
import { canEditRubric, canMoveRound, type RoundStatus } from "./policy.ts";
import type { RoundDetails } from "./schema.ts";
import { dispatchDeliveries } from "../webhooks/deliver.ts";
import { emitResultsPublished } from "../webhooks/emit.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

interface EventRef {
  id: string;
  name: string;
  timeZone: string;
}

/** The judge's page for a round: where the invitation email and the judge's home link to. */
export function judgingPath(roundId: string): string {
  return `/judging/${roundId}`;
}

/**
 * Reads the round's wall-clock window in the event's zone. Throws INVALID_INPUT with field errors for a
 * time that does not exist or happens twice there.
 */
function windowOf(details: RoundDetails, timeZone: string): { opensAt: Date | null; closesAt: Date | null } {
  const problems: Record<string, string[]> = {};
  const read = (field: "opensAt" | "closesAt"): Date | null => {
    const local = details[field];
    if (!local) return null;
    const result = localToInstant(local, timeZone);
    if (result.ok) return result.instant;
    const words =
      result.reason === "INVALID"
        ? refuse("invalidDateTime")
        : refuse(result.reason === "NONEXISTENT" ? "timeDoesNotExist" : "timeHappensTwice", { timeZone });
    problems[field] = [words.text];
    return null;
  };
  const window = { opensAt: read("opensAt"), closesAt: read("closesAt") };
  if (Object.keys(problems).length > 0) {
    throw new DomainError("INVALID_INPUT", refuse("checkRoundTimes"), problems);
  }
  return window;
}

/** The centre or challenge a round's scope names must belong to the round's event. */
async function checkScopeTarget(tx: Tx, eventId: string, details: RoundDetails): Promise<void> {
  const [centre, challenge] = await Promise.all([
    details.centreId
      ? tx.centre.findFirst({ where: { id: details.centreId, eventId }, select: { id: true } })
      : true,
    details.challengeId
      ? tx.challenge.findFirst({ where: { id: details.challengeId, eventId }, select: { id: true } })
      : true,
  ]);
  if (!centre) {
    throw new DomainError("NOT_FOUND", refuse("centreNotFound"), {
      centreId: [refuse("chooseEventCentre").text],
    });
  }
  if (!challenge) {
    throw new DomainError("NOT_FOUND", refuse("challengeNotFound"), {
      challengeId: [refuse("chooseEventChallenge").text],
    });
  }
}

function criteriaRows(details: RoundDetails) {
  return details.criteria.map((c, position) => ({
    position,
    name: c.name,
    guidance: c.guidance,
    weight: c.weight,
  }));
}

/**
 * A new DRAFT round of `event` with its rubric. Returns `{ id }`. Errors: INVALID_INPUT (times that do
 * not read in the event's zone), NOT_FOUND (a centre or challenge of another event).
 */
export async function createRound(
  db: Db,
  params: { actorId: string; event: EventRef; details: RoundDetails },
) {
  const { details, event } = params;
  const window = windowOf(details, event.timeZone);
  return db.$transaction(async (tx) => {
    await checkScopeTarget(tx, event.id, details);
    const round = await tx.round.create({
      data: {
        eventId: event.id,
        name: details.name,
        scope: details.scope,
        centreId: details.centreId,
        challengeId: details.challengeId,
        judgesPerEntry: details.judgesPerEntry,
        scaleMin: details.scaleMin,
        scaleMax: details.scaleMax,
        ...window,
        assignmentSeed: randomBytes(8).toString("hex"),
        createdById: params.actorId,
        criteria: { create: criteriaRows(details) },
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: event.id,
      action: "round.create",
      entityType: "Round",
      entityId: round.id,
      data: { name: details.name, scope: details.scope },
    });
    return round;
  });
}

async function scoreCount(tx: Tx, roundId: string): Promise<number> {
  return tx.score.count({ where: { assignment: { roundId } } });
}

/**
 * Changes a round's details. The rubric and scale can change only until the first score (PHASE_CLOSED
 * after); the scope only while the round is a draft.
 */
export async function updateRound(
  db: Db,
  params: { actorId: string; event: EventRef; round: RoundCore; details: RoundDetails },
) {
  const { details, round, event } = params;
  const window = windowOf(details, event.timeZone);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${round.id} FOR UPDATE`;
    await checkScopeTarget(tx, event.id, details);
    const scopeChanged =
      details.scope !== round.scope ||
      details.centreId !== round.centreId ||
      details.challengeId !== round.challengeId;
    if (scopeChanged && round.status !== "DRAFT") {
      throw new DomainError("PHASE_CLOSED", refuse("scopeFixed"), {
        scope: [refuse("fixedOnceOpen").text],
      });
    }
    const existing = await tx.rubricCriterion.findMany({
      where: { roundId: round.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, guidance: true, weight: true },
    });
    const rubricChanged =
      details.scaleMin !== round.scaleMin ||
      details.scaleMax !== round.scaleMax ||
      existing.length !== details.criteria.length ||
      existing.some((c, i) => {
        const next = details.criteria[i];
        return !next || next.name !== c.name || next.weight !== c.weight;
      });
    if (rubricChanged && !canEditRubric(await scoreCount(tx, round.id))) {
      throw new DomainError("PHASE_CLOSED", refuse("rubricFixed"), {
        criteria: [refuse("fixedOnceScored").text],
      });
    }
    await tx.round.update({
      where: { id: round.id },
      data: {
        name: details.name,
        scope: details.scope,
        centreId: details.centreId,
        challengeId: details.challengeId,
        judgesPerEntry: details.judgesPerEntry,
        scaleMin: details.scaleMin,
        scaleMax: details.scaleMax,
        ...window,
      },
      select: { id: true },
    });
    if (rubricChanged) {
      await tx.rubricCriterion.deleteMany({ where: { roundId: round.id } });
      await tx.rubricCriterion.createMany({
        data: criteriaRows(details).map((c) => ({ ...c, roundId: round.id })),
      });
    } else {
      // Guidance can be improved at any time.
      for (const [i, c] of existing.entries()) {
        const guidance = details.criteria[i]?.guidance ?? c.guidance;
        if (guidance !== c.guidance) {
          await tx.rubricCriterion.update({ where: { id: c.id }, data: { guidance }, select: { id: true } });
        }
      }
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: event.id,
      action: "round.update",
      entityType: "Round",
      entityId: round.id,
      data: { rubricChanged },
    });
    return { id: round.id };
  });
}

/**
 * The rubric (criteria and scale) of a round the caller manages, to copy into a form. null when the
 * round does not exist or the caller does not manage it (organisers of its event, platform administrators,
 * members of its challenge's organisation).
 */
export async function rubricToCopy(
  db: Db,
  params: { userId: string; isPlatformAdmin: boolean; roundId: string },
) {
  return db.round.findFirst({
    where: {
      id: params.roundId,
      ...(params.isPlatformAdmin
        ? {}
        : {
            OR: [
              { event: { roles: { some: { userId: params.userId, role: "ORGANISER" } } } },
              {
                scope: "CHALLENGE",
                challenge: { organisation: { members: { some: { userId: params.userId } } } },
              },
            ],
          }),
    },
    select: {
      scaleMin: true,
      scaleMax: true,
      criteria: { orderBy: { position: "asc" }, select: { name: true, guidance: true, weight: true } },
    },
  });
}

/**
 * Moves the round along draft → open → closed → results published (and back from published to closed,
 * or closed to open to let judges correct). Opening needs a released assignment. Publishing emails every
 * member of every team judged in the round. Idempotent: moving to the status it already has changes
 * nothing and sends nothing. Errors: PHASE_CLOSED for a move the lifecycle refuses.
 */
export async function moveRound(
  db: Db,
  params: {
    actorId: string;
    event: { name: string; slug: string };
    round: RoundCore;
    to: RoundStatus;
    now: Date;
  },
) {
  const { round, to } = params;
  const moved = await db.$transaction(async (tx) => {
    const current = await tx.round.findUniqueOrThrow({
      where: { id: round.id },
      select: { status: true, assignmentReleasedAt: true },
    });
    if (current.status === to) return { status: to, changed: false, hooks: [] as string[] };
    if (!canMoveRound(current.status, to)) {
      throw new DomainError(
        "PHASE_CLOSED",
        refuse("cannotMove", { from: current.status.toLowerCase(), to: to.toLowerCase() }),
      );
    }
    if (to === "OPEN" && !current.assignmentReleasedAt) {
      throw new DomainError("PHASE_CLOSED", refuse("releaseAssignmentFirst"));
    }
    const updated = await tx.round.updateMany({
      where: { id: round.id, status: current.status },
      data: {
        status: to,
        resultsPublishedAt: to === "PUBLISHED" ? params.now : to === "CLOSED" ? null : undefined,
      },
    });
    if (updated.count === 0) throw new DomainError("CONFLICT", refuse("roundChangedReload"));
    await audit(tx, {
      actorId: params.actorId,
      eventId: round.eventId,
      action: `round.status`,
      entityType: "Round",
      entityId: round.id,
      data: { from: current.status, to },
    });
    // Webhooks (server/webhooks): written with the change, sent after it commits.
    const hooks =
      to === "PUBLISHED"
        ? await emitResultsPublished(tx, { roundId: round.id, at: params.now, now: params.now })
        : [];
    return { status: to, changed: true, hooks };
  });
  dispatchDeliveries(db, { deliveryIds: moved.hooks, now: params.now });
  if (moved.changed && to === "PUBLISHED") {
    const url = appUrl(`/events/${params.event.slug}/submission`);
    for (const team of await teamsOfRound(db, { roundId: round.id })) {
      for (const member of team.members) {
        await sendMail(
          db,
          member.email,
          resultsPublishedMail({
            recipientName: member.name,
            eventName: params.event.name,
            roundName: round.name,
            projectTitle: team.title,
            url,
          }),
        );
      }
    }
  }
  return { status: moved.status };
}

/**
 * Invites someone to judge the round by email (an account is made for a new address, as for event roles).
 * Idempotent: inviting someone already invited sends nothing; inviting someone removed earlier brings
 * them back as invited. Returns the judge's `{ id, status }`.
 */
export async function inviteJudge(
  db: Db,
  params: {
    actor: { id: string; name: string | null };
    event: EventRef;
    round: RoundCore;
    email: string;
    affiliation: string;
  },
) {
  const affiliation = params.affiliation.trim() || null;
  const attempt = () =>
    db.$transaction(async (tx) => {
      const user = await findOrCreateUserByEmail(tx, params.email);
      const existing = await tx.roundJudge.findUnique({
        where: { roundId_userId: { roundId: params.round.id, userId: user.id } },
        select: { id: true, status: true, removedAt: true },
      });
      if (existing && !existing.removedAt) return { judge: existing, invited: false };
      const judge = existing
        ? await tx.roundJudge.update({
            where: { id: existing.id },
            data: {
              status: "INVITED",
              removedAt: null,
              respondedAt: null,
              affiliation,
              invitedById: params.actor.id,
            },
            select: { id: true, status: true },
          })
        : await tx.roundJudge.create({
            data: { roundId: params.round.id, userId: user.id, affiliation, invitedById: params.actor.id },
            select: { id: true, status: true },
          });
      await audit(tx, {
        actorId: params.actor.id,
        eventId: params.event.id,
        action: "round.judge.invite",
        entityType: "RoundJudge",
        entityId: judge.id,
        data: { userId: user.id },
      });
      return { judge, invited: true };
    });
  let result;
  try {
    result = await attempt();
  } catch (error) {
    // Two invitations at once: the unique index refused the second, which now finds the first.
    if (!isUniqueViolation(error)) throw error;
    result = await attempt();
  }
  if (result.invited) {
    await sendMail(
      db,
      params.email,
      judgeInvitationMail({
        eventName: params.event.name,
        roundName: params.round.name,
        inviterName: params.actor.name,
        url: appUrl(judgingPath(params.round.id)),
      }),
    );
  }
  return { id: result.judge.id, status: result.judge.status };
}

/**
 * The invited judge accepts or declines. Accepting also makes them a judge of the event (the JUDGE event
 * role: they can then open the entries' images); declining after scoring keeps the scores.
 */
export async function respondToInvitation(
  db: Db,
  params: { judgeId: string; userId: string; eventId: string; accept: boolean; now: Date },
) {
  return db.$transaction(async (tx) => {
    if (params.accept) {
      const role = await tx.eventRole.findFirst({
        where: { eventId: params.eventId, userId: params.userId, role: "JUDGE", centreId: null },
        select: { id: true },
      });
      if (!role) {
        await tx.eventRole.create({
          data: { eventId: params.eventId, userId: params.userId, role: "JUDGE" },
          select: { id: true },
        });
      }
    }
    return tx.roundJudge.update({
      where: { id: params.judgeId },
      data: { status: params.accept ? "ACCEPTED" : "DECLINED", respondedAt: params.now },
      select: { id: true, status: true },
    });
  });
}

/** The judge's own school, club or employer (kept away from teams that share it). */
export async function setJudgeAffiliation(db: Db, params: { judgeId: string; affiliation: string }) {
  return db.roundJudge.update({
    where: { id: params.judgeId },
    data: { affiliation: params.affiliation.trim() || null },
    select: { id: true, affiliation: true },
  });
}

/**
 * Takes a judge out of the round: their unscored assignments go (re-run the assignment to give those
 * entries other judges); whatever they scored stays and counts. Returns how many assignments were freed.
 */
export async function removeJudge(
  db: Db,
  params: { actorId: string; round: RoundCore; judgeId: string; now: Date },
) {
  return db.$transaction(async (tx) => {
    const judge = await tx.roundJudge.findFirst({
      where: { id: params.judgeId, roundId: params.round.id, removedAt: null },
      select: { id: true },
    });
    if (!judge) throw new DomainError("NOT_FOUND", refuse("judgeNoLongerInRound"));
    await tx.roundJudge.update({
      where: { id: judge.id },
      data: { removedAt: params.now },
      select: { id: true },
    });
    const freed = await tx.assignment.deleteMany({
      where: { judgeId: judge.id, scores: { none: {} }, status: { in: ["PENDING", "SKIPPED"] } },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.round.eventId,
      action: "round.judge.remove",
      entityType: "RoundJudge",
      entityId: judge.id,
      data: { freed: freed.count },
    });
    return { freed: freed.count };
  });
}

/**
 * A judge declares a conflict of interest for the whole event: with a team or an organisation (upheld at
 * once: the judge knows best), or in free text, which waits for an organiser to resolve. Declaring the
 * same team or organisation twice changes nothing. Errors: NOT_FOUND for a team or organisation that is
 * not part of the event.
 */
export async function declareConflict(
  db: Db,
  params: {
    userId: string;
    eventId: string;
    kind: "TEAM" | "ORGANISATION" | "OTHER";
    teamId: string | null;
    organisationId: string | null;
    note: string;
  },
) {
  return db.$transaction(async (tx) => {
    if (params.kind === "TEAM") {
      const team = await tx.team.findFirst({
        where: { id: params.teamId ?? "", eventId: params.eventId },
        select: { id: true },
      });
      if (!team)
        throw new DomainError("NOT_FOUND", refuse("teamNotFound"), {
          teamId: [refuse("chooseEventTeam").text],
        });
    }
    if (params.kind === "ORGANISATION") {
      const organisation = await tx.organisation.findFirst({
        where: { id: params.organisationId ?? "", challenges: { some: { eventId: params.eventId } } },
        select: { id: true },
      });
      if (!organisation) {
        throw new DomainError("NOT_FOUND", refuse("organisationNotFound"), {
          organisationId: [refuse("chooseChallengeOrganisation").text],
        });
      }
    }
    const teamId = params.kind === "TEAM" ? params.teamId : null;
    const organisationId = params.kind === "ORGANISATION" ? params.organisationId : null;
    if (params.kind !== "OTHER") {
      const same = await tx.judgeConflict.findFirst({
        where: { eventId: params.eventId, userId: params.userId, kind: params.kind, teamId, organisationId },
        select: { id: true, resolution: true },
      });
      if (same) return same;
    }
    return tx.judgeConflict.create({
      data: {
        eventId: params.eventId,
        userId: params.userId,
        kind: params.kind,
        teamId,
        organisationId,
        note: params.note,
        resolution: params.kind === "OTHER" ? "PENDING" : "UPHELD",
      },
      select: { id: true, resolution: true },
    });
  });
}

/**
 * A round's manager decides whether a judge's conflict keeps them away (UPHELD) or not (DISMISSED). Only
 * conflicts of this round's judges (NOT_FOUND otherwise): a sponsor managing its challenge's round does
 * not rule on judges of other rounds.
 */
export async function resolveConflict(
  db: Db,
  params: {
    actorId: string;
    roundId: string;
    eventId: string;
    conflictId: string;
    resolution: "UPHELD" | "DISMISSED";
    now: Date;
  },
) {
  const updated = await db.judgeConflict.updateMany({
    where: {
      id: params.conflictId,
      eventId: params.eventId,
      user: { roundJudging: { some: { roundId: params.roundId } } },
    },
    data: { resolution: params.resolution, resolvedById: params.actorId, resolvedAt: params.now },
  });
  if (updated.count === 0) throw new DomainError("NOT_FOUND", refuse("conflictGone"));
  return { id: params.conflictId, resolution: params.resolution };
}
