// A guardian adds and removes the profiles of children who have no email address of their own.
import { randomBytes } from "node:crypto";
import { audit } from "../audit.ts";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { eraseAccount } from "../rights/commands.ts";
import { managedProfileEmail, MAX_MANAGED_PROFILES } from "./rules.ts";

/** This module's refusals ("GuardianErrors"). */
const refuse = refusals("GuardianErrors");

const notWhileActing = () => new DomainError("FORBIDDEN", refuse("notWhileActing"));

/**
 * Adds a child's profile kept by `guardian` (the signed-in person, not while acting for a child:
 * FORBIDDEN): a user with a reserved address (managedProfileEmail), the child's first name and nickname.
 * CONFLICT at MAX_MANAGED_PROFILES. Returns `{ id }`. Audited as "profile.create" by the guardian.
 */
export async function addChild(
  db: Db,
  params: { guardian: SessionUser; name: string; alias: string },
): Promise<{ id: string }> {
  const { guardian } = params;
  if (guardian.guardian) throw notWhileActing();
  return db.$transaction(async (tx) => {
    // One guardian's adds are counted one at a time.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${guardian.id} FOR UPDATE`;
    const kept = await tx.user.count({ where: { managedById: guardian.id, deletedAt: null } });
    if (kept >= MAX_MANAGED_PROFILES) {
      throw new DomainError("CONFLICT", refuse("tooManyProfiles", { count: String(kept) }));
    }
    const child = await tx.user.create({
      data: {
        email: managedProfileEmail(randomBytes(10).toString("hex")),
        name: params.name,
        alias: params.alias,
        managedById: guardian.id,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: guardian.id,
      action: "profile.create",
      entityType: "User",
      entityId: child.id,
    });
    return child;
  });
}

/**
 * Removes a child's profile `childId` that `guardian` keeps, as an account is deleted (eraseAccount:
 * registrations lose their personal details, projects keep "Former participant"). NOT_FOUND for a
 * profile they do not keep (or already removed); FORBIDDEN while acting for a child.
 */
export async function removeChild(
  db: Db,
  params: { guardian: SessionUser; childId: string; now: Date },
): Promise<void> {
  if (params.guardian.guardian) throw notWhileActing();
  await eraseAccount(db, {
    userId: params.childId,
    actorId: params.guardian.id,
    now: params.now,
    confirm: (account) => {
      if (account.managedById !== params.guardian.id) {
        throw new DomainError("NOT_FOUND", refuse("profileNotYours"));
      }
    },
  });
}
