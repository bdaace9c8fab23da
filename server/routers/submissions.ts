import { z } from "zod";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { EventCore } from "../events/queries.ts";
import { eventPhase } from "../events/rules.ts";
import { capabilityNotice } from "../events/notices.ts";
import { recordId } from "../record-id.ts";
import { blobStore } from "../storage/blob-store.ts";
import {
  addSubmissionImage,
  closeGallery,
  disqualifySubmission,
  openGallery,
  reinstateSubmission,
  removeSubmissionImage,
  saveSubmission,
  submitSubmission,
  withdrawSubmission,
} from "../submissions/commands.ts";
import {
  enterableChallenges,
  galleryContext,
  galleryProject,
  galleryProjects,
  submissionForOrganisers,
  submissionOfTeam,
  submissionsForOrganisers,
  visibleImage,
} from "../submissions/queries.ts";
import { galleryIsOpen, galleryPageCount, galleryState } from "../submissions/rules.ts";
import {
  addImageInput,
  disqualifyInput,
  galleryInput,
  projectInput,
  removeImageInput,
  saveSubmissionInput,
  submissionIdInput,
  submissionVersionInput,
} from "../submissions/schema.ts";
import {
  eventRoleProcedure,
  publicEventProcedure,
  publicProcedure,
  router,
  teamMemberProcedure,
} from "../trpc.ts";

/** This module's refusals ("RouterErrors"). */
const refuse = refusals("RouterErrors");

const organiserProcedure = eventRoleProcedure(["ORGANISER"]);

/** What the commands need from the clock: whether projects may change and, if not, why (and when). */
function submissionClock(event: EventCore, now: Date) {
  const state = eventPhase(event, now);
  return {
    capabilities: state.capabilities,
    closedNotice: capabilityNotice("canSubmit", state.windows.canSubmit, event.timeZone),
  };
}

export const submissionsRouter = router({
  /**
   * The caller's team's project, the challenges it can enter, whether it can still change and, when it
   * can't, why (and when it opens) in the event's zone.
   */
  mine: teamMemberProcedure.query(async ({ ctx }) => {
    const [submission, challenges, now] = await Promise.all([
      submissionOfTeam(ctx.db, { eventId: ctx.event.id, teamId: ctx.team.id }),
      enterableChallenges(ctx.db, { eventId: ctx.event.id }),
      ctx.now(),
    ]);
    const state = eventPhase(ctx.event, now);
    return {
      submission,
      challenges,
      canSubmit: state.capabilities.canSubmit,
      closedNotice: capabilityNotice("canSubmit", state.windows.canSubmit, ctx.event.timeZone),
      /** The deadline has passed: a submitted project may get "what happened next" updates (server/next). */
      updatesOpen: now.getTime() >= ctx.event.submissionDeadline.getTime(),
    };
  }),

  save: teamMemberProcedure
    .input(saveSubmissionInput.omit({ teamId: true }))
    .mutation(async ({ ctx, input }) => {
      const {
        expectedVersion,
        title,
        tagline,
        description,
        repositoryUrl,
        demoUrl,
        videoUrl,
        technologies,
        challengeIds,
      } = input;
      const fields = {
        title,
        tagline,
        description,
        repositoryUrl,
        demoUrl,
        videoUrl,
        technologies,
        challengeIds,
      };
      return saveSubmission(ctx.db, {
        eventId: ctx.event.id,
        teamId: ctx.team.id,
        actorId: ctx.user.id,
        ...submissionClock(ctx.event, await ctx.now()),
        expectedVersion,
        fields,
      });
    }),

  submit: teamMemberProcedure
    .input(submissionVersionInput.omit({ teamId: true }))
    .mutation(async ({ ctx, input }) => {
      const now = await ctx.now();
      return submitSubmission(ctx.db, {
        eventId: ctx.event.id,
        teamId: ctx.team.id,
        actorId: ctx.user.id,
        ...submissionClock(ctx.event, now),
        expectedVersion: input.expectedVersion,
        now,
      });
    }),

  withdraw: teamMemberProcedure.mutation(async ({ ctx }) =>
    withdrawSubmission(ctx.db, {
      eventId: ctx.event.id,
      teamId: ctx.team.id,
      actorId: ctx.user.id,
      ...submissionClock(ctx.event, await ctx.now()),
    }),
  ),

  addImage: teamMemberProcedure.input(addImageInput.omit({ teamId: true })).mutation(async ({ ctx, input }) =>
    addSubmissionImage(ctx.db, blobStore(), {
      eventId: ctx.event.id,
      teamId: ctx.team.id,
      actorId: ctx.user.id,
      ...submissionClock(ctx.event, await ctx.now()),
      bytes: new Uint8Array(Buffer.from(input.dataBase64, "base64")),
      alt: input.alt,
      requestKey: input.requestKey,
    }),
  ),

  removeImage: teamMemberProcedure
    .input(removeImageInput.omit({ teamId: true }))
    .mutation(async ({ ctx, input }) =>
      removeSubmissionImage(ctx.db, blobStore(), {
        eventId: ctx.event.id,
        teamId: ctx.team.id,
        actorId: ctx.user.id,
        ...submissionClock(ctx.event, await ctx.now()),
        imageId: input.imageId,
      }),
    ),

  /** Every project of the event, any status, for its organisers, and where the public gallery stands. */
  listForOrganisers: organiserProcedure.query(async ({ ctx }) => {
    const [projects, context, now] = await Promise.all([
      submissionsForOrganisers(ctx.db, { eventId: ctx.event.id }),
      galleryContext(ctx.db, { eventId: ctx.event.id }),
      ctx.now(),
    ]);
    return { projects, gallery: galleryState(context, now) };
  }),

  /** One project in full (content, images, every submitted version, team, history) for its organisers. */
  byIdForOrganisers: organiserProcedure.input(submissionIdInput).query(async ({ ctx, input }) => {
    const submission = await submissionForOrganisers(ctx.db, {
      eventId: ctx.event.id,
      submissionId: input.submissionId,
    });
    if (!submission) throw new DomainError("NOT_FOUND", refuse("eventProjectNotFound"));
    return submission;
  }),

  disqualify: organiserProcedure.input(disqualifyInput).mutation(({ ctx, input }) =>
    disqualifySubmission(ctx.db, {
      event: ctx.event,
      actorId: ctx.user.id,
      submissionId: input.submissionId,
      reason: input.reason,
    }),
  ),

  reinstate: organiserProcedure.input(submissionIdInput).mutation(({ ctx, input }) =>
    reinstateSubmission(ctx.db, {
      event: ctx.event,
      actorId: ctx.user.id,
      submissionId: input.submissionId,
    }),
  ),

  openGallery: organiserProcedure.mutation(async ({ ctx }) =>
    openGallery(ctx.db, { eventId: ctx.event.id, actorId: ctx.user.id, now: await ctx.now() }),
  ),

  /** Closes a gallery opened early (before the deadline); from the deadline on it stays open. */
  closeGallery: organiserProcedure.mutation(async ({ ctx }) => {
    const context = await galleryContext(ctx.db, { eventId: ctx.event.id });
    return closeGallery(ctx.db, { event: context, actorId: ctx.user.id, now: await ctx.now() });
  }),

  /**
   * One page of the public project gallery: `{ open, projects (cards), page, pageCount, total, centres,
   * challenges }`; nothing (open: false) until an organiser opens it or the deadline passes.
   */
  gallery: publicEventProcedure.input(galleryInput.omit({ slug: true })).query(async ({ ctx, input }) => {
    const [context, now] = await Promise.all([galleryContext(ctx.db, { eventId: ctx.event.id }), ctx.now()]);
    const open = galleryIsOpen(context, now);
    const { projects, total } = open
      ? await galleryProjects(ctx.db, {
          event: context,
          challengeId: input.challengeId,
          centreId: input.centreId,
          page: input.page,
        })
      : { projects: [], total: 0 };
    return {
      open,
      projects,
      page: input.page,
      pageCount: galleryPageCount(total),
      total,
      centres: context.centres,
      challenges: context.challenges,
    };
  }),

  /** One project's public page (404 until the gallery is open, and for anything not submitted). */
  project: publicEventProcedure.input(projectInput.omit({ slug: true })).query(async ({ ctx, input }) => {
    const [context, now] = await Promise.all([galleryContext(ctx.db, { eventId: ctx.event.id }), ctx.now()]);
    const project = galleryIsOpen(context, now)
      ? await galleryProject(ctx.db, { event: context, submissionId: input.submissionId })
      : null;
    if (!project) throw new DomainError("NOT_FOUND", refuse("projectNotFound"));
    return project;
  }),

  /** Where an image's bytes are, when the caller may see its project (served by /api/images/[id]). */
  image: publicProcedure.input(z.object({ imageId: recordId("Image") })).query(async ({ ctx, input }) => {
    const image = await visibleImage(ctx.db, {
      imageId: input.imageId,
      userId: ctx.user?.id ?? null,
      now: await ctx.now(),
    });
    if (!image) throw new DomainError("NOT_FOUND", refuse("imageNotFound"));
    return image;
  }),
});
