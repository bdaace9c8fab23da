import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { createStarter, deleteStarter, updateStarter } from "../starters/commands.ts";
import { starterAuthority, startersOf } from "../starters/queries.ts";
import { starterFields, starterIdInput, updateStarterInput } from "../starters/schema.ts";
import { eventProcedure, router } from "../trpc.ts";

/** This module's refusals ("RouterErrors"). */
const refuse = refusals("RouterErrors");

/** The caller's authority over starter projects; FORBIDDEN for someone who may write none. */
async function authorityOf(ctx: {
  db: Db;
  user: { id: string };
  event: { id: string };
  viewer: { isPlatformAdmin: boolean; eventRoles: readonly string[] };
}) {
  const authority = await starterAuthority(ctx.db, {
    eventId: ctx.event.id,
    userId: ctx.user.id,
    organiser: ctx.viewer.isPlatformAdmin || ctx.viewer.eventRoles.includes("ORGANISER"),
  });
  if (!authority.may) {
    throw new DomainError("FORBIDDEN", refuse("startersOrganisersAndSponsorsOnly"));
  }
  return authority;
}

export const startersRouter = router({
  /**
   * The event's starter projects for anyone signed in who can see the event: those at the caller's own
   * experience level first (beginners see beginner projects first). Starters of unpublished challenges
   * are left out.
   */
  list: eventProcedure.query(async ({ ctx }) => {
    const registration = ctx.registration
      ? await ctx.db.registration.findUnique({
          where: { id: ctx.registration.id },
          select: { experience: true },
        })
      : null;
    return startersOf(ctx.db, { eventId: ctx.event.id, firstLevel: registration?.experience ?? null });
  }),

  /** What the caller may edit: organisers every starter project, a sponsor those of its own challenges. */
  manage: eventProcedure.query(async ({ ctx }) => {
    const authority = await authorityOf(ctx);
    const starters = await startersOf(ctx.db, {
      eventId: ctx.event.id,
      firstLevel: null,
      all: true,
      ...(authority.organiser ? {} : { challengeIds: authority.challenges.map((c) => c.id) }),
    });
    return {
      organiser: authority.organiser,
      challenges: authority.challenges,
      starters,
      event: { name: ctx.event.name, slug: ctx.event.slug },
    };
  }),

  /** Adds a starter project (organisers; sponsors for their own challenge). */
  create: eventProcedure.input(starterFields).mutation(async ({ ctx, input }) => {
    const { eventId: _eventId, ...fields } = input;
    return createStarter(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      authority: await authorityOf(ctx),
      input: fields,
    });
  }),

  /** Changes a starter project the caller may change. */
  update: eventProcedure.input(updateStarterInput).mutation(async ({ ctx, input }) => {
    const { eventId: _eventId, starterId, ...fields } = input;
    return updateStarter(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      starterId,
      authority: await authorityOf(ctx),
      input: fields,
    });
  }),

  /** Deletes a starter project the caller may change. */
  delete: eventProcedure.input(starterIdInput).mutation(async ({ ctx, input }) =>
    deleteStarter(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      starterId: input.starterId,
      authority: await authorityOf(ctx),
    }),
  ),
});
