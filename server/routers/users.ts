import { updateProfile } from "../users/commands.ts";
import { homeFor, navFor, profileOf } from "../users/queries.ts";
import { updateProfileInput } from "../users/schema.ts";
import { protectedProcedure, router } from "../trpc.ts";

export const usersRouter = router({
  /** The caller's own profile. */
  me: protectedProcedure.query(({ ctx }) => profileOf(ctx.db, { userId: ctx.user.id })),
  /** The caller's home: their events with what to do next, roles, organisations, consents given. */
  home: protectedProcedure.query(async ({ ctx }) =>
    homeFor(ctx.db, { userId: ctx.user.id, email: ctx.user.email, now: await ctx.now() }),
  ),
  /** Whether the header should offer Manage and Organisations. */
  nav: protectedProcedure.query(({ ctx }) =>
    navFor(ctx.db, { userId: ctx.user.id, isPlatformAdmin: ctx.user.isPlatformAdmin }),
  ),
  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, { userId: ctx.user.id, ...input })),
});
