import { updateEmailPreferences, updateProfile } from "../users/commands.ts";
import { emailPreferencesOf, profileOf } from "../users/queries.ts";
import { updateEmailPreferencesInput, updateProfileInput } from "../users/schema.ts";
import { protectedProcedure, router } from "../trpc.ts";

export const usersRouter = router({
  /** The caller's own profile. */
  me: protectedProcedure.query(({ ctx }) => profileOf(ctx.db, { userId: ctx.user.id })),
  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, { userId: ctx.user.id, ...input })),
  /** Which categories of email the caller gets; only the optional ones can be off. */
  emailPreferences: protectedProcedure.query(({ ctx }) =>
    emailPreferencesOf(ctx.db, { userId: ctx.user.id }),
  ),
  updateEmailPreferences: protectedProcedure
    .input(updateEmailPreferencesInput)
    .mutation(({ ctx, input }) =>
      updateEmailPreferences(ctx.db, { userId: ctx.user.id, turnedOff: input.turnedOff }),
    ),
});
