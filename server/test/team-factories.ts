import { randomBytes, randomUUID } from "node:crypto";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { generateJoinCode } from "../teams/rules.ts";
import { makeUser } from "./factories.ts";

/** A registered participant of `eventId` (an adult, confirmed, unless told otherwise). */
export async function makeParticipant(
  db: Db,
  options: {
    eventId: string;
    status?: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN";
    dateOfBirth?: Date;
    name?: string;
    alias?: string;
    centreId?: string;
    skills?: string[];
    lookingForTeam?: boolean;
    teamFinderNote?: string;
  },
): Promise<SessionUser & { registrationId: string }> {
  const user = await makeUser(db, { name: options.name ?? `Person ${randomUUID().slice(0, 6)}` });
  if (options.alias) await db.user.update({ where: { id: user.id }, data: { alias: options.alias } });
  const registration = await db.registration.create({
    data: {
      eventId: options.eventId,
      userId: user.id,
      centreId: options.centreId ?? null,
      experience: "SOME",
      skills: options.skills ?? [],
      dateOfBirth: options.dateOfBirth ?? new Date("1990-05-17T00:00:00.000Z"),
      status: options.status ?? "CONFIRMED",
      codeOfConductVersion: "2026-1",
      codeOfConductAt: new Date("2026-11-01T00:00:00.000Z"),
      lookingForTeam: options.lookingForTeam ?? false,
      teamFinderNote: options.teamFinderNote ?? "",
      withdrawnAt: options.status === "WITHDRAWN" ? new Date("2026-11-02T00:00:00.000Z") : null,
    },
    select: { id: true },
  });
  return { ...user, registrationId: registration.id };
}

/** A team with `captain` as captain and `members` as the others (the database's size trigger applies). */
export async function makeTeam(
  db: Db,
  options: {
    eventId: string;
    captain: { id: string };
    members?: { id: string }[];
    name?: string;
    joinCode?: string;
    lookingForMembers?: boolean;
    wantedSkills?: string[];
  },
): Promise<{ id: string; name: string; joinCode: string }> {
  const team = await db.team.create({
    data: {
      eventId: options.eventId,
      name: options.name ?? `Team ${randomUUID().slice(0, 6)}`,
      joinCode: options.joinCode ?? generateJoinCode(randomBytes),
      lookingForMembers: options.lookingForMembers ?? false,
      wantedSkills: options.wantedSkills ?? [],
    },
    select: { id: true, name: true, joinCode: true },
  });
  const people = [
    { userId: options.captain.id, isCaptain: true },
    ...(options.members ?? []).map((m) => ({ userId: m.id, isCaptain: false })),
  ];
  for (const person of people) {
    await db.teamMember.create({
      data: { teamId: team.id, eventId: options.eventId, ...person },
      select: { id: true },
    });
  }
  return team;
}
