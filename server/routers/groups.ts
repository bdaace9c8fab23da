import { DomainError } from "../errors.ts";
import {
  groupBoard,
  learnersGroups,
  mentorsGroups,
  moveLearner,
  proposeDayGroups,
  publishDayGroups,
  setGroupMentor,
} from "../mentoring/groups-commands.ts";
import { mentoringEventOf } from "../mentoring/queries.ts";
import { centreDayInput, moveLearnerInput, setGroupMentorInput } from "../mentoring/schema.ts";
import { centreLeadProcedure, eventRoleProcedure, participantProcedure, router } from "../trpc.ts";

const mentorProcedure = eventRoleProcedure(["MENTOR"]);

/** The caller's centre among those they see (their own as its lead; every one as an organiser), or NOT_FOUND. */
function centreInView(centres: readonly { id: string; name: string }[], centreId: string) {
  const centre = centres.find((c) => c.id === centreId);
  if (!centre) throw new DomainError("NOT_FOUND", "We couldn't find that centre.");
  return centre;
}

/**
 * Learner groups for coding-club style sessions: who may do what follows the mentor ↔ team matching
 * (mentoring.board and the rest): a centre's lead for their centre, organisers for every centre.
 */
export const groupsRouter = router({
  /** The groups board of one of the caller's centres on one of the event's days. */
  board: centreLeadProcedure.input(centreDayInput).query(async ({ ctx, input }) => {
    const centre = centreInView(ctx.centres, input.centreId);
    const event = await mentoringEventOf(ctx.db, ctx.event.id);
    return {
      ...(await groupBoard(ctx.db, { event, centreId: centre.id, day: input.day })),
      centre,
      event: { name: event.name },
    };
  }),

  /** Proposes the day's groups at a centre (drafts, replacing that day's groups). */
  propose: centreLeadProcedure.input(centreDayInput).mutation(async ({ ctx, input }) =>
    proposeDayGroups(ctx.db, {
      event: await mentoringEventOf(ctx.db, ctx.event.id),
      centreId: centreInView(ctx.centres, input.centreId).id,
      day: input.day,
      actorId: ctx.user.id,
    }),
  ),

  /** Moves a learner into another group of their level, or a new one. */
  moveLearner: centreLeadProcedure.input(moveLearnerInput).mutation(async ({ ctx, input }) =>
    moveLearner(ctx.db, {
      event: await mentoringEventOf(ctx.db, ctx.event.id),
      centreId: centreInView(ctx.centres, input.centreId).id,
      day: input.day,
      registrationId: input.registrationId,
      to: input.to,
      actorId: ctx.user.id,
      now: await ctx.now(),
    }),
  ),

  /** Sets or clears a group's mentor. */
  setMentor: centreLeadProcedure.input(setGroupMentorInput).mutation(async ({ ctx, input }) =>
    setGroupMentor(ctx.db, {
      event: await mentoringEventOf(ctx.db, ctx.event.id),
      centreId: centreInView(ctx.centres, input.centreId).id,
      day: input.day,
      groupId: input.groupId,
      mentorId: input.mentorId,
      actorId: ctx.user.id,
    }),
  ),

  /** Publishes the day's groups at a centre: learners see their group, mentors theirs. */
  publish: centreLeadProcedure.input(centreDayInput).mutation(async ({ ctx, input }) =>
    publishDayGroups(ctx.db, {
      event: await mentoringEventOf(ctx.db, ctx.event.id),
      centreId: centreInView(ctx.centres, input.centreId).id,
      day: input.day,
      actorId: ctx.user.id,
      now: await ctx.now(),
    }),
  ),

  /** A mentor's published groups by day: label, level, count and first names. */
  myGroups: mentorProcedure.query(async ({ ctx }) =>
    mentorsGroups(ctx.db, { eventId: ctx.event.id, mentorId: ctx.user.id }),
  ),

  /** The caller's published groups by day (a guardian acting for a child: the child's). */
  myGroup: participantProcedure.query(async ({ ctx }) =>
    learnersGroups(ctx.db, { registrationId: ctx.registration.id }),
  ),
});
