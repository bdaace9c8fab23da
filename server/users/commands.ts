import type { Tx } from "../db/create.ts";

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
