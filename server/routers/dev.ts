import { z } from "zod";
import { email } from "../events/schema.ts";
import { latestOutboxEmails } from "../mail/queries.ts";
import { sendDuePrompts } from "../prompts/commands.ts";
import { sendPromptsInput } from "../prompts/schema.ts";
import { devProcedure, router } from "../trpc.ts";

export const devRouter = router({
  /** The local outbox (development and test only): where sign-in links arrive without SMTP. */
  outbox: devProcedure
    .input(z.object({ to: email.optional() }).default({}))
    .query(({ ctx, input }) => latestOutboxEmails(ctx.db, { to: input.to, take: 50 })),
  /**
   * Renders every cached public page afresh on its next visit (development and test only): for data
   * written straight into the database, as the end-to-end tests' fixtures do, which no mutation saw.
   * The refresh itself is the tRPC middleware's, as after any public mutation (server/cache).
   */
  refreshPublicPages: devProcedure.mutation(() => ({ ok: true as const })),
  /**
   * Runs the timely prompts' sweep now (development and test only), at `at` when given (the quiet hours
   * depend on the time of day, so a test picks a daytime moment), else at the database's clock.
   */
  sendPrompts: devProcedure.input(sendPromptsInput).mutation(async ({ ctx, input }) => ({
    sent: await sendDuePrompts(ctx.db, { now: input.at ? new Date(input.at) : await ctx.now() }),
  })),
});
