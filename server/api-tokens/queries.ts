import "server-only";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import {
  permissionsFor,
  tokenState,
  type ApiPermission,
  type ApiTokenOwner,
  type TokenState,
} from "./rules.ts";
import { hashTokenSecret } from "./secret.ts";
import type { Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";

/** This module's refusals ("ApiTokenErrors"). */
const refuse = refusals("ApiTokenErrors");

export function tokenOwnerWhere(owner: ApiTokenOwner): Prisma.ApiTokenWhereInput {
  return owner.kind === "event" ? { eventId: owner.eventId } : { organisationId: owner.organisationId };
}

/** How many of the latest calls each token's row shows. */
export const RECENT_USES = 10;

const tokenListSelect = {
  id: true,
  name: true,
  prefix: true,
  permissions: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  lastUsedAt: true,
  createdBy: { select: { name: true, email: true } },
  uses: {
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: RECENT_USES,
    select: { id: true, operation: true, outcome: true, at: true },
  },
} satisfies Prisma.ApiTokenSelect;

/** A token as its owners see it: never the secret (only its first characters), with its latest calls. */
export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  state: TokenState;
  createdAt: Date;
  createdBy: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  recentUses: { id: string; operation: string; outcome: string; at: Date }[];
}

/**
 * The owner's tokens: every working one, then the 50 latest that no longer work, newest first in each,
 * with its state at `now` and its RECENT_USES latest calls.
 */
export async function listApiTokens(db: Db, owner: ApiTokenOwner, now: Date): Promise<ApiTokenView[]> {
  const working = { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  const order = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  // Every working token (at most MAX_ACTIVE_TOKENS), then the latest 50 that no longer work: however
  // many were revoked, a working one is always listed, so it can be revoked.
  const [active, ended] = await Promise.all([
    db.apiToken.findMany({
      where: { ...tokenOwnerWhere(owner), ...working },
      orderBy: order,
      select: tokenListSelect,
    }),
    db.apiToken.findMany({
      where: { ...tokenOwnerWhere(owner), NOT: working },
      orderBy: order,
      take: 50,
      select: tokenListSelect,
    }),
  ]);
  return [...active, ...ended].map(({ createdBy, uses, ...row }) => ({
    ...row,
    state: tokenState(row, now),
    createdBy: createdBy ? (createdBy.name ?? createdBy.email) : null,
    recentUses: uses,
  }));
}

/** A working token, as the API's procedures see the caller. */
export interface ApiCaller {
  tokenId: string;
  owner: ApiTokenOwner;
  permissions: ApiPermission[];
  /** The person who made the token: its writes are theirs (audit log, challenge history). */
  actorId: string;
}

export type TokenResolution =
  | { ok: true; caller: ApiCaller }
  /**
   * `tokenId` is set when the secret named a token that no longer works, so the refusal can be logged
   * (`lastUsedAt`: when it was last logged, so a stream of refusals is not logged call by call).
   */
  | { ok: false; tokenId: string | null; lastUsedAt: Date | null; message: Said };

/**
 * The token a secret names, if it works at `now`: not revoked, not expired, and made by someone who
 * still holds the right to make it (an OWNER of the organisation; an ORGANISER of the event, or a
 * platform admin). Permissions the owner kind cannot hold are dropped. One query, by the secret's hash.
 */
export async function resolveApiToken(
  db: Db,
  params: { secret: string; now: Date },
): Promise<TokenResolution> {
  const row = await db.apiToken.findUnique({
    where: { secretHash: hashTokenSecret(params.secret) },
    select: {
      id: true,
      organisationId: true,
      eventId: true,
      permissions: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      createdById: true,
      createdBy: {
        select: {
          isPlatformAdmin: true,
          memberships: { where: { role: "OWNER" }, select: { organisationId: true } },
          eventRoles: { where: { role: "ORGANISER" }, select: { eventId: true } },
        },
      },
    },
  });
  if (!row)
    return {
      ok: false,
      tokenId: null,
      lastUsedAt: null,
      message: refuse("tokenUnknown"),
    };
  const state = tokenState(row, params.now);
  if (state !== "active") {
    return {
      ok: false,
      tokenId: row.id,
      lastUsedAt: row.lastUsedAt,
      message: refuse(state === "revoked" ? "tokenRevoked" : "tokenExpired"),
    };
  }
  const owner: ApiTokenOwner | null = row.eventId
    ? { kind: "event", eventId: row.eventId }
    : row.organisationId
      ? { kind: "organisation", organisationId: row.organisationId }
      : null;
  const maker = row.createdBy;
  const stillEntitled =
    owner !== null &&
    maker !== null &&
    row.createdById !== null &&
    (owner.kind === "organisation"
      ? maker.memberships.some((m) => m.organisationId === owner.organisationId)
      : maker.isPlatformAdmin || maker.eventRoles.some((r) => r.eventId === owner.eventId));
  if (!owner || !stillEntitled || row.createdById === null) {
    return {
      ok: false,
      tokenId: row.id,
      lastUsedAt: row.lastUsedAt,
      message: refuse("tokenMakerNotEntitled"),
    };
  }
  const allowed = permissionsFor(owner);
  return {
    ok: true,
    caller: {
      tokenId: row.id,
      owner,
      permissions: allowed.filter((p) => row.permissions.includes(p)),
      actorId: row.createdById,
    },
  };
}
