// Consent texts edited by organisers: versions, guardians asked to confirm a new one, the old consent
// kept with its words. Real database (PGlite, and PostgreSQL when set).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { refusal } from "../test/outcome.ts";
import { latestConsentToken, registrationFor } from "../test/registration-factories.ts";
import { consentTextOf } from "./consent-text.ts";
import { CONSENT_TEXT_VERSION } from "./rules.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const as = (user: SessionUser | null) => callerFor(tdb.db, user, now);
const NEW_WORDS =
  "I am their parent or guardian.\n\nThey may take part on Saturday, supervised by the centre staff.";
const newVersion = consentTextOf({ consentText: NEW_WORDS }).version;

async function setup() {
  const organiser = await makeUser(tdb.db);
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const suffix = event.slug;
  const guardians = { kim: `kim.parent.${suffix}@example.test`, lee: `lee.parent.${suffix}@example.test` };
  const [kim, lee] = [await makeUser(tdb.db), await makeUser(tdb.db)];
  for (const [user, guardianEmail, alias] of [
    [kim, guardians.kim, "PixelFox"],
    [lee, guardians.lee, "ByteOtter"],
  ] as const) {
    await as(user).registrations.register({
      eventId: event.id,
      ...registrationFor({
        name: alias === "PixelFox" ? "Kim" : "Lee",
        alias,
        dateOfBirth: "2011-03-01",
        guardianEmail,
      }),
    });
  }
  const kimToken = await latestConsentToken(tdb.db, guardians.kim);
  await as(null).registrations.giveConsent({
    token: kimToken,
    guardianName: "Pat Park",
    attend: true,
    photo: true,
    publicCredit: false,
    consentTextVersion: CONSENT_TEXT_VERSION,
  });
  return { organiser, event, guardians, kim, lee, kimToken };
}

describe("consent texts edited by organisers", () => {
  it("asks guardians who consented to confirm new words, keeping their consent and its version until they do", async () => {
    const { organiser, event, guardians, kim, kimToken } = await setup();
    const leeOldToken = await latestConsentToken(tdb.db, guardians.lee);
    expect(await as(organiser).registrations.consentText({ eventId: event.id })).toMatchObject({
      own: false,
      version: CONSENT_TEXT_VERSION,
      consents: { current: 1, older: 0, asked: 0 },
    });

    expect(
      await as(organiser).registrations.updateConsentText({ eventId: event.id, text: NEW_WORDS }),
    ).toEqual({ version: newVersion, asked: 1 });
    // Kim's guardian is asked; Lee's has not consented, so their page simply shows the new words.
    const ask = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: guardians.kim, kind: "guardian-consent" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { subject: true, link: true },
    });
    expect(ask.subject).toBe(`Please confirm: the consent wording for ${event.name} has changed`);
    expect(await as(organiser).registrations.consentText({ eventId: event.id })).toMatchObject({
      own: true,
      text: NEW_WORDS,
      version: newVersion,
      versions: [{ version: newVersion }],
      consents: { current: 0, older: 1, asked: 1 },
    });

    // A guardian still on the old page is told the words changed, and sees the new ones on reload.
    expect(
      await refusal(
        as(null).registrations.giveConsent({
          token: leeOldToken,
          guardianName: "Sam Lee",
          attend: true,
          photo: false,
          publicCredit: false,
          consentTextVersion: CONSENT_TEXT_VERSION,
        }),
      ),
    ).toMatchObject({
      code: "CONFLICT",
      message: "The consent text has changed. Reload the page and read it again.",
    });
    const leeView = await as(null).registrations.consentByToken({ token: leeOldToken });
    expect(leeView).toMatchObject({
      state: "VALID",
      consentTextVersion: newVersion,
      consentText: NEW_WORDS.split("\n\n"),
      previous: null,
    });

    // Kim's place stays confirmed meanwhile, and organisers still see consent given (the unanswered
    // request is not "the latest consent"); the old link shows the consent in force and the pending ask.
    expect(await as(kim).registrations.mine({ eventId: event.id })).toMatchObject({ status: "CONFIRMED" });
    const list = await as(organiser).registrations.list({ eventId: event.id });
    expect(list.rows.find((r) => r.displayName === "PixelFox")?.consentStatusLabel).toBe("Given");
    expect(await as(null).registrations.consentByToken({ token: kimToken })).toMatchObject({
      state: "USED",
      textVersion: CONSENT_TEXT_VERSION,
      newTextToConfirm: true,
      photo: true,
    });

    // The new link: the new words, starting from the answers in force.
    const reconfirmToken = ask.link?.split("/consent/")[1] ?? "";
    expect(await as(null).registrations.consentByToken({ token: reconfirmToken })).toMatchObject({
      state: "VALID",
      consentTextVersion: newVersion,
      previous: { photo: true, publicCredit: false, teamFinder: false },
    });
    const mailsBefore = await tdb.db.outboxEmail.count({ where: { to: kim.email } });
    await as(null).registrations.giveConsent({
      token: reconfirmToken,
      guardianName: "Pat Park",
      attend: true,
      photo: false,
      publicCredit: true,
      consentTextVersion: newVersion,
    });
    // Both consents are on record, each with the words it was given to; the newest is in force.
    const rows = await tdb.db.guardianConsent.findMany({
      where: { registration: { userId: kim.id }, consentedAt: { not: null } },
      orderBy: { createdAt: "asc" },
      select: {
        consentTextVersion: true,
        photo: true,
        publicCredit: true,
        withdrawnAt: true,
        reconfirmation: true,
      },
    });
    expect(rows).toEqual([
      {
        consentTextVersion: CONSENT_TEXT_VERSION,
        photo: true,
        publicCredit: false,
        withdrawnAt: null,
        reconfirmation: false,
      },
      {
        consentTextVersion: newVersion,
        photo: false,
        publicCredit: true,
        withdrawnAt: null,
        reconfirmation: true,
      },
    ]);
    expect(await tdb.db.outboxEmail.count({ where: { to: kim.email } })).toBe(mailsBefore);
    expect(await as(kim).registrations.mine({ eventId: event.id })).toMatchObject({ status: "CONFIRMED" });
    const words = await tdb.db.consentTextVersion.findUniqueOrThrow({
      where: { eventId_version: { eventId: event.id, version: newVersion } },
      select: { text: true },
    });
    expect(words.text).toBe(NEW_WORDS);

    // The first link now shows, changes and withdraws the consent in force.
    expect(await as(null).registrations.consentByToken({ token: kimToken })).toMatchObject({
      state: "USED",
      textVersion: newVersion,
      newTextToConfirm: false,
      publicCredit: true,
    });
    await as(null).registrations.changeConsentScopes({ token: kimToken, photo: true, publicCredit: true });
    const inForce = await tdb.db.guardianConsent.findFirstOrThrow({
      where: { registration: { userId: kim.id }, consentTextVersion: newVersion },
      select: { photo: true },
    });
    expect(inForce.photo).toBe(true);
    await as(null).registrations.withdrawConsent({ token: kimToken });
    expect(
      await tdb.db.guardianConsent.count({
        where: { registration: { userId: kim.id }, consentedAt: { not: null }, withdrawnAt: null },
      }),
    ).toBe(0);
    expect(await as(kim).registrations.mine({ eventId: event.id })).toMatchObject({
      status: "PENDING_CONSENT",
    });
  });

  it("changes nothing for the same words, and goes back to the standard wording when emptied", async () => {
    const { organiser, event, guardians } = await setup();
    await as(organiser).registrations.updateConsentText({ eventId: event.id, text: NEW_WORDS });
    const reconfirm = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: guardians.kim, kind: "guardian-consent" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { link: true },
    });
    const asked = () => tdb.db.outboxEmail.count({ where: { to: guardians.kim, kind: "guardian-consent" } });
    const before = await asked();
    // Other spacing, same words: no new version, nobody asked.
    expect(
      await as(organiser).registrations.updateConsentText({
        eventId: event.id,
        text: `  ${NEW_WORDS.replace("\n\n", "\n \n\n")}\n`,
      }),
    ).toEqual({ version: newVersion, asked: 0 });
    expect(await asked()).toBe(before);
    expect(await tdb.db.auditLog.count({ where: { eventId: event.id, action: "consent.text" } })).toBe(1);
    // Back to the standard wording: Kim's guardian consented to it, so nobody is asked again.
    expect(await as(organiser).registrations.updateConsentText({ eventId: event.id, text: "" })).toEqual({
      version: CONSENT_TEXT_VERSION,
      asked: 0,
    });
    expect(await as(organiser).registrations.consentText({ eventId: event.id })).toMatchObject({
      own: false,
      version: CONSENT_TEXT_VERSION,
      consents: { current: 1, older: 0 },
    });
    // The request to confirm the words now gone no longer works.
    const token = reconfirm.link?.split("/consent/")[1] ?? "";
    expect(await as(null).registrations.consentByToken({ token })).toEqual({ state: "EXPIRED" });
  });

  it("refuses words over 10,000 characters", async () => {
    const { organiser, event } = await setup();
    expect(
      await refusal(
        as(organiser).registrations.updateConsentText({ eventId: event.id, text: "x".repeat(10_001) }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
  });
});
