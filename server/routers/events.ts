import { z } from "zod";
import {
  changeEventStatus,
  createEvent,
  removeEventCoverImage,
  setEventCoverImage,
  grantEventRole,
  revokeEventRole,
  unarchiveEvent,
  updateEvent,
} from "../events/commands.ts";
import {
  centresInView,
  eventDetails,
  eventRoles,
  ledCentres,
  listPublishedEvents,
  managedEvents,
  eventCodeOfConduct,
  eventCoverImage,
} from "../events/queries.ts";
import { setCoverImageInput } from "../events/cover-schema.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { blobStore } from "../storage/blob-store.ts";
import { eventPhase } from "../events/rules.ts";
import { registrationStatusOf, registrationsWithoutCentre } from "../registrations/queries.ts";
import { canManageEvent } from "../events/policy.ts";
import { grantRoleInput, publishEventInput, revokeRoleInput } from "../events/role-schema.ts";
import { createEventInput, updateEventInput } from "../events/schema.ts";
import {
  adminProcedure,
  eventRoleProcedure,
  operatorProcedure,
  protectedProcedure,
  publicEventProcedure,
  publicProcedure,
  router,
} from "../trpc.ts";
import { eventCalendar } from "../events/calendar.ts";
import { mayHaveParticipation } from "../certificates/rules.ts";
import { appUrl } from "../http/app-url.ts";

/** This module's refusals ("RouterErrors"). */
const refuse = refusals("RouterErrors");

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const eventsRouter = router({
  /** Published events, for the public home page. */
  list: publicProcedure.query(async ({ ctx }) => {
    const [events, now] = await Promise.all([listPublishedEvents(ctx.db), ctx.now()]);
    return events.map((event) => ({ ...event, state: eventPhase(event, now) }));
  }),

  /** One event page; drafts are a 404 to everyone but their organisers and platform admins. */
  bySlug: publicEventProcedure.query(async ({ ctx }) => {
    const [event, now] = await Promise.all([eventDetails(ctx.db, { eventId: ctx.event.id }), ctx.now()]);
    return { ...event, state: eventPhase(event, now), canManage: canManageEvent(ctx.viewer) };
  }),

  /**
   * What the event page shows only to the person looking at it, fetched by their browser (the page itself
   * is cached, the same for everyone): `{ signedIn, canManage, registrationStatus }`, the status being
   * null when they have not registered (or are signed out).
   */
  viewer: publicEventProcedure.query(async ({ ctx }) => {
    const registrationStatus = ctx.viewer.userId
      ? await registrationStatusOf(ctx.db, { eventId: ctx.event.id, userId: ctx.viewer.userId })
      : null;
    return {
      signedIn: ctx.viewer.userId !== null,
      canManage: canManageEvent(ctx.viewer),
      registrationStatus,
      // Their certificate of participation is ready (see certificates.mine for awards).
      certificatesReady: mayHaveParticipation({
        registrationStatus,
        submissionDeadline: ctx.event.submissionDeadline,
        now: await ctx.now(),
      }),
    };
  }),

  /** The code of conduct people accept when they register: the event's own, or the default. */
  codeOfConduct: publicEventProcedure.query(({ ctx }) =>
    eventCodeOfConduct(ctx.db, { eventId: ctx.event.id }),
  ),

  /** Where the cover image's bytes are (served by /events/[slug]/cover), for whoever may see the event. */
  cover: publicEventProcedure.query(async ({ ctx }) => {
    const cover = await eventCoverImage(ctx.db, { eventId: ctx.event.id });
    if (!cover) throw new DomainError("NOT_FOUND", refuse("noCoverImage"));
    return cover;
  }),

  /** The event's dates as an iCalendar file for "Add to calendar". */
  calendar: publicEventProcedure.query(({ ctx }) => ({
    filename: `${ctx.event.slug}.ics`,
    body: eventCalendar(ctx.event, appUrl(`/events/${ctx.event.slug}`)),
  })),

  /** The events the caller can manage. */
  managed: protectedProcedure.query(({ ctx }) =>
    managedEvents(ctx.db, { userId: ctx.user.id, isPlatformAdmin: ctx.user.isPlatformAdmin }),
  ),

  /** The centres the caller leads, with their events (for the manage page). */
  ledCentres: protectedProcedure.query(({ ctx }) => ledCentres(ctx.db, { userId: ctx.user.id })),

  /** Everything an organiser's edit page needs. */
  byIdForManagement: organiserProcedure.query(async ({ ctx }) => {
    const [event, roles, centres, withoutCentre, code] = await Promise.all([
      eventDetails(ctx.db, { eventId: ctx.event.id }),
      eventRoles(ctx.db, { eventId: ctx.event.id }),
      centresInView(ctx.db, { eventId: ctx.event.id, userId: ctx.user.id, allCentres: true }),
      registrationsWithoutCentre(ctx.db, { eventId: ctx.event.id }),
      eventCodeOfConduct(ctx.db, { eventId: ctx.event.id }),
    ]);
    return { ...event, roles, centres, withoutCentre, codeOfConduct: code.own };
  }),

  create: adminProcedure.input(createEventInput).mutation(({ ctx, input }) => {
    const { organiserEmail, ...details } = input;
    return createEvent(ctx.db, { actorId: ctx.user.id, details, organiserEmail });
  }),

  /**
   * An operator's owner creates a draft event run by the organisation (see operatorProcedure); the
   * organiser named (often the caller) is emailed, as with `create`.
   */
  createForOrganisation: operatorProcedure.input(createEventInput).mutation(({ ctx, input }) => {
    const { organiserEmail, ...details } = input;
    return createEvent(ctx.db, {
      actorId: ctx.user.id,
      details,
      organiserEmail,
      organisationId: ctx.organisation.id,
    });
  }),

  update: organiserProcedure
    .input(z.object({ details: updateEventInput }))
    .mutation(({ ctx, input }) =>
      updateEvent(ctx.db, { actorId: ctx.user.id, event: ctx.event, details: input.details }),
    ),

  /** Publishes a draft; with no centres yet, only when `confirmNoCentres` says the organiser knows. */
  publish: organiserProcedure.input(publishEventInput).mutation(async ({ ctx, input }) =>
    changeEventStatus(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      to: "PUBLISHED",
      now: await ctx.now(),
      confirmNoCentres: input.confirmNoCentres,
    }),
  ),

  archive: organiserProcedure.mutation(async ({ ctx }) =>
    changeEventStatus(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      to: "ARCHIVED",
      now: await ctx.now(),
    }),
  ),

  /** Brings an archived event back, published as it was. */
  unarchive: organiserProcedure.mutation(async ({ ctx }) =>
    unarchiveEvent(ctx.db, { actorId: ctx.user.id, event: ctx.event, now: await ctx.now() }),
  ),

  /** Uploads (or replaces) the cover image shown on the event's page and card; a description is required. */
  setCover: organiserProcedure.input(setCoverImageInput).mutation(({ ctx, input }) =>
    setEventCoverImage(ctx.db, blobStore(), {
      actorId: ctx.user.id,
      eventId: ctx.event.id,
      bytes: Buffer.from(input.dataBase64, "base64"),
      alt: input.alt,
    }),
  ),

  removeCover: organiserProcedure.mutation(({ ctx }) =>
    removeEventCoverImage(ctx.db, blobStore(), { actorId: ctx.user.id, eventId: ctx.event.id }),
  ),

  grantRole: organiserProcedure.input(grantRoleInput).mutation(({ ctx, input }) =>
    grantEventRole(ctx.db, {
      actorId: ctx.user.id,
      event: ctx.event,
      email: input.email,
      role: input.role,
      centreId: input.centreId,
    }),
  ),

  revokeRole: organiserProcedure
    .input(revokeRoleInput)
    .mutation(({ ctx, input }) =>
      revokeEventRole(ctx.db, { actorId: ctx.user.id, event: ctx.event, roleId: input.roleId }),
    ),
});
