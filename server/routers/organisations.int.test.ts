// What the organisations procedures do (who may call them is organisations.authz.int.test.ts).
import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { codeOf } from "../test/outcome.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeChallenge, makeInvite, makeOrganisation } from "../test/organisation-factories.ts";
import { tinyPngBase64 } from "../test/submission-factories.ts";
import { logoSrc } from "../organisations/logo.ts";
import { blobStore } from "../storage/blob-store.ts";

const tinyGifBase64 = Buffer.from("GIF89a\x01\x00\x01\x00", "latin1").toString("base64");

const now = new Date("2026-11-24T12:00:00.000Z");
const day = 86_400_000;

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function messageOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.message;
    throw error;
  }
}

describe("organisations.create", () => {
  it("makes the creator the owner and derives the slug from the name, with a suffix on a clash", async () => {
    const [ada, bob] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db)]);
    const first = await callerFor(tdb.db, ada, now).organisations.create({
      name: "Northern Rail Data",
      kind: "INDUSTRY",
      website: "https://rail.example.test",
      description: "Open timetable data.",
    });
    const second = await callerFor(tdb.db, bob, now).organisations.create({
      name: "Northern  Rail data!",
      kind: "COMMUNITY",
    });
    expect(first.slug).toBe("northern-rail-data");
    expect(second.slug).toBe("northern-rail-data-2");
    const members = await tdb.db.organisationMember.findMany({
      where: { organisationId: first.id },
      select: { userId: true, role: true },
    });
    expect(members).toEqual([{ userId: ada.id, role: "OWNER" }]);
    const audit = await tdb.db.auditLog.findMany({ where: { entityId: first.id }, select: { action: true } });
    expect(audit).toEqual([{ action: "organisation.create" }]);
  });

  it.each([
    ["a javascript: website", { website: "javascript:alert(1)" }, "website"],
    ["an ftp website", { website: "ftp://example.test" }, "website"],
    ["an unknown kind", { kind: "GOVERNMENT" }, "kind"],
  ])("refuses %s", async (_name, override, field) => {
    const user = await makeUser(tdb.db);
    try {
      await callerFor(tdb.db, user, now).organisations.create({
        name: "Acme",
        kind: "INDUSTRY",
        ...(override as object),
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
      expect(JSON.stringify((error as TRPCError).cause)).toContain(field);
    }
  });
});

describe("editing an organisation", () => {
  async function setUp() {
    const owner = await makeUser(tdb.db);
    const organisation = await makeOrganisation(tdb.db, {
      members: [{ userId: owner.id, role: "OWNER" }],
      name: "Old Name",
    });
    return { owner, organisation, as: callerFor(tdb.db, owner, now).organisations };
  }

  it("changes the details but keeps the address, and audits it", async () => {
    const { organisation, as } = await setUp();
    const updated = await as.update({
      organisationId: organisation.id,
      name: "  New Name  ",
      kind: "ACADEMIC",
      website: "",
      description: "We study buses.",
    });
    expect(updated).toMatchObject({
      slug: organisation.slug,
      name: "New Name",
      kind: "ACADEMIC",
      website: null,
      description: "We study buses.",
    });
    const audit = await tdb.db.auditLog.findMany({
      where: { entityId: organisation.id },
      select: { action: true },
    });
    expect(audit).toEqual([{ action: "organisation.update" }]);
  });

  it("refuses a bad website with the field named, changing nothing", async () => {
    const { organisation, as } = await setUp();
    const result = await messageOf(
      as.update({ organisationId: organisation.id, name: "X", kind: "INDUSTRY", website: "javascript:1" }),
    );
    expect(result).not.toBe("ok");
    const row = await tdb.db.organisation.findUniqueOrThrow({
      where: { id: organisation.id },
      select: { name: true },
    });
    expect(row.name).toBe("Old Name");
  });

  it("stores an uploaded logo, serves it publicly, replaces it and removes it, deleting old files", async () => {
    const { organisation, as } = await setUp();
    const store = blobStore();
    const first = await as.setLogo({ organisationId: organisation.id, dataBase64: tinyPngBase64 });
    const firstKey = first.logoKey ?? "";
    expect(firstKey).toMatch(new RegExp(`^logos/${organisation.id}/[0-9a-f]{32}$`));
    expect(Buffer.from((await store.get(firstKey)) ?? []).toString("base64")).toBe(tinyPngBase64);
    const anonymous = callerFor(tdb.db, null, now).organisations;
    expect(await anonymous.logo({ organisationId: organisation.id })).toEqual({
      storageKey: firstKey,
      contentType: "image/png",
    });
    const page = await anonymous.bySlug({ slug: organisation.slug });
    expect(logoSrc(page)).toBe(`/api/organisations/${organisation.id}/logo?v=${firstKey.split("/")[2]}`);

    const second = await as.setLogo({ organisationId: organisation.id, dataBase64: tinyGifBase64 });
    expect(second.logoKey).not.toBe(firstKey);
    expect(await store.get(firstKey)).toBeNull();
    expect(await anonymous.logo({ organisationId: organisation.id })).toMatchObject({
      contentType: "image/gif",
    });

    await as.removeLogo({ organisationId: organisation.id });
    expect(await store.get(second.logoKey ?? "")).toBeNull();
    expect(await codeOf(anonymous.logo({ organisationId: organisation.id }))).toBe("NOT_FOUND");
  });

  it.each([
    [
      "an SVG (it can carry script)",
      Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>").toString("base64"),
    ],
    ["a PNG name on text bytes", Buffer.from("hello, not an image").toString("base64")],
    ["an empty file", ""],
  ])("refuses %s as a logo and keeps the old one", async (_name, dataBase64) => {
    const { organisation, as } = await setUp();
    const kept = await as.setLogo({ organisationId: organisation.id, dataBase64: tinyPngBase64 });
    try {
      await as.setLogo({ organisationId: organisation.id, dataBase64 });
      expect.unreachable();
    } catch (error) {
      expect((error as TRPCError).code).toBe("BAD_REQUEST");
      expect(JSON.stringify((error as TRPCError).cause)).toContain("logo");
    }
    const row = await tdb.db.organisation.findUniqueOrThrow({
      where: { id: organisation.id },
      select: { logoKey: true },
    });
    expect(row.logoKey).toBe(kept.logoKey);
  });
});

describe("invitations", () => {
  async function setUp() {
    const [owner, invitee, stranger] = await Promise.all([
      makeUser(tdb.db),
      makeUser(tdb.db),
      makeUser(tdb.db),
    ]);
    const organisation = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
    return { owner, invitee, stranger, organisation };
  }

  it("stores only the token's hash, expires in 14 days and emails the link", async () => {
    const { owner, invitee, organisation } = await setUp();
    const invite = await callerFor(tdb.db, owner, now).organisations.invite({
      organisationId: organisation.id,
      email: invitee.email.toUpperCase(),
    });
    expect(invite.email).toBe(invitee.email);
    expect(invite.expiresAt.toISOString()).toBe(new Date(now.getTime() + 14 * day).toISOString());
    const mail = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: invitee.email, kind: "organisation-invite" },
      select: { subject: true, link: true },
    });
    expect(mail.subject).toBe(`Join ${organisation.name} on Festival of Code`);
    const match = /^http:\/\/localhost:3000\/invites\/([A-Za-z0-9_-]{43})$/.exec(mail.link ?? "");
    const token = match?.[1] ?? "";
    expect(token).not.toBe("");
    const stored = await tdb.db.organisationInvite.findUniqueOrThrow({
      where: { id: invite.id },
      select: { tokenHash: true },
    });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("refuses to invite someone who is already a member", async () => {
    const { owner, organisation } = await setUp();
    const result = codeOf(
      callerFor(tdb.db, owner, now).organisations.invite({
        organisationId: organisation.id,
        email: owner.email,
      }),
    );
    expect(await result).toBe("CONFLICT");
  });

  it("lets only the invited address accept, once, with the invited role", async () => {
    const { invitee, stranger, organisation } = await setUp();
    const { token } = await makeInvite(tdb.db, {
      organisationId: organisation.id,
      email: invitee.email,
      role: "OWNER",
      expiresAt: new Date(now.getTime() + day),
    });
    const asStranger = callerFor(tdb.db, stranger, now).organisations;
    expect((await asStranger.invitation({ token })).verdict).toBe("WRONG_EMAIL");
    expect(await messageOf(asStranger.acceptInvite({ token }))).toMatch(/different email address/);

    const asInvitee = callerFor(tdb.db, invitee, now).organisations;
    const preview = await asInvitee.invitation({ token });
    expect(preview).toMatchObject({
      verdict: "CAN_ACCEPT",
      role: "OWNER",
      organisation: { id: organisation.id },
    });
    expect(JSON.stringify(preview)).not.toContain(invitee.email);
    const accepted = await asInvitee.acceptInvite({ token });
    expect(accepted.member.role).toBe("OWNER");
    // Accepting again changes nothing.
    await asInvitee.acceptInvite({ token });
    expect(await tdb.db.organisationMember.count({ where: { organisationId: organisation.id } })).toBe(2);
    expect((await asInvitee.invitation({ token })).verdict).toBe("ACCEPTED");
    // Used: nobody else can take it over.
    expect(await codeOf(asStranger.acceptInvite({ token }))).toBe("CONFLICT");
  });

  it("refuses an expired invitation and an unknown token", async () => {
    const { invitee, organisation } = await setUp();
    const { token } = await makeInvite(tdb.db, {
      organisationId: organisation.id,
      email: invitee.email,
      expiresAt: new Date(now.getTime() - 1),
    });
    const asInvitee = callerFor(tdb.db, invitee, now).organisations;
    expect((await asInvitee.invitation({ token })).verdict).toBe("EXPIRED");
    expect(await codeOf(asInvitee.acceptInvite({ token }))).toBe("CONFLICT");
    expect(await codeOf(asInvitee.acceptInvite({ token: "x".repeat(43) }))).toBe("NOT_FOUND");
    expect(await codeOf(asInvitee.acceptInvite({ token: "short" }))).toBe("BAD_REQUEST");
  });

  it("keeps one pending invitation per address (its emailed link keeps working), and revokes only its own", async () => {
    const { owner, invitee, organisation } = await setUp();
    const other = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
    const asOwner = callerFor(tdb.db, owner, now).organisations;
    const first = await asOwner.invite({ organisationId: organisation.id, email: invitee.email });
    const second = await asOwner.invite({ organisationId: organisation.id, email: invitee.email });
    expect([first.emailed, second.emailed, second.id]).toEqual([true, false, first.id]);
    const pending = await asOwner.forMembers({ organisationId: organisation.id });
    expect(pending.invites.map((i) => i.id)).toEqual([second.id]);
    // The invite belongs to the first organisation: revoking it through the other one finds nothing.
    expect(await codeOf(asOwner.revokeInvite({ organisationId: other.id, inviteId: second.id }))).toBe(
      "NOT_FOUND",
    );
    await asOwner.revokeInvite({ organisationId: organisation.id, inviteId: second.id });
    expect((await asOwner.forMembers({ organisationId: organisation.id })).invites).toEqual([]);
  });
});

describe("members", () => {
  it("never loses the last owner, by demotion or removal", async () => {
    const [owner, member] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db)]);
    const organisation = await makeOrganisation(tdb.db, {
      members: [
        { userId: owner.id, role: "OWNER" },
        { userId: member.id, role: "MEMBER" },
      ],
    });
    const asOwner = callerFor(tdb.db, owner, now).organisations;
    const { members } = await asOwner.forMembers({ organisationId: organisation.id });
    const ownerRow = members.find((m) => m.user.id === owner.id);
    const memberRow = members.find((m) => m.user.id === member.id);
    if (!ownerRow || !memberRow) throw new Error("members missing");
    const scope = { organisationId: organisation.id };
    expect(await codeOf(asOwner.changeRole({ ...scope, memberId: ownerRow.id, role: "MEMBER" }))).toBe(
      "PRECONDITION_FAILED",
    );
    expect(await codeOf(asOwner.removeMember({ ...scope, memberId: ownerRow.id }))).toBe(
      "PRECONDITION_FAILED",
    );
    // With a second owner, the first can step down.
    await asOwner.changeRole({ ...scope, memberId: memberRow.id, role: "OWNER" });
    await asOwner.changeRole({ ...scope, memberId: ownerRow.id, role: "MEMBER" });
    const asNewOwner = callerFor(tdb.db, member, now).organisations;
    await asNewOwner.removeMember({ ...scope, memberId: ownerRow.id });
    const after = await asNewOwner.forMembers(scope);
    expect(after.members.map((m) => [m.user.id, m.role])).toEqual([[member.id, "OWNER"]]);
    const actions = await tdb.db.auditLog.findMany({
      where: { entityType: "OrganisationMember", entityId: { in: [ownerRow.id, memberRow.id] } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      "organisation.member.role",
      "organisation.member.role",
      "organisation.member.remove",
    ]);
  });

  it("tells a member when an owner changes their role or removes them, not an owner who steps down", async () => {
    const [owner, member] = await Promise.all([
      makeUser(tdb.db, { name: "Shona Keating" }),
      makeUser(tdb.db, { name: "Marcus Thorne", email: "marcus@example.test" }),
    ]);
    const organisation = await makeOrganisation(tdb.db, {
      members: [
        { userId: owner.id, role: "OWNER" },
        { userId: member.id, role: "MEMBER" },
      ],
    });
    const asOwner = callerFor(tdb.db, owner, now).organisations;
    const scope = { organisationId: organisation.id };
    const rowOf = async (userId: string) =>
      (await asOwner.forMembers(scope)).members.find((m) => m.user.id === userId)?.id ?? "";
    await asOwner.changeRole({ ...scope, memberId: await rowOf(member.id), role: "OWNER" });
    await asOwner.changeRole({ ...scope, memberId: await rowOf(owner.id), role: "MEMBER" });
    await callerFor(tdb.db, member, now).organisations.removeMember({
      ...scope,
      memberId: await rowOf(owner.id),
    });
    const mails = await tdb.db.outboxEmail.findMany({
      where: { kind: "organisation-membership" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { to: true, subject: true, text: true },
    });
    const organisationName = (await tdb.db.organisation.findUniqueOrThrow({ where: { id: organisation.id } }))
      .name;
    expect(mails.filter((m) => m.text.includes(organisationName)).map((m) => [m.to, m.subject])).toEqual([
      ["marcus@example.test", `You are now an owner of ${organisationName}`],
      [owner.email, `You were removed from ${organisationName}`],
    ]);
    expect(mails.find((m) => m.to === owner.email)?.text).toContain("Hello Shona,");
  });

  it("only touches members of the organisation named in the call", async () => {
    const [owner, outsider] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db)]);
    const mine = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
    const theirs = await makeOrganisation(tdb.db, { members: [{ userId: outsider.id, role: "MEMBER" }] });
    const theirMember = await tdb.db.organisationMember.findFirstOrThrow({
      where: { organisationId: theirs.id },
      select: { id: true },
    });
    const asOwner = callerFor(tdb.db, owner, now).organisations;
    expect(await codeOf(asOwner.removeMember({ organisationId: mine.id, memberId: theirMember.id }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(asOwner.changeRole({ organisationId: mine.id, memberId: theirMember.id, role: "OWNER" })),
    ).toBe("NOT_FOUND");
  });

  it.skipIf(!onRealPostgres)(
    "keeps an owner when two owners demote each other at the same moment",
    async () => {
      const [a, b] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db)]);
      const organisation = await makeOrganisation(tdb.db, {
        members: [
          { userId: a.id, role: "OWNER" },
          { userId: b.id, role: "OWNER" },
        ],
      });
      const rows = await tdb.db.organisationMember.findMany({
        where: { organisationId: organisation.id },
        select: { id: true, userId: true },
      });
      const idOf = (userId: string) => rows.find((r) => r.userId === userId)?.id ?? "";
      const results = await Promise.all([
        codeOf(
          callerFor(tdb.db, a, now).organisations.changeRole({
            organisationId: organisation.id,
            memberId: idOf(b.id),
            role: "MEMBER",
          }),
        ),
        codeOf(
          callerFor(tdb.db, b, now).organisations.changeRole({
            organisationId: organisation.id,
            memberId: idOf(a.id),
            role: "MEMBER",
          }),
        ),
      ]);
      expect(results.filter((r) => r === "ok")).toHaveLength(1);
      expect(
        await tdb.db.organisationMember.count({ where: { organisationId: organisation.id, role: "OWNER" } }),
      ).toBe(1);
    },
  );
});

describe("organisations.bySlug and mine", () => {
  it("shows published challenges in visible events and never a member's email", async () => {
    const owner = await makeUser(tdb.db, { email: "secret.owner@example.test" });
    const organisation = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
    const [event, draftEvent] = await Promise.all([
      makeEvent(tdb.db, { now }),
      makeEvent(tdb.db, { now, status: "DRAFT" }),
    ]);
    const base = { organisationId: organisation.id };
    const published = await makeChallenge(tdb.db, { ...base, eventId: event.id, status: "PUBLISHED" });
    await makeChallenge(tdb.db, { ...base, eventId: event.id, status: "APPROVED" });
    await makeChallenge(tdb.db, { ...base, eventId: event.id, status: "DRAFT" });
    await makeChallenge(tdb.db, { ...base, eventId: draftEvent.id, status: "PUBLISHED" });
    const page = await callerFor(tdb.db, null, now).organisations.bySlug({ slug: organisation.slug });
    expect(page.challenges.map((c) => c.id)).toEqual([published.id]);
    expect(JSON.stringify(page)).not.toContain("secret.owner");
    expect(await codeOf(callerFor(tdb.db, null, now).organisations.bySlug({ slug: "no-such-org" }))).toBe(
      "NOT_FOUND",
    );
    const mine = await callerFor(tdb.db, owner, now).organisations.mine();
    expect(mine.map((m) => [m.organisation.id, m.role])).toEqual([[organisation.id, "OWNER"]]);
  });
});
