// The HTTP API (/api/v1) end to end below the route: real requests through trpc-to-openapi's handler,
// the API router and its rungs, against a real database. Who may call what with which token, what
// leaves the server about young people, the token's audit trail, limits and refusals.
import { createHash } from "node:crypto";
import type { inferRouterOutputs } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, revokeApiToken } from "../api-tokens/commands.ts";
import { bearerSecret, type ApiPermission, type ApiTokenOwner } from "../api-tokens/rules.ts";
import type { Context } from "../context.ts";
import { API_TOKEN_LIMIT } from "../rate-limit/procedures.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { makeCentre } from "../test/registration-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";
import { serveApi } from "./http.ts";
import { openApiDocument } from "./openapi.ts";
import type { ApiRouter } from "../routers/api.ts";

/** What each route answers when it succeeds, from the router's output schemas. */
type Out = inferRouterOutputs<ApiRouter>;
/** What a refused call answers. */
interface ApiError {
  message: string;
  code: string;
  issues?: { path: (string | number)[] }[];
}

const now = new Date("2026-11-24T12:00:00.000Z");
let tdb: TestDatabase;

function contextFor(request: Request): Context {
  return {
    db: tdb.db,
    user: null,
    apiBearer: bearerSecret(request.headers.get("authorization")),
    now: () => Promise.resolve(now),
    clientIp: "203.0.113.7",
  };
}

/** One API request: `path` under /api/v1, an optional token and JSON body. */
async function api<T = ApiError>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.body !== undefined && !headers.has("content-type"))
    headers.set("content-type", "application/json");
  const request = new Request(`http://localhost:3000/api/v1${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const response = await serveApi(request, () => contextFor(request));
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

async function tokenFor(owner: ApiTokenOwner, actorId: string, permissions: ApiPermission[]) {
  const made = await createApiToken(tdb.db, {
    owner,
    actorId,
    name: "Sync",
    permissions,
    expiresInDays: 90,
    now,
  });
  return { id: made.token.id, secret: made.secret };
}

let world: Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const db = tdb.db;
  const [organiser, owner, member, otherOwner] = await Promise.all([
    makeUser(db, { name: "Olive Organiser" }),
    makeUser(db, { name: "Owen Owner" }),
    makeUser(db, { name: "Mel Member" }),
    makeUser(db, { name: "Otto Other" }),
  ]);
  const event = await makeEvent(db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const otherEvent = await makeEvent(db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const draftEvent = await makeEvent(db, { now, status: "DRAFT" });
  const organisation = await makeOrganisation(db, {
    members: [
      { userId: owner.id, role: "OWNER" },
      { userId: member.id, role: "MEMBER" },
    ],
  });
  const otherOrganisation = await makeOrganisation(db, {
    members: [{ userId: otherOwner.id, role: "OWNER" }],
  });
  const published = await makeChallenge(db, {
    organisationId: organisation.id,
    eventId: event.id,
    status: "PUBLISHED",
    title: "Buses on time",
  });
  const draft = await makeChallenge(db, {
    organisationId: organisation.id,
    eventId: event.id,
    title: "Secret draft",
  });
  const submitted = await makeChallenge(db, {
    organisationId: otherOrganisation.id,
    eventId: event.id,
    status: "SUBMITTED",
    title: "Cleaner rivers",
  });
  const othersDraft = await makeChallenge(db, { organisationId: otherOrganisation.id, eventId: event.id });
  const centre = await makeCentre(db, event.id, "Leeds Library");
  const adult = await makeParticipant(db, {
    eventId: event.id,
    name: "Ada Grown-Up",
    centreId: centre.id,
  });
  const young = await makeParticipant(db, {
    eventId: event.id,
    name: "Yasmin Youngperson",
    alias: "PixelFox",
    dateOfBirth: new Date("2013-03-03T00:00:00.000Z"),
    status: "PENDING_CONSENT",
  });
  const team = await makeTeam(db, {
    eventId: event.id,
    captain: adult,
    members: [young],
    name: "Night Owls",
  });
  return {
    organiser,
    owner,
    member,
    otherOwner,
    event,
    otherEvent,
    draftEvent,
    organisation,
    otherOrganisation,
    published,
    draft,
    submitted,
    othersDraft,
    centre,
    adult,
    young,
    team,
  };
}

beforeAll(async () => {
  tdb = await openTestDatabase();
  world = await makeWorld();
});
afterAll(() => tdb.close());

describe("the OpenAPI document", () => {
  it("describes every route, with the bearer scheme on the ones that need a token", () => {
    const document = openApiDocument();
    expect(document.openapi).toMatch(/^3\./);
    const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { security?: unknown[] }>).map(([method, op]) => ({
        route: `${method.toUpperCase()} ${path}`,
        protected: (op.security ?? []).length > 0,
      })),
    );
    expect(operations.map((o) => o.route).sort()).toEqual(
      [
        "GET /events",
        "GET /events/{slug}",
        "GET /events/{slug}/challenges",
        "GET /events/{slug}/projects",
        "GET /events/{slug}/results",
        "GET /organisations/{organisationId}/challenges",
        "POST /organisations/{organisationId}/challenges",
        "PATCH /organisations/{organisationId}/challenges/{challengeId}",
        "POST /organisations/{organisationId}/challenges/{challengeId}/submit",
        "GET /events/{eventId}/registrations",
        "GET /events/{eventId}/teams",
        "GET /events/{eventId}/review/challenges",
        "POST /events/{eventId}/review/challenges/{challengeId}",
      ].sort(),
    );
    for (const operation of operations) {
      expect(operation.protected, operation.route).toBe(
        !operation.route.includes("{slug}") && operation.route !== "GET /events",
      );
    }
  });
});

describe("public reads", () => {
  it("lists published events only, and may be cached and read from any site", async () => {
    const answer = await api<Out["publicEvents"]["list"]>("GET", "/events");
    expect(answer.status).toBe(200);
    const slugs = answer.body.events.map((e) => e.slug);
    expect(slugs).toContain(world.event.slug);
    expect(slugs).not.toContain(world.draftEvent.slug);
    expect(answer.headers.get("cache-control")).toBe("public, max-age=30");
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    const event = answer.body.events.find((e) => e.slug === world.event.slug);
    expect(event?.startsAt).toBe(new Date(now.getTime() + 7 * 86_400_000).toISOString());
    expect(event?.url).toMatch(new RegExp(`/events/${world.event.slug}$`));
  });

  it("answers 404 for a draft or unknown event, as for an address that leads nowhere", async () => {
    expect((await api("GET", `/events/${world.draftEvent.slug}`)).status).toBe(404);
    expect((await api("GET", "/events/no-such-event")).status).toBe(404);
    const bad = await api("GET", "/events/NOT%20A%20SLUG!");
    expect([400, 404]).toContain(bad.status);
  });

  it("gives an event's published challenges and nothing else", async () => {
    const answer = await api<Out["publicEvents"]["challenges"]>(
      "GET",
      `/events/${world.event.slug}/challenges`,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.challenges.map((c) => c.title)).toEqual(["Buses on time"]);
  });

  it("keeps the gallery closed before the deadline, and refuses a page that is not a page", async () => {
    const answer = await api<Out["publicEvents"]["projects"]>("GET", `/events/${world.event.slug}/projects`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ open: false, page: 1, pageCount: 0, total: 0, projects: [] });
    const bad = await api("GET", `/events/${world.event.slug}/projects?page=0`);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("BAD_REQUEST");
  });

  it("gives no results before any are published", async () => {
    const answer = await api("GET", `/events/${world.event.slug}/results`);
    expect(answer).toMatchObject({ status: 200, body: { awards: [] } });
  });

  it("answers a hostile query string with 200 or 400, never 500", async () => {
    for (const query of [
      "?__proto__[x]=1&constructor=1",
      "?page=1&page=2",
      "?toString=1",
      "?%00=1",
      "?page[]=1",
    ]) {
      const answer = await api("GET", `/events${query}`);
      expect(answer.status, query).toBeLessThan(500);
      const projects = await api("GET", `/events/${world.event.slug}/projects${query}`);
      expect(projects.status, query).toBeLessThan(500);
    }
  });

  it("answers 404 for a route that does not exist", async () => {
    expect((await api("GET", "/no/such/route")).status).toBe(404);
  });
});

describe("tokens", () => {
  it("refuses a protected route without a token, with a malformed one and with an unknown one (401)", async () => {
    const path = `/organisations/${world.organisation.id}/challenges`;
    for (const token of [undefined, "not-a-token", `fst_${"A".repeat(43)}`]) {
      const answer = await api("GET", path, token ? { token } : {});
      expect(answer.status, String(token)).toBe(401);
      expect(answer.body.code).toBe("UNAUTHORIZED");
      expect(answer.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("stops working when revoked or expired, or when its maker is no longer an owner; refusals are logged", async () => {
    const owner = { kind: "organisation", organisationId: world.organisation.id } as const;
    const path = `/organisations/${world.organisation.id}/challenges`;
    const revoked = await tokenFor(owner, world.owner.id, ["challenges:read"]);
    expect((await api("GET", path, { token: revoked.secret })).status).toBe(200);
    await revokeApiToken(tdb.db, { owner, actorId: world.owner.id, tokenId: revoked.id, now });
    // Last used a minute and more ago: the refusals are logged, once a minute at most.
    await tdb.db.apiToken.update({
      where: { id: revoked.id },
      data: { lastUsedAt: new Date(now.getTime() - 61_000) },
    });
    for (let i = 0; i < 3; i += 1) {
      const refused = await api("GET", path, { token: revoked.secret });
      expect(refused.status).toBe(401);
      expect(refused.body.message).toMatch(/revoked/);
    }
    const uses = await tdb.db.apiTokenUse.findMany({
      where: { tokenId: revoked.id },
      orderBy: { at: "asc" },
    });
    expect(uses.map((u) => [u.operation, u.outcome])).toEqual([
      ["organisationChallenges.list", "OK"],
      ["organisationChallenges.list", "UNAUTHORIZED"],
    ]);

    const expired = await tokenFor(owner, world.owner.id, ["challenges:read"]);
    await tdb.db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: now } });
    expect((await api("GET", path, { token: expired.secret })).body.message).toMatch(/expired/);

    const demoted = await makeUser(tdb.db);
    await tdb.db.organisationMember.create({
      data: { organisationId: world.organisation.id, userId: demoted.id, role: "OWNER" },
    });
    const ofDemoted = await tokenFor(owner, demoted.id, ["challenges:read"]);
    expect((await api("GET", path, { token: ofDemoted.secret })).status).toBe(200);
    await tdb.db.organisationMember.updateMany({ where: { userId: demoted.id }, data: { role: "MEMBER" } });
    const after = await api("GET", path, { token: ofDemoted.secret });
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/no longer manage/);
  });

  it("refuses a route its permissions do not name (403), and records it", async () => {
    const token = await tokenFor(
      { kind: "organisation", organisationId: world.organisation.id },
      world.owner.id,
      ["challenges:read"],
    );
    const answer = await api("POST", `/organisations/${world.organisation.id}/challenges`, {
      token: token.secret,
      body: { eventId: world.event.id, details: {} },
    });
    expect(answer.status).toBe(403);
    expect(answer.body.message).toMatch(/challenges:write/);
    const use = await tdb.db.apiTokenUse.findFirstOrThrow({ where: { tokenId: token.id } });
    expect(use).toMatchObject({ operation: "organisationChallenges.create", outcome: "FORBIDDEN" });
  });

  it("counts each token's calls and answers 429 with Retry-After past the limit", async () => {
    const token = await tokenFor({ kind: "event", eventId: world.event.id }, world.organiser.id, [
      "teams:read",
    ]);
    const key = `api:${createHash("sha256").update(`token:${token.id}`).digest("hex")}`;
    const path = `/events/${world.event.id}/teams`;
    expect((await api("GET", path, { token: token.secret })).status).toBe(200);
    // Fill the rest of the window as if the token had made every call it may.
    await tdb.db.rateLimitWindow.updateMany({ where: { key }, data: { count: API_TOKEN_LIMIT.limit } });
    const limited = await api("GET", path, { token: token.secret });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const outcomes = await tdb.db.apiTokenUse.findMany({
      where: { tokenId: token.id },
      select: { outcome: true },
    });
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["OK", "TOO_MANY_REQUESTS"]);
  });
});

describe("an organisation's token", () => {
  const owner = () => ({ kind: "organisation", organisationId: world.organisation.id }) as const;

  it("reads its own challenges, drafts included, and no other organisation's", async () => {
    const token = await tokenFor(owner(), world.owner.id, ["challenges:read"]);
    const answer = await api<Out["organisationChallenges"]["list"]>(
      "GET",
      `/organisations/${world.organisation.id}/challenges`,
      {
        token: token.secret,
      },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.challenges.map((c) => c.title).sort()).toEqual(["Buses on time", "Secret draft"]);
    const others = await api("GET", `/organisations/${world.otherOrganisation.id}/challenges`, {
      token: token.secret,
    });
    expect(others.status).toBe(404);
    // An event's route with an organisation's token is as unknown.
    const tokenOnEvent = await tokenFor(owner(), world.owner.id, ["challenges:read"]);
    expect((await api("GET", `/events/${world.event.id}/teams`, { token: tokenOnEvent.secret })).status).toBe(
      403,
    );
  });

  it("drafts, changes and submits a challenge as the token's maker; bad input says what is wrong", async () => {
    const token = await tokenFor(owner(), world.owner.id, ["challenges:read", "challenges:write"]);
    const base = `/organisations/${world.organisation.id}/challenges`;
    const invalid = await api("POST", base, {
      token: token.secret,
      body: { eventId: world.event.id, details: { title: "x" } },
    });
    expect(invalid.status).toBe(400);
    expect((invalid.body.issues ?? []).map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining([
        "details.title",
        "details.summary",
        "details.problemStatement",
        "details.sector",
      ]),
    );
    const details = {
      title: "Flood warnings for schools",
      summary: "Tell schools early when a river is rising.",
      problemStatement: "Schools near rivers hear about floods too late to plan the day.",
      sector: "Environment",
    };
    const created = await api<Out["organisationChallenges"]["create"]>("POST", base, {
      token: token.secret,
      body: { eventId: world.event.id, details, requestKey: "crm-challenge-42-create" },
    });
    expect(created.status).toBe(200);
    expect(created.body.challenge).toMatchObject({ title: details.title, status: "DRAFT", prize: "" });
    const again = await api<Out["organisationChallenges"]["create"]>("POST", base, {
      token: token.secret,
      body: { eventId: world.event.id, details, requestKey: "crm-challenge-42-create" },
    });
    expect(again.body.challenge.id).toBe(created.body.challenge.id);
    const id = created.body.challenge.id;

    const changed = await api<Out["organisationChallenges"]["update"]>("PATCH", `${base}/${id}`, {
      token: token.secret,
      body: { details: { ...details, prize: "A day at the Met Office" } },
    });
    expect(changed.body.challenge.prize).toBe("A day at the Met Office");
    // No body at all, as the OpenAPI document describes the route.
    const submitted = await api<Out["organisationChallenges"]["submit"]>("POST", `${base}/${id}/submit`, {
      token: token.secret,
    });
    expect(submitted.body.challenge.status).toBe("SUBMITTED");
    const history = await tdb.db.challengeStatusChange.findMany({ where: { challengeId: id } });
    expect(history.every((h) => h.actorId === world.owner.id)).toBe(true);
    const audit = await tdb.db.auditLog.findMany({
      where: { entityId: id },
      select: { action: true, actorId: true },
    });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "challenge.create", actorId: world.owner.id },
        { action: "challenge.update", actorId: world.owner.id },
      ]),
    );
    // Another organisation's challenge is unknown to this token.
    const foreign = await api("PATCH", `${base}/${world.othersDraft.id}`, {
      token: token.secret,
      body: { details },
    });
    expect(foreign.status).toBe(404);
  });

  it("refuses a body too large to be a challenge (413) and one that is not JSON", async () => {
    const token = await tokenFor(owner(), world.owner.id, ["challenges:write"]);
    const base = `/organisations/${world.organisation.id}/challenges`;
    const huge = await api("POST", base, {
      token: token.secret,
      body: { eventId: world.event.id, details: { problemStatement: "x".repeat(1_100_000) } },
    });
    expect(huge.status).toBe(413);
    const plain = await api("POST", base, {
      token: token.secret,
      headers: { "content-type": "text/plain" },
      body: "a challenge",
    });
    expect(plain.status).toBe(415);
  });
});

describe("an event's token", () => {
  const owner = () => ({ kind: "event", eventId: world.event.id }) as const;

  it("reads registrations without naming a young person or giving anyone's contact details", async () => {
    const token = await tokenFor(owner(), world.organiser.id, ["registrations:read"]);
    const answer = await api<Out["eventData"]["registrations"]>(
      "GET",
      `/events/${world.event.id}/registrations`,
      { token: token.secret },
    );
    expect(answer.status).toBe(200);
    const rows = answer.body.registrations as {
      id: string;
      displayName: string | null;
      youngPerson: boolean;
    }[];
    const adult = rows.find((r) => r.id === world.adult.registrationId);
    const young = rows.find((r) => r.id === world.young.registrationId);
    expect(adult).toMatchObject({
      displayName: "Ada Grown-Up",
      youngPerson: false,
      centre: { name: "Leeds Library" },
      teamId: world.team.id,
    });
    expect(young).toMatchObject({
      displayName: null,
      youngPerson: true,
      status: "PENDING_CONSENT",
      teamId: world.team.id,
    });
    const text = JSON.stringify(answer.body);
    for (const secret of ["Yasmin", "PixelFox", "@", "2013", "1990"]) expect(text).not.toContain(secret);
    expect(Object.keys(young ?? {}).sort()).toEqual(
      ["centre", "displayName", "id", "registeredAt", "status", "teamId", "youngPerson"].sort(),
    );
  });

  it("reads teams by registration id, and nothing of another event", async () => {
    const token = await tokenFor(owner(), world.organiser.id, ["teams:read"]);
    const answer = await api<Out["eventData"]["teams"]>("GET", `/events/${world.event.id}/teams`, {
      token: token.secret,
    });
    expect(answer.body.teams).toEqual([
      {
        id: world.team.id,
        name: "Night Owls",
        centre: null,
        memberRegistrationIds: [world.adult.registrationId, world.young.registrationId],
        projectStatus: "NONE",
      },
    ]);
    expect((await api("GET", `/events/${world.otherEvent.id}/teams`, { token: token.secret })).status).toBe(
      404,
    );
    // Registrations need their own permission.
    expect(
      (await api("GET", `/events/${world.event.id}/registrations`, { token: token.secret })).status,
    ).toBe(403);
  });

  it("reviews the challenges sent to the event: a comment is needed to ask for changes", async () => {
    const token = await tokenFor(owner(), world.organiser.id, ["challenges:review"]);
    const list = await api<Out["eventData"]["challengesForReview"]>(
      "GET",
      `/events/${world.event.id}/review/challenges`,
      { token: token.secret },
    );
    expect(list.status).toBe(200);
    const titles = list.body.challenges.map((c) => c.title);
    expect(titles).toContain("Cleaner rivers");
    expect(titles).not.toContain("Secret draft");
    const path = `/events/${world.event.id}/review/challenges/${world.submitted.id}`;
    const noComment = await api("POST", path, { token: token.secret, body: { action: "requestChanges" } });
    expect(noComment.status).toBe(400);
    const approved = await api<Out["eventData"]["reviewChallenge"]>("POST", path, {
      token: token.secret,
      body: { action: "approve" },
    });
    expect(approved.body.challenge.status).toBe("APPROVED");
    const published = await api<Out["eventData"]["reviewChallenge"]>("POST", path, {
      token: token.secret,
      body: { action: "publish" },
    });
    expect(published.body.challenge.status).toBe("PUBLISHED");
    // A draft has not been sent: the organisers cannot see it.
    const draft = await api("POST", `/events/${world.event.id}/review/challenges/${world.othersDraft.id}`, {
      token: token.secret,
      body: { action: "approve" },
    });
    expect(draft.status).toBe(404);
  });
});
