// The HTTP API (/api/v1): REST routes over the same domain modules as the app, described by an OpenAPI 3
// document generated from these procedures' zod schemas (trpc-to-openapi; app/api/v1/). Public reads
// need no token and are kept like the public pages (server/api/cache.ts); the rest take an API token (server/api-tokens) for one organisation or one event, with
// the permission each route names. Every answer is parsed by its output schema (server/api/schema.ts),
// which drops any field it does not list.
import { z } from "zod";
import {
  apiChallengeOf,
  apiEventDetail,
  apiEventOf,
  apiEvents,
  apiGallery,
  apiPublishedChallenges,
  apiRegistrations,
  apiResults,
  apiTeams,
} from "../api/queries.ts";
import {
  apiAward,
  apiChallenge,
  apiEvent,
  apiEventDetail as apiEventDetailSchema,
  apiProjectCard,
  apiPublicChallenge,
  apiRegistration,
  apiTeam,
  challengeIdBody,
  createChallengeBody,
  projectsInput,
  reviewBody,
  updateChallengeBody,
} from "../api/schema.ts";
import { publicRead } from "../api/cache.ts";
import { createChallenge, moveChallenge, updateChallenge } from "../challenges/commands.ts";
import { challengesForReview, challengesOfOrganisation } from "../challenges/queries.ts";
import {
  apiEventProcedure,
  apiOrganisationProcedure,
  apiProcedure,
  apiPublicEventProcedure,
  router,
} from "../trpc.ts";

const TAGS = { public: ["Public"], sponsor: ["Organisation tokens"], organiser: ["Event tokens"] };

export const apiRouter = router({
  // Public: what the event pages show, to anyone, without a token.
  publicEvents: router({
    list: apiProcedure
      .meta({
        openapi: {
          method: "GET",
          path: "/events",
          tags: TAGS.public,
          protect: false,
          summary: "Published events",
        },
      })
      .input(z.object({}))
      .output(z.object({ events: z.array(apiEvent) }))
      .query(({ ctx }) =>
        publicRead(ctx, { kind: "events" }, ["list"], async () => ({ events: await apiEvents(ctx.db) })),
      ),

    get: apiPublicEventProcedure
      .meta({
        openapi: {
          method: "GET",
          path: "/events/{slug}",
          tags: TAGS.public,
          protect: false,
          summary: "One published event",
        },
      })
      .output(z.object({ event: apiEventDetailSchema }))
      .query(({ ctx }) =>
        publicRead(ctx, { kind: "event", slug: ctx.event.slug }, ["detail"], async () => ({
          event: await apiEventDetail(ctx.db, { event: ctx.event }),
        })),
      ),

    challenges: apiPublicEventProcedure
      .meta({
        openapi: {
          method: "GET",
          path: "/events/{slug}/challenges",
          tags: TAGS.public,
          protect: false,
          summary: "An event's published challenges",
        },
      })
      .output(z.object({ challenges: z.array(apiPublicChallenge) }))
      .query(({ ctx }) =>
        publicRead(ctx, { kind: "event", slug: ctx.event.slug }, ["challenges"], async () => ({
          challenges: await apiPublishedChallenges(ctx.db, { event: ctx.event }),
        })),
      ),

    projects: apiPublicEventProcedure
      .meta({
        openapi: {
          method: "GET",
          path: "/events/{slug}/projects",
          tags: TAGS.public,
          protect: false,
          summary: "One page of an event's project gallery",
          description: "`open` is false, and the list empty, until the gallery opens.",
        },
      })
      .input(projectsInput.omit({ slug: true }))
      .output(
        z.object({
          open: z.boolean(),
          page: z.number().int(),
          pageCount: z.number().int(),
          total: z.number().int(),
          projects: z.array(apiProjectCard),
        }),
      )
      .query(({ ctx, input }) =>
        publicRead(ctx, { kind: "event", slug: ctx.event.slug }, ["projects", String(input.page)], async () =>
          apiGallery(ctx.db, { event: ctx.event, page: input.page, now: await ctx.now() }),
        ),
      ),

    results: apiPublicEventProcedure
      .meta({
        openapi: {
          method: "GET",
          path: "/events/{slug}/results",
          tags: TAGS.public,
          protect: false,
          summary: "An event's published awards and their winning projects",
        },
      })
      .output(z.object({ awards: z.array(apiAward) }))
      .query(({ ctx }) =>
        publicRead(ctx, { kind: "event", slug: ctx.event.slug }, ["results"], async () => ({
          awards: await apiResults(ctx.db, { eventId: ctx.event.id }),
        })),
      ),
  }),

  // An organisation's token: its own challenges.
  organisationChallenges: router({
    list: apiOrganisationProcedure("challenges:read")
      .meta({
        openapi: {
          method: "GET",
          path: "/organisations/{organisationId}/challenges",
          tags: TAGS.sponsor,
          protect: true,
          summary: "The organisation's challenges, any status (permission challenges:read)",
        },
      })
      .output(z.object({ challenges: z.array(apiChallenge) }))
      .query(async ({ ctx }) => ({
        challenges: (await challengesOfOrganisation(ctx.db, { organisationId: ctx.organisationId })).map(
          apiChallengeOf,
        ),
      })),

    create: apiOrganisationProcedure("challenges:write")
      .meta({
        openapi: {
          method: "POST",
          path: "/organisations/{organisationId}/challenges",
          tags: TAGS.sponsor,
          protect: true,
          summary: "Draft a challenge for a published event (permission challenges:write)",
          description:
            "Send the same `requestKey` (16–64 letters, digits, `_` or `-`) again to retry safely: the " +
            "same request drafts one challenge.",
        },
      })
      .input(createChallengeBody)
      .output(z.object({ challenge: apiChallenge }))
      .mutation(async ({ ctx, input }) => ({
        challenge: apiChallengeOf(
          await createChallenge(ctx.db, {
            actorId: ctx.apiCaller.actorId,
            organisationId: ctx.organisationId,
            eventId: input.eventId,
            details: input.details,
            requestKey: input.requestKey,
          }),
        ),
      })),

    update: apiOrganisationProcedure("challenges:write")
      .meta({
        openapi: {
          method: "PATCH",
          path: "/organisations/{organisationId}/challenges/{challengeId}",
          tags: TAGS.sponsor,
          protect: true,
          summary: "Change a draft, or a challenge sent back for changes (permission challenges:write)",
        },
      })
      .input(updateChallengeBody)
      .output(z.object({ challenge: apiChallenge }))
      .mutation(async ({ ctx, input }) => ({
        challenge: apiChallengeOf(
          await updateChallenge(ctx.db, {
            actorId: ctx.apiCaller.actorId,
            organisationId: ctx.organisationId,
            challengeId: input.challengeId,
            details: input.details,
          }),
        ),
      })),

    submit: apiOrganisationProcedure("challenges:write")
      .meta({
        openapi: {
          method: "POST",
          path: "/organisations/{organisationId}/challenges/{challengeId}/submit",
          tags: TAGS.sponsor,
          protect: true,
          summary: "Send a challenge to the event's organisers for review (permission challenges:write)",
        },
      })
      .input(challengeIdBody)
      .output(z.object({ challenge: apiChallenge }))
      .mutation(async ({ ctx, input }) => ({
        challenge: apiChallengeOf(
          await moveChallenge(ctx.db, {
            actorId: ctx.apiCaller.actorId,
            scope: { side: "sponsor", organisationId: ctx.organisationId },
            challengeId: input.challengeId,
            action: "submit",
            now: await ctx.now(),
          }),
        ),
      })),
  }),

  // An event's token: its registrations, teams and the challenges sent to it.
  eventData: router({
    registrations: apiEventProcedure("registrations:read")
      .meta({
        openapi: {
          method: "GET",
          path: "/events/{eventId}/registrations",
          tags: TAGS.organiser,
          protect: true,
          summary: "The event's registrations (permission registrations:read)",
          description:
            "Status, centre and team. A young person is never named; nobody's email, date of birth or guardian is given.",
        },
      })
      .output(z.object({ registrations: z.array(apiRegistration) }))
      .query(async ({ ctx }) => ({ registrations: await apiRegistrations(ctx.db, { event: ctx.event }) })),

    teams: apiEventProcedure("teams:read")
      .meta({
        openapi: {
          method: "GET",
          path: "/events/{eventId}/teams",
          tags: TAGS.organiser,
          protect: true,
          summary: "The event's teams (permission teams:read)",
        },
      })
      .output(z.object({ teams: z.array(apiTeam) }))
      .query(async ({ ctx }) => ({ teams: await apiTeams(ctx.db, { eventId: ctx.event.id }) })),

    challengesForReview: apiEventProcedure("challenges:review")
      .meta({
        openapi: {
          method: "GET",
          path: "/events/{eventId}/review/challenges",
          tags: TAGS.organiser,
          protect: true,
          summary: "Challenges sent to the event, waiting ones first (permission challenges:review)",
        },
      })
      .output(z.object({ event: apiEvent, challenges: z.array(apiChallenge) }))
      .query(async ({ ctx }) => ({
        event: apiEventOf(ctx.event),
        challenges: (await challengesForReview(ctx.db, { eventId: ctx.event.id })).map(apiChallengeOf),
      })),

    reviewChallenge: apiEventProcedure("challenges:review")
      .meta({
        openapi: {
          method: "POST",
          path: "/events/{eventId}/review/challenges/{challengeId}",
          tags: TAGS.organiser,
          protect: true,
          summary:
            "Approve a challenge, ask for changes (with a comment) or publish it (permission challenges:review)",
        },
      })
      .input(reviewBody)
      .output(z.object({ challenge: apiChallenge }))
      .mutation(async ({ ctx, input }) => ({
        challenge: apiChallengeOf(
          await moveChallenge(ctx.db, {
            actorId: ctx.apiCaller.actorId,
            scope: { side: "organiser", eventId: ctx.event.id },
            challengeId: input.challengeId,
            action: input.action,
            ...(input.comment ? { comment: input.comment } : {}),
            now: await ctx.now(),
          }),
        ),
      })),
  }),
});

export type ApiRouter = typeof apiRouter;
