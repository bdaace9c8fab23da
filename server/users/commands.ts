import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { OPTIONAL_MAIL_CATEGORIES, type OptionalMailCategory } from "../mail/preferences.ts";
import { isYoungPerson } from "../people/rules.ts";
import { AGE_FACTS_SELECT, registrantAge } from "../registrations/age.ts";

/** This module's refusals ("UserErrors"). */
const refuse = refusals("UserErrors");

/** The user with this address, created (without a name yet) if they have never signed in. */
export async function findOrCreateUserByEmail(tx: Tx, email: string): Promise<{ id: string }> {
  return tx.user.upsert({
    where: { email: email.toLowerCase() },
    create: { email: email.toLowerCase() },
    update: {},
    select: { id: true },
  });
}

/** Used by `npm run admin:grant -- <email>`: the first platform admin of a deployment. */
export async function makePlatformAdmin(tx: Tx, email: string): Promise<{ id: string; created: boolean }> {
  const normalised = email.trim().toLowerCase();
  const existing = await tx.user.findUnique({ where: { email: normalised }, select: { id: true } });
  const user = await tx.user.upsert({
    where: { email: normalised },
    create: { email: normalised, isPlatformAdmin: true },
    update: { isPlatformAdmin: true },
    select: { id: true },
  });
  return { id: user.id, created: existing === null };
}

/** The event a young person is registered for (not withdrawn), if any: they must keep a nickname. */
async function eventRegisteredForAsYoung(tx: Tx, userId: string): Promise<string | null> {
  const registrations = await tx.registration.findMany({
    where: { userId, status: { not: "WITHDRAWN" } },
    select: {
      ...AGE_FACTS_SELECT,
      event: { select: { name: true, startsAt: true, timeZone: true, consentAge: true } },
    },
  });
  const young = registrations.find((registration) =>
    isYoungPerson({
      age: registrantAge(registration, registration.event),
      consentAge: registration.event.consentAge,
    }),
  );
  return young?.event.name ?? null;
}

/**
 * People set the name others see (and an alias, which is what young people are shown by). Someone
 * registered for an event as a young person keeps a nickname: other participants see nothing else.
 */
export async function updateProfile(
  db: Db,
  params: { userId: string; name: string; alias: string | null },
): Promise<{ name: string | null; alias: string | null }> {
  return db.$transaction(async (tx) => {
    if (!params.alias) {
      const eventName = await eventRegisteredForAsYoung(tx, params.userId);
      if (eventName) {
        throw new DomainError("INVALID_INPUT", refuse("youngPersonKeepsNickname", { event: eventName }), {
          alias: [refuse("youngPersonKeepsNicknameField", { event: eventName }).text],
        });
      }
    }
    const updated = await tx.user.update({
      where: { id: params.userId },
      data: { name: params.name, alias: params.alias },
      select: { name: true, alias: true },
    });
    await audit(tx, {
      actorId: params.userId,
      action: "user.profile",
      entityType: "User",
      entityId: params.userId,
    });
    return updated;
  });
}

/** Turns off exactly the given optional categories of email (and every other one back on). */
export async function updateEmailPreferences(
  db: Db,
  params: { userId: string; turnedOff: OptionalMailCategory[] },
): Promise<{ turnedOff: OptionalMailCategory[] }> {
  // Stored in the categories' own order, so the same choice is always the same row.
  const turnedOff = OPTIONAL_MAIL_CATEGORIES.filter((c) => params.turnedOff.includes(c));
  return db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: params.userId },
      data: { emailOptOuts: turnedOff },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.userId,
      action: "user.email_preferences",
      entityType: "User",
      entityId: params.userId,
      data: { turnedOff },
    });
    return { turnedOff };
  });
}
