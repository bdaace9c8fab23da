import { postAnnouncement } from "../announcements/commands.ts";
import { eventAnnouncements } from "../announcements/queries.ts";
import { createAnnouncementInput } from "../announcements/schema.ts";
import { eventDashboard, submissionsCsv, teamsCsv } from "../dashboard/queries.ts";
import { eventRoleProcedure, publicEventProcedure, router } from "../trpc.ts";

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

export const dashboardRouter = router({
  /** Counts for the organisers' dashboard (no personal data). */
  overview: organiserProcedure.query(({ ctx }) => eventDashboard(ctx.db, { event: ctx.event })),
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
});
