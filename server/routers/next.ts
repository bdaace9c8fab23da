import { hideUpdate, postOutcome, postUpdate, removeOutcome, removeUpdate } from "../next/commands.ts";
import {
  eventNext,
  organisationNext,
  organisationOutcomes,
  teamUpdates,
  updatesForOrganisers,
} from "../next/queries.ts";
import {
  challengeOutcomeFields,
  hideUpdateInput,
  organisationNextInput,
  outcomeIdInput,
  projectUpdateFields,
  updateIdInput,
} from "../next/schema.ts";
import {
  eventRoleProcedure,
  organisationProcedure,
  publicEventProcedure,
  publicProcedure,
  router,
  teamMemberProcedure,
} from "../trpc.ts";

// "What happened next": teams' updates on their projects after the event, sponsors' outcomes for their
// challenges, and the public page that shows both. The domain is in server/next.
const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const nextRouter = router({
  /** The event's public page: visible updates by project (credited to teams), counts, sponsors' outcomes. */
  forEvent: publicEventProcedure.query(({ ctx }) => eventNext(ctx.db, { eventId: ctx.event.id })),
  /**
   * The organisation's public page, across its events: its published challenges with its outcomes and the
   * entered projects' latest news, the events it runs, and counts. Public, as organisations.bySlug.
   */
  forOrganisation: publicProcedure
    .input(organisationNextInput)
    .query(({ ctx, input }) => organisationNext(ctx.db, { slug: input.slug })),
  /** The team's own updates, hidden ones with the organisers' reason. */
  mine: teamMemberProcedure.query(({ ctx }) => teamUpdates(ctx.db, { teamId: ctx.team.id })),
  /** Posts an update on the team's project (after the deadline, for a submitted project). */
  postUpdate: teamMemberProcedure.input(projectUpdateFields).mutation(async ({ ctx, input }) =>
    postUpdate(ctx.db, {
      event: ctx.event,
      teamId: ctx.team.id,
      actorId: ctx.user.id,
      kind: input.kind,
      text: input.text,
      url: input.url,
      now: await ctx.now(),
    }),
  ),
  /** Removes one of the team's updates. */
  removeUpdate: teamMemberProcedure.input(updateIdInput).mutation(({ ctx, input }) =>
    removeUpdate(ctx.db, {
      eventId: ctx.event.id,
      teamId: ctx.team.id,
      actorId: ctx.user.id,
      updateId: input.updateId,
    }),
  ),
  /** Every update of the event for its organisers, hidden ones too. */
  listForOrganisers: organiserProcedure.query(({ ctx }) =>
    updatesForOrganisers(ctx.db, { eventId: ctx.event.id }),
  ),
  /** Hides an update from the public page, with a reason the team sees. */
  hideUpdate: organiserProcedure.input(hideUpdateInput).mutation(async ({ ctx, input }) =>
    hideUpdate(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      updateId: input.updateId,
      reason: input.reason,
      now: await ctx.now(),
    }),
  ),
  /** The organisation's published challenges whose deadline has passed, with their outcomes. */
  outcomesForOrganisation: organisationProcedure.query(async ({ ctx }) =>
    organisationOutcomes(ctx.db, { organisationId: ctx.organisation.id, now: await ctx.now() }),
  ),
  /** Records what came of one of the organisation's challenges. */
  postOutcome: organisationProcedure.input(challengeOutcomeFields).mutation(async ({ ctx, input }) =>
    postOutcome(ctx.db, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      challengeId: input.challengeId,
      text: input.text,
      url: input.url,
      now: await ctx.now(),
    }),
  ),
  /** Removes one of the organisation's outcomes. */
  removeOutcome: organisationProcedure.input(outcomeIdInput).mutation(({ ctx, input }) =>
    removeOutcome(ctx.db, {
      organisationId: ctx.organisation.id,
      actorId: ctx.user.id,
      outcomeId: input.outcomeId,
    }),
  ),
});
