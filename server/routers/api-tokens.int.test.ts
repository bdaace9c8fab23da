// What the apiTokens procedures do: a token's secret is shown once and stored only as a hash, each kind
// of owner offers its own permissions, a token lasts as long as chosen, revoking is immediate, and the
// list shows each token's latest calls. Who may call them: api-tokens.authz.ts. The API the tokens open:
// server/api/api.int.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneApiTokenUses, recordApiTokenUse } from "../api-tokens/commands.ts";
import { resolveApiToken } from "../api-tokens/queries.ts";
import { MAX_ACTIVE_TOKENS } from "../api-tokens/rules.ts";
import { hashTokenSecret } from "../api-tokens/secret.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeOrganisation } from "../test/organisation-factories.ts";
import { refusal } from "../test/outcome.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
const day = 86_400_000;

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function setup() {
  const [organiser, owner] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db, { name: "Owen Owner" })]);
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const organisation = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
  return {
    event,
    organisation,
    asOrganiser: callerFor(tdb.db, organiser, now),
    asOwner: callerFor(tdb.db, owner, now),
  };
}

describe("making a token", () => {
  it("shows the secret once and keeps only its hash; the list never holds it", async () => {
    const { organisation, asOwner } = await setup();
    const made = await asOwner.apiTokens.createForOrganisation({
      organisationId: organisation.id,
      name: "  Our CRM  ",
      permissions: ["challenges:write", "challenges:read", "challenges:read"],
    });
    expect(made.secret).toMatch(/^fst_[A-Za-z0-9_-]{43}$/);
    expect(made.token).toMatchObject({
      name: "Our CRM",
      permissions: ["challenges:read", "challenges:write"],
      prefix: made.secret.slice(0, 10),
      state: "active",
      createdBy: "Owen Owner",
      expiresAt: new Date(now.getTime() + 90 * day),
    });
    const row = await tdb.db.apiToken.findUniqueOrThrow({ where: { id: made.token.id } });
    expect(row.secretHash).toBe(hashTokenSecret(made.secret));
    expect(JSON.stringify(row)).not.toContain(made.secret);
    const listed = await asOwner.apiTokens.listForOrganisation({ organisationId: organisation.id });
    expect(JSON.stringify(listed)).not.toContain(made.secret.slice(10));
    expect(JSON.stringify(listed)).not.toContain(row.secretHash);
    const audit = await tdb.db.auditLog.findFirstOrThrow({ where: { entityId: made.token.id } });
    expect(audit).toMatchObject({ action: "apiToken.create" });
  });

  it("offers each owner its own permissions, and says what is wrong with the form", async () => {
    const { event, organisation, asOrganiser, asOwner } = await setup();
    const wrongKind = await refusal(
      asOrganiser.apiTokens.createForEvent({
        eventId: event.id,
        name: "CRM",
        permissions: ["challenges:write" as "teams:read"],
      }),
    );
    expect(wrongKind.code).toBe("BAD_REQUEST");
    expect(wrongKind.fields.permissions).toEqual(["Choose permissions from the list"]);
    const empty = await refusal(
      asOwner.apiTokens.createForOrganisation({
        organisationId: organisation.id,
        name: " ",
        permissions: [],
      }),
    );
    expect(empty.fields).toEqual({
      name: ["Give the token a name, such as the system that will use it"],
      permissions: ["Choose at least one permission"],
    });
    const badExpiry = await refusal(
      asOwner.apiTokens.createForOrganisation({
        organisationId: organisation.id,
        name: "CRM",
        permissions: ["challenges:read"],
        expiresInDays: 7 as 30,
      }),
    );
    expect(badExpiry.fields.expiresInDays).toEqual(["Choose how long the token lasts"]);
    const forever = await asOrganiser.apiTokens.createForEvent({
      eventId: event.id,
      name: "Registrations sync",
      permissions: ["registrations:read", "teams:read"],
      expiresInDays: null,
    });
    expect(forever.token.expiresAt).toBeNull();
  });

  it(`allows at most ${MAX_ACTIVE_TOKENS} working tokens; a revoked one frees its place`, async () => {
    const { event, asOrganiser } = await setup();
    const make = () =>
      asOrganiser.apiTokens.createForEvent({ eventId: event.id, name: "T", permissions: ["teams:read"] });
    const first = await make();
    for (let i = 1; i < MAX_ACTIVE_TOKENS; i += 1) await make();
    const full = await refusal(make());
    expect(full.code).toBe("CONFLICT");
    await asOrganiser.apiTokens.revokeForEvent({ eventId: event.id, tokenId: first.token.id });
    await expect(make()).resolves.toMatchObject({ token: { state: "active" } });
  });
});

describe("revoking and listing", () => {
  it("stops a token at once, twice is harmless, and another owner's token is unknown", async () => {
    const { event, organisation, asOrganiser, asOwner } = await setup();
    const made = await asOrganiser.apiTokens.createForEvent({
      eventId: event.id,
      name: "CRM",
      permissions: ["teams:read"],
    });
    expect((await resolveApiToken(tdb.db, { secret: made.secret, now })).ok).toBe(true);
    const foreign = await refusal(
      asOwner.apiTokens.revokeForOrganisation({ organisationId: organisation.id, tokenId: made.token.id }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    await asOrganiser.apiTokens.revokeForEvent({ eventId: event.id, tokenId: made.token.id });
    await asOrganiser.apiTokens.revokeForEvent({ eventId: event.id, tokenId: made.token.id });
    expect(await resolveApiToken(tdb.db, { secret: made.secret, now })).toMatchObject({ ok: false });
    const audits = await tdb.db.auditLog.count({
      where: { entityId: made.token.id, action: "apiToken.revoke" },
    });
    expect(audits).toBe(1);
    const { tokens } = await asOrganiser.apiTokens.listForEvent({ eventId: event.id });
    expect(tokens.find((t) => t.id === made.token.id)?.state).toBe("revoked");
  });

  it("lists working tokens first, each with its latest calls and when it was last used", async () => {
    const { event, asOrganiser } = await setup();
    const old = await asOrganiser.apiTokens.createForEvent({
      eventId: event.id,
      name: "Old",
      permissions: ["teams:read"],
    });
    await asOrganiser.apiTokens.revokeForEvent({ eventId: event.id, tokenId: old.token.id });
    const live = await asOrganiser.apiTokens.createForEvent({
      eventId: event.id,
      name: "Live",
      permissions: ["teams:read"],
    });
    for (let i = 0; i < 12; i += 1) {
      await recordApiTokenUse(tdb.db, {
        tokenId: live.token.id,
        operation: "eventData.teams",
        outcome: i === 11 ? "FORBIDDEN" : "OK",
        now: new Date(now.getTime() + i * 1000),
      });
    }
    const { tokens, permissions } = await asOrganiser.apiTokens.listForEvent({ eventId: event.id });
    expect(permissions).toEqual(["registrations:read", "teams:read", "challenges:review"]);
    expect(tokens.map((t) => t.name)).toEqual(["Live", "Old"]);
    const [first] = tokens;
    expect(first?.recentUses).toHaveLength(10);
    expect(first?.recentUses[0]).toMatchObject({
      outcome: "FORBIDDEN",
      at: new Date(now.getTime() + 11_000),
    });
    expect(first?.lastUsedAt).toEqual(new Date(now.getTime() + 11_000));
  });

  it("forgets calls older than 90 days (the sweep), keeping the rest", async () => {
    const { event, asOrganiser } = await setup();
    const made = await asOrganiser.apiTokens.createForEvent({
      eventId: event.id,
      name: "T",
      permissions: ["teams:read"],
    });
    for (const daysAgo of [100, 91, 89, 1]) {
      await recordApiTokenUse(tdb.db, {
        tokenId: made.token.id,
        operation: "eventData.teams",
        outcome: "OK",
        now: new Date(now.getTime() - daysAgo * day),
      });
    }
    expect(await pruneApiTokenUses(tdb.db, { now })).toBeGreaterThanOrEqual(2);
    const left = await tdb.db.apiTokenUse.findMany({
      where: { tokenId: made.token.id },
      select: { at: true },
    });
    expect(left.map((u) => u.at.getTime()).sort()).toEqual([now.getTime() - 89 * day, now.getTime() - day]);
  });
});
