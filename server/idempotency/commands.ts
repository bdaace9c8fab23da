import "server-only";
import type { Db, Tx } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";

/** This module's refusals ("IdempotencyErrors"). */
const refuse = refusals("IdempotencyErrors");

/** A request key as a create procedure receives it: whose, which, and what it is for. */
export interface RequestKeyScope {
  userId: string;
  key: string;
  /** e.g. "organisation.create": the same key is never accepted for another action. */
  action: string;
}

async function earlierEntity(db: Db | Tx, scope: RequestKeyScope): Promise<string | null> {
  const found = await db.idempotencyKey.findUnique({
    where: { userId_key: { userId: scope.userId, key: scope.key } },
    select: { action: true, entityId: true },
  });
  if (!found) return null;
  if (found.action !== scope.action) {
    throw new DomainError("CONFLICT", refuse("requestKeyReused"));
  }
  return found.entityId;
}

/**
 * Records that `scope` created `entityId`, inside the transaction that created it: if the same request
 * is running concurrently, one of the two transactions fails on the key's primary key and `createOnce`
 * replays the other's result.
 */
export async function recordRequestKey(
  tx: Tx,
  scope: RequestKeyScope | null,
  entityId: string,
): Promise<void> {
  if (!scope) return;
  await tx.idempotencyKey.create({
    data: { userId: scope.userId, key: scope.key, action: scope.action, entityId },
    select: { key: true },
  });
}

/**
 * Runs `create` once per request key: a key seen before (a double click, a retry, a concurrent twin)
 * gets `replay` of what the first request created, and nothing is created or sent again. `create` must
 * call recordRequestKey in its transaction, before anything outside the database (an email) happens.
 * Without a key (`scope` null) it simply runs `create`.
 */
export async function createOnce<T>(
  db: Db,
  scope: RequestKeyScope | null,
  create: () => Promise<T>,
  replay: (entityId: string) => Promise<T>,
): Promise<T> {
  if (!scope) return create();
  const earlier = await earlierEntity(db, scope);
  if (earlier) return replay(earlier);
  try {
    return await create();
  } catch (error) {
    if (!isUniqueViolation(error, "IdempotencyKey")) throw error;
    const winner = await earlierEntity(db, scope);
    if (!winner) throw error;
    return replay(winner);
  }
}

/** The scope for a procedure input's optional `requestKey`. */
export function requestKeyScope(
  userId: string,
  key: string | undefined,
  action: string,
): RequestKeyScope | null {
  return key ? { userId, key, action } : null;
}
