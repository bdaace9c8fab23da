/**
 * Direct database access for setting up test data (e.g. a platform admin), on the same database the
 * server under test uses: E2E_DATABASE_URL, or the embedded server that scripts/e2e-server.sh started,
 * whose URL its owner publishes in `<EMBEDDED_DB_DIR>/pglite.lock`.
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { BASE_URL, EMBEDDED_DB_DIR, externalDatabaseUrl } from "./env";

function embeddedDatabaseUrl(): string {
  const lockPath = join(EMBEDDED_DB_DIR, "pglite.lock");
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch {
    throw new Error(
      `No embedded database lock at ${lockPath}: is the e2e server (scripts/e2e-server.sh) running?`,
    );
  }
  const record: unknown = JSON.parse(text);
  const url =
    typeof record === "object" && record !== null && "url" in record && typeof record.url === "string"
      ? record.url
      : null;
  if (!url) throw new Error(`The embedded database in ${EMBEDDED_DB_DIR} has not published its URL yet.`);
  return url;
}

/** The URL of the database the server under test uses. */
export function databaseUrl(): string {
  return externalDatabaseUrl() ?? embeddedDatabaseUrl();
}

/**
 * Runs `fn` with a fresh connection, closed afterwards (the embedded server allows only a few). What it
 * writes bypasses the app, so the app's cached public pages are then marked stale, as a mutation would
 * (dev.refreshPublicPages); a test never reads a page cached before its own fixture.
 */
export async function withDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
    await refreshPublicPages();
  }
}

/** Marks every cached public page of the app under test stale (a development-only procedure). */
export async function refreshPublicPages(): Promise<void> {
  const response = await fetch(`${BASE_URL}/api/trpc/dev.refreshPublicPages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: null }),
  });
  if (!response.ok) throw new Error(`dev.refreshPublicPages answered ${response.status}`);
}

/** Makes `email` a platform admin, creating the account if needed (what scripts/make-admin.ts does). */
export async function makePlatformAdmin(email: string): Promise<void> {
  const address = email.trim().toLowerCase();
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "User" (id, email, "isPlatformAdmin", "updatedAt") VALUES ($1, $2, true, now())
       ON CONFLICT (email) DO UPDATE SET "isPlatformAdmin" = true, "updatedAt" = now()`,
      [`e2e-${randomUUID()}`, address],
    ),
  );
}

/**
 * An event's six timestamps as offsets from the database's now() (the app's rule clock), in
 * PostgreSQL interval syntax: "-2 days", "1 hour", "20 days". They must keep the order the
 * Event_timeline_in_order CHECK enforces: registrationOpensAt < registrationClosesAt ≤
 * submissionDeadline and registrationOpensAt ≤ startsAt < submissionDeadline ≤ judgingClosesAt ≤
 * resultsAt.
 */
export interface TimelineOffsets {
  registrationOpensAt: string;
  registrationClosesAt: string;
  startsAt: string;
  submissionDeadline: string;
  judgingClosesAt: string;
  resultsAt: string;
}

/** Registration open, hacking started, the deadline weeks ahead: people can register, team up and submit. */
export const HACKING_WITH_REGISTRATION_OPEN: TimelineOffsets = {
  registrationOpensAt: "-3 days",
  registrationClosesAt: "10 days",
  startsAt: "-1 hour",
  submissionDeadline: "20 days",
  judgingClosesAt: "25 days",
  resultsAt: "30 days",
};

/** Registration open, hacking a week ahead. */
export const REGISTRATION_OPEN: TimelineOffsets = {
  registrationOpensAt: "-3 days",
  registrationClosesAt: "5 days",
  startsAt: "7 days",
  submissionDeadline: "8 days",
  judgingClosesAt: "12 days",
  resultsAt: "15 days",
};

/** The submission deadline (and so registration) an hour gone: judging, with the gallery open. */
export const DEADLINE_PASSED: TimelineOffsets = {
  registrationOpensAt: "-3 days",
  registrationClosesAt: "-2 hours",
  startsAt: "-1 day",
  submissionDeadline: "-1 hour",
  judgingClosesAt: "5 days",
  resultsAt: "10 days",
};

export interface SeededEvent {
  id: string;
  slug: string;
  name: string;
}

/**
 * A published Europe/London event created straight in the database (what an admin does through
 * /manage/events/new, without spending a test on it), with `organiserEmail` as its organiser
 * (the account is created if needed and signs in as usual).
 */
export async function createPublishedEvent(params: {
  slug: string;
  name: string;
  organiserEmail: string;
  timeline: TimelineOffsets;
  teamMaxSize?: number;
}): Promise<SeededEvent> {
  const id = `e2e-event-${randomUUID()}`;
  const t = params.timeline;
  const organiser = params.organiserEmail.trim().toLowerCase();
  await withDatabase(async (client) => {
    await client.query("BEGIN");
    try {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now())
         ON CONFLICT (email) DO UPDATE SET "updatedAt" = now() RETURNING id`,
        [`e2e-${randomUUID()}`, organiser],
      );
      const organiserId = rows[0]?.id;
      if (!organiserId) throw new Error(`Could not create the organiser ${organiser}`);
      await client.query(
        `INSERT INTO "Event" (id, slug, name, description, "timeZone", status,
           "registrationOpensAt", "registrationClosesAt", "startsAt", "submissionDeadline",
           "judgingClosesAt", "resultsAt", "teamMinSize", "teamMaxSize", "publishedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, 'Europe/London', 'PUBLISHED',
           now() + $5::interval, now() + $6::interval, now() + $7::interval, now() + $8::interval,
           now() + $9::interval, now() + $10::interval, 1, $11, now(), now())`,
        [
          id,
          params.slug,
          params.name,
          "A weekend of building things for the city.",
          t.registrationOpensAt,
          t.registrationClosesAt,
          t.startsAt,
          t.submissionDeadline,
          t.judgingClosesAt,
          t.resultsAt,
          params.teamMaxSize ?? 5,
        ],
      );
      await client.query(
        `INSERT INTO "EventRole" (id, "eventId", "userId", role) VALUES ($1, $2, $3, 'ORGANISER')`,
        [`e2e-role-${randomUUID()}`, id, organiserId],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
  return { id, slug: params.slug, name: params.name };
}

/** Moves all six timestamps of an event at once (one UPDATE, so the order CHECK sees only the result). */
export async function setEventTimeline(eventId: string, t: TimelineOffsets): Promise<void> {
  const result = await withDatabase((client) =>
    client.query(
      `UPDATE "Event" SET
         "registrationOpensAt" = now() + $2::interval, "registrationClosesAt" = now() + $3::interval,
         "startsAt" = now() + $4::interval, "submissionDeadline" = now() + $5::interval,
         "judgingClosesAt" = now() + $6::interval, "resultsAt" = now() + $7::interval,
         "updatedAt" = now()
       WHERE id = $1`,
      [
        eventId,
        t.registrationOpensAt,
        t.registrationClosesAt,
        t.startsAt,
        t.submissionDeadline,
        t.judgingClosesAt,
        t.resultsAt,
      ],
    ),
  );
  if (result.rowCount !== 1) throw new Error(`No event ${eventId} to move`);
}

/**
 * A team of one (a confirmed adult captain created straight in the database) in `eventId`, for tests
 * that need a team to exist without spending a sign-in on its captain. Returns the raw join code.
 */
export async function createTeamWithCaptain(params: {
  eventId: string;
  teamName: string;
  captainEmail: string;
  /** The captain's name, as registration would have asked for it. */
  captainName?: string;
}): Promise<{ teamId: string; joinCode: string }> {
  const alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  const joinCode = Array.from(
    { length: 12 },
    () => alphabet[Math.floor(Math.random() * alphabet.length)],
  ).join("");
  const teamId = `e2e-team-${randomUUID()}`;
  await withDatabase(async (client) => {
    await client.query("BEGIN");
    try {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now()) RETURNING id`,
        [
          `e2e-${randomUUID()}`,
          params.captainEmail.trim().toLowerCase(),
          params.captainName ?? "Casey Captain",
        ],
      );
      const userId = rows[0]?.id;
      await client.query(
        `INSERT INTO "Registration" (id, "eventId", "userId", experience, skills, "dateOfBirth", status,
           "codeOfConductVersion", "codeOfConductAt", "updatedAt")
         SELECT $1, id, $2, 'SOME', '{}', DATE '1990-01-15', 'CONFIRMED', "codeOfConductVersion", now(), now()
         FROM "Event" WHERE id = $3`,
        [`e2e-reg-${randomUUID()}`, userId, params.eventId],
      );
      await client.query(
        `INSERT INTO "Team" (id, "eventId", name, "joinCode", "lookingForMembers", "wantedSkills", "updatedAt")
         VALUES ($1, $2, $3, $4, true, '{}', now())`,
        [teamId, params.eventId, params.teamName, joinCode],
      );
      await client.query(
        `INSERT INTO "TeamMember" (id, "teamId", "eventId", "userId", "isCaptain") VALUES ($1, $2, $3, $4, true)`,
        [`e2e-member-${randomUUID()}`, teamId, params.eventId, userId],
      );
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
  return { teamId, joinCode };
}

/**
 * A centre of `eventId` led by `leadEmail` (the account is created if needed), and `people` registered
 * there straight in the database: adults confirmed, under-18s (a date of birth less than 18 years ago)
 * waiting for consent. Returns the centre's id.
 */
export async function createCentreWithLead(params: {
  eventId: string;
  centreName: string;
  capacity: number;
  leadEmail: string;
  /** Registered as registration does: everyone with a name, young people (`minor`) with a nickname. */
  people: { email: string; name: string; alias?: string; dateOfBirth: string; minor?: boolean }[];
}): Promise<string> {
  const centreId = `e2e-centre-${randomUUID()}`;
  await withDatabase(async (client) => {
    await client.query("BEGIN");
    try {
      const user = async (email: string, name: string | null, alias: string | null = null) => {
        const { rows } = await client.query<{ id: string }>(
          `INSERT INTO "User" (id, email, name, alias, "updatedAt") VALUES ($1, $2, $3, $4, now())
           ON CONFLICT (email) DO UPDATE SET "updatedAt" = now() RETURNING id`,
          [`e2e-${randomUUID()}`, email.trim().toLowerCase(), name, alias],
        );
        const id = rows[0]?.id;
        if (!id) throw new Error(`Could not create ${email}`);
        return id;
      };
      await client.query(
        `INSERT INTO "Centre" (id, "eventId", name, capacity, "updatedAt") VALUES ($1, $2, $3, $4, now())`,
        [centreId, params.eventId, params.centreName, params.capacity],
      );
      await client.query(
        `INSERT INTO "EventRole" (id, "eventId", "userId", role, "centreId") VALUES ($1, $2, $3, 'CENTRE_LEAD', $4)`,
        [`e2e-role-${randomUUID()}`, params.eventId, await user(params.leadEmail, null), centreId],
      );
      for (const person of params.people) {
        await client.query(
          `INSERT INTO "Registration" (id, "eventId", "userId", "centreId", experience, skills, "dateOfBirth",
             status, "guardianEmail", "codeOfConductVersion", "codeOfConductAt", "updatedAt")
           SELECT $1, id, $2, $3, 'NEW', '{}', $4::date, $5::"RegistrationStatus", $6, "codeOfConductVersion",
             now(), now()
           FROM "Event" WHERE id = $7`,
          [
            `e2e-reg-${randomUUID()}`,
            await user(person.email, person.name, person.alias ?? null),
            centreId,
            person.dateOfBirth,
            person.minor ? "PENDING_CONSENT" : "CONFIRMED",
            person.minor ? "guardian@example.org" : null,
            params.eventId,
          ],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
  return centreId;
}

/**
 * A project of `teamId`, submitted `versions` times straight in the database (each version kept as a
 * SubmissionRevision, titled "<title>" for the latest and "<title> (v1)"… before), as the team would
 * have done through the editor. Returns its id.
 */
export async function createSubmittedProject(params: {
  eventId: string;
  teamId: string;
  title: string;
  description: string;
  versions?: number;
}): Promise<string> {
  const id = `e2e-submission-${randomUUID()}`;
  const versions = params.versions ?? 1;
  await withDatabase(async (client) => {
    await client.query("BEGIN");
    try {
      await client.query(
        `INSERT INTO "Submission" (id, "eventId", "teamId", title, tagline, description, "repositoryUrl",
           technologies, status, version, "submittedAt", "updatedAt")
         VALUES ($1, $2, $3, $4, 'Never miss the bus', $5, 'https://example.org/repo', '{TypeScript}',
           'SUBMITTED', $6, now(), now())`,
        [id, params.eventId, params.teamId, params.title, params.description, versions],
      );
      for (let version = 1; version <= versions; version++) {
        const title = version === versions ? params.title : `${params.title} (v${version})`;
        await client.query(
          `INSERT INTO "SubmissionRevision" (id, "submissionId", version, snapshot) VALUES ($1, $2, $3, $4)`,
          [
            `e2e-revision-${randomUUID()}`,
            id,
            version,
            JSON.stringify({
              title,
              tagline: "Never miss the bus",
              description: params.description,
              repositoryUrl: "https://example.org/repo",
              demoUrl: null,
              videoUrl: null,
              technologies: ["TypeScript"],
              challengeIds: [],
              imageIds: [],
            }),
          ],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
  return id;
}

/** A centre in `district` with `people` registrations (born on `dateOfBirth`), straight in the database. */
export async function centreWithRegistrations(params: {
  eventId: string;
  name: string;
  district: string;
  capacity: number;
  people: number;
  dateOfBirth: string;
}): Promise<void> {
  await withDatabase(async (client) => {
    const centreId = `e2e-centre-${randomUUID()}`;
    await client.query(
      `INSERT INTO "Centre" (id, "eventId", name, "postcodeDistrict", capacity, "updatedAt")
       VALUES ($1, $2, $3, $4, $5, now())`,
      [centreId, params.eventId, params.name, params.district, params.capacity],
    );
    for (let i = 0; i < params.people; i++) {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now()) RETURNING id`,
        [`e2e-${randomUUID()}`, `need-${randomUUID()}@example.org`],
      );
      await client.query(
        `INSERT INTO "Registration" (id, "eventId", "userId", "centreId", experience, skills, "dateOfBirth",
           status, "codeOfConductVersion", "codeOfConductAt", "updatedAt")
         SELECT $1, id, $2, $3, 'NEW', '{}', $4::date, 'CONFIRMED', "codeOfConductVersion", now(), now()
         FROM "Event" WHERE id = $5`,
        [`e2e-reg-${randomUUID()}`, rows[0]?.id, centreId, params.dateOfBirth, params.eventId],
      );
    }
  });
}
