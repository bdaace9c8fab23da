import { updateProfile } from "../users/commands.ts";
import { profileOf } from "../users/queries.ts";
import { updateProfileInput } from "../users/schema.ts";
import { protectedProcedure, router } from "../trpc.ts";

export const usersRouter = router({
  /** The caller's own profile. */
  me: protectedProcedure.query(({ ctx }) => profileOf(ctx.db, { userId: ctx.user.id })),
  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, { userId: ctx.user.id, ...input })),
});
