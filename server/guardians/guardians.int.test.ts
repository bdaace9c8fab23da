// Children's profiles kept by a guardian: adding them, acting for them, registering and consenting for
// them, where their mail goes, and removing them. Real database (PGlite, and PostgreSQL when set).
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { CONSENT_TEXT_VERSION } from "../registrations/rules.ts";
import { sendMail } from "../mail/send.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeManagedChild, makeUser } from "../test/factories.ts";
import { makeRegistration, registrationFor } from "../test/registration-factories.ts";
import { tombstoneEmail } from "../rights/rules.ts";
import { actingCookieValue, actingUser } from "./acting.ts";
import { MAX_MANAGED_PROFILES } from "./rules.ts";
import { personAtKeyboard } from "./rules.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const as = (user: SessionUser | null) => callerFor(tdb.db, user, now);

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
}

/** The newest email in the outbox to `to`. */
function latestMailTo(to: string) {
  return tdb.db.outboxEmail.findFirst({
    where: { to },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { kind: true, subject: true, text: true, html: true, link: true },
  });
}

describe("a guardian's children's profiles", () => {
  it("adds a profile with a reserved address, lists it, and caps them", async () => {
    const guardian = await makeUser(tdb.db, { name: "Sam Parent" });
    const { id } = await as(guardian).guardians.addChild({ name: " Mia ", alias: "Pixel" });
    const row = await tdb.db.user.findUniqueOrThrow({
      where: { id },
      select: { email: true, name: true, alias: true, managedById: true },
    });
    expect(row).toMatchObject({ name: "Mia", alias: "Pixel", managedById: guardian.id });
    expect(row.email).toMatch(/^managed-[0-9a-f]{20}@managed\.invalid$/);
    expect(await as(guardian).guardians.children()).toEqual([
      { id, name: "Mia", alias: "Pixel", registrations: [] },
    ]);
    // Someone else sees none of them.
    expect(await as(await makeUser(tdb.db)).guardians.children()).toEqual([]);
    for (let i = 1; i < MAX_MANAGED_PROFILES; i++) {
      await as(guardian).guardians.addChild({ name: `Kid ${i}`, alias: `Kid${i}` });
    }
    expect(await failure(as(guardian).guardians.addChild({ name: "One", alias: "More" }))).toMatchObject({
      code: "CONFLICT",
    });
  });

  it("needs a nickname for the child, and refuses a profile keeping profiles", async () => {
    const guardian = await makeUser(tdb.db);
    expect(await failure(as(guardian).guardians.addChild({ name: "Mia", alias: "" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    const child = await makeManagedChild(tdb.db, guardian);
    expect(await failure(as(child).guardians.addChild({ name: "Leo", alias: "Leo" }))).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await as(child).guardians.children()).toEqual([]);
  });
});

describe("acting for a child (actingUser)", () => {
  it("acts only for a profile the signed-in person keeps, ignoring any other cookie", async () => {
    const guardian = await makeUser(tdb.db, { name: "Sam Parent" });
    const stranger = await makeUser(tdb.db);
    const child = await makeManagedChild(tdb.db, guardian, { name: "Mia" });
    const acting = await actingUser(tdb.db, guardian, child.id);
    expect(acting).toEqual({
      id: child.id,
      email: child.email,
      name: "Mia",
      isPlatformAdmin: false,
      guardian: { id: guardian.id, email: guardian.email, name: "Sam Parent" },
    });
    // Another person's cookie naming the child, a missing profile, or an ordinary account: no change.
    expect(await actingUser(tdb.db, stranger, child.id)).toEqual(stranger);
    expect(await actingUser(tdb.db, guardian, "nope")).toEqual(guardian);
    expect(await actingUser(tdb.db, guardian, stranger.id)).toEqual(guardian);
    expect(await actingUser(tdb.db, guardian, undefined)).toEqual(guardian);
    // A platform admin acting for their child is not an admin while they do.
    const admin = await makeUser(tdb.db, { admin: true });
    const adminsChild = await makeManagedChild(tdb.db, admin);
    expect((await actingUser(tdb.db, admin, adminsChild.id)).isPlatformAdmin).toBe(false);
    // Acting does not nest, and a removed profile is nobody to act for.
    expect(await actingUser(tdb.db, acting, child.id)).toEqual(acting);
    await tdb.db.user.update({ where: { id: child.id }, data: { deletedAt: now } });
    expect(await actingUser(tdb.db, guardian, child.id)).toEqual(guardian);
    expect(personAtKeyboard(acting)).toEqual({ ...guardian, isPlatformAdmin: false });
  });

  it("reads the cookie from a Cookie header", () => {
    expect(actingCookieValue("a=1; acting-for=abc123; b=2")).toBe("abc123");
    expect(actingCookieValue("acting-for=")).toBeUndefined();
    expect(actingCookieValue(null)).toBeUndefined();
    expect(actingCookieValue("not-acting-for=x")).toBeUndefined();
  });
});

/** A confirmed adult at `eventId`, to look at the team finder as another participant does. */
async function makeAdultParticipant(eventId: string): Promise<SessionUser> {
  const adult = await makeUser(tdb.db);
  await makeRegistration(tdb.db, { eventId, userId: adult.id });
  return adult;
}

describe("registering a child's profile", () => {
  async function setup() {
    const organiser = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
    const guardian = await makeUser(tdb.db, { name: "Sam Parent" });
    const child = await makeManagedChild(tdb.db, guardian, { name: "Mia", alias: "Pixel" });
    return { event, guardian, child, organiser };
  }
  // 10 when the event starts (a week after `now`).
  const tenYearOld = registrationFor({ name: "Mia", alias: "Pixel", dateOfBirth: "2016-03-03" });

  it("refuses an under-13 registering from an account of their own", async () => {
    const { event } = await setup();
    const kid = await makeUser(tdb.db);
    const refused = await failure(
      as(kid).registrations.register({
        eventId: event.id,
        ...tenYearOld,
        guardianEmail: "mum@example.test",
      }),
    );
    expect(refused.code).toBe("PRECONDITION_FAILED");
    expect(refused.message).toContain("a parent or carer registers you from their own account");
  });

  it("asks the guardian, whatever address was typed, and lets them consent at once", async () => {
    const { event, guardian, child } = await setup();
    const result = await as(child).registrations.register({
      eventId: event.id,
      ...tenYearOld,
      guardianEmail: "someone.else@example.test",
    });
    expect(result.status).toBe("PENDING_CONSENT");
    expect(result.consentPath).toMatch(/^\/consent\/[A-Za-z0-9_-]{43}$/);
    const registration = await tdb.db.registration.findUniqueOrThrow({
      where: { id: result.id },
      select: { guardianEmail: true },
    });
    expect(registration.guardianEmail).toBe(guardian.email);
    expect(await tdb.db.outboxEmail.count({ where: { to: "someone.else@example.test" } })).toBe(0);
    const request = await latestMailTo(guardian.email);
    expect(request?.kind).toBe("guardian-consent");
    // Nothing is ever stored for the reserved address.
    expect(await tdb.db.outboxEmail.count({ where: { to: child.email } })).toBe(0);
    const audit = await tdb.db.auditLog.findFirstOrThrow({
      where: { action: "registration.create", entityId: result.id },
      select: { actorId: true },
    });
    expect(audit.actorId).toBe(guardian.id);

    // Still acting for the child, the guardian answers: it is the guardian consenting, not the child.
    const token = result.consentPath?.split("/consent/")[1] ?? "";
    const view = await as(child).registrations.consentByToken({ token });
    expect(view.state).toBe("VALID");
    await as(child).registrations.giveConsent({
      token,
      guardianName: "Sam Parent",
      attend: true,
      photo: false,
      publicCredit: false,
      teamFinder: false,
      consentTextVersion: CONSENT_TEXT_VERSION,
    });
    const consent = await tdb.db.guardianConsent.findFirstOrThrow({
      where: { registrationId: result.id, consentedAt: { not: null } },
      select: { consentedByUserId: true, attend: true, photo: true },
    });
    expect(consent).toEqual({ consentedByUserId: guardian.id, attend: true, photo: false });
    expect(await as(child).registrations.mine({ eventId: event.id })).toMatchObject({ status: "CONFIRMED" });
    // "You can take part", addressed to the child's profile, reaches the guardian saying whom it is about.
    const taking = await latestMailTo(guardian.email);
    expect(taking?.kind).toBe("consent-given");
    expect(taking?.text).toContain("This email is about Mia, whose profile you keep");
    expect(taking?.html).toContain("This email is about Mia, whose profile you keep");
  });

  it("keeps an under-13 out of the team finder until their guardian allows it, and never shows a note", async () => {
    const { event, guardian, child } = await setup();
    const result = await as(child).registrations.register({ eventId: event.id, ...tenYearOld });
    const token = result.consentPath?.split("/consent/")[1] ?? "";
    await as(guardian).registrations.giveConsent({
      token,
      guardianName: "Sam Parent",
      attend: true,
      photo: true,
      publicCredit: true,
      teamFinder: false,
      consentTextVersion: CONSENT_TEXT_VERSION,
    });
    const view = await as(null).registrations.consentByToken({ token });
    expect(view.state === "USED" ? view.changeable.map((c) => [c.key, c.allowed]) : null).toEqual([
      ["photo", true],
      ["publicCredit", true],
      ["teamFinder", false],
    ]);
    const optIn = { eventId: event.id, lookingForTeam: true, note: "I love robots, find me at table 4" };
    const refused = await failure(as(child).teams.setLookingForTeam(optIn));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toContain("only if your parent or carer allows it");

    // Nor does a request to join a team carry a message from them; without one it goes.
    const captain = await makeAdultParticipant(event.id);
    const { id: teamId } = await as(captain).teams.create({ eventId: event.id, name: "Robot Makers" });
    const withMessage = await failure(
      as(child).teams.requestToJoin({ eventId: event.id, teamId, message: "I'm Mia from Year 5" }),
    );
    expect(withMessage.code).toBe("FORBIDDEN");
    expect(withMessage.message).toBe(
      "You're under 13, so a request goes without a message: the captain sees your nickname.",
    );
    await as(child).teams.requestToJoin({ eventId: event.id, teamId, message: "" });

    // The guardian allows it and turns public credit off, signed out, with the link.
    expect(
      await as(null).registrations.changeConsentScopes({
        token,
        photo: true,
        publicCredit: false,
        teamFinder: true,
      }),
    ).toEqual({ photo: true, publicCredit: false, teamFinder: true });
    expect(await as(child).teams.setLookingForTeam(optIn)).toEqual({ lookingForTeam: true, note: "" });
    const finder = await as(await makeAdultParticipant(event.id)).teams.finder({ eventId: event.id });
    expect(finder.people.map((p) => [p.displayName, p.note])).toEqual([["Pixel", ""]]);

    // Turning it off again takes them off the finder at once; the change is in the audit log.
    await as(null).registrations.changeConsentScopes({
      token,
      photo: true,
      publicCredit: false,
      teamFinder: false,
    });
    const row = await tdb.db.registration.findUniqueOrThrow({
      where: { id: result.id },
      select: { lookingForTeam: true },
    });
    expect(row.lookingForTeam).toBe(false);
    expect(await tdb.db.auditLog.count({ where: { action: "consent.change", eventId: event.id } })).toBe(2);
    // Acting for the child, it is still the guardian at the keyboard: they may change them too.
    expect(
      await as(child).registrations.changeConsentScopes({ token, photo: false, publicCredit: false }),
    ).toEqual({ photo: false, publicCredit: false, teamFinder: false });
  });

  it("asks a 14-year-old's guardian nothing about the team finder, and keeps it false", async () => {
    const { event } = await setup();
    const teen = await makeUser(tdb.db);
    await as(teen).registrations.register({
      eventId: event.id,
      ...registrationFor({
        alias: "Teen",
        dateOfBirth: "2012-01-01",
        guardianEmail: "teen.parent@example.test",
      }),
    });
    const mailed = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: "teen.parent@example.test", kind: "guardian-consent" },
      select: { link: true },
    });
    const token = mailed.link?.split("/consent/")[1] ?? "";
    const view = await as(null).registrations.consentByToken({ token });
    expect(view.state === "VALID" ? view.scopes.map((s) => s.key) : null).toEqual([
      "attend",
      "photo",
      "publicCredit",
    ]);
    await as(null).registrations.giveConsent({
      token,
      guardianName: "Pat Parent",
      attend: true,
      photo: false,
      publicCredit: false,
      teamFinder: true,
      consentTextVersion: CONSENT_TEXT_VERSION,
    });
    const consent = await tdb.db.guardianConsent.findFirstOrThrow({
      where: { guardianEmail: "teen.parent@example.test", consentedAt: { not: null } },
      select: { teamFinder: true },
    });
    expect(consent.teamFinder).toBe(false);
    // They choose for themselves, with a note.
    expect(
      await as(teen).teams.setLookingForTeam({ eventId: event.id, lookingForTeam: true, note: "Maps!" }),
    ).toEqual({ lookingForTeam: true, note: "Maps!" });
  });

  it("lists the child's registrations on the guardian's account", async () => {
    const { event, guardian, child } = await setup();
    await as(child).registrations.register({ eventId: event.id, ...tenYearOld });
    const [listed] = await as(guardian).guardians.children();
    expect(listed?.registrations).toEqual([
      { status: "PENDING_CONSENT", event: { name: event.name, slug: event.slug } },
    ]);
  });
});

describe("mail for reserved addresses", () => {
  const mail = { kind: "team-join-accepted", subject: "s", text: "t", html: "<h1>h</h1><p>b</p>" } as const;

  it("sends nothing to a deleted account, or to a profile whose guardian is gone", async () => {
    const deleted = await makeUser(tdb.db);
    await tdb.db.user.update({
      where: { id: deleted.id },
      data: { email: tombstoneEmail(deleted.id), deletedAt: now },
    });
    expect(await sendMail(tdb.db, tombstoneEmail(deleted.id), mail)).toBe(false);
    const guardian = await makeUser(tdb.db);
    const child = await makeManagedChild(tdb.db, guardian);
    await tdb.db.user.update({ where: { id: guardian.id }, data: { deletedAt: now } });
    expect(await sendMail(tdb.db, child.email, mail)).toBe(false);
    expect(await sendMail(tdb.db, "nobody-here@managed.invalid", mail)).toBe(false);
  });

  it("keeps the guardian's own email preferences for their child's mail", async () => {
    const guardian = await makeUser(tdb.db);
    const child = await makeManagedChild(tdb.db, guardian);
    await tdb.db.user.update({ where: { id: guardian.id }, data: { emailOptOuts: ["TEAM"] } });
    expect(await sendMail(tdb.db, child.email, mail)).toBe(false);
    await tdb.db.user.update({ where: { id: guardian.id }, data: { emailOptOuts: [] } });
    expect(await sendMail(tdb.db, child.email, mail)).toBe(true);
  });
});

describe("removing a child's profile", () => {
  it("withdraws their registrations and keeps a tombstone; only their guardian can", async () => {
    const guardian = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, { now });
    const child = await makeManagedChild(tdb.db, guardian, { name: "Mia" });
    await as(child).registrations.register({
      eventId: event.id,
      ...registrationFor({ name: "Mia", alias: "Pixel", dateOfBirth: "2016-03-03" }),
    });
    // The guardian can't delete their own account while they keep a profile nobody else could act for.
    expect(await failure(as(guardian).users.deleteAccount({ confirmEmail: guardian.email }))).toMatchObject({
      code: "CONFLICT",
      message: "You keep a child's profile (Mia): remove it first.",
    });
    // Nor delete the child's "account" while acting for them.
    expect(await failure(as(child).users.deleteAccount({ confirmEmail: child.email }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(
      await failure(as(await makeUser(tdb.db)).guardians.removeChild({ childId: child.id })),
    ).toMatchObject({ code: "NOT_FOUND" });

    await as(guardian).guardians.removeChild({ childId: child.id });
    const row = await tdb.db.user.findUniqueOrThrow({
      where: { id: child.id },
      select: { deletedAt: true, name: true, registrations: { select: { status: true, dateOfBirth: true } } },
    });
    expect(row.deletedAt).not.toBeNull();
    expect(row.name).toBe("Former participant");
    expect(row.registrations).toEqual([{ status: "WITHDRAWN", dateOfBirth: null }]);
    expect(await as(guardian).guardians.children()).toEqual([]);
    const audit = await tdb.db.auditLog.findFirstOrThrow({
      where: { action: "account.deleted", entityId: child.id },
      select: { actorId: true },
    });
    expect(audit.actorId).toBe(guardian.id);
    // Now the guardian may go.
    await as(guardian).users.deleteAccount({ confirmEmail: guardian.email });
  });
});
