import { addChild, removeChild } from "../guardians/commands.ts";
import { childrenOf } from "../guardians/queries.ts";
import { addChildInput, removeChildInput } from "../guardians/schema.ts";
import { protectedProcedure, router } from "../trpc.ts";

// A guardian's own account keeps the profiles of children with no email address of their own; acting
// for one (app/api/acting) is a cookie, not a procedure. Every procedure is about the caller's own
// profiles: there is no guardian id in any input to get wrong.
export const guardiansRouter = router({
  /** The children's profiles the caller keeps, with the events each is registered for (empty while acting). */
  children: protectedProcedure.query(({ ctx }) =>
    ctx.user.guardian ? [] : childrenOf(ctx.db, { guardianId: ctx.user.id }),
  ),

  /** Adds a child's profile (first name and nickname) kept by the caller; at most 10. */
  addChild: protectedProcedure
    .input(addChildInput)
    .mutation(({ ctx, input }) =>
      addChild(ctx.db, { guardian: ctx.user, name: input.name, alias: input.alias }),
    ),

  /** Removes a child's profile the caller keeps, as an account is deleted (projects keep a former participant). */
  removeChild: protectedProcedure
    .input(removeChildInput)
    .mutation(async ({ ctx, input }) =>
      removeChild(ctx.db, { guardian: ctx.user, childId: input.childId, now: await ctx.now() }),
    ),
});
