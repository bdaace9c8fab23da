import { deleteAnnouncement, editAnnouncement, postAnnouncement } from "../announcements/commands.ts";
import { eventAnnouncements } from "../announcements/queries.ts";
import {
  announcementIdInput,
  createAnnouncementInput,
  updateAnnouncementInput,
} from "../announcements/schema.ts";
import { eventDashboard, submissionsCsv, teamsCsv } from "../dashboard/queries.ts";
import { formatTimeInZone } from "../time/zoned.ts";
import { eventRoleProcedure, publicEventProcedure, router } from "../trpc.ts";

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const dashboardRouter = router({
  /** Counts for the organisers' dashboard (no personal data). */
  /**
   * The counts, and when they were counted (the database's clock) already written in the event's zone,
   * so the dashboard's refreshing part needs no time-zone code in the browser.
   */
  overview: organiserProcedure.query(async ({ ctx }) => {
    const [counts, now] = await Promise.all([eventDashboard(ctx.db, { event: ctx.event }), ctx.now()]);
    return { ...counts, countedAt: now, countedAtLabel: formatTimeInZone(now, ctx.event.timeZone) };
  }),
  exportTeamsCsv: organiserProcedure.query(({ ctx }) => teamsCsv(ctx.db, { event: ctx.event })),
  exportSubmissionsCsv: organiserProcedure.query(({ ctx }) => submissionsCsv(ctx.db, { event: ctx.event })),
});

export const announcementsRouter = router({
  /** Shown on the event page. */
  list: publicEventProcedure.query(({ ctx }) => eventAnnouncements(ctx.db, { eventId: ctx.event.id })),
  /** Posted by organisers; also emailed to everyone registered. */
  create: organiserProcedure.input(createAnnouncementInput).mutation(({ ctx, input }) =>
    postAnnouncement(ctx.db, {
      event: ctx.event,
      actorId: ctx.user.id,
      title: input.title,
      body: input.body,
      requestKey: input.requestKey,
    }),
  ),
  /** Corrects one (not emailed again; shown as edited). */
  update: organiserProcedure.input(updateAnnouncementInput).mutation(async ({ ctx, input }) =>
    editAnnouncement(ctx.db, {
      eventId: ctx.event.id,
      announcementId: input.announcementId,
      actorId: ctx.user.id,
      title: input.title,
      body: input.body,
      now: await ctx.now(),
    }),
  ),
  delete: organiserProcedure.input(announcementIdInput).mutation(({ ctx, input }) =>
    deleteAnnouncement(ctx.db, {
      eventId: ctx.event.id,
      announcementId: input.announcementId,
      actorId: ctx.user.id,
    }),
  ),
});
