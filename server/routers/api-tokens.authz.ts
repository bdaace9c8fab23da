// Who may call each apiTokens procedure. Run by api-tokens.authz.int.test.ts; coverage.test.ts checks
// that every procedure in the router has an entry here. (Who may call the HTTP API with a token is
// server/api/api.int.test.ts.)
import { newTokenSecret } from "../api-tokens/secret.ts";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeOrganisation } from "../test/organisation-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface ApiTokensWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** A judge of the event: a role, but not the organiser's. */
  judge: SessionUser;
  organisation: { id: string };
  owner: SessionUser;
  /** A member (not an owner) of the organisation. */
  member: SessionUser;
  eventTokenId: string;
  organisationTokenId: string;
  /** Organiser of another event and owner of another organisation. */
  other: SessionUser;
}

async function token(db: Db, owner: { eventId: string } | { organisationId: string }, createdById: string) {
  const { hash, prefix } = newTokenSecret();
  const row = await db.apiToken.create({
    data: { ...owner, name: "Sync", prefix, secretHash: hash, permissions: [], createdById },
    select: { id: true },
  });
  return row.id;
}

export async function apiTokensWorld(db: Db): Promise<ApiTokensWorld> {
  const [organiser, judge, owner, member, other] = await Promise.all([
    makeUser(db, { name: "Olive Organiser" }),
    makeUser(db, { name: "Jo Judge" }),
    makeUser(db, { name: "Owen Owner" }),
    makeUser(db, { name: "Mel Member" }),
    makeUser(db),
  ]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  const organisation = await makeOrganisation(db, {
    members: [
      { userId: owner.id, role: "OWNER" },
      { userId: member.id, role: "MEMBER" },
    ],
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  await makeOrganisation(db, { members: [{ userId: other.id, role: "OWNER" }] });
  return {
    event,
    organiser,
    judge,
    organisation,
    owner,
    member,
    eventTokenId: await token(db, { eventId: event.id }, organiser.id),
    organisationTokenId: await token(db, { organisationId: organisation.id }, owner.id),
    other,
  };
}

// An event's tokens: its organisers; a judge of the event and the organiser of another are refused.
const organisers = restrictedTo<ApiTokensWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

// An organisation's tokens: its owners; a member and the owner of another organisation are refused.
const owners = restrictedTo<ApiTokensWorld>(
  (w) => w.owner,
  (w) => w.member,
);

export const apiTokensAuthorization: AuthCases<ApiTokensWorld> = {
  "apiTokens.listForEvent": organisers((c, w) => c.apiTokens.listForEvent({ eventId: w.event.id })),
  "apiTokens.createForEvent": organisers((c, w) =>
    c.apiTokens.createForEvent({ eventId: w.event.id, name: "CRM", permissions: ["teams:read"] }),
  ),
  "apiTokens.revokeForEvent": organisers((c, w) =>
    c.apiTokens.revokeForEvent({ eventId: w.event.id, tokenId: w.eventTokenId }),
  ),
  "apiTokens.listForOrganisation": owners((c, w) =>
    c.apiTokens.listForOrganisation({ organisationId: w.organisation.id }),
  ),
  "apiTokens.createForOrganisation": owners((c, w) =>
    c.apiTokens.createForOrganisation({
      organisationId: w.organisation.id,
      name: "CRM",
      permissions: ["challenges:read"],
    }),
  ),
  "apiTokens.revokeForOrganisation": owners((c, w) =>
    c.apiTokens.revokeForOrganisation({ organisationId: w.organisation.id, tokenId: w.organisationTokenId }),
  ),
};
