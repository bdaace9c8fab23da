import {
  acceptJoinRequest,
  cancelJoinRequest,
  createTeam,
  declineJoinRequest,
  handOverCaptaincy,
  joinTeamByCode,
  leaveTeam,
  removeTeamMember,
  requestToJoin,
  rotateJoinCode,
  setLookingForTeam,
  updateTeam,
} from "../teams/commands.ts";
import { finderCentre, myTeamPage, teamByCode, teamFinder } from "../teams/queries.ts";
import {
  cancelRequestInput,
  createTeamInput,
  joinCodeInput,
  joinRequestInput,
  memberInput,
  requestToJoinInput,
  finderFilterInput,
  teamFinderInput,
  updateTeamInput,
} from "../teams/schema.ts";
import { participantProcedure, router, teamCaptainProcedure, teamMemberProcedure } from "../trpc.ts";

export const teamsRouter = router({
  /** Teams looking for members and people looking for a team (young people by alias only). */
  finder: participantProcedure.input(finderFilterInput).query(async ({ ctx, input }) => {
    const { centres, selected, mine } = await finderCentre(ctx.db, {
      eventId: ctx.event.id,
      registrationId: ctx.registration.id,
      asked: input.centre,
    });
    const found = await teamFinder(ctx.db, {
      eventId: ctx.event.id,
      userId: ctx.user.id,
      centreId: selected,
    });
    return { ...found, centres, centreId: selected, myCentreId: mine };
  }),

  /** The caller's team page: members, the captain's tools, their own requests and finder listing. */
  mine: participantProcedure.query(async ({ ctx }) =>
    myTeamPage(ctx.db, {
      event: ctx.event,
      userId: ctx.user.id,
      registrationId: ctx.registration.id,
      now: await ctx.now(),
    }),
  ),

  /** The team behind a join code, shown before the person confirms joining. */
  byCode: participantProcedure
    .input(joinCodeInput)
    .query(({ ctx, input }) => teamByCode(ctx.db, { eventId: ctx.event.id, code: input.code })),

  create: participantProcedure.input(createTeamInput).mutation(async ({ ctx, input }) =>
    createTeam(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      now: await ctx.now(),
      ...input,
    }),
  ),

  joinByCode: participantProcedure.input(joinCodeInput).mutation(async ({ ctx, input }) =>
    joinTeamByCode(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      now: await ctx.now(),
      code: input.code,
    }),
  ),

  requestToJoin: participantProcedure.input(requestToJoinInput).mutation(async ({ ctx, input }) =>
    requestToJoin(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      now: await ctx.now(),
      teamId: input.teamId,
      message: input.message,
    }),
  ),

  cancelRequest: participantProcedure
    .input(cancelRequestInput)
    .mutation(({ ctx, input }) =>
      cancelJoinRequest(ctx.db, { actorId: ctx.user.id, eventId: ctx.event.id, teamId: input.teamId }),
    ),

  acceptRequest: teamCaptainProcedure.input(joinRequestInput).mutation(async ({ ctx, input }) =>
    acceptJoinRequest(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      team: ctx.team,
      now: await ctx.now(),
      requestId: input.requestId,
    }),
  ),

  declineRequest: teamCaptainProcedure.input(joinRequestInput).mutation(async ({ ctx, input }) =>
    declineJoinRequest(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      team: ctx.team,
      now: await ctx.now(),
      requestId: input.requestId,
    }),
  ),

  leave: teamMemberProcedure.mutation(async ({ ctx }) =>
    leaveTeam(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      team: ctx.team,
      now: await ctx.now(),
    }),
  ),

  handOver: teamCaptainProcedure.input(memberInput).mutation(async ({ ctx, input }) =>
    handOverCaptaincy(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      team: ctx.team,
      now: await ctx.now(),
      userId: input.userId,
    }),
  ),

  removeMember: teamCaptainProcedure.input(memberInput).mutation(async ({ ctx, input }) =>
    removeTeamMember(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      team: ctx.team,
      now: await ctx.now(),
      userId: input.userId,
    }),
  ),

  rotateCode: teamCaptainProcedure.mutation(async ({ ctx }) =>
    rotateJoinCode(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      team: ctx.team,
      now: await ctx.now(),
    }),
  ),

  update: teamCaptainProcedure.input(updateTeamInput).mutation(async ({ ctx, input }) =>
    updateTeam(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      team: ctx.team,
      now: await ctx.now(),
      ...input,
    }),
  ),

  /** Lists (or unlists) the caller in the team finder; only their own registration changes. */
  setLookingForTeam: participantProcedure.input(teamFinderInput).mutation(async ({ ctx, input }) =>
    setLookingForTeam(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registration: ctx.registration,
      now: await ctx.now(),
      ...input,
    }),
  ),
});
