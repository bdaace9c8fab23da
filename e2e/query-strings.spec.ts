// No address answers 500 to what a visitor can type into it: every page and every API GET route, signed
// out and signed in, with hostile query strings (repeated keys, oversized values, escapes that are not
// UTF-8, NUL, array-ish keys, prototype names) and with malformed values in its dynamic segments.
//
// The routes are read from disk (every app/**/page.tsx and app/api/**/route.ts), so a new page cannot be
// forgotten: it fails here until the table below says which query keys it reads. Dynamic segments are
// filled with real rows created in the database, so the requests reach the procedures behind the pages.
import { createHash, randomBytes, randomInt, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { hasWelsh } from "../server/http/locales.mjs";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import {
  createPublishedEvent,
  HACKING_WITH_REGISTRATION_OPEN,
  makePlatformAdmin,
  withDatabase,
} from "./support/db";

const APP_DIR = fileURLToPath(new URL("../app", import.meta.url));

/**
 * Every route file under app/, and the query keys it reads (all of them: each is sent repeated, oversized
 * and malformed). `skip` leaves a route out, with the reason. The `v` of logos and event covers is not read:
 * the app adds it to bust caches, so it is in every logo and cover address.
 */
const ROUTES: Record<string, { keys: readonly string[] } | { skip: string }> = {
  "landing/[audience]/page.tsx": { keys: [] },
  "account/page.tsx": { keys: [] },
  "account/emails/page.tsx": { keys: [] },
  "account/data/route.ts": { keys: [] },
  "account/deleted/page.tsx": { keys: [] },
  "consent/[token]/page.tsx": { keys: [] },
  "dev/outbox/page.tsx": { keys: ["to"] },
  "events/[slug]/page.tsx": { keys: [] },
  "events/[slug]/calendar/route.ts": { keys: [] },
  "events/[slug]/certificate/route.ts": { keys: ["subject", "name"] },
  "events/[slug]/certificates/page.tsx": { keys: [] },
  "certificates/[code]/page.tsx": { keys: [] },
  "directory/in/[filters]/page.tsx": { keys: ["age", "area", "when", "level", "cost", "mode"] },
  "directory/calendar.ics/route.ts": { keys: ["age", "area", "when", "level", "cost", "mode"] },
  "events/[slug]/cover/route.ts": { keys: ["v"] },
  "events/[slug]/challenges/[challengeSlug]/page.tsx": { keys: [] },
  "events/[slug]/code-of-conduct/page.tsx": { keys: [] },
  "events/[slug]/concern/page.tsx": { keys: [] },
  "events/[slug]/mentor/page.tsx": { keys: [] },
  "events/[slug]/help/page.tsx": { keys: [] },
  "events/[slug]/projects/page.tsx": { keys: ["challenge", "centre", "page"] },
  "events/[slug]/projects/[submissionId]/page.tsx": { keys: [] },
  "events/[slug]/projects/in/[challenge]/[centre]/[page]/page.tsx": { keys: [] },
  "events/[slug]/preview/route.ts": { keys: ["stop"] },
  "events/[slug]/register/page.tsx": { keys: ["centre"] },
  "events/[slug]/registration/page.tsx": { keys: ["registered", "updated"] },
  "events/[slug]/registration/edit/page.tsx": { keys: [] },
  "events/[slug]/submission/page.tsx": { keys: [] },
  "events/[slug]/team/page.tsx": { keys: [] },
  "events/[slug]/teams/page.tsx": { keys: ["centre"] },
  "events/[slug]/teams/join/page.tsx": { keys: ["code"] },
  "invites/[token]/page.tsx": { keys: [] },
  "venues/invitation/[token]/page.tsx": { keys: [] },
  "judging/page.tsx": { keys: [] },
  "judging/[roundId]/page.tsx": { keys: [] },
  "manage/page.tsx": { keys: [] },
  "manage/events/new/page.tsx": { keys: [] },
  "manage/operators/page.tsx": { keys: [] },
  "manage/events/[eventId]/page.tsx": { keys: ["created"] },
  "manage/events/[eventId]/centre/page.tsx": { keys: [] },
  "manage/events/[eventId]/centre/check-in/page.tsx": { keys: ["q"] },
  "manage/events/[eventId]/centre/register/page.tsx": { keys: [] },
  "manage/events/[eventId]/safeguarding/page.tsx": { keys: [] },
  "manage/events/[eventId]/concerns/page.tsx": { keys: [] },
  "manage/events/[eventId]/concerns/[concernId]/page.tsx": { keys: [] },
  "manage/events/[eventId]/help/page.tsx": { keys: ["centre"] },
  "manage/events/[eventId]/centres/page.tsx": { keys: [] },
  "manage/events/[eventId]/mentors/page.tsx": { keys: [] },
  "manage/events/[eventId]/supply/page.tsx": { keys: [] },
  "manage/events/[eventId]/mentors/matching/page.tsx": { keys: ["centre", "day", "view"] },
  "manage/events/[eventId]/mentoring/page.tsx": { keys: [] },
  "manage/events/[eventId]/starters/page.tsx": { keys: [] },
  "manage/events/[eventId]/templates/page.tsx": { keys: [] },
  "manage/events/[eventId]/integrations/page.tsx": { keys: [] },
  "manage/events/[eventId]/challenges/page.tsx": { keys: [] },
  "manage/events/[eventId]/dashboard/page.tsx": { keys: [] },
  "manage/events/[eventId]/judging/page.tsx": { keys: [] },
  "manage/events/[eventId]/judging/[roundId]/page.tsx": { keys: ["created", "compareA", "compareB"] },
  "manage/events/[eventId]/registrations/page.tsx": { keys: [] },
  "manage/events/[eventId]/submissions/page.tsx": { keys: [] },
  "manage/events/[eventId]/submissions/[submissionId]/page.tsx": { keys: [] },
  "organisations/page.tsx": { keys: [] },
  "privacy/page.tsx": { keys: [] },
  "organisations/new/page.tsx": { keys: [] },
  "organisations/[slug]/page.tsx": { keys: [] },
  "areas/[area]/page.tsx": { keys: [] },
  "organisations/[slug]/manage/page.tsx": { keys: ["logo"] },
  "organisations/[slug]/manage/challenges/[challengeId]/page.tsx": { keys: [] },
  "organisations/[slug]/manage/integrations/page.tsx": { keys: [] },
  "organisations/[slug]/manage/sessions/page.tsx": { keys: [] },
  "organisations/[slug]/manage/sessions/[sessionId]/page.tsx": { keys: [] },
  "organisations/[slug]/manage/sessions/[sessionId]/bookings/page.tsx": { keys: [] },
  "directory/clubs/[sessionId]/page.tsx": { keys: [] },
  "organisations/[slug]/manage/events/new/page.tsx": { keys: [] },
  "signin/page.tsx": { keys: ["callbackUrl", "error"] },
  "signin/confirm/page.tsx": { keys: ["token", "email", "callbackUrl"] },
  "signin/check-email/page.tsx": { keys: [] },
  "signin/error/page.tsx": { keys: ["error"] },
  "api/auth/[...nextauth]/route.ts": { skip: "Auth.js's own routes; e2e/auth.spec.ts drives them" },
  "api/events/[eventId]/awards-csv/route.ts": { keys: [] },
  "api/events/[eventId]/centre-registrations-csv/route.ts": { keys: [] },
  "api/events/[eventId]/registrations-csv/route.ts": { keys: [] },
  "api/events/[eventId]/submissions-csv/route.ts": { keys: [] },
  "api/events/[eventId]/teams-csv/route.ts": { keys: [] },
  "api/events/[eventId]/supply-csv/route.ts": { keys: [] },
  "api/acting/route.ts": { keys: [] },
  "api/locale/route.ts": { keys: [] },
  "api/health/route.ts": { keys: [] },
  "api/v1/openapi.json/route.ts": { keys: [] },
  // The HTTP API (its query keys are read by trpc-to-openapi from each route's input schema).
  "api/v1/[...path]/route.ts": { keys: [] },
  "developers/page.tsx": { keys: [] },
  "manage/events/[eventId]/submissions/import/page.tsx": { keys: [] },
  "manage/events/[eventId]/prompts/page.tsx": { keys: [] },
  "events/[slug]/next/page.tsx": { keys: [] },
  "organisations/[slug]/next/page.tsx": { keys: [] },
  "manage/events/[eventId]/next/page.tsx": { keys: [] },
  "events/[slug]/finals/page.tsx": { keys: [] },
  "manage/events/[eventId]/finals/page.tsx": { keys: [] },
  "manage/events/[eventId]/finals/present/page.tsx": { keys: [] },
  "events/[slug]/finals/live/route.ts": {
    skip: "a server-sent event stream that stays open (reads no query); e2e/finals-show.spec.ts follows it",
  },
  "organisations/[slug]/manage/outcomes/page.tsx": { keys: [] },
  "[...rest]/page.tsx": { skip: "every address no route answers: e2e/addresses.spec.ts checks its 404" },
  "api/sign-out/route.ts": { keys: [] },
  "api/images/[imageId]/route.ts": { keys: [] },
  "api/organisations/[organisationId]/logo/route.ts": { keys: ["v"] },
  "api/rounds/[roundId]/results-csv/route.ts": { keys: [] },
  "api/rounds/[roundId]/scores-csv/route.ts": { keys: [] },
  "api/trpc/[trpc]/route.ts": { skip: "a procedure name, not an address: trpcCalls() below" },
};

/**
 * Route files as paths relative to app/, with forward slashes, and pages without their [locale] folder: an
 * address has no locale prefix in English (server/http/locales.mjs), so "[locale]/events/[slug]/page.tsx"
 * is requested as /events/<slug>, through the rewrite people's requests take.
 */
function routeFiles(): string[] {
  return readdirSync(APP_DIR, { recursive: true, encoding: "utf8" })
    .map((file) =>
      file
        .split(sep)
        .join("/")
        .replace(/^\[locale\]\//, ""),
    )
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file))
    .sort();
}

/** The file behind a routeFiles() entry: under app/api or app/[locale]. */
function sourcePath(file: string): string {
  const page = join(APP_DIR, "[locale]", file);
  return existsSync(page) ? page : join(APP_DIR, file);
}

/** The rows every dynamic segment points at. */
interface World {
  eventId: string;
  eventSlug: string;
  centreId: string;
  challengeId: string;
  challengeSlug: string;
  submissionId: string;
  roundId: string;
  concernId: string;
  imageId: string;
  organisationId: string;
  organisationSlug: string;
  consentToken: string;
  inviteToken: string;
  /** A venue invitation's link, sent to the signed-in person (its page shows the details form). */
  venueToken: string;
  joinCode: string;
}

/** A real value for each dynamic segment, keyed by the segment and the one before it. */
function segmentValue(world: World, parent: string, segment: string): string {
  const values: Record<string, string> = {
    "events/[slug]": world.eventSlug,
    "events/[eventId]": world.eventId,
    "challenges/[challengeSlug]": world.challengeSlug,
    "challenges/[challengeId]": world.challengeId,
    "projects/[submissionId]": world.submissionId,
    "landing/[audience]": "everyone",
    "in/[challenge]": world.challengeId,
    "[challenge]/[centre]": world.centreId,
    "[centre]/[page]": "1",
    "submissions/[submissionId]": world.submissionId,
    "judging/[roundId]": world.roundId,
    "rounds/[roundId]": world.roundId,
    "concerns/[concernId]": world.concernId,
    "images/[imageId]": world.imageId,
    "organisations/[slug]": world.organisationSlug,
    "areas/[area]": "LS",
    "in/[filters]": "age-12.area-CF.mode-in-person",
    // No certificate has this code: the page answers 404 (what matters is never a 500).
    "certificates/[code]": "0000000000",
    // No session of the world's organisation: the page answers 404 (what matters is never a 500).
    "sessions/[sessionId]": world.organisationId,
    // Nor a club with this id: 404 again.
    "clubs/[sessionId]": world.organisationId,
    "organisations/[organisationId]": world.organisationId,
    "consent/[token]": world.consentToken,
    "invites/[token]": world.inviteToken,
    "invitation/[token]": world.venueToken,
    // The HTTP API's catch-all: a real route (GET /api/v1/events), and hostile paths in its place.
    "v1/[...path]": "events",
  };
  const value = values[`${parent}/${segment}`];
  if (value === undefined) throw new Error(`No value for the segment ${parent}/${segment}: add one above`);
  return value;
}

/** The address of a route file, with its dynamic segments filled (or one of them replaced by `bad`). */
function addressOf(world: World, file: string, bad?: { index: number; value: string }): string {
  const parts = file.split("/").slice(0, -1);
  const path = parts.map((part, index) => {
    if (!part.startsWith("[")) return part;
    if (bad?.index === index) return bad.value;
    return encodeURIComponent(segmentValue(world, parts[index - 1] ?? "", part));
  });
  return `/${path.join("/")}`;
}

/** Indexes of the dynamic segments of a route file. */
function dynamicSegments(file: string): number[] {
  return file
    .split("/")
    .slice(0, -1)
    .flatMap((part, index) => (part.startsWith("[") ? [index] : []));
}

const LONG = "x".repeat(5_000);
const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** Values (already percent-encoded, as they appear in an address) sent for each key a route reads. */
const HOSTILE_VALUES = [
  LONG,
  "%3Benv%3B",
  "%FF%FE",
  "%00",
  "a%00b",
  "%20%20",
  "",
  "__proto__",
  "constructor",
  "toString",
  "all",
  "1",
  "javascript:alert(1)",
  "%2F%2Fevil.example",
  "%2F%00",
  "%2F%C3%A9",
  "%2F%E2%82%AC",
  "%2F%0D%0ASet-Cookie:x=1",
  `%2F${LONG}`,
];

const ALL_KEYS = [
  ...new Set(Object.values(ROUTES).flatMap((route) => ("keys" in route ? route.keys : []))),
].sort();

/** The query strings (each with its leading "?") every route is requested with. */
function queryStrings(keys: readonly string[]): string[] {
  const known = keys.length > 0 ? keys : ALL_KEYS;
  return [
    `?${known.map((k) => `${k}=a&${k}=b`).join("&")}`,
    `?${ALL_KEYS.map((k) => `${k}=a&${k}=b`).join("&")}`,
    "?[]=x",
    "?__proto__[x]=1&constructor=1",
    "?%FF%FE=%FF%FE",
    "?callbackUrl=javascript:alert(1)",
    `?x=${LONG}`,
    ...keys.flatMap((key) => [
      ...HOSTILE_VALUES.map((value) => `?${key}=${value}`),
      `?${key}[]=x`,
      `?${key}[x]=y`,
      `?${key}`,
    ]),
  ];
}

/** Values sent in place of each dynamic segment (percent-encoded where they need it). */
const HOSTILE_SEGMENTS = ["x".repeat(10_000), "%00", "a%00b", "%3Benv%3B", "%FF%FE", "%20", "__proto__"];

/** Query procedures called through /api/trpc with inputs no form would send. */
function trpcCalls(world: World): string[] {
  const input = (json: unknown) => `?input=${encodeURIComponent(JSON.stringify({ json }))}`;
  const slug = world.eventSlug;
  const calls: string[] = [];
  for (const bad of [
    "x".repeat(10_000),
    "\u0000",
    "a\u0000b",
    ";env;",
    " ",
    "",
    ["a", "b"],
    7,
    { a: 1 },
    null,
  ]) {
    calls.push(
      `/api/trpc/submissions.gallery${input({ slug, challengeId: bad })}`,
      `/api/trpc/submissions.gallery${input({ slug, centreId: bad })}`,
      `/api/trpc/submissions.project${input({ slug, submissionId: bad })}`,
      `/api/trpc/submissions.image${input({ imageId: bad })}`,
      `/api/trpc/events.bySlug${input({ slug: bad })}`,
      `/api/trpc/events.cover${input({ slug: bad })}`,
      `/api/trpc/events.byIdForManagement${input({ eventId: bad })}`,
      `/api/trpc/teams.finder${input({ eventId: world.eventId, centre: bad })}`,
      `/api/trpc/teams.finder${input({ eventId: bad })}`,
      `/api/trpc/teams.byCode${input({ eventId: world.eventId, code: bad })}`,
      `/api/trpc/challenges.bySlug${input({ slug, challengeSlug: bad })}`,
      `/api/trpc/challenges.byIdForOrganisation${input({ organisationId: world.organisationId, challengeId: bad })}`,
      `/api/trpc/organisations.bySlug${input({ slug: bad })}`,
      `/api/trpc/organisations.logo${input({ organisationId: bad })}`,
      `/api/trpc/organisations.forMembers${input({ organisationId: bad })}`,
      `/api/trpc/organisations.invitation${input({ token: bad })}`,
      `/api/trpc/registrations.consentByToken${input({ token: bad })}`,
      `/api/trpc/registrations.mine${input({ eventId: bad })}`,
      `/api/trpc/dev.outbox${input({ to: bad })}`,
      `/api/trpc/judging.invitation${input({ roundId: bad })}`,
      `/api/trpc/judging.queue${input({ roundId: bad })}`,
      `/api/trpc/help.queue${input({ eventId: world.eventId, centreId: bad })}`,
    );
  }
  calls.push(
    "/api/trpc/events.list?input=not-json",
    "/api/trpc/events.list?input=%FF%FE",
    "/api/trpc/events.list?input=%00",
    "/api/trpc/events.list?input=1&input=2",
    "/api/trpc/events.bySlug?batch=1&input=%7B%7D",
    "/api/trpc/events.bySlug,events.list?batch=1&input=not-json",
    `/api/trpc/${"x".repeat(5_000)}`,
    "/api/trpc/__proto__",
    "/api/trpc/constructor.toString",
  );
  return calls;
}

/** Creates the rows every dynamic segment points at, all reachable by `email`. */
async function createWorld(email: string): Promise<World> {
  const slug = `qs-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Query strings ${slug}`,
    organiserEmail: email,
    timeline: HACKING_WITH_REGISTRATION_OPEN,
  });
  await makePlatformAdmin(email);
  const id = (what: string) => `e2e-${what}-${randomUUID()}`;
  const world: World = {
    eventId: event.id,
    eventSlug: event.slug,
    centreId: id("centre"),
    challengeId: id("challenge"),
    challengeSlug: "buses-on-time",
    submissionId: id("submission"),
    roundId: id("round"),
    concernId: id("concern"),
    imageId: id("image"),
    organisationId: id("organisation"),
    organisationSlug: `${slug}-org`,
    consentToken: randomUUID(),
    inviteToken: randomUUID(),
    venueToken: randomBytes(32).toString("base64url"),
    joinCode: Array.from({ length: 12 }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join(
      "",
    ),
  };
  const sha256 = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");
  await withDatabase(async (client) => {
    const q = (sql: string, values: unknown[]) => client.query(sql, values);
    await client.query("BEGIN");
    try {
      const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
      const userId = rows[0]?.id;
      if (!userId) throw new Error(`No user ${email}`);
      const teamId = id("team");
      const minorId = id("minor");
      const minorRegistrationId = id("registration");
      // The gallery is opened early so it shows its filters while teams can still change.
      await q(`UPDATE "Event" SET "galleryOpenedAt" = now() WHERE id = $1`, [world.eventId]);
      await q(
        `INSERT INTO "Centre" (id, "eventId", name, capacity, "updatedAt") VALUES ($1, $2, 'Leeds', 30, now())`,
        [world.centreId, world.eventId],
      );
      await q(
        `INSERT INTO "Centre" (id, "eventId", name, capacity, "updatedAt") VALUES ($1, $2, 'York', 30, now())`,
        [id("centre"), world.eventId],
      );
      await q(
        `INSERT INTO "Registration" (id, "eventId", "userId", "centreId", experience, skills, "dateOfBirth", status,
           "codeOfConductVersion", "codeOfConductAt", "lookingForTeam", "updatedAt")
         SELECT $1, id, $2, $3, 'SOME', '{maps}', DATE '1990-01-15', 'CONFIRMED', "codeOfConductVersion", now(), true, now()
         FROM "Event" WHERE id = $4`,
        [id("registration"), userId, world.centreId, world.eventId],
      );
      await q(
        `INSERT INTO "Organisation" (id, slug, name, kind, "updatedAt") VALUES ($1, $2, $3, 'COMMUNITY', now())`,
        [world.organisationId, world.organisationSlug, `Sponsor ${slug}`],
      );
      await q(
        `INSERT INTO "OrganisationMember" (id, "organisationId", "userId", role) VALUES ($1, $2, $3, 'OWNER')`,
        [id("member"), world.organisationId, userId],
      );
      await q(
        `INSERT INTO "OrganisationInvite" (id, "organisationId", email, role, "tokenHash", "expiresAt")
         VALUES ($1, $2, $3, 'MEMBER', $4, now() + interval '7 days')`,
        [id("invite"), world.organisationId, uniqueEmail("invitee"), sha256(world.inviteToken)],
      );
      await q(
        `INSERT INTO "VenueInvitation" (id, "eventId", email, "venueName", "tokenHash", "expiresAt", "updatedAt")
         VALUES ($1, $2, $3, 'Query Street Library', $4, now() + interval '7 days', now())`,
        [id("venue"), world.eventId, email, sha256(world.venueToken)],
      );
      await q(
        `INSERT INTO "Challenge" (id, "eventId", "organisationId", slug, title, summary, "problemStatement", sector,
           status, "publishedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, 'Buses on time', 'Know when the bus comes.', 'Use the **live feed**.', 'transport',
           'PUBLISHED', now(), now())`,
        [world.challengeId, world.eventId, world.organisationId, world.challengeSlug],
      );
      await q(
        `INSERT INTO "Team" (id, "eventId", "centreId", name, "joinCode", "lookingForMembers", "wantedSkills", "updatedAt")
         VALUES ($1, $2, $3, 'Query Dragons', $4, true, '{maps}', now())`,
        [teamId, world.eventId, world.centreId, world.joinCode],
      );
      await q(
        `INSERT INTO "TeamMember" (id, "teamId", "eventId", "userId", "isCaptain") VALUES ($1, $2, $3, $4, true)`,
        [id("member"), teamId, world.eventId, userId],
      );
      await q(
        `INSERT INTO "Submission" (id, "eventId", "teamId", title, technologies, status, "submittedAt", "updatedAt")
         VALUES ($1, $2, $3, 'Bus finder', '{typescript}', 'SUBMITTED', now(), now())`,
        [world.submissionId, world.eventId, teamId],
      );
      await q(`INSERT INTO "SubmissionChallenge" ("submissionId", "challengeId") VALUES ($1, $2)`, [
        world.submissionId,
        world.challengeId,
      ]);
      await q(
        `INSERT INTO "Round" (id, "eventId", name, scope, "challengeId", "assignmentSeed", "updatedAt")
         VALUES ($1, $2, 'Buses prize', 'CHALLENGE', $3, 'query-strings', now())`,
        [world.roundId, world.eventId, world.challengeId],
      );
      // Routed to the organisers (the world's event has no safeguarding lead), so its page reads it.
      await q(
        `INSERT INTO "SafeguardingConcern" (id, "eventId", description, "routedTo")
         VALUES ($1, $2, 'Someone was unkind at the venue', 'ORGANISER')`,
        [world.concernId, world.eventId],
      );
      // No file behind it: the route still looks the row up before finding nothing to send.
      await q(
        `INSERT INTO "SubmissionImage" (id, "submissionId", "storageKey", "contentType", "byteSize", position)
         VALUES ($1, $2, $3, 'image/png', 1, 0)`,
        [world.imageId, world.submissionId, `submissions/${randomUUID()}`],
      );
      await q(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now())`, [
        minorId,
        uniqueEmail("minor"),
      ]);
      await q(
        `INSERT INTO "Registration" (id, "eventId", "userId", "centreId", experience, skills, "dateOfBirth", status,
           "guardianEmail", "codeOfConductVersion", "codeOfConductAt", "updatedAt")
         SELECT $1, id, $2, $3, 'NEW', '{}', (now() - interval '14 years')::date, 'PENDING_CONSENT',
           'guardian@example.org', "codeOfConductVersion", now(), now()
         FROM "Event" WHERE id = $4`,
        [minorRegistrationId, minorId, world.centreId, world.eventId],
      );
      await q(
        `INSERT INTO "GuardianConsent" (id, "registrationId", "guardianEmail", "tokenHash", "expiresAt")
         VALUES ($1, $2, 'guardian@example.org', $3, now() + interval '7 days')`,
        [id("consent"), minorRegistrationId, sha256(world.consentToken)],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
  return world;
}

/** Requests each address (never following a redirect) and fails softly, once per address, on a 5xx. */
async function expectNoServerErrors(request: APIRequestContext, addresses: readonly string[]): Promise<void> {
  for (const address of addresses) {
    const response = await request.get(address, { maxRedirects: 0 });
    const shown = address.length > 160 ? `${address.slice(0, 160)}… (${address.length} chars)` : address;
    expect.soft(response.status(), `GET ${shown}`).toBeLessThan(500);
  }
}

/** The Welsh address of an English one ("/events/a?x=1" → "/cy/events/a?x=1"), when it has a Welsh page. */
function welshAddress(address: string): string[] {
  const { pathname } = new URL(address, "http://localhost");
  if (!hasWelsh(pathname)) return [];
  return [pathname === "/" ? `/cy${address.slice(1)}` : `/cy${address}`];
}

/** Every address to request for a route file. */
function addressesFor(world: World, file: string, keys: readonly string[]): string[] {
  const base = addressOf(world, file);
  return [
    base,
    ...queryStrings(keys).map((query) => `${base}${query}`),
    ...dynamicSegments(file).flatMap((index) =>
      HOSTILE_SEGMENTS.map((value) => `${addressOf(world, file, { index, value })}?${ALL_KEYS[0] ?? "x"}=a`),
    ),
  ];
}

test.describe("query strings", () => {
  test("every route file is in the table, and every key a page reads is listed", () => {
    expect(routeFiles()).toEqual(Object.keys(ROUTES).sort());
    for (const [file, route] of Object.entries(ROUTES)) {
      if (!("keys" in route)) continue;
      const source = readFileSync(sourcePath(file), "utf8");
      if (source.includes("searchParams")) {
        expect(route.keys.length, `${file} reads searchParams: list its keys`).toBeGreaterThan(0);
      }
      for (const key of route.keys)
        expect(source, `${file} lists "${key}" but never mentions it`).toContain(key);
    }
  });

  test("the reported addresses render their pages: the gallery and the outbox", async ({ page }) => {
    const world = await createWorld(uniqueEmail("gallery"));
    const gallery = `/events/${world.eventSlug}/projects`;

    // A repeated key is read as its first value: an id that matches no challenge.
    expect((await page.goto(`${gallery}?challenge=a&challenge=b`))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    await expect(page.getByText("No projects match.")).toBeVisible();
    await expectNoA11yViolations(page);

    // The filter still works, and a malformed centre next to it is ignored.
    expect((await page.goto(`${gallery}?challenge=${world.challengeId}&centre=%3Benv%3B`))?.status()).toBe(
      200,
    );
    await expect(page.getByRole("link", { name: "Bus finder" })).toBeVisible();
    await expect(page.getByLabel("Challenge")).toHaveValue(world.challengeId);

    expect((await page.goto("/dev/outbox?to=%3Benv%3B"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Development outbox" })).toBeVisible();
    // Filtered by its words: Next's route announcer is an (empty) alert too.
    await expect(
      page.getByRole("alert").filter({ hasText: "That isn't an email address, so all mail is shown." }),
    ).toBeVisible();
    await expect(page.getByLabel("Only mail to")).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(page);
  });

  test("no page or API route answers 5xx to a hostile query string or segment", async ({
    browser,
    request,
  }) => {
    // About 1,500 requests, each rendering a page on a production build.
    test.setTimeout(600_000);
    const email = uniqueEmail("query-strings");
    const world = await createWorld(email);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);

    const routes = Object.entries(ROUTES).flatMap(([file, route]) =>
      "keys" in route ? [{ file, route }] : [],
    );
    for (const { file, route } of routes) {
      // A page that has a Welsh address is asked for at both (docs/languages.md).
      const english = addressesFor(world, file, route.keys);
      const addresses = [...english, ...english.flatMap(welshAddress)];
      await test.step(`${file} signed out`, () => expectNoServerErrors(request, addresses));
      await test.step(`${file} signed in`, () => expectNoServerErrors(page.request, addresses));
    }
    await test.step("tRPC queries, signed out", () => expectNoServerErrors(request, trpcCalls(world)));
    await test.step("tRPC queries, signed in", () => expectNoServerErrors(page.request, trpcCalls(world)));
    await context.close();
  });
});
