import { randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../db/create.ts";
import { hashConsentToken } from "../registrations/queries.ts";
import type { RegisterInput } from "../registrations/schema.ts";

export async function makeCentre(db: Db, eventId: string, name = `Centre ${randomUUID().slice(0, 6)}`) {
  return db.centre.create({ data: { eventId, name, capacity: 30 }, select: { id: true, name: true } });
}

/** A registration written directly (no procedure), for tests about what happens after registering. */
export async function makeRegistration(
  db: Db,
  params: {
    eventId: string;
    userId: string;
    status?: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN";
    dateOfBirth?: string;
    guardianEmail?: string | null;
    centreId?: string | null;
  },
) {
  return db.registration.create({
    data: {
      eventId: params.eventId,
      userId: params.userId,
      centreId: params.centreId ?? null,
      experience: "SOME",
      skills: ["web"],
      dateOfBirth: new Date(`${params.dateOfBirth ?? "1990-05-05"}T00:00:00Z`),
      status: params.status ?? "CONFIRMED",
      guardianEmail: params.guardianEmail ?? null,
      codeOfConductVersion: "2026-1",
      codeOfConductAt: new Date("2026-11-01T00:00:00Z"),
      withdrawnAt: params.status === "WITHDRAWN" ? new Date("2026-11-02T00:00:00Z") : null,
    },
    select: { id: true, status: true },
  });
}

/** A team of one with `userId` as captain, written directly. */
export async function makeTeamWith(db: Db, params: { eventId: string; userId: string }) {
  return db.team.create({
    data: {
      eventId: params.eventId,
      name: `Team ${randomUUID().slice(0, 6)}`,
      joinCode: randomUUID(),
      members: { create: { eventId: params.eventId, userId: params.userId, isCaptain: true } },
    },
    select: { id: true },
  });
}

/** A valid registration form for an adult (with a nickname, so a young date of birth works too). */
export function registrationFor(overrides: Partial<RegisterInput> = {}): RegisterInput {
  return {
    name: "Robin Tester",
    alias: "Robbo",
    centreId: null,
    experience: "SOME",
    skills: ["web"],
    tags: [],
    dateOfBirth: "1990-05-05",
    guardianEmail: null,
    codeOfConductVersion: "2026-1",
    acceptCodeOfConduct: true,
    ...overrides,
  };
}

/** The token at the end of the newest consent link emailed to `to`. */
export async function latestConsentToken(db: Db, to: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({
    where: { to, kind: "guardian-consent" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { link: true },
  });
  const token = mail.link?.split("/consent/")[1];
  if (!token) throw new Error("No consent link in the email");
  return token;
}

/** A live consent link written directly, returning its token (only the hash is stored). */
export async function makeConsentLink(
  db: Db,
  params: { registrationId: string; guardianEmail: string; createdAt: Date; expiresAt: Date },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.guardianConsent.create({
    data: { ...params, tokenHash: hashConsentToken(token) },
    select: { id: true },
  });
  return token;
}
