import {
  groupBoard,
  learnersGroups,
  mentorsGroups,
  moveLearner,
  proposeDayGroups,
  publishDayGroups,
  setGroupMentor,
} from "../mentoring/groups-commands.ts";
import { boardScope, mentoringEventOf } from "../mentoring/queries.ts";
import { moveLearnerInput, setGroupMentorInput } from "../mentoring/schema.ts";
import { centreDayProcedure, eventRoleProcedure, participantProcedure, router } from "../trpc.ts";

const mentorProcedure = eventRoleProcedure(["MENTOR"]);

/**
 * Learner groups for coding-club style sessions: who may do what follows the mentor ↔ team matching
 * (mentoring.board and the rest): a centre's lead for their centre, organisers for every centre.
 */
export const groupsRouter = router({
  /** The groups board of one of the caller's centres on one of the event's days. */
  board: centreDayProcedure.query(async ({ ctx, input }) => {
    const event = await mentoringEventOf(ctx.db, ctx.event.id);
    return {
      ...(await groupBoard(ctx.db, { event, centreId: ctx.centre.id, day: input.day })),
      centre: ctx.centre,
      event: { name: event.name },
    };
  }),

  /** Proposes the day's groups at a centre (drafts, replacing that day's groups). */
  propose: centreDayProcedure.mutation(async ({ ctx, input }) =>
    proposeDayGroups(ctx.db, {
      ...(await boardScope(ctx, input.day)),
    }),
  ),

  /** Moves a learner into another group of their level, or a new one. */
  moveLearner: centreDayProcedure.input(moveLearnerInput).mutation(async ({ ctx, input }) =>
    moveLearner(ctx.db, {
      ...(await boardScope(ctx, input.day)),
      registrationId: input.registrationId,
      to: input.to,
      now: await ctx.now(),
    }),
  ),

  /** Sets or clears a group's mentor. */
  setMentor: centreDayProcedure.input(setGroupMentorInput).mutation(async ({ ctx, input }) =>
    setGroupMentor(ctx.db, {
      ...(await boardScope(ctx, input.day)),
      groupId: input.groupId,
      mentorId: input.mentorId,
    }),
  ),

  /** Publishes the day's groups at a centre: learners see their group, mentors theirs. */
  publish: centreDayProcedure.mutation(async ({ ctx, input }) =>
    publishDayGroups(ctx.db, {
      ...(await boardScope(ctx, input.day)),
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
