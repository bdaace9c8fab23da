import { createChallenge, moveChallenge, updateChallenge } from "../challenges/commands.ts";
import {
  challengeForMembers,
  challengesForReview,
  challengesOfOrganisation,
  publishedChallengeBySlug,
  publishedChallenges,
} from "../challenges/queries.ts";
import {
  challengeBySlugInput,
  challengeIdInput,
  createChallengeInput,
  requestChangesInput,
  reviewCommentInput,
  updateChallengeInput,
} from "../challenges/schema.ts";
import { eventRoleProcedure, organisationProcedure, publicEventProcedure, router } from "../trpc.ts";

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const challengesRouter = router({
  // The public side: published challenges of a visible event.
  listPublished: publicEventProcedure.query(({ ctx }) =>
    publishedChallenges(ctx.db, { eventId: ctx.event.id }),
  ),

  bySlug: publicEventProcedure
    .input(challengeBySlugInput)
    .query(({ ctx, input }) =>
      publishedChallengeBySlug(ctx.db, { event: ctx.event, slug: input.challengeSlug }),
    ),

  // The sponsor's side: members of the owning organisation.
  listForOrganisation: organisationProcedure.query(({ ctx }) =>
    challengesOfOrganisation(ctx.db, { organisationId: ctx.organisation.id }),
  ),

  byIdForOrganisation: organisationProcedure
    .input(challengeIdInput)
    .query(({ ctx, input }) =>
      challengeForMembers(ctx.db, { organisationId: ctx.organisation.id, challengeId: input.challengeId }),
    ),

  create: organisationProcedure.input(createChallengeInput).mutation(({ ctx, input }) =>
    createChallenge(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      eventId: input.eventId,
      details: input.details,
      requestKey: input.requestKey,
    }),
  ),

  update: organisationProcedure.input(updateChallengeInput).mutation(({ ctx, input }) =>
    updateChallenge(ctx.db, {
      actorId: ctx.user.id,
      organisationId: ctx.organisation.id,
      challengeId: input.challengeId,
      details: input.details,
    }),
  ),

  submit: organisationProcedure.input(challengeIdInput).mutation(async ({ ctx, input }) =>
    moveChallenge(ctx.db, {
      actorId: ctx.user.id,
      scope: { side: "sponsor", organisationId: ctx.organisation.id },
      challengeId: input.challengeId,
      action: "submit",
      now: await ctx.now(),
    }),
  ),

  // The organisers' side: review and publish.
  listForReview: organiserProcedure.query(({ ctx }) =>
    challengesForReview(ctx.db, { eventId: ctx.event.id }),
  ),

  approve: organiserProcedure.input(reviewCommentInput).mutation(async ({ ctx, input }) =>
    moveChallenge(ctx.db, {
      actorId: ctx.user.id,
      scope: { side: "organiser", eventId: ctx.event.id },
      challengeId: input.challengeId,
      action: "approve",
      ...(input.comment ? { comment: input.comment } : {}),
      now: await ctx.now(),
    }),
  ),

  requestChanges: organiserProcedure.input(requestChangesInput).mutation(async ({ ctx, input }) =>
    moveChallenge(ctx.db, {
      actorId: ctx.user.id,
      scope: { side: "organiser", eventId: ctx.event.id },
      challengeId: input.challengeId,
      action: "requestChanges",
      comment: input.comment,
      now: await ctx.now(),
    }),
  ),

  publish: organiserProcedure.input(challengeIdInput).mutation(async ({ ctx, input }) =>
    moveChallenge(ctx.db, {
      actorId: ctx.user.id,
      scope: { side: "organiser", eventId: ctx.event.id },
      challengeId: input.challengeId,
      action: "publish",
      now: await ctx.now(),
    }),
  ),
});
