import "server-only";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { tokenOwnerWhere, type ApiTokenView, listApiTokens } from "./queries.ts";
import {
  expiryOf,
  MAX_ACTIVE_TOKENS,
  type ApiPermission,
  type ApiTokenOwner,
  type ExpiryChoice,
} from "./rules.ts";
import { newTokenSecret } from "./secret.ts";

/** This module's refusals ("ApiTokenErrors"). */
const refuse = refusals("ApiTokenErrors");

const notFound = () => new DomainError("NOT_FOUND", refuse("tokenNotFound"));

function auditScope(owner: ApiTokenOwner) {
  return owner.kind === "event"
    ? { eventId: owner.eventId, data: {} }
    : { eventId: null, data: { organisationId: owner.organisationId } };
}

/**
 * Makes a token for the owner. Returns the token as listed and its secret, which is shown this once
 * and never stored (only its SHA-256). CONFLICT when the owner already has MAX_ACTIVE_TOKENS working
 * tokens. `permissions` must already be valid for the owner kind (the input schema checks).
 */
export async function createApiToken(
  db: Db,
  params: {
    owner: ApiTokenOwner;
    actorId: string;
    name: string;
    permissions: ApiPermission[];
    expiresInDays: ExpiryChoice;
    now: Date;
  },
): Promise<{ token: ApiTokenView; secret: string }> {
  const { secret, hash, prefix } = newTokenSecret();
  const id = await db.$transaction(async (tx) => {
    const working = await tx.apiToken.count({
      where: {
        ...tokenOwnerWhere(params.owner),
        revokedAt: null,
        OR: [{ expiresAt: null }, { expiresAt: { gt: params.now } }],
      },
    });
    if (working >= MAX_ACTIVE_TOKENS) {
      throw new DomainError("CONFLICT", refuse("tooManyTokens", { max: String(MAX_ACTIVE_TOKENS) }));
    }
    const created = await tx.apiToken.create({
      data: {
        ...(params.owner.kind === "event"
          ? { eventId: params.owner.eventId }
          : { organisationId: params.owner.organisationId }),
        name: params.name,
        prefix,
        secretHash: hash,
        permissions: params.permissions,
        createdById: params.actorId,
        createdAt: params.now,
        expiresAt: expiryOf(params.expiresInDays, params.now),
      },
      select: { id: true },
    });
    const scope = auditScope(params.owner);
    await audit(tx, {
      actorId: params.actorId,
      eventId: scope.eventId,
      action: "apiToken.create",
      entityType: "ApiToken",
      entityId: created.id,
      data: { ...scope.data, permissions: params.permissions },
    });
    return created.id;
  });
  const token = (await listApiTokens(db, params.owner, params.now)).find((t) => t.id === id);
  if (!token) throw notFound();
  return { token, secret };
}

/** Revokes one of the owner's tokens at `now`; it stops working at once. Revoking twice is a no-op. */
export async function revokeApiToken(
  db: Db,
  params: { owner: ApiTokenOwner; actorId: string; tokenId: string; now: Date },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: params.tokenId, ...tokenOwnerWhere(params.owner) },
      select: { id: true, revokedAt: true },
    });
    if (!token) throw notFound();
    if (token.revokedAt) return;
    await tx.apiToken.update({
      where: { id: token.id },
      data: { revokedAt: params.now },
      select: { id: true },
    });
    const scope = auditScope(params.owner);
    await audit(tx, {
      actorId: params.actorId,
      eventId: scope.eventId,
      action: "apiToken.revoke",
      entityType: "ApiToken",
      entityId: token.id,
      data: scope.data,
    });
  });
}

/**
 * Records one call made with a token (refused ones included) and when it was last used: the token's
 * audit trail. `outcome` is "OK" or the answer's error code.
 */
export async function recordApiTokenUse(
  db: Db,
  params: { tokenId: string; operation: string; outcome: string; now: Date },
): Promise<void> {
  await db.$transaction([
    db.apiTokenUse.create({
      data: { tokenId: params.tokenId, operation: params.operation, outcome: params.outcome, at: params.now },
      select: { id: true },
    }),
    db.apiToken.update({
      where: { id: params.tokenId },
      data: { lastUsedAt: params.now },
      select: { id: true },
    }),
  ]);
}

/** Deletes calls older than `days` (the sweep runs it daily). Returns how many went. */
export async function pruneApiTokenUses(db: Db, params: { now: Date; days?: number }): Promise<number> {
  const before = new Date(params.now.getTime() - (params.days ?? 90) * 24 * 60 * 60 * 1000);
  const { count } = await db.apiTokenUse.deleteMany({ where: { at: { lt: before } } });
  return count;
}
