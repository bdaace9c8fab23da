import { forgetRegistrationStart, recordRegistrationStart } from "../registrations/starts.ts";
import { personAtKeyboard } from "../guardians/rules.ts";
import {
  changeConsentScopes,
  giveConsent,
  updateConsentText,
  moveToCentre,
  register,
  resendConsent,
  updateRegistration,
  withdraw,
  withdrawConsent,
} from "../registrations/commands.ts";
import {
  consentLinkView,
  consentTextSettings,
  eventRegistrations,
  ownRegistration,
  registrationForm,
  registrationsCsv,
  registrationsWithoutCentre,
} from "../registrations/queries.ts";
import {
  consentByTokenInput,
  changeConsentScopesInput,
  giveConsentInput,
  updateConsentTextInput,
  moveToCentreInput,
  registerInput,
  resendConsentInput,
  updateRegistrationInput,
} from "../registrations/schema.ts";
import { centrePlaces } from "../registrations/rules.ts";
import {
  centreLeadProcedure,
  eventProcedure,
  eventRoleProcedure,
  participantProcedure,
  publicProcedure,
  router,
} from "../trpc.ts";

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const registrationsRouter = router({
  /** The centres, code-of-conduct version and age rules the registration form needs. */
  form: eventProcedure.query(async ({ ctx }) =>
    registrationForm(ctx.db, {
      event: ctx.event,
      now: await ctx.now(),
      ownEmail: ctx.user.email,
      registeringGuardian: ctx.user.guardian?.email ?? null,
      userId: ctx.user.id,
    }),
  ),

  /** The caller's own registration (with their date of birth), or null. */
  mine: eventProcedure.query(async ({ ctx }) =>
    ownRegistration(ctx.db, {
      eventId: ctx.event.id,
      userId: ctx.user.id,
      event: ctx.event,
      now: await ctx.now(),
    }),
  ),

  register: eventProcedure.input(registerInput).mutation(async ({ ctx, input }) => {
    const { eventId: _eventId, ...details } = input;
    const done = await register(ctx.db, {
      user: ctx.user,
      event: ctx.event,
      existing: ctx.registration,
      details,
      now: await ctx.now(),
    });
    await forgetRegistrationStart(ctx.db, { eventId: ctx.event.id, userId: ctx.user.id });
    return done;
  }),

  /**
   * The caller began the registration form (its first answer): remembered, with nothing they typed,
   * so the "registration closing soon" reminder can go to them if they don't finish.
   */
  markStarted: eventProcedure.mutation(async ({ ctx }) =>
    recordRegistrationStart(ctx.db, { event: ctx.event, userId: ctx.user.id, now: await ctx.now() }),
  ),

  resendConsent: participantProcedure.input(resendConsentInput).mutation(async ({ ctx, input }) =>
    resendConsent(ctx.db, {
      user: ctx.user,
      event: ctx.event,
      registrationId: ctx.registration.id,
      guardianEmail: input.guardianEmail,
      now: await ctx.now(),
    }),
  ),

  /** Changes the caller's centre, experience and skills while registration is open. */
  update: participantProcedure.input(updateRegistrationInput).mutation(async ({ ctx, input }) => {
    const { eventId: _eventId, ...answers } = input;
    return updateRegistration(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registrationId: ctx.registration.id,
      membership: ctx.membership,
      answers,
      now: await ctx.now(),
    });
  }),

  withdraw: participantProcedure.mutation(async ({ ctx }) =>
    withdraw(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registrationId: ctx.registration.id,
      membership: ctx.membership,
      now: await ctx.now(),
    }),
  ),

  /** Organisers' table with counts: age bands only, no dates of birth, no guardian emails. */
  list: organiserProcedure.query(async ({ ctx }) =>
    eventRegistrations(ctx.db, { eventId: ctx.event.id, event: ctx.event, now: await ctx.now() }),
  ),

  /** Places someone at a centre (or moves them), and emails them where to go. */
  moveToCentre: organiserProcedure.input(moveToCentreInput).mutation(async ({ ctx, input }) =>
    moveToCentre(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      registrationId: input.registrationId,
      centreId: input.centreId,
      now: await ctx.now(),
    }),
  ),

  /** The same, as CSV text for the export route handler. */
  exportCsv: organiserProcedure.query(async ({ ctx }) =>
    registrationsCsv(ctx.db, { eventId: ctx.event.id, event: ctx.event, now: await ctx.now() }),
  ),

  /**
   * A centre lead's view of the people coming to their centres (organisers: every centre), with the
   * same minimal fields as the organisers' list and each centre's places left.
   */
  forCentres: centreLeadProcedure.query(async ({ ctx }) => {
    const centreIds = ctx.centres.map((c) => c.id);
    const [{ rows, counts }, withoutCentre] = await Promise.all([
      eventRegistrations(ctx.db, {
        eventId: ctx.event.id,
        event: ctx.event,
        now: await ctx.now(),
        centreIds,
      }),
      registrationsWithoutCentre(ctx.db, { eventId: ctx.event.id }),
    ]);
    return {
      event: { name: ctx.event.name, slug: ctx.event.slug },
      centres: centrePlaces(ctx.centres, rows),
      rows,
      counts,
      withoutCentre,
    };
  }),

  /** The centre lead's list as CSV. */
  exportCentresCsv: centreLeadProcedure.query(async ({ ctx }) =>
    registrationsCsv(ctx.db, {
      eventId: ctx.event.id,
      event: ctx.event,
      now: await ctx.now(),
      centreIds: ctx.centres.map((c) => c.id),
      filenameSuffix: "-my-centres",
    }),
  ),

  /** The event's consent text, its versions, and how many consents in force were given to which. */
  consentText: organiserProcedure.query(async ({ ctx }) =>
    consentTextSettings(ctx.db, { eventId: ctx.event.id, now: await ctx.now() }),
  ),

  /**
   * Sets the event's consent text (empty: the platform's default). A new version asks every guardian
   * whose consent in force was given to another version to confirm the new words (emailed links).
   */
  updateConsentText: organiserProcedure.input(updateConsentTextInput).mutation(async ({ ctx, input }) =>
    updateConsentText(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      text: input.text,
      now: await ctx.now(),
    }),
  ),

  /** A guardian's consent page: what the link can still do (never an error for a bad link). */
  consentByToken: publicProcedure.input(consentByTokenInput).query(async ({ ctx, input }) =>
    consentLinkView(ctx.db, {
      token: input.token,
      viewer: personAtKeyboard(ctx.user),
      now: await ctx.now(),
    }),
  ),

  /**
   * A guardian consents; the unguessable link is the authority, no account needed. A signed-in caller
   * is passed on: the young person's own account is refused, any other is recorded with the consent.
   */
  giveConsent: publicProcedure.input(giveConsentInput).mutation(async ({ ctx, input }) =>
    giveConsent(ctx.db, {
      token: input.token,
      guardianName: input.guardianName,
      scopes: {
        attend: input.attend,
        photo: input.photo,
        publicCredit: input.publicCredit,
        teamFinder: input.teamFinder,
      },
      consentTextVersion: input.consentTextVersion,
      givenBy: personAtKeyboard(ctx.user),
      now: await ctx.now(),
    }),
  ),

  /**
   * A guardian changes photos, public credit or (under the age of digital consent) the team finder for a
   * consent they gave, with the same link (no account needed; the young person's own account is refused).
   */
  changeConsentScopes: publicProcedure.input(changeConsentScopesInput).mutation(async ({ ctx, input }) =>
    changeConsentScopes(ctx.db, {
      token: input.token,
      scopes: { photo: input.photo, publicCredit: input.publicCredit, teamFinder: input.teamFinder },
      givenBy: personAtKeyboard(ctx.user),
      now: await ctx.now(),
    }),
  ),

  /** A guardian withdraws consent with the link they consented with (no account needed). */
  withdrawConsent: publicProcedure
    .input(consentByTokenInput)
    .mutation(async ({ ctx, input }) =>
      withdrawConsent(ctx.db, { token: input.token, now: await ctx.now() }),
    ),
});
