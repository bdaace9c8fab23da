// People are named everywhere they appear. A kind-wide check: people register through the real
// procedures (an adult, a young person whose guardian consents, a young person still waiting, another
// adult looking for a team), form a team, and then every list, export, team page, finder, consent page
// and email about them names them, as its audience may see them, and never with a placeholder.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { CONSENT_TEXT_VERSION } from "../registrations/rules.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { codeOf } from "../test/outcome.ts";
import { latestConsentToken, makeCentre, registrationFor } from "../test/registration-factories.ts";
import { UNNAMED_PARTICIPANT } from "./rules.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const as = (user: SessionUser | null) => callerFor(tdb.db, user, now);

/** What used to stand where a name belongs. */
const placeholders = [UNNAMED_PARTICIPANT, "your young person", "(no alias)", "(no name given)"];

function expectNoPlaceholder(view: unknown, where: string): void {
  const text = JSON.stringify(view);
  for (const placeholder of placeholders) expect(text, where).not.toContain(placeholder);
  expect(text, `${where}: an empty name`).not.toMatch(/"(displayName|firstName|name)":"\s*"/);
}

async function festival() {
  const organiser = await makeUser(tdb.db, { name: "Owen Marsh" });
  const lead = await makeUser(tdb.db, { name: "Leila Brennan" });
  const event = await makeEvent(tdb.db, {
    now,
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  // Sam (11) registers from an account of his own here: this event turns the age of digital consent off
  // (guardians registering children's profiles are tested in server/guardians).
  await tdb.db.event.update({ where: { id: event.id }, data: { digitalConsentAge: 0 } });
  const centre = await makeCentre(tdb.db, event.id, "Leeds Central Library");
  await tdb.db.eventRole.create({
    data: { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
  });
  const [amira, jess, sam, tom] = await Promise.all([
    makeUser(tdb.db),
    makeUser(tdb.db),
    makeUser(tdb.db),
    makeUser(tdb.db),
  ]);
  const register = (user: SessionUser, answers: Parameters<typeof registrationFor>[0]) =>
    as(user).registrations.register({
      eventId: event.id,
      ...registrationFor({ centreId: centre.id, ...answers }),
    });
  await register(amira, { name: "Amira Haddad", alias: "" });
  await register(jess, {
    name: "Jess Okoro",
    alias: "PixelFox",
    dateOfBirth: "2011-03-01",
    guardianEmail: "jess.guardian@example.test",
  });
  await register(sam, {
    name: "Sam Kowal",
    alias: "ByteOtter",
    dateOfBirth: "2015-07-09",
    guardianEmail: "sam.guardian@example.test",
  });
  await register(tom, { name: "Tom Whitfield", alias: "" });
  const jessToken = await latestConsentToken(tdb.db, "jess.guardian@example.test");
  const samToken = await latestConsentToken(tdb.db, "sam.guardian@example.test");
  await as(null).registrations.giveConsent({
    token: jessToken,
    guardianName: "Pat Okoro",
    attend: true,
    photo: false,
    publicCredit: false,
    consentTextVersion: CONSENT_TEXT_VERSION,
  });
  const team = await as(amira).teams.create({ eventId: event.id, name: "Data Dragons" });
  await as(jess).teams.requestToJoin({ eventId: event.id, teamId: team.id, message: "" });
  const asked = await as(amira).teams.mine({ eventId: event.id });
  await as(tom).teams.setLookingForTeam({ eventId: event.id, lookingForTeam: true, note: "Maps" });
  const requestId = asked.team?.requests[0]?.id ?? "";
  await as(amira).teams.acceptRequest({ eventId: event.id, teamId: team.id, requestId });
  return { event, organiser, lead, amira, jess, sam, tom, asked, jessToken, samToken };
}

describe("every view of a person names them", () => {
  it("organisers' and centre leads' lists and exports: adults by name, young people by nickname", async () => {
    const { event, organiser, lead } = await festival();
    const expected = ["Amira Haddad", "PixelFox", "ByteOtter", "Tom Whitfield"];
    const list = await as(organiser).registrations.list({ eventId: event.id });
    expect(list.rows.map((r) => r.displayName)).toEqual(expected);
    const forLead = await as(lead).registrations.forCentres({ eventId: event.id });
    expect(forLead.rows.map((r) => r.displayName)).toEqual(expected);
    for (const csv of [
      await as(organiser).registrations.exportCsv({ eventId: event.id }),
      await as(lead).registrations.exportCentresCsv({ eventId: event.id }),
    ]) {
      const names = csv.csv
        .split("\r\n")
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(",")[0]);
      expect(names).toEqual(expected);
    }
    for (const [where, view] of [
      ["list", list],
      ["centre lead", forLead],
    ] as const) {
      expectNoPlaceholder(view, where);
      expect(JSON.stringify(view), where).not.toMatch(/Okoro|Kowal|Jess|Sam/);
    }
  });

  it("team pages, join requests and the team finder: young people by nickname only", async () => {
    const { event, amira, jess, tom, asked } = await festival();
    expect(asked.team?.requests.map((r) => r.displayName)).toEqual(["PixelFox"]);
    const captainView = await as(amira).teams.mine({ eventId: event.id });
    const memberView = await as(jess).teams.mine({ eventId: event.id });
    for (const view of [captainView, memberView]) {
      expect(view.team?.members.map((m) => m.displayName)).toEqual(["Amira Haddad", "PixelFox"]);
    }
    const finder = await as(jess).teams.finder({ eventId: event.id });
    expect(finder.people.map((p) => p.displayName)).toEqual(["Tom Whitfield"]);
    const tomsView = await as(tom).teams.finder({ eventId: event.id });
    for (const [where, view] of [
      ["join request", asked],
      ["captain's team page", captainView],
      ["member's team page", memberView],
      ["finder", finder],
      ["finder seen by Tom", tomsView],
    ] as const) {
      expectNoPlaceholder(view, where);
      expect(JSON.stringify(view), where).not.toMatch(/Okoro|Kowal|Jess|Sam /);
    }
  });

  it("the consent page names the young person to their guardian by first name", async () => {
    const { jessToken, samToken } = await festival();
    expect(await as(null).registrations.consentByToken({ token: jessToken })).toMatchObject({
      state: "USED",
      firstName: "Jess",
    });
    const waiting = await as(null).registrations.consentByToken({ token: samToken });
    expect(waiting).toMatchObject({ state: "VALID", firstName: "Sam" });
    expect(JSON.stringify(waiting)).not.toMatch(/Kowal|ByteOtter/);
  });

  it("every email sent about them names them, and never by a young person's surname", async () => {
    const { amira, jess, tom } = await festival();
    const mails = await tdb.db.outboxEmail.findMany({
      where: {
        to: {
          in: [amira.email, jess.email, tom.email, "jess.guardian@example.test", "sam.guardian@example.test"],
        },
      },
      select: { to: true, kind: true, subject: true, text: true },
    });
    const about = (to: string, kind: string) =>
      mails.find((m) => m.to === to && m.kind === kind) ?? { subject: "", text: "" };
    expect(about("jess.guardian@example.test", "guardian-consent").subject).toContain("Jess");
    expect(about("sam.guardian@example.test", "guardian-consent").subject).toContain("Sam");
    expect(about(jess.email, "consent-given").text).toContain("Hello Jess,");
    expect(about(amira.email, "team-join-request").subject).toBe("PixelFox asked to join Data Dragons");
    expect(about(amira.email, "team-join-request").text).toContain("Hello Amira,");
    expect(about(jess.email, "team-join-accepted").text).toContain("Hello Jess,");
    expect(mails.length).toBeGreaterThanOrEqual(5);
    for (const mail of mails) {
      expectNoPlaceholder(mail, `${mail.kind} to ${mail.to}`);
      expect(`${mail.subject} ${mail.text}`, mail.kind).not.toMatch(/Okoro|Kowal/);
    }
  });
});

describe("names are collected before consent is requested", () => {
  it("refuses a young person without a nickname, and anyone without a name, naming the field", async () => {
    const event = await makeEvent(tdb.db, { now });
    const young = await makeUser(tdb.db);
    const refused = await as(young)
      .registrations.register({
        eventId: event.id,
        ...registrationFor({
          name: "Kit",
          alias: "",
          dateOfBirth: "2012-06-01",
          guardianEmail: "kit.guardian@example.test",
        }),
      })
      .then(
        () => null,
        (error: unknown) => error as { cause?: { fieldErrors?: Record<string, string[]> } },
      );
    expect(refused?.cause?.fieldErrors?.alias?.[0]).toMatch(/^Choose a nickname/);
    expect(
      await codeOf(
        as(young).registrations.register({ eventId: event.id, ...registrationFor({ name: " " }) }),
      ),
    ).toBe("BAD_REQUEST");
    // Nothing was asked of the guardian, and nothing registered.
    expect(await tdb.db.outboxEmail.count({ where: { to: "kit.guardian@example.test" } })).toBe(0);
    expect(await tdb.db.registration.count({ where: { userId: young.id } })).toBe(0);
  });

  it("saves the name and nickname on the account, so the profile shows what registration asked", async () => {
    const event = await makeEvent(tdb.db, { now });
    const young = await makeUser(tdb.db, { name: "Old Name" });
    await as(young).registrations.register({
      eventId: event.id,
      ...registrationFor({
        name: "  Kit   Young ",
        alias: "KitKat",
        dateOfBirth: "2012-06-01",
        guardianEmail: "kit.parent@example.test",
      }),
    });
    expect(await as(young).users.me()).toMatchObject({ name: "Kit Young", alias: "KitKat" });
    // While registered as a young person, the nickname stays: other participants see nothing else.
    expect(await codeOf(as(young).users.updateProfile({ name: "Kit Young", alias: "" }))).toBe("BAD_REQUEST");
    expect((await as(young).users.me()).alias).toBe("KitKat");
    await as(young).registrations.withdraw({ eventId: event.id });
    await as(young).users.updateProfile({ name: "Kit Young", alias: "" });
    expect((await as(young).users.me()).alias).toBeNull();
  });

  it("asks someone registered before names were collected to add theirs before a guardian is emailed", async () => {
    const event = await makeEvent(tdb.db, { now });
    const young = await makeUser(tdb.db);
    await tdb.db.registration.create({
      data: {
        eventId: event.id,
        userId: young.id,
        experience: "NEW",
        skills: [],
        dateOfBirth: new Date("2012-06-01T00:00:00Z"),
        status: "PENDING_CONSENT",
        guardianEmail: "legacy.parent@example.test",
        codeOfConductVersion: "2026-1",
        codeOfConductAt: now,
      },
    });
    expect((await as(young).registrations.mine({ eventId: event.id }))?.missing).toBe("NAME");
    expect(
      await codeOf(as(young).registrations.resendConsent({ eventId: event.id, guardianEmail: null })),
    ).toBe("BAD_REQUEST");
    expect(await tdb.db.outboxEmail.count({ where: { to: "legacy.parent@example.test" } })).toBe(0);
    await tdb.db.user.update({ where: { id: young.id }, data: { name: "Lou Legacy" } });
    expect((await as(young).registrations.mine({ eventId: event.id }))?.missing).toBe("NICKNAME");
    await as(young).users.updateProfile({ name: "Lou Legacy", alias: "Lulu" });
    expect((await as(young).registrations.mine({ eventId: event.id }))?.missing).toBeNull();
    await as(young).registrations.resendConsent({ eventId: event.id, guardianEmail: null });
    const mail = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: "legacy.parent@example.test" },
      select: { subject: true },
    });
    expect(mail.subject).toContain("Lou");
  });
});
