// Set-up for the centre-side specs (mentoring, the help queue): teams placed at a centre, young members.
import { randomUUID } from "node:crypto";
import { uniqueEmail } from "./auth";
import { withDatabase } from "./db";

/** Puts a team (made by createTeamWithCaptain) and its members' registrations at `centreId`. */
export async function placeTeam(teamId: string, centreId: string): Promise<void> {
  await withDatabase(async (client) => {
    await client.query(`UPDATE "Team" SET "centreId" = $2 WHERE id = $1`, [teamId, centreId]);
    await client.query(
      `UPDATE "Registration" r SET "centreId" = $2 FROM "TeamMember" m
       WHERE m."teamId" = $1 AND m."userId" = r."userId" AND r."eventId" = m."eventId"`,
      [teamId, centreId],
    );
  });
}

/**
 * Adds a 12-year-old (registered at `centreId`, consent recorded as given: CONFIRMED) to team `teamId`.
 * Returns their registration's id.
 */
export async function addYoungMember(eventId: string, teamId: string, centreId: string): Promise<string> {
  const twelveYearsAgo = `${new Date().getUTCFullYear() - 12}-02-02`;
  const registrationId = `e2e-reg-${randomUUID()}`;
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, alias, "updatedAt") VALUES ($1, $2, 'Jess Walker', 'ByteJess', now())
       RETURNING id`,
      [`e2e-${randomUUID()}`, uniqueEmail("young")],
    );
    const userId = rows[0]?.id;
    await client.query(
      `INSERT INTO "Registration" (id, "eventId", "userId", "centreId", experience, skills, "dateOfBirth",
         status, "guardianEmail", "codeOfConductVersion", "codeOfConductAt", "updatedAt")
       SELECT $1, id, $2, $3, 'NEW', '{}', $4::date, 'CONFIRMED', 'guardian@example.org',
         "codeOfConductVersion", now(), now()
       FROM "Event" WHERE id = $5`,
      [registrationId, userId, centreId, twelveYearsAgo, eventId],
    );
    await client.query(
      `INSERT INTO "TeamMember" (id, "teamId", "eventId", "userId", "isCaptain") VALUES ($1, $2, $3, $4, false)`,
      [`e2e-member-${randomUUID()}`, teamId, eventId, userId],
    );
  });
  return registrationId;
}
