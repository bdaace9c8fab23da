import { updateEmailPreferences, updateProfile } from "../users/commands.ts";
import { emailPreferencesOf, homeFor, navFor, profileOf } from "../users/queries.ts";
import { homeInput, updateEmailPreferencesInput, updateProfileInput } from "../users/schema.ts";
import { DEFAULT_LOCALE } from "../http/locales.mjs";
import { YOUR_HOME_NAMESPACES, pickMessages } from "../i18n/labels.ts";
import { messagesOf } from "../i18n/messages.ts";
import { protectedProcedure, publicProcedure, router } from "../trpc.ts";
import { deleteAccount } from "../rights/commands.ts";
import { myData } from "../rights/export.ts";
import { deleteAccountInput } from "../rights/schema.ts";

export const usersRouter = router({
  /** The caller's own profile. */
  me: protectedProcedure.query(({ ctx }) => profileOf(ctx.db, { userId: ctx.user.id })),
  /**
   * The caller's home: their events with what to do next, roles, organisations, consents given; and the
   * block's `words` in the asking page's `locale` (the catalogue's YOUR_HOME_NAMESPACES), sent only to
   * the signed-in people who read them rather than in the cached home page.
   */
  home: protectedProcedure.input(homeInput).query(async ({ ctx, input }) => ({
    ...(await homeFor(ctx.db, { userId: ctx.user.id, email: ctx.user.email, now: await ctx.now() })),
    words: pickMessages(messagesOf(input?.locale ?? DEFAULT_LOCALE), YOUR_HOME_NAMESPACES),
  })),
  /** Whether the header should offer Manage and Organisations. */
  nav: protectedProcedure.query(({ ctx }) =>
    navFor(ctx.db, { userId: ctx.user.id, isPlatformAdmin: ctx.user.isPlatformAdmin }),
  ),
  /**
   * What the site's header shows the caller, fetched by the browser so that every page can be served
   * from the page cache: null when signed out, else `{ name, email, nav, actingFor }` (nav as
   * users.nav; actingFor: the child's name while a guardian acts for one, whose address is then shown).
   */
  header: publicProcedure.query(async ({ ctx }) =>
    ctx.user
      ? {
          name: ctx.user.guardian ? ctx.user.guardian.name : ctx.user.name,
          email: ctx.user.guardian ? ctx.user.guardian.email : ctx.user.email,
          actingFor: ctx.user.guardian ? { name: ctx.user.name ?? "your child" } : null,
          nav: await navFor(ctx.db, { userId: ctx.user.id, isPlatformAdmin: ctx.user.isPlatformAdmin }),
        }
      : null,
  ),
  updateProfile: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => updateProfile(ctx.db, { userId: ctx.user.id, ...input })),
  /** Which categories of email the caller gets; only the optional ones can be off. */
  emailPreferences: protectedProcedure.query(({ ctx }) =>
    emailPreferencesOf(ctx.db, { userId: ctx.user.id }),
  ),
  /** Everything the platform holds about the caller, as one JSON document (server/rights/export.ts). */
  myData: protectedProcedure.query(async ({ ctx }) =>
    myData(ctx.db, { userId: ctx.user.id, now: await ctx.now() }),
  ),
  /**
   * Deletes the caller's account (server/rights/commands.ts deleteAccount): they type their address to
   * confirm; refused while they are the only one in charge of something. Signs them out everywhere.
   */
  deleteAccount: protectedProcedure
    .input(deleteAccountInput)
    .mutation(async ({ ctx, input }) =>
      deleteAccount(ctx.db, { userId: ctx.user.id, confirmEmail: input.confirmEmail, now: await ctx.now() }),
    ),
  updateEmailPreferences: protectedProcedure
    .input(updateEmailPreferencesInput)
    .mutation(({ ctx, input }) =>
      updateEmailPreferences(ctx.db, { userId: ctx.user.id, turnedOff: input.turnedOff }),
    ),
});
