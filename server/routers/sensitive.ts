import { saveOwnSensitive, saveSensitiveByToken, updateSensitiveSettings } from "../sensitive/commands.ts";
import { personAtKeyboard } from "../guardians/rules.ts";
import {
  ownSensitive,
  presentRegister,
  readSensitive,
  sensitiveAccessLog,
  sensitiveByToken,
  sensitiveSettings,
} from "../sensitive/queries.ts";
import { readInput, saveByTokenInput, sensitiveAnswers, updateSettingsInput } from "../sensitive/schema.ts";
import { consentByTokenInput } from "../registrations/schema.ts";
import {
  centreLeadProcedure,
  eventRoleProcedure,
  participantProcedure,
  publicProcedure,
  router,
} from "../trpc.ts";

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const sensitiveRouter = router({
  /** Which sensitive information the event asks for. */
  settings: organiserProcedure.query(async ({ ctx }) => ({
    ...(await sensitiveSettings(ctx.db, { eventId: ctx.event.id })),
    event: { name: ctx.event.name, timeZone: ctx.event.timeZone },
  })),

  /** Sets which sensitive information the event asks for (none, some or all of the three). */
  updateSettings: organiserProcedure
    .input(updateSettingsInput)
    .mutation(({ ctx, input }) =>
      updateSensitiveSettings(ctx.db, { actorId: ctx.user.id, eventId: ctx.event.id, fields: input.fields }),
    ),

  /** The caller's own answers, and what the event asks for. */
  mine: participantProcedure.query(({ ctx }) =>
    ownSensitive(ctx.db, { eventId: ctx.event.id, registrationId: ctx.registration.id }),
  ),

  /** The caller answers for themselves (not a young person whose guardian answers for them). */
  saveMine: participantProcedure.input(sensitiveAnswers).mutation(({ ctx, input }) =>
    saveOwnSensitive(ctx.db, {
      actorId: ctx.user.id,
      eventId: ctx.event.id,
      registrationId: ctx.registration.id,
      answers: input,
    }),
  ),

  /** What a guardian's consent link shows of it (null for a link that gave no consent in force). */
  byToken: publicProcedure
    .input(consentByTokenInput)
    .query(async ({ ctx, input }) => sensitiveByToken(ctx.db, { token: input.token, now: await ctx.now() })),

  /** A guardian answers for their young person with their consent link. */
  saveByToken: publicProcedure.input(saveByTokenInput).mutation(async ({ ctx, input }) => {
    const { token, ...answers } = input;
    return saveSensitiveByToken(ctx.db, {
      token,
      viewer: personAtKeyboard(ctx.user),
      answers,
      now: await ctx.now(),
    });
  }),

  /** One person's sensitive information, for organisers and the lead of their centre; audited. */
  read: centreLeadProcedure.input(readInput).query(({ ctx, input }) =>
    readSensitive(ctx.db, {
      actorId: ctx.user.id,
      eventId: ctx.event.id,
      event: ctx.event,
      centreIds: ctx.centres.map((c) => c.id),
      registrationId: input.registrationId,
    }),
  ),

  /** Who is in the building now with their emergency contacts, for an evacuation; audited. */
  register: centreLeadProcedure.query(async ({ ctx }) => ({
    ...(await presentRegister(ctx.db, {
      actorId: ctx.user.id,
      eventId: ctx.event.id,
      event: ctx.event,
      centreIds: ctx.centres.map((c) => c.id),
    })),
    event: { timeZone: ctx.event.timeZone },
    centres: ctx.centres.map((c) => ({ id: c.id, name: c.name })),
  })),

  /** Every read of sensitive information at the event: who, when, whose. */
  accessLog: organiserProcedure.query(({ ctx }) =>
    sensitiveAccessLog(ctx.db, { eventId: ctx.event.id, event: ctx.event }),
  ),
});
