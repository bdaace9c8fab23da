import { copyTemplates, createTemplate, deleteTemplate, updateTemplate } from "../templates/commands.ts";
import { templateSources, templatesForUse, templatesOf } from "../templates/queries.ts";
import {
  copyTemplatesInput,
  listTemplatesInput,
  templatesForUseInput,
  templateFields,
  templateIdInput,
  updateTemplateInput,
} from "../templates/schema.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { eventRoleProcedure, router } from "../trpc.ts";

/** This module's refusals ("RouterErrors"). */
const refuse = refusals("RouterErrors");

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const templatesRouter = router({
  /** The event's response templates (organisers), all or those for one use. */
  list: organiserProcedure
    .input(listTemplatesInput)
    .query(({ ctx, input }) => templatesOf(ctx.db, { eventId: ctx.event.id, use: input.use })),

  /**
   * Templates for one use, filled in for the challenge or team at hand (the pickers in the forms):
   * organisers, and the event's judges for feedback templates (the feedback box they write in).
   */
  forUse: eventRoleProcedure(["ORGANISER", "JUDGE"])
    .input(templatesForUseInput)
    .query(({ ctx, input }) => {
      const organiser = ctx.viewer.isPlatformAdmin || ctx.viewer.eventRoles.includes("ORGANISER");
      if (!organiser && input.use !== "FEEDBACK") {
        throw new DomainError("FORBIDDEN", refuse("templatesOrganisersOnly"));
      }
      return templatesForUse(ctx.db, {
        event: ctx.event,
        use: input.use,
        challengeId: input.challengeId,
        teamId: input.teamId,
      });
    }),

  /** The templates page: the event's name, its templates, and the caller's other events to copy from. */
  manage: organiserProcedure.query(async ({ ctx }) => {
    const [templates, sources] = await Promise.all([
      templatesOf(ctx.db, { eventId: ctx.event.id }),
      templateSources(ctx.db, {
        eventId: ctx.event.id,
        userId: ctx.user.id,
        isPlatformAdmin: ctx.viewer.isPlatformAdmin,
      }),
    ]);
    return { event: { id: ctx.event.id, name: ctx.event.name }, templates, sources };
  }),

  /** Adds a template. */
  create: organiserProcedure.input(templateFields).mutation(({ ctx, input }) => {
    const { eventId: _eventId, ...fields } = input;
    return createTemplate(ctx.db, { eventId: ctx.event.id, actorId: ctx.user.id, input: fields });
  }),

  /** Changes a template of this event. */
  update: organiserProcedure.input(updateTemplateInput).mutation(({ ctx, input }) => {
    const { eventId: _eventId, templateId, ...fields } = input;
    return updateTemplate(ctx.db, { eventId: ctx.event.id, actorId: ctx.user.id, templateId, input: fields });
  }),

  /** Deletes a template of this event. */
  delete: organiserProcedure
    .input(templateIdInput)
    .mutation(({ ctx, input }) =>
      deleteTemplate(ctx.db, { eventId: ctx.event.id, actorId: ctx.user.id, templateId: input.templateId }),
    ),

  /** Copies every template of another event the caller organises into this one. */
  copy: organiserProcedure.input(copyTemplatesInput).mutation(({ ctx, input }) =>
    copyTemplates(ctx.db, {
      eventId: ctx.event.id,
      actorId: ctx.user.id,
      isPlatformAdmin: ctx.viewer.isPlatformAdmin,
      fromEventId: input.fromEventId,
    }),
  ),
});
