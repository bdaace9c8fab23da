import { randomUUID } from "node:crypto";
import type { Db } from "../db/create.ts";
import { makeEvent, makeUser } from "./factories.ts";
import { makeCentre, makeConsentLink } from "./registration-factories.ts";

/**
 * A 12-year-old registered at `centreId` whose guardian consented (photos refused) and authorised one
 * adult, "Sam Patel (aunt)", to collect them; written directly. Returns the young person, their
 * registration, the collector's id and the guardian's consent token.
 */
export async function makeYoungPersonWithConsent(
  db: Db,
  params: { eventId: string; centreId: string; now: Date; alias?: string; mayLeaveAlone?: boolean },
) {
  const user = await makeUser(db, { name: "Jamie Young" });
  await db.user.update({
    where: { id: user.id },
    data: { alias: params.alias ?? `Coder${randomUUID().slice(0, 4)}` },
  });
  const guardianEmail = `guardian-${randomUUID().slice(0, 8)}@example.test`;
  const registration = await db.registration.create({
    data: {
      eventId: params.eventId,
      userId: user.id,
      centreId: params.centreId,
      experience: "NEW",
      dateOfBirth: new Date("2014-03-03T00:00:00Z"),
      status: "CONFIRMED",
      guardianEmail,
      codeOfConductVersion: "2026-1",
      codeOfConductAt: params.now,
    },
    select: { id: true, checkInCode: true },
  });
  const token = await makeConsentLink(db, {
    registrationId: registration.id,
    guardianEmail,
    createdAt: new Date(params.now.getTime() - 86_400_000),
    expiresAt: new Date(params.now.getTime() + 86_400_000),
  });
  await db.guardianConsent.updateMany({
    where: { registrationId: registration.id },
    data: {
      consentedAt: new Date(params.now.getTime() - 3_600_000),
      guardianName: "Pat Guardian",
      attend: true,
      photo: false,
      publicCredit: false,
      mayLeaveAlone: params.mayLeaveAlone ?? false,
    },
  });
  const collector = await db.authorisedCollector.create({
    data: { registrationId: registration.id, name: "Sam Patel", relationship: "aunt" },
    select: { id: true },
  });
  return {
    user,
    registrationId: registration.id,
    checkInCode: registration.checkInCode,
    collectorId: collector.id,
    token,
    guardianEmail,
  };
}

/**
 * An event with an organiser and two centres, each led by its own lead (`lead` at `centre`,
 * `otherLead` at `otherCentre`): the world of the check-in and sensitive-information tests.
 */
export async function makeEventWithTwoCentres(
  db: Db,
  params: { now: Date; names?: { organiser?: string; lead?: string } },
) {
  const [organiser, lead, otherLead] = await Promise.all([
    makeUser(db, { name: params.names?.organiser ?? "Olive Organiser" }),
    makeUser(db, { name: params.names?.lead ?? "Lee Lead" }),
    makeUser(db),
  ]);
  const event = await makeEvent(db, {
    now: params.now,
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  const [centre, otherCentre] = await Promise.all([makeCentre(db, event.id), makeCentre(db, event.id)]);
  await db.eventRole.createMany({
    data: [
      { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
      { eventId: event.id, userId: otherLead.id, role: "CENTRE_LEAD", centreId: otherCentre.id },
    ],
  });
  return { organiser, lead, otherLead, event, centre, otherCentre };
}
