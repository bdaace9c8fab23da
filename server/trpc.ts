// The only place that calls initTRPC. Procedures are built from this tree of builders, each of which
// states who may call; no procedure checks authorization by itself.
//
//   publicProcedure
//   ├── devProcedure              development and test deployments only (404 when APP_ENV=production)
//   ├── publicEventProcedure      { slug } → a visible event (drafts: 404 unless managed by the caller)
//   └── protectedProcedure        signed in (401 otherwise)
//       ├── adminProcedure        platform admin, re-read from the database (403)
//       ├── eventProcedure        { eventId } → the event and the caller's relation to it (404 if hidden)
//       │   ├── eventRoleProcedure([...roles])   holds one of the roles, or is a platform admin (403)
//       │   ├── centreStaffProcedure             a mentor or lead at a centre (theirs), or organiser/admin
//       │   │                                    (every centre) (403)
//       │   └── participantProcedure             registered (not withdrawn) for the event (403)
//       │       └── teamMemberProcedure          { teamId } → a team of this event (404 for another
//       │           │                            event's team), the caller is a member of it (403)
//       │           └── teamCaptainProcedure     the team's captain (403)
//       ├── organisationProcedure { organisationId } → a member of that organisation (404 if it
//       │   │                     does not exist, 403 if not a member)
//       │   └── organisationOwnerProcedure       an OWNER of it (403)
//       └── roundProcedure        { roundId } → a judging round the caller manages or was invited to
//           │                     judge (404 otherwise)
//           ├── roundManagerProcedure            organiser, or the challenge's organisation for its round (403)
//           ├── roundInviteeProcedure            invited to judge it, whether or not they accepted (403)
//           └── roundJudgeProcedure              an accepted judge of it (403)
//
//   The HTTP API (/api/v1, server/routers/api.ts); its callers are never a session user:
//   ├── apiProcedure              no token (public reads, cached like the public pages)
//   │   └── apiPublicEventProcedure       { slug } → an event the public sees (404 otherwise)
//   └── apiTokenProcedure(p)      a working API token holding permission p (401 without one, 403 without
//       │                         p); limited per token; every call is logged against the token
//       ├── apiOrganisationProcedure(p)   { organisationId } → the token's own organisation (404 otherwise)
//       └── apiEventProcedure(p)          { eventId } → the token's own event (404 otherwise)
import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import superjson from "superjson";
import type { OpenApiMeta } from "trpc-to-openapi";
import { recordApiTokenUse } from "./api-tokens/commands.ts";
import { resolveApiToken, type ApiCaller } from "./api-tokens/queries.ts";
import type { ApiPermission } from "./api-tokens/rules.ts";
import { z, ZodError } from "zod";
import { eventSlugOf } from "./cache/page-scope.ts";
import { changesPublicPages, eventKeyOf, pageScopeFor } from "./cache/public-pages.ts";
import type { Context } from "./context.ts";
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
  RETRY_AFTER_SECONDS,
  warnDatabaseUnavailable,
} from "./db/unavailable.ts";
import { DomainError, type DomainErrorCode } from "./errors.ts";
import { refusals } from "./i18n/refusals.ts";
import { canViewEvent, type EventRole, type Viewer } from "./events/policy.ts";
import { centresInView, eventAccess, eventCoreSelect, staffCentresInView } from "./events/queries.ts";
import { eventId, eventSlug } from "./events/schema.ts";
import { roundAccess } from "./judging/access.ts";
import { roundId } from "./judging/schema.ts";
import { log } from "./log.ts";
import { centreDayInput } from "./mentoring/schema.ts";
import { enforceApiLimit, enforceProcedureLimit, RateLimitedError } from "./rate-limit/procedures.ts";
import { organisationAccess } from "./organisations/queries.ts";
import { organisationIdInput } from "./organisations/schema.ts";
import { teamInEvent } from "./teams/queries.ts";
import { teamId } from "./teams/schema.ts";

const trpcCodeFor: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  INVALID_INPUT: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  PHASE_CLOSED: "PRECONDITION_FAILED",
  LAST_ORGANISER: "PRECONDITION_FAILED",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  TEAM_FULL: "CONFLICT",
  CONSENT_REQUIRED: "FORBIDDEN",
  SELF_CONSENT: "FORBIDDEN",
  NOT_ELIGIBLE: "PRECONDITION_FAILED",
  STALE_VERSION: "CONFLICT",
  CONFIRMATION_REQUIRED: "PRECONDITION_FAILED",
  CONFLICT_OF_INTEREST: "FORBIDDEN",
};

/** The procedure ladder's refusals ("AccessErrors"). */
const refuse = refusals("AccessErrors");

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side. Please try again.";

interface FlatZodError {
  formErrors: string[];
  fieldErrors: Record<string, string[] | undefined>;
}

function flatZodError(error: ZodError): FlatZodError {
  return z.flattenError(error);
}

// `meta` carries the HTTP API's route (method, path, summary) for trpc-to-openapi; only the API's
// procedures have one.
const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const domain = cause instanceof DomainError ? cause : null;
      return {
        ...shape,
        // Unexpected errors are logged where they happen and never echoed to the browser.
        message: error.code === "INTERNAL_SERVER_ERROR" ? GENERIC_ERROR_MESSAGE : shape.message,
        data: {
          code: shape.data.code,
          httpStatus: shape.data.httpStatus,
          path: shape.data.path,
          domainCode: domain?.code ?? null,
          fieldErrors: domain?.fieldErrors ?? null,
          zodError: cause instanceof ZodError ? flatZodError(cause) : null,
        },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// DomainError → TRPCError, in one place; so is a database that cannot be reached just now (503: the
// HTTP route adds Retry-After), which is a warning, not a fault of the procedure.
const mapDomainErrors = t.middleware(async ({ next, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError) {
      throw new TRPCError({ code: trpcCodeFor[cause.code], message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR" && isDatabaseUnavailable(result.error)) {
      warnDatabaseUnavailable(path, cause ?? result.error);
      throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      log.error("procedure failed", { path, error: cause ?? result.error });
    }
  }
  return result;
});

/**
 * The HTTP route's responseMeta: when a call failed because the database could not be reached (503), or
 * because the caller reached a rate limit (429), the answer says when to try again (Retry-After, in
 * seconds: the longest wait of the calls in a batch), and no cache may keep it.
 */
export function trpcResponseMeta({ errors }: { errors: readonly TRPCError[] }): {
  headers?: Record<string, string>;
} {
  let retryAfter = 0;
  for (const error of errors) {
    if (error.code === "SERVICE_UNAVAILABLE") retryAfter = Math.max(retryAfter, RETRY_AFTER_SECONDS);
    if (error.cause instanceof RateLimitedError)
      retryAfter = Math.max(retryAfter, error.cause.retryAfterSeconds);
  }
  if (retryAfter === 0) return {};
  return { headers: { "Retry-After": String(retryAfter), "Cache-Control": "no-store" } };
}

/**
 * True when any string inside `value` (nested arrays and objects included, to a sane depth) holds a NUL
 * character. PostgreSQL refuses NUL in text, so such input would fail at the database as a 500.
 */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 20 || value === null || typeof value !== "object") return false;
  const items: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return items.some((item) => holdsNul(item, depth + 1));
}

// Every procedure refuses a NUL anywhere in its input as bad input (400), whatever its schema says.
const refuseNul = t.middleware(async ({ next, getRawInput }) => {
  if (holdsNul(await getRawInput())) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Text can't contain a NUL character (\\0)." });
  }
  return next();
});

// After a mutation that can change a public page succeeds, the cached public pages are rendered afresh
// (server/cache/public-pages.ts decides which mutations; the HTTP context says how).
const refreshPublicPages = t.middleware(async ({ ctx, next, path, type, getRawInput }) => {
  const result = await next();
  if (type === "mutation" && result.ok && ctx.publicPagesChanged && changesPublicPages(path)) {
    const scope = pageScopeFor(path, await eventSlugOf(ctx.db, eventKeyOf(await getRawInput())));
    if (scope) ctx.publicPagesChanged(scope);
  }
  return result;
});

// The procedures someone could abuse are limited per caller, across instances (server/rate-limit/).
const limitRate = t.middleware(async ({ ctx, next, path, type }) => {
  if (type === "mutation") {
    await enforceProcedureLimit(ctx.db, { path, userId: ctx.user?.id ?? null, clientIp: ctx.clientIp });
  }
  return next();
});

export const publicProcedure = t.procedure
  .use(mapDomainErrors)
  .use(refuseNul)
  .use(limitRate)
  .use(refreshPublicPages);

export const devProcedure = publicProcedure.use(({ next }) => {
  if (process.env.APP_ENV === "production") throw new DomainError("NOT_FOUND", refuse("notFound"));
  return next();
});

export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new DomainError("UNAUTHORIZED", refuse("signInFirst"));
  return next({ ctx: { user: ctx.user } });
});

export const adminProcedure = protectedProcedure.use(async ({ ctx, next }) => {
  const fresh = await ctx.db.user.findUnique({
    where: { id: ctx.user.id },
    select: { isPlatformAdmin: true },
  });
  if (!fresh?.isPlatformAdmin) {
    throw new DomainError("FORBIDDEN", refuse("adminsOnly"));
  }
  return next();
});

const notFound = () => new DomainError("NOT_FOUND", refuse("eventNotFound"));

export const eventProcedure = protectedProcedure
  .input(z.object({ eventId }))
  .use(async ({ ctx, input, next }) => {
    const access = await eventAccess(ctx.db, { eventId: input.eventId, userId: ctx.user.id });
    if (!access) throw notFound();
    const viewer: Viewer = {
      userId: ctx.user.id,
      isPlatformAdmin: access.isPlatformAdmin,
      eventRoles: access.roles,
    };
    // A draft is invisible to everyone but its organisers: 404, never 403, so its existence stays private.
    if (!canViewEvent(viewer, access.event)) throw notFound();
    return next({
      ctx: { event: access.event, viewer, registration: access.registration, membership: access.membership },
    });
  });

export const participantProcedure = eventProcedure.use(({ ctx, next }) => {
  const registration = ctx.registration;
  if (!registration || registration.status === "WITHDRAWN") {
    throw new DomainError("FORBIDDEN", refuse("registerFirst"));
  }
  return next({ ctx: { registration } });
});

export const teamMemberProcedure = participantProcedure
  .input(z.object({ teamId }))
  .use(async ({ ctx, input, next }) => {
    const team = await teamInEvent(ctx.db, { eventId: ctx.event.id, teamId: input.teamId });
    if (!team) throw new DomainError("NOT_FOUND", refuse("teamNotFound"));
    const membership = ctx.membership;
    if (membership?.teamId !== team.id) {
      throw new DomainError("FORBIDDEN", refuse("teamMembersOnly"));
    }
    return next({ ctx: { team, membership } });
  });

export const teamCaptainProcedure = teamMemberProcedure.use(({ ctx, next }) => {
  if (!ctx.membership.isCaptain) throw new DomainError("FORBIDDEN", refuse("captainOnly"));
  return next();
});

export const organisationProcedure = protectedProcedure
  .input(organisationIdInput)
  .use(async ({ ctx, input, next }) => {
    const access = await organisationAccess(ctx.db, {
      organisationId: input.organisationId,
      userId: ctx.user.id,
    });
    if (!access) throw new DomainError("NOT_FOUND", refuse("organisationNotFound"));
    const { organisation: org, role } = access;
    if (!role) throw new DomainError("FORBIDDEN", refuse("organisationMembersOnly"));
    return next({ ctx: { organisation: org, organisationRole: role } });
  });

export const organisationOwnerProcedure = organisationProcedure.use(({ ctx, next }) => {
  if (ctx.organisationRole !== "OWNER") {
    throw new DomainError("FORBIDDEN", refuse("organisationOwnersOnly"));
  }
  return next();
});

/**
 * Owners of an organisation a platform admin has approved as an operator (Organisation.operatorApprovedAt):
 * they create their own events and list recurring sessions. FORBIDDEN for an owner of any other
 * organisation, or of one whose approval was withdrawn.
 */
export const operatorProcedure = organisationOwnerProcedure.use(({ ctx, next }) => {
  if (!ctx.organisation.operatorApprovedAt) {
    throw new DomainError("FORBIDDEN", refuse("operatorsOnly"));
  }
  return next();
});

export function eventRoleProcedure(roles: readonly EventRole[]) {
  return eventProcedure.use(({ ctx, next }) => {
    const allowed = ctx.viewer.isPlatformAdmin || ctx.viewer.eventRoles.some((role) => roles.includes(role));
    if (!allowed) throw new DomainError("FORBIDDEN", refuse("noEventRole"));
    return next();
  });
}

/**
 * Centre leads see their own centres' people; organisers and platform administrators see every centre.
 * Anyone else with no centre to see is refused.
 */
export const centreLeadProcedure = eventProcedure.use(async ({ ctx, next }) => {
  const allCentres = ctx.viewer.isPlatformAdmin || ctx.viewer.eventRoles.includes("ORGANISER");
  if (!allCentres && !ctx.viewer.eventRoles.includes("CENTRE_LEAD")) {
    throw new DomainError("FORBIDDEN", refuse("centreStaffOnly"));
  }
  const centres = await centresInView(ctx.db, { eventId: ctx.event.id, userId: ctx.user.id, allCentres });
  return next({ ctx: { centres } });
});

/**
 * centreLeadProcedure for one centre on one day (a matching or groups board): input `{ eventId,
 * centreId, day }` (day "YYYY-MM-DD" in the event's zone); `ctx.centre` is the centre, one of the
 * caller's own (NOT_FOUND for a centre they do not see, so another centre's existence stays private).
 */
export const centreDayProcedure = centreLeadProcedure.input(centreDayInput).use(({ ctx, input, next }) => {
  const centre = ctx.centres.find((c) => c.id === input.centreId);
  if (!centre) throw new DomainError("NOT_FOUND", refuse("centreNotFound"));
  return next({ ctx: { centre } });
});

/**
 * The people who work at a centre on the day: its mentors and leads see their own centres; organisers
 * and platform administrators see every centre. `ctx.centres` lists them, each with `asLead` (the caller
 * leads it or organises the event, and so holds the responsibility there). Anyone else is refused.
 */
export const centreStaffProcedure = eventProcedure.use(async ({ ctx, next }) => {
  const allCentres = ctx.viewer.isPlatformAdmin || ctx.viewer.eventRoles.includes("ORGANISER");
  const staff = ctx.viewer.eventRoles.some((role) => role === "CENTRE_LEAD" || role === "MENTOR");
  if (!allCentres && !staff) {
    throw new DomainError("FORBIDDEN", refuse("mentoringStaffOnly"));
  }
  const centres = await staffCentresInView(ctx.db, {
    eventId: ctx.event.id,
    userId: ctx.user.id,
    allCentres,
  });
  return next({ ctx: { centres } });
});

/** The event at `slug` as `userId` (null: signed out) may see it; NOT_FOUND when hidden from them. */
async function visibleEventBySlug(ctx: Context, slug: string, userId: string | null) {
  const access = await eventAccess(ctx.db, { slug, userId });
  if (!access) throw notFound();
  const viewer: Viewer = { userId, isPlatformAdmin: access.isPlatformAdmin, eventRoles: access.roles };
  if (!canViewEvent(viewer, access.event)) throw notFound();
  return { event: access.event, viewer };
}

export const publicEventProcedure = publicProcedure
  .input(z.object({ slug: eventSlug }))
  .use(async ({ ctx, input, next }) =>
    next({ ctx: await visibleEventBySlug(ctx, input.slug, ctx.user?.id ?? null) }),
  );

export const roundProcedure = protectedProcedure
  .input(z.object({ roundId }))
  .use(async ({ ctx, input, next }) => {
    const access = await roundAccess(ctx.db, { roundId: input.roundId, userId: ctx.user.id });
    if (!access) throw new DomainError("NOT_FOUND", refuse("roundNotFound"));
    return next({ ctx: access });
  });

export const roundManagerProcedure = roundProcedure.use(({ ctx, next }) => {
  if (!ctx.canManage) throw new DomainError("FORBIDDEN", refuse("roundOrganisersOnly"));
  return next();
});

export const roundInviteeProcedure = roundProcedure.use(({ ctx, next }) => {
  const judge = ctx.judge;
  if (!judge) throw new DomainError("FORBIDDEN", refuse("invitedJudgesOnly"));
  return next({ ctx: { judge } });
});

export const roundJudgeProcedure = roundInviteeProcedure.use(({ ctx, next }) => {
  if (ctx.judge.status !== "ACCEPTED") {
    throw new DomainError("FORBIDDEN", refuse("acceptInvitationFirst"));
  }
  return next();
});

/**
 * The HTTP API's public base: the caller is never a session user (the API's context reads no cookie,
 * and this rung makes sure). Not rate-limited, like the public pages: its answers are cached as they are.
 */
export const apiProcedure = publicProcedure.use(({ next }) => next({ ctx: { user: null } }));

/**
 * apiProcedure for an event the public may see (published or archived, as the event pages), by
 * `{ slug }` (NOT_FOUND for a draft or an unknown slug).
 */
export const apiPublicEventProcedure = apiProcedure
  .input(z.object({ slug: eventSlug }))
  .use(async ({ ctx, input, next }) => next({ ctx: await visibleEventBySlug(ctx, input.slug, null) }));

/** "OK", or the code a failed call is answered with (a domain error's mapped code). */
function outcomeOf(result: { ok: boolean; error?: TRPCError }): string {
  if (result.ok || !result.error) return "OK";
  const cause = result.error.cause;
  return cause instanceof DomainError ? trpcCodeFor[cause.code] : result.error.code;
}

/**
 * A call with a working API token (server/api-tokens/queries.ts resolveApiToken) that holds
 * `permission`: UNAUTHORIZED without a token or with one that no longer works, FORBIDDEN without the
 * permission, TOO_MANY_REQUESTS past API_TOKEN_LIMIT. `ctx.apiCaller` is the token; every call made
 * with a known token, refused or not, is recorded against it (ApiTokenUse).
 */
export function apiTokenProcedure(permission: ApiPermission) {
  return publicProcedure.use(async ({ ctx, next, path }) => {
    const secret = ctx.apiBearer ?? null;
    if (!secret) {
      throw new DomainError("UNAUTHORIZED", refuse("tokenMissing"));
    }
    const now = await ctx.now();
    const resolution = await resolveApiToken(ctx.db, { secret, now });
    if (!resolution.ok) {
      // A token that no longer works is logged at most once a minute: a leaked, revoked token called in
      // a loop must not grow the log (nor push its owners' real calls out of the latest ones).
      const loggedRecently =
        resolution.lastUsedAt !== null && now.getTime() - resolution.lastUsedAt.getTime() < 60_000;
      if (resolution.tokenId && !loggedRecently) {
        await recordApiTokenUse(ctx.db, {
          tokenId: resolution.tokenId,
          operation: path,
          outcome: "UNAUTHORIZED",
          now,
        });
      }
      throw new DomainError("UNAUTHORIZED", resolution.message);
    }
    const apiCaller: ApiCaller = resolution.caller;
    const record = (outcome: string) =>
      recordApiTokenUse(ctx.db, { tokenId: apiCaller.tokenId, operation: path, outcome, now });
    try {
      await enforceApiLimit(ctx.db, { tokenId: apiCaller.tokenId });
      if (!apiCaller.permissions.includes(permission)) {
        throw new DomainError("FORBIDDEN", refuse("tokenLacksPermission", { permission }));
      }
    } catch (error) {
      await record(error instanceof DomainError ? trpcCodeFor[error.code] : "INTERNAL_SERVER_ERROR");
      throw error;
    }
    const result = await next({ ctx: { user: null, apiCaller } });
    await record(outcomeOf(result));
    return result;
  });
}

const notThisToken = (what: "organisation" | "event") =>
  new DomainError("NOT_FOUND", refuse(what === "event" ? "eventNotFound" : "organisationNotFound"));

/**
 * apiTokenProcedure for a call about one organisation: input `{ organisationId }` must be the token's
 * own organisation (NOT_FOUND otherwise, so another organisation's existence stays private).
 * `ctx.organisationId` is it.
 */
export function apiOrganisationProcedure(permission: ApiPermission) {
  return apiTokenProcedure(permission)
    .input(organisationIdInput)
    .use(({ ctx, input, next }) => {
      const owner = ctx.apiCaller.owner;
      if (owner.kind !== "organisation" || owner.organisationId !== input.organisationId) {
        throw notThisToken("organisation");
      }
      return next({ ctx: { organisationId: owner.organisationId } });
    });
}

/**
 * apiTokenProcedure for a call about one event: input `{ eventId }` must be the token's own event
 * (NOT_FOUND otherwise). `ctx.event` is the event's core (status and timeline).
 */
export function apiEventProcedure(permission: ApiPermission) {
  return apiTokenProcedure(permission)
    .input(z.object({ eventId }))
    .use(async ({ ctx, input, next }) => {
      const owner = ctx.apiCaller.owner;
      if (owner.kind !== "event" || owner.eventId !== input.eventId) throw notThisToken("event");
      const event = await ctx.db.event.findUnique({ where: { id: owner.eventId }, select: eventCoreSelect });
      if (!event) throw notThisToken("event");
      return next({ ctx: { event } });
    });
}
