import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";

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

/** People set the name others see (and an alias, which is what young people are shown by). */
export async function updateProfile(
  db: Db,
  params: { userId: string; name: string; alias: string | null },
): Promise<{ name: string | null; alias: string | null }> {
  return db.$transaction(async (tx) => {
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
