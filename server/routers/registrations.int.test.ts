// What the registrations procedures do (who may call them is covered by registrations.authz.int.test.ts).
import { createHash } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { callerFor } from "../test/callers.ts";
import { answerText } from "../test/leaks.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { CONSENT_TEXT_VERSION } from "../registrations/rules.ts";
import { makeEvent, makeManagedChild, makeUser } from "../test/factories.ts";
import {
  latestConsentToken,
  makeCentre,
  makeConsentLink,
  makeRegistration,
  makeTeamWith,
  registrationFor,
} from "../test/registration-factories.ts";

// Registration opened a day ago; hacking starts on 2026-12-01T12:00Z (a Tuesday in London).
const now = new Date("2026-11-24T12:00:00.000Z");
const second = 1000;
const day = 86_400_000;
const at = (ms: number) => new Date(now.getTime() + ms);

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

interface Failure {
  code: string;
  domainCode: string | null;
  message: string;
  fieldErrors: Record<string, string[]> | null;
}

async function failure(promise: Promise<unknown>): Promise<Failure | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as { code?: string; fieldErrors?: Record<string, string[]> } | undefined;
    return {
      code: error.code,
      domainCode: cause?.code ?? null,
      message: error.message,
      fieldErrors: cause?.fieldErrors ?? null,
    };
  }
}

async function setup(
  options: { minimumAge?: number; centres?: number; status?: "PUBLISHED" | "DRAFT" } = {},
) {
  const organiser = await makeUser(tdb.db, { name: "Olive Organiser" });
  const event = await makeEvent(tdb.db, {
    now,
    status: options.status ?? "PUBLISHED",
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  if (options.minimumAge !== undefined) {
    await tdb.db.event.update({ where: { id: event.id }, data: { minimumAge: options.minimumAge } });
  }
  const centres = [];
  for (let i = 0; i < (options.centres ?? 0); i++) centres.push(await makeCentre(tdb.db, event.id));
  return { organiser, event, centres };
}

const as = (user: SessionUser | null, clock: Date = now) => callerFor(tdb.db, user, clock);

describe("registrations.register", () => {
  it("confirms an adult at once, recording the code of conduct version and time", async () => {
    const { event } = await setup();
    const adult = await makeUser(tdb.db);
    const result = await as(adult).registrations.register({
      eventId: event.id,
      ...registrationFor({ skills: ["web", "data"], tags: [" Rust ", "rust", "Data"] }),
    });
    expect(result.status).toBe("CONFIRMED");
    const row = await tdb.db.registration.findUniqueOrThrow({
      where: { id: result.id },
      select: {
        skills: true,
        codeOfConductVersion: true,
        codeOfConductAt: true,
        guardianEmail: true,
        consents: { select: { id: true } },
      },
    });
    expect(row).toEqual({
      skills: ["web", "data", "Rust"],
      codeOfConductVersion: "2026-1",
      codeOfConductAt: now,
      guardianEmail: null,
      consents: [],
    });
    const audit = await tdb.db.auditLog.findMany({
      where: { entityId: result.id },
      select: { action: true },
    });
    expect(audit.map((a) => a.action)).toEqual(["registration.create"]);
  });

  it("emails a confirmed participant their check-in code, and a young person's guardian nothing of it", async () => {
    const { event } = await setup();
    const adult = await makeUser(tdb.db, { name: "Robin Adult" });
    const result = await as(adult).registrations.register({ eventId: event.id, ...registrationFor() });
    const { checkInCode } = await tdb.db.registration.findUniqueOrThrow({
      where: { id: result.id },
      select: { checkInCode: true },
    });
    const mail = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: adult.email, kind: "registration-confirmed" },
      select: { subject: true, text: true },
    });
    expect(mail.subject).toBe(`You're registered for ${event.name}`);
    expect(mail.text).toContain(`Your check-in code is ${checkInCode}.`);
    expect(mail.text).toContain("Hello Robin,");
    // A young person waiting for consent gets no confirmation (their code comes once consent is given).
    const young = await makeUser(tdb.db);
    const pending = await as(young).registrations.register({
      eventId: event.id,
      ...registrationFor({
        alias: "Arrow",
        dateOfBirth: "2013-01-15",
        guardianEmail: "guardian-arrow@example.test",
      }),
    });
    expect(pending.status).toBe("PENDING_CONSENT");
    expect(
      await tdb.db.outboxEmail.count({ where: { to: young.email, kind: "registration-confirmed" } }),
    ).toBe(0);
  });

  it("keeps an under-18 pending, stores only the token's hash and emails the guardian a link", async () => {
    const { event } = await setup();
    const young = await makeUser(tdb.db);
    const result = await as(young).registrations.register({
      eventId: event.id,
      ...registrationFor({
        name: "Sam Young",
        alias: "Samwise",
        dateOfBirth: "2012-06-01",
        guardianEmail: "Parent.One@Example.test",
      }),
    });
    expect(result.status).toBe("PENDING_CONSENT");
    const token = await latestConsentToken(tdb.db, "parent.one@example.test");
    const consent = await tdb.db.guardianConsent.findFirstOrThrow({
      where: { registrationId: result.id },
      select: { tokenHash: true, expiresAt: true, guardianEmail: true, consentedAt: true },
    });
    expect(consent.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(consent.tokenHash).not.toContain(token);
    expect(consent.expiresAt).toEqual(at(14 * day));
    expect(consent.guardianEmail).toBe("parent.one@example.test");
    expect(consent.consentedAt).toBeNull();
    const mail = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: "parent.one@example.test" },
      select: { subject: true, text: true, link: true },
    });
    expect(mail.link).toBe(`http://localhost:3000/consent/${token}`);
    expect(mail.subject).toContain("Sam");
    expect(mail.text).not.toContain("Young");
    expect(mail.text).not.toContain("2012");
  });

  it("remembers a registration made in Welsh: the guardian's email, a resent link and the page it opens are in Welsh", async () => {
    const { event } = await setup();
    const young = await makeUser(tdb.db);
    const guardian = `rhiant-${young.id}@example.test`;
    const result = await as(young).registrations.register({
      eventId: event.id,
      ...registrationFor({
        name: "Sam Young",
        alias: "Samwise",
        dateOfBirth: "2012-06-01",
        guardianEmail: guardian,
      }),
      locale: "cy",
    });
    const stored = await tdb.db.registration.findUniqueOrThrow({
      where: { id: result.id },
      select: { locale: true },
    });
    expect(stored.locale).toBe("cy");
    const first = await latestConsentToken(tdb.db, guardian);
    const mails = () =>
      tdb.db.outboxEmail.findMany({
        where: { to: guardian },
        orderBy: { createdAt: "asc" },
        select: { subject: true, link: true, html: true },
      });
    const [asked] = await mails();
    expect(asked?.subject).toBe(`Angen caniatâd: mae Sam eisiau cymryd rhan yn ${event.name}`);
    expect(asked?.link).toBe(`http://localhost:3000/cy/consent/${first}`);
    expect(asked?.html).toContain('<html lang="cy">');
    // A new link, asked for later, is in the language of the registration too.
    await as(young, at(2 * day)).registrations.resendConsent({ eventId: event.id, guardianEmail: null });
    const second_ = await latestConsentToken(tdb.db, guardian);
    expect((await mails()).map((m) => m.link)).toEqual([
      `http://localhost:3000/cy/consent/${first}`,
      `http://localhost:3000/cy/consent/${second_}`,
    ]);
    // The young person's own emails (consent given, then withdrawn) are in Welsh and open the Welsh page.
    const welshPage = `http://localhost:3000/cy/events/${event.slug}/registration`;
    await as(null, at(3 * day)).registrations.giveConsent({
      token: second_,
      guardianName: "Marian Hood",
      attend: true,
      photo: false,
      publicCredit: true,
      consentTextVersion: CONSENT_TEXT_VERSION,
    });
    await as(null, at(4 * day)).registrations.withdrawConsent({ token: second_ });
    const toYoung = await tdb.db.outboxEmail.findMany({
      where: { to: young.email, kind: { in: ["consent-given", "consent-withdrawn"] } },
      orderBy: { createdAt: "asc" },
      select: { kind: true, subject: true, text: true, html: true, link: true },
    });
    expect(toYoung.map((m) => [m.kind, m.subject, m.link])).toEqual([
      ["consent-given", `Gallwch chi gymryd rhan yn ${event.name}`, welshPage],
      [
        "consent-withdrawn",
        `Mae eich rhiant neu warcheidwad wedi tynnu caniatâd yn ôl ar gyfer ${event.name}`,
        welshPage,
      ],
    ]);
    expect(toYoung[0]?.text).toContain("chaiff lluniau a fideo ohonoch chi ddim eu tynnu");
    for (const mail of toYoung) expect(mail.html).toContain('<html lang="cy">');

    // An adult registering in Welsh is told their place is confirmed in Welsh, with the date in Welsh.
    const adult = await makeUser(tdb.db);
    await as(adult).registrations.register({ eventId: event.id, ...registrationFor(), locale: "cy" });
    const placed = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: adult.email, kind: "registration-confirmed" },
      select: { subject: true, text: true, link: true },
    });
    expect(placed.subject).toBe(`Rydych chi wedi cofrestru ar gyfer ${event.name}`);
    expect(placed.link).toBe(welshPage);
    expect(placed.text).toMatch(/Mae'n dechrau ar (Llun|Maw|Mer|Iau|Gwe|Sad|Sul) \d+ /);

    // English stays the default, and only the site's languages are accepted.
    const other = await makeUser(tdb.db);
    const english = await as(other).registrations.register({ eventId: event.id, ...registrationFor() });
    expect(
      (await tdb.db.registration.findUniqueOrThrow({ where: { id: english.id }, select: { locale: true } }))
        .locale,
    ).toBe("en-GB");
    const third = await makeUser(tdb.db);
    expect(
      await failure(
        as(third).registrations.register({
          eventId: event.id,
          ...registrationFor(),
          locale: "fr" as "cy",
        }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    // The database holds the column to the site's languages whatever writes it.
    await expect(
      tdb.db.registration.update({ where: { id: english.id }, data: { locale: "fr" }, select: { id: true } }),
    ).rejects.toThrow(/Registration_locale_known/);
  });

  it.each([
    ["one second before registration opens", -day - second, "PHASE_CLOSED"],
    ["the moment registration opens", -day, "ok"],
    ["one second after registration opens", -day + second, "ok"],
    ["one second before registration closes", 6 * day - second, "ok"],
    ["the moment registration closes", 6 * day, "PHASE_CLOSED"],
    ["one second after registration closes", 6 * day + second, "PHASE_CLOSED"],
  ])("at %s (%i ms from now) → %s", async (_label, offset, expected) => {
    const { event } = await setup();
    const adult = await makeUser(tdb.db);
    const outcome = await failure(
      as(adult, at(offset)).registrations.register({ eventId: event.id, ...registrationFor() }),
    );
    expect(outcome === "ok" ? "ok" : outcome.domainCode).toBe(expected);
  });

  it("refuses a draft event as if it did not exist", async () => {
    const { event } = await setup({ status: "DRAFT" });
    const outcome = await failure(
      as(await makeUser(tdb.db)).registrations.register({ eventId: event.id, ...registrationFor() }),
    );
    expect(outcome).toMatchObject({ code: "NOT_FOUND" });
  });

  // makeEvent starts hacking at 2026-12-01T12:00Z: that is 1 December in Europe/London.
  it.each([
    ["turns 13 on the start day", "2013-12-01", "ok"],
    ["turns 13 the day after the start", "2013-12-02", "NOT_ELIGIBLE"],
    ["turned 13 the day before", "2013-11-30", "ok"],
  ])("with a minimum age of 13, someone who %s (born %s) → %s", async (_label, dateOfBirth, expected) => {
    const { event } = await setup({ minimumAge: 13 });
    const outcome = await failure(
      as(await makeUser(tdb.db)).registrations.register({
        eventId: event.id,
        ...registrationFor({ dateOfBirth, guardianEmail: "guardian@example.test" }),
      }),
    );
    if (expected === "ok") {
      expect(outcome).toBe("ok");
      return;
    }
    expect(outcome).toMatchObject({ code: "PRECONDITION_FAILED", domainCode: "NOT_ELIGIBLE" });
    expect(outcome === "ok" ? [] : outcome.fieldErrors?.dateOfBirth).toEqual([
      "Participants must be at least 13 years old on 2026-12-01, when the event starts",
    ]);
  });

  // 2027 is a common year: someone born on 29 February 2012 turns 15 on 1 March 2027.
  it.each([
    ["2027-02-21T12:00:00Z", "28 February", "NOT_ELIGIBLE"],
    ["2027-02-22T12:00:00Z", "1 March", "PENDING_CONSENT"],
  ])(
    "with a minimum age of 15, someone born on 29 Feb 2012 (clock %s, start %s) → %s",
    async (clock, _start, expected) => {
      const today = new Date(clock);
      const event = await makeEvent(tdb.db, { now: today });
      await tdb.db.event.update({ where: { id: event.id }, data: { minimumAge: 15 } });
      const leapling = await makeUser(tdb.db);
      const outcome = await failure(
        as(leapling, today).registrations.register({
          eventId: event.id,
          ...registrationFor({ dateOfBirth: "2012-02-29", guardianEmail: "leap.parent@example.test" }),
        }),
      );
      if (expected === "NOT_ELIGIBLE") {
        expect(outcome).toMatchObject({ domainCode: "NOT_ELIGIBLE" });
        return;
      }
      expect(outcome).toBe("ok");
      const mine = await as(leapling, today).registrations.mine({ eventId: event.id });
      expect(mine).toMatchObject({ status: "PENDING_CONSENT", ageAtStart: 15, ageBand: "13–15" });
    },
  );

  it.each([
    ["no guardian email", null, "parent or guardian's email address"],
    ["the participant's own email", "SELF", "not yours"],
  ])("refuses an under-18 with %s, naming the field", async (_label, guardianEmail, message) => {
    const { event } = await setup();
    const young = await makeUser(tdb.db);
    const outcome = await failure(
      as(young).registrations.register({
        eventId: event.id,
        ...registrationFor({
          dateOfBirth: "2012-06-01",
          guardianEmail: guardianEmail === "SELF" ? young.email.toUpperCase() : guardianEmail,
        }),
      }),
    );
    expect(outcome).toMatchObject({ code: "BAD_REQUEST", domainCode: "INVALID_INPUT" });
    expect(outcome === "ok" ? "" : outcome.fieldErrors?.guardianEmail?.[0]).toContain(message);
  });

  it("requires a centre of this event when the event has centres", async () => {
    const { event, centres } = await setup({ centres: 2 });
    const { centres: foreign } = await setup({ centres: 1 });
    const adult = await makeUser(tdb.db);
    const missing = await failure(
      as(adult).registrations.register({ eventId: event.id, ...registrationFor() }),
    );
    expect(missing).toMatchObject({ fieldErrors: { centreId: ["Choose the centre you'll attend"] } });
    const wrong = await failure(
      as(adult).registrations.register({
        eventId: event.id,
        ...registrationFor({ centreId: foreign[0]?.id ?? "x" }),
      }),
    );
    expect(wrong).toMatchObject({ fieldErrors: { centreId: ["Choose a centre from the list"] } });
    const ok = await as(adult).registrations.register({
      eventId: event.id,
      ...registrationFor({ centreId: centres[1]?.id ?? "x" }),
    });
    expect(ok.status).toBe("CONFIRMED");
  });

  it("refuses a second registration clearly, and a future date of birth", async () => {
    const { event } = await setup();
    const adult = await makeUser(tdb.db);
    await as(adult).registrations.register({ eventId: event.id, ...registrationFor() });
    expect(
      await failure(as(adult).registrations.register({ eventId: event.id, ...registrationFor() })),
    ).toMatchObject({ code: "CONFLICT", message: "You're already registered for this event." });
    const other = await makeUser(tdb.db);
    expect(
      await failure(
        as(other).registrations.register({
          eventId: event.id,
          ...registrationFor({ dateOfBirth: "2026-11-25" }),
        }),
      ),
    ).toMatchObject({ fieldErrors: { dateOfBirth: ["Your date of birth can't be in the future"] } });
  });

  it("refuses an outdated code of conduct version", async () => {
    const { event } = await setup();
    const outcome = await failure(
      as(await makeUser(tdb.db)).registrations.register({
        eventId: event.id,
        ...registrationFor({ codeOfConductVersion: "2025-9" }),
      }),
    );
    expect(outcome).toMatchObject({ code: "CONFLICT", domainCode: "STALE_VERSION" });
  });
});

describe("guardian consent", () => {
  async function pendingYoungPerson(
    guardian = `guardian-${Math.random().toString(36).slice(2, 8)}@example.test`,
  ) {
    const { event, organiser } = await setup();
    const young = await makeUser(tdb.db);
    const { id } = await as(young).registrations.register({
      eventId: event.id,
      ...registrationFor({
        name: "Robin Hood-Smith",
        alias: "Arrow",
        dateOfBirth: "2013-01-15",
        guardianEmail: guardian,
      }),
    });
    return {
      event,
      organiser,
      young,
      registrationId: id,
      guardian,
      token: await latestConsentToken(tdb.db, guardian),
    };
  }

  const consent = (token: string) => ({
    token,
    guardianName: "Marian Hood",
    attend: true as const,
    photo: true,
    publicCredit: false,
    consentTextVersion: CONSENT_TEXT_VERSION,
  });

  it("shows the guardian the event, the first name only and the versioned text", async () => {
    const { token, event } = await pendingYoungPerson();
    const view = await as(null).registrations.consentByToken({ token });
    expect(view).toMatchObject({
      state: "VALID",
      eventName: `Event ${event.slug}`,
      firstName: "Robin",
      consentTextVersion: CONSENT_TEXT_VERSION,
    });
    expect(JSON.stringify(view)).not.toMatch(/Hood-Smith|2013|@/);
    expect(view.state === "VALID" ? view.scopes.map((s) => [s.key, s.required]) : []).toEqual([
      ["attend", true],
      ["photo", false],
      ["publicCredit", false],
    ]);
  });

  it("records who consented, when, to which version and scopes, and confirms the registration", async () => {
    const { token, registrationId, young, event } = await pendingYoungPerson();
    const later = at(3 * day);
    await as(null, later).registrations.giveConsent(consent(token));
    // The young person is told, with the code they show at the door.
    const { checkInCode } = await tdb.db.registration.findUniqueOrThrow({
      where: { id: registrationId },
      select: { checkInCode: true },
    });
    const given = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: young.email, kind: "consent-given" },
      select: { text: true },
    });
    expect(given.text).toContain(`Your check-in code is ${checkInCode}.`);
    const row = await tdb.db.guardianConsent.findFirstOrThrow({
      where: { registrationId },
      select: {
        guardianName: true,
        consentedAt: true,
        consentedByUserId: true,
        consentTextVersion: true,
        attend: true,
        photo: true,
        publicCredit: true,
      },
    });
    expect(row).toEqual({
      guardianName: "Marian Hood",
      consentedAt: later,
      consentedByUserId: null,
      consentTextVersion: CONSENT_TEXT_VERSION,
      attend: true,
      photo: true,
      publicCredit: false,
    });
    const mine = await as(young, later).registrations.mine({ eventId: event.id });
    expect(mine?.status).toBe("CONFIRMED");
    expect(mine?.consent.status).toBe("GIVEN");
    // The young person hears it from us: they can take part now, and what their guardian chose.
    const told = await tdb.db.outboxEmail.findMany({
      where: { to: young.email, kind: "consent-given" },
      select: { subject: true, text: true, link: true },
    });
    expect(told).toHaveLength(1);
    expect(told[0]?.subject).toBe(`You can take part in Event ${event.slug}`);
    expect(told[0]?.text).toContain("Hello Robin,");
    expect(told[0]?.text).toContain("photos and video of you may be taken");
    expect(told[0]?.text).toContain("your nickname may not be shown");
    expect(told[0]?.link).toBe(`http://localhost:3000/events/${event.slug}/registration`);
    const audit = await tdb.db.auditLog.findFirstOrThrow({
      where: { action: "consent.give", eventId: event.id },
      select: { actorId: true },
    });
    expect(audit.actorId).toBeNull();
    // A used link says so, and cannot be used twice.
    expect((await as(null, later).registrations.consentByToken({ token })).state).toBe("USED");
    expect(await failure(as(null, later).registrations.giveConsent(consent(token)))).toMatchObject({
      code: "CONFLICT",
      message: "Consent has already been given with this link.",
    });
  });

  it.each([
    ["one second before expiry", 14 * day - second, "VALID"],
    ["at expiry", 14 * day, "EXPIRED"],
    ["one second after expiry", 14 * day + second, "EXPIRED"],
  ])("a link %s (%i ms after sending) is %s", async (_label, offset, state) => {
    const { token } = await pendingYoungPerson();
    expect((await as(null, at(offset)).registrations.consentByToken({ token })).state).toBe(state);
    const outcome = await failure(as(null, at(offset)).registrations.giveConsent(consent(token)));
    expect(outcome === "ok" ? "VALID" : outcome.message).toBe(
      state === "VALID" ? "VALID" : "This consent link has expired. Ask the young person to send a new one.",
    );
  });

  it.each([
    ["an unknown token", "x".repeat(43)],
    ["a mangled token", "%%%"],
  ])("shows %s as unknown, never an error", async (_label, token) => {
    expect(await as(null).registrations.consentByToken({ token })).toEqual({ state: "UNKNOWN" });
    expect(await failure(as(null).registrations.giveConsent(consent(token)))).toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses consent without permission to attend, and to an outdated text", async () => {
    const { token } = await pendingYoungPerson();
    expect(
      await failure(
        as(null).registrations.giveConsent({ ...consent(token), attend: false as unknown as true }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await failure(
        as(null).registrations.giveConsent({ ...consent(token), consentTextVersion: "consent-2025-1" }),
      ),
    ).toMatchObject({ domainCode: "STALE_VERSION" });
  });

  it("resends a new link (optionally to a corrected address) and the old one stops working", async () => {
    const { token: first, young, event, guardian } = await pendingYoungPerson();
    // Not twice within a minute.
    expect(
      await failure(
        as(young, at(59 * second)).registrations.resendConsent({ eventId: event.id, guardianEmail: null }),
      ),
    ).toMatchObject({ domainCode: "RATE_LIMITED" });
    const resendAt = at(2 * day);
    await as(young, resendAt).registrations.resendConsent({ eventId: event.id, guardianEmail: null });
    const second_ = await latestConsentToken(tdb.db, guardian);
    expect(second_).not.toBe(first);
    expect((await as(null, resendAt).registrations.consentByToken({ token: first })).state).toBe("REPLACED");
    // Corrected address: the link goes there and the previous one is replaced too.
    const thirdAt = at(2 * day + 5 * 60 * second);
    await as(young, thirdAt).registrations.resendConsent({
      eventId: event.id,
      guardianEmail: "corrected@example.test",
    });
    const third = await latestConsentToken(tdb.db, "corrected@example.test");
    expect((await as(null, thirdAt).registrations.consentByToken({ token: second_ })).state).toBe("REPLACED");
    await as(null, thirdAt).registrations.giveConsent(consent(third));
    expect((await as(young, thirdAt).registrations.mine({ eventId: event.id }))?.status).toBe("CONFIRMED");
    // Nothing left to resend once confirmed.
    expect(
      await failure(
        as(young, at(3 * day)).registrations.resendConsent({ eventId: event.id, guardianEmail: null }),
      ),
    ).toMatchObject({ code: "CONFLICT" });
  });

  it("lets the guardian withdraw consent with the same link, long after it expired for consenting", async () => {
    const { token, young, event, organiser } = await pendingYoungPerson();
    // Withdrawing before consenting is refused: there is nothing to withdraw.
    expect(await failure(as(null).registrations.withdrawConsent({ token }))).toMatchObject({
      code: "NOT_FOUND",
    });
    await as(null, at(day)).registrations.giveConsent(consent(token));
    await tdb.db.registration.updateMany({
      where: { eventId: event.id, userId: young.id },
      data: { lookingForTeam: true },
    });
    const later = at(30 * day);
    const view = await as(null, later).registrations.consentByToken({ token });
    expect(view).toMatchObject({
      state: "USED",
      firstName: "Robin",
      consentedAt: at(day),
      withdrawnAt: null,
    });
    expect(JSON.stringify(view)).not.toMatch(/Hood-Smith|2013|@/);

    const withdrawn = await as(null, later).registrations.withdrawConsent({ token });
    expect(withdrawn).toEqual({ eventName: `Event ${event.slug}`, firstName: "Robin", withdrawnAt: later });
    const mine = await as(young, later).registrations.mine({ eventId: event.id });
    expect(mine?.status).toBe("PENDING_CONSENT");
    expect(mine?.consent.status).toBe("WITHDRAWN");
    const list = await as(organiser, later).registrations.list({ eventId: event.id });
    expect(list.rows.map((r) => r.consentStatusLabel)).toEqual(["Withdrawn by guardian"]);
    const registration = await tdb.db.registration.findFirstOrThrow({
      where: { eventId: event.id, userId: young.id },
      select: { lookingForTeam: true },
    });
    expect(registration.lookingForTeam).toBe(false);
    const mail = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: young.email, subject: { contains: "withdrew consent" } },
      select: { link: true, text: true },
    });
    expect(mail.link).toBe(`http://localhost:3000/events/${event.slug}/registration`);
    expect(mail.text).toContain("Hello Robin,");
    const audit = await tdb.db.auditLog.findMany({
      where: { action: "consent.withdraw", eventId: event.id },
      select: { actorId: true },
    });
    expect(audit).toEqual([{ actorId: null }]);

    // Twice is a no-op: same time, no second email or audit entry.
    expect(await as(null, at(31 * day)).registrations.withdrawConsent({ token })).toMatchObject({
      withdrawnAt: later,
    });
    expect(
      await tdb.db.outboxEmail.count({ where: { to: young.email, subject: { contains: "withdrew" } } }),
    ).toBe(1);
    expect(await tdb.db.auditLog.count({ where: { action: "consent.withdraw", eventId: event.id } })).toBe(1);
    expect(await as(null, later).registrations.consentByToken({ token })).toMatchObject({
      withdrawnAt: later,
    });
  });

  it("keeps a withdrawn registration withdrawn when the guardian withdraws consent too", async () => {
    const { token, young, event } = await pendingYoungPerson();
    await as(null, at(day)).registrations.giveConsent(consent(token));
    await as(young, at(day)).registrations.withdraw({ eventId: event.id });
    await as(null, at(2 * day)).registrations.withdrawConsent({ token });
    const row = await tdb.db.registration.findFirstOrThrow({
      where: { eventId: event.id, userId: young.id },
      select: { status: true },
    });
    expect(row.status).toBe("WITHDRAWN");
  });

  it("invalidates the link when the young person withdraws", async () => {
    const { token, young, event } = await pendingYoungPerson();
    await as(young).registrations.withdraw({ eventId: event.id });
    expect((await as(null).registrations.consentByToken({ token })).state).toBe("EXPIRED");
  });
});

describe("registrations.withdraw", () => {
  it("withdraws, and the same row is reused when they register again while open", async () => {
    const { event } = await setup();
    const adult = await makeUser(tdb.db);
    const first = await as(adult).registrations.register({ eventId: event.id, ...registrationFor() });
    const withdrawn = await as(adult, at(day)).registrations.withdraw({ eventId: event.id });
    expect(withdrawn.status).toBe("WITHDRAWN");
    const row = await tdb.db.registration.findUniqueOrThrow({
      where: { id: first.id },
      select: { withdrawnAt: true },
    });
    expect(row.withdrawnAt).toEqual(at(day));
    // Withdrawn people are not participants any more.
    expect(await failure(as(adult, at(day)).registrations.withdraw({ eventId: event.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
    const again = await as(adult, at(2 * day)).registrations.register({
      eventId: event.id,
      ...registrationFor({ experience: "CONFIDENT" }),
    });
    expect(again.id).toBe(first.id);
    const reused = await tdb.db.registration.findUniqueOrThrow({
      where: { id: first.id },
      select: { status: true, withdrawnAt: true, experience: true, codeOfConductAt: true },
    });
    expect(reused).toEqual({
      status: "CONFIRMED",
      withdrawnAt: null,
      experience: "CONFIDENT",
      codeOfConductAt: at(2 * day),
    });
  });

  it("refuses while they are in a team", async () => {
    const { event } = await setup();
    const adult = await makeUser(tdb.db);
    await makeRegistration(tdb.db, { eventId: event.id, userId: adult.id });
    await makeTeamWith(tdb.db, { eventId: event.id, userId: adult.id });
    expect(await failure(as(adult).registrations.withdraw({ eventId: event.id }))).toMatchObject({
      code: "CONFLICT",
      message: "Leave your team first, then withdraw.",
    });
  });
});

describe("organisers' view", () => {
  it("lists by age band and alias for under-18s, with counts, and never a date of birth or guardian email", async () => {
    const { event, organiser, centres } = await setup({ centres: 1 });
    const centreId = centres[0]?.id ?? "x";
    const [adult, young] = [await makeUser(tdb.db), await makeUser(tdb.db)];
    // Under 13: registered by a guardian acting for the child's profile they keep.
    const younger = await makeManagedChild(tdb.db, await makeUser(tdb.db));
    await as(adult).registrations.register({
      eventId: event.id,
      ...registrationFor({ centreId, name: '=HYPERLINK("http://evil") Adult', alias: "" }),
    });
    await as(young).registrations.register({
      eventId: event.id,
      ...registrationFor({
        centreId,
        name: "Kim Park",
        alias: "PixelFox",
        dateOfBirth: "2010-01-01",
        guardianEmail: "kim.parent@example.test",
      }),
    });
    await as(younger).registrations.register({
      eventId: event.id,
      ...registrationFor({
        centreId,
        name: "Lee Chan Wong",
        alias: "ByteOtter",
        dateOfBirth: "2015-01-01",
        guardianEmail: "lee.parent@example.test",
      }),
    });
    const list = await as(organiser).registrations.list({ eventId: event.id });
    expect(list.rows.map((r) => [r.displayName, r.ageBandLabel, r.status, r.consentStatusLabel])).toEqual([
      ['=HYPERLINK("http://evil") Adult', "18+", "CONFIRMED", "Not needed"],
      ["PixelFox", "16–17", "PENDING_CONSENT", "Waiting for guardian"],
      ["ByteOtter", "Under 13", "PENDING_CONSENT", "Waiting for guardian"],
    ]);
    expect(list.counts).toMatchObject({ registered: 3, confirmed: 1, pendingConsent: 2, withdrawn: 0 });
    expect(list.counts.byCentre).toEqual([{ centre: centres[0]?.name, count: 3 }]);
    const serialised = answerText(list);
    for (const secret of [
      "dateOfBirth",
      "guardianEmail",
      "parent@example.test",
      "2010",
      "2015",
      "Kim",
      "Park",
      "Lee",
      "Wong",
    ]) {
      expect(serialised).not.toContain(secret);
    }

    const csv = await as(organiser).registrations.exportCsv({ eventId: event.id });
    expect(csv.filename).toBe(`${event.slug}-registrations.csv`);
    const lines = csv.csv.split("\r\n");
    expect(lines[0]).toBe(
      "Name,Centre,Age band,Experience,Status,Guardian consent,Photo consent,Consent needs checking",
    );
    expect(lines[1]).toBe(
      `"'=HYPERLINK(""http://evil"") Adult",${centres[0]?.name},18+,Some experience,Confirmed,Not needed,,`,
    );
    expect(lines[2]).toBe(
      `PixelFox,${centres[0]?.name},16–17,Some experience,Waiting for guardian consent,Waiting for guardian,,`,
    );
    expect(csv.csv).not.toMatch(/parent@|2010|2015|Park/);
  });
});

describe("centre places", () => {
  it("refuses a full centre, shows it as full on the form, and frees the place when someone withdraws", async () => {
    const { event, centres } = await setup({ centres: 2 });
    const [small, other] = centres as [{ id: string; name: string }, { id: string; name: string }];
    await tdb.db.centre.update({ where: { id: small.id }, data: { capacity: 1 } });
    const first = await makeUser(tdb.db);
    const second = await makeUser(tdb.db);
    await as(first).registrations.register({ eventId: event.id, ...registrationFor({ centreId: small.id }) });
    const form = await as(second).registrations.form({ eventId: event.id });
    expect(Object.fromEntries(form.centres.map((c) => [c.id, c.full]))).toEqual({
      [small.id]: true,
      [other.id]: false,
    });
    expect(
      await failure(
        as(second).registrations.register({ eventId: event.id, ...registrationFor({ centreId: small.id }) }),
      ),
    ).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { centreId: ["That centre is full. Choose another centre"] },
    });
    expect(await tdb.db.registration.count({ where: { eventId: event.id, userId: second.id } })).toBe(0);

    await as(first).registrations.withdraw({ eventId: event.id });
    await as(second).registrations.register({
      eventId: event.id,
      ...registrationFor({ centreId: small.id }),
    });
  });
});

describe("organisers place people at centres", () => {
  it("moves someone, emails them where to go, and refuses a team member, a full centre and another event's centre", async () => {
    const { organiser, event, centres } = await setup({ centres: 2 });
    const [leeds, york] = centres as [{ id: string; name: string }, { id: string; name: string }];
    const person = await makeUser(tdb.db, { name: "Tom Whitfield" });
    const registration = await makeRegistration(tdb.db, { eventId: event.id, userId: person.id });
    const move = (registrationId: string, centreId: string) =>
      as(organiser).registrations.moveToCentre({ eventId: event.id, registrationId, centreId });

    expect(await move(registration.id, leeds.id)).toEqual({ moved: true });
    expect(
      await tdb.db.registration.findUniqueOrThrow({
        where: { id: registration.id },
        select: { centreId: true },
      }),
    ).toEqual({ centreId: leeds.id });
    const mails = await tdb.db.outboxEmail.findMany({
      where: { to: person.email, kind: "centre-changed" },
      select: { subject: true, text: true },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.text).toContain(`placed you at ${leeds.name}`);
    expect(mails[0]?.text).toContain("Hello Tom,");
    // The same centre again changes nothing and sends nothing.
    expect(await move(registration.id, leeds.id)).toEqual({ moved: false });
    expect(await tdb.db.outboxEmail.count({ where: { to: person.email, kind: "centre-changed" } })).toBe(1);

    // York's one place is taken.
    await tdb.db.centre.update({ where: { id: york.id }, data: { capacity: 1 } });
    await makeRegistration(tdb.db, {
      eventId: event.id,
      userId: (await makeUser(tdb.db)).id,
      centreId: york.id,
    });
    expect(await failure(move(registration.id, york.id))).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { centreId: ["That centre is full. Choose another centre"] },
    });
    const elsewhere = await setup({ centres: 1 });
    expect(await failure(move(registration.id, elsewhere.centres[0]?.id ?? ""))).toMatchObject({
      code: "NOT_FOUND",
    });
    const member = await makeUser(tdb.db);
    const memberRegistration = await makeRegistration(tdb.db, { eventId: event.id, userId: member.id });
    await makeTeamWith(tdb.db, { eventId: event.id, userId: member.id });
    expect(await failure(move(memberRegistration.id, leeds.id))).toMatchObject({ code: "CONFLICT" });
  });
});

describe("registrations.update", () => {
  it("changes centre, experience and skills while registration is open, keeping the date of birth", async () => {
    const { event, centres } = await setup({ centres: 2 });
    const [first, second] = centres as [{ id: string; name: string }, { id: string; name: string }];
    const person = await makeUser(tdb.db);
    await as(person).registrations.register({
      eventId: event.id,
      ...registrationFor({ centreId: first.id }),
    });
    await as(person).registrations.update({
      eventId: event.id,
      centreId: second.id,
      experience: "CONFIDENT",
      skills: ["data"],
      tags: ["Rust", "data"],
    });
    const mine = await as(person).registrations.mine({ eventId: event.id });
    expect(mine).toMatchObject({
      centre: { id: second.id },
      experience: "CONFIDENT",
      skills: ["data"],
      tags: ["Rust"],
      status: "CONFIRMED",
    });
    const audit = await tdb.db.auditLog.count({
      where: { eventId: event.id, action: "registration.update" },
    });
    expect(audit).toBe(1);
  });

  it("refuses a full centre, another event's centre, a move while in a team, and any change once registration closes", async () => {
    const { event, centres } = await setup({ centres: 2 });
    const [first, full] = centres as [{ id: string; name: string }, { id: string; name: string }];
    await tdb.db.centre.update({ where: { id: full.id }, data: { capacity: 1 } });
    const person = await makeUser(tdb.db);
    const taker = await makeUser(tdb.db);
    await as(taker).registrations.register({ eventId: event.id, ...registrationFor({ centreId: full.id }) });
    await as(person).registrations.register({
      eventId: event.id,
      ...registrationFor({ centreId: first.id }),
    });
    const move = (centreId: string, clock = now) =>
      failure(as(person, clock).registrations.update({ eventId: event.id, centreId, experience: "NEW" }));
    expect(await move(full.id)).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { centreId: ["That centre is full. Choose another centre"] },
    });
    const elsewhere = await setup({ centres: 1 });
    expect(await move(elsewhere.centres[0]?.id ?? "")).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { centreId: ["Choose a centre from the list"] },
    });
    // Staying at the same centre while it is full is fine (they hold their own place).
    expect(await move(first.id)).toBe("ok");

    await makeTeamWith(tdb.db, { eventId: event.id, userId: person.id });
    await tdb.db.centre.update({ where: { id: full.id }, data: { capacity: 5 } });
    expect(await move(full.id)).toMatchObject({
      code: "CONFLICT",
      fieldErrors: { centreId: ["Leave your team before you change centre"] },
    });
    expect(await move(first.id, at(30 * day))).toMatchObject({ domainCode: "PHASE_CLOSED" });
  });
});

describe("centre leads' view", () => {
  it("shows a lead only their own centres' people, with places left; organisers see every centre", async () => {
    const { event, organiser, centres } = await setup({ centres: 2 });
    const [leeds, york] = centres as [{ id: string; name: string }, { id: string; name: string }];
    const lead = await makeUser(tdb.db);
    await tdb.db.eventRole.create({
      data: { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: leeds.id },
      select: { id: true },
    });
    const people = await Promise.all([0, 1, 2].map(() => makeUser(tdb.db)));
    const [atLeeds, leftLeeds, atYork] = people as [SessionUser, SessionUser, SessionUser];
    await makeRegistration(tdb.db, { eventId: event.id, userId: atLeeds.id, centreId: leeds.id });
    await makeRegistration(tdb.db, {
      eventId: event.id,
      userId: leftLeeds.id,
      centreId: leeds.id,
      status: "WITHDRAWN",
    });
    await makeRegistration(tdb.db, { eventId: event.id, userId: atYork.id, centreId: york.id });

    const view = await as(lead).registrations.forCentres({ eventId: event.id });
    expect(view.centres).toEqual([{ id: leeds.id, name: leeds.name, capacity: 30, taken: 1, left: 29 }]);
    expect(view.rows.map((r) => r.centre)).toEqual([leeds.name, leeds.name]);
    expect(view.counts).toMatchObject({ registered: 1, withdrawn: 1 });
    expect(JSON.stringify(view)).not.toContain(york.name);

    const csv = await as(lead).registrations.exportCentresCsv({ eventId: event.id });
    expect(csv.filename).toBe(`${event.slug}-registrations-my-centres.csv`);
    expect(csv.csv.trim().split("\r\n")).toHaveLength(3);
    expect(csv.csv).not.toContain(york.name);

    const led = await as(lead).events.ledCentres();
    expect(led.map((l) => [l.event.id, l.centre?.name])).toEqual([[event.id, leeds.name]]);
    expect(await as(organiser).events.ledCentres()).toEqual([]);

    const all = await as(organiser).registrations.forCentres({ eventId: event.id });
    expect(all.centres.map((c) => c.name).sort()).toEqual([leeds.name, york.name].sort());
    expect(all.rows).toHaveLength(3);
  });

  it("tells organisers and leads how many people registered before there were centres", async () => {
    const { event, organiser } = await setup();
    const [early, gone] = await Promise.all([makeUser(tdb.db), makeUser(tdb.db)]);
    await makeRegistration(tdb.db, { eventId: event.id, userId: early.id, centreId: null });
    await makeRegistration(tdb.db, {
      eventId: event.id,
      userId: gone.id,
      centreId: null,
      status: "WITHDRAWN",
    });
    const leeds = await makeCentre(tdb.db, event.id);
    const lead = await makeUser(tdb.db);
    await tdb.db.eventRole.create({
      data: { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: leeds.id },
      select: { id: true },
    });
    const forLead = await as(lead).registrations.forCentres({ eventId: event.id });
    expect(forLead.withoutCentre).toBe(1);
    expect(forLead.rows).toEqual([]);
    const list = await as(organiser).registrations.list({ eventId: event.id });
    expect(list.counts.withoutCentre).toBe(1);
    expect((await as(organiser).events.byIdForManagement({ eventId: event.id })).withoutCentre).toBe(1);
    expect(list.rows.find((r) => r.status !== "WITHDRAWN")?.centre).toBeNull();
  });

  it("refuses a lead of another event's centre (IDOR)", async () => {
    const mine = await setup({ centres: 1 });
    const theirs = await setup({ centres: 1 });
    const lead = await makeUser(tdb.db);
    await tdb.db.eventRole.create({
      data: {
        eventId: theirs.event.id,
        userId: lead.id,
        role: "CENTRE_LEAD",
        centreId: theirs.centres[0]?.id,
      },
      select: { id: true },
    });
    expect(await failure(as(lead).registrations.forCentres({ eventId: mine.event.id }))).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("registrations.mine and form", () => {
  it("returns the date of birth to its owner only, and null to someone not registered", async () => {
    const { event } = await setup({ centres: 2 });
    const adult = await makeUser(tdb.db);
    await as(adult).registrations.register({
      eventId: event.id,
      ...registrationFor({
        centreId: (await tdb.db.centre.findFirstOrThrow({ where: { eventId: event.id } })).id,
      }),
    });
    const mine = await as(adult).registrations.mine({ eventId: event.id });
    expect(mine).toMatchObject({ dateOfBirth: "1990-05-05", ageBand: "18+", skills: ["web"], tags: [] });
    expect(await as(await makeUser(tdb.db)).registrations.mine({ eventId: event.id })).toBeNull();
    const form = await as(adult).registrations.form({ eventId: event.id });
    expect(form).toMatchObject({ canRegister: true, codeOfConductVersion: "2026-1", consentAge: 18 });
    expect(form.centres).toHaveLength(2);
  });
});

// Races only mean something with several real connections; on PGlite these report skipped.
describe.skipIf(!onRealPostgres)("races (real PostgreSQL)", () => {
  it("two registrations by the same person at once: one succeeds, the other is a clear conflict", async () => {
    const { event } = await setup();
    const adult = await makeUser(tdb.db);
    const outcomes = await Promise.all(
      [0, 1, 2].map(() =>
        failure(as(adult).registrations.register({ eventId: event.id, ...registrationFor() })),
      ),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    for (const o of outcomes.filter((o) => o !== "ok")) expect(o).toMatchObject({ code: "CONFLICT" });
    expect(await tdb.db.registration.count({ where: { eventId: event.id, userId: adult.id } })).toBe(1);
  });

  it("three people taking a centre's last place at once: exactly one gets it", async () => {
    const { event, centres } = await setup({ centres: 1 });
    const centreId = centres[0]?.id ?? "";
    await tdb.db.centre.update({ where: { id: centreId }, data: { capacity: 1 } });
    const people = await Promise.all([0, 1, 2].map(() => makeUser(tdb.db)));
    const outcomes = await Promise.all(
      people.map((p) =>
        failure(as(p).registrations.register({ eventId: event.id, ...registrationFor({ centreId }) })),
      ),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    for (const o of outcomes.filter((o) => o !== "ok")) {
      expect(o).toMatchObject({
        code: "CONFLICT",
        fieldErrors: { centreId: ["That centre is full. Choose another centre"] },
      });
    }
    expect(await tdb.db.registration.count({ where: { centreId } })).toBe(1);
  });

  it("a consent link used twice at once records exactly one consent", async () => {
    const { event } = await setup();
    const young = await makeUser(tdb.db, { name: "Jo" });
    await as(young).registrations.register({
      eventId: event.id,
      ...registrationFor({ dateOfBirth: "2012-06-01", guardianEmail: "race.parent@example.test" }),
    });
    const token = await latestConsentToken(tdb.db, "race.parent@example.test");
    const give = (name: string) =>
      failure(
        as(null).registrations.giveConsent({
          token,
          guardianName: name,
          attend: true,
          photo: false,
          publicCredit: false,
          consentTextVersion: CONSENT_TEXT_VERSION,
        }),
      );
    const outcomes = await Promise.all([give("First Guardian"), give("Second Guardian"), give("Third")]);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    const audits = await tdb.db.auditLog.count({ where: { eventId: event.id, action: "consent.give" } });
    expect(audits).toBe(1);
  });
});

// Issue 7, defect 3: most providers deliver `name+tag@domain` to `name@domain`, so a "guardian" address
// that is the young person's own mailbox, or consent given from the young person's own account, is the
// young person consenting for themselves.
describe("a guardian is a different person from the young person", () => {
  const ownAddressMessage = "Use your parent or guardian's own email address, not yours";
  const local = () => `p${Math.random().toString(36).slice(2, 10)}`;

  const consentFrom = (token: string) => ({
    token,
    guardianName: "Morgan Minor",
    attend: true as const,
    photo: false,
    publicCredit: false,
    consentTextVersion: CONSENT_TEXT_VERSION,
  });

  it.each([
    [
      "the reproduction: the own address with a +tag",
      () => ["kit.minor@example.org", "kit.minor+mum@example.org"],
    ],
    [
      "a +tag in another case, with spaces",
      () => {
        const l = local();
        return [`${l}@example.org`, `  ${l.toUpperCase()}+Mum@Example.ORG `];
      },
    ],
    [
      "Gmail ignoring dots, and googlemail.com",
      () => {
        const [a, b] = [local(), local()];
        return [`${a}.${b}@gmail.com`, `${a}${b}+parent@googlemail.com`];
      },
    ],
  ])("refuses registering with %s as the guardian, as it refuses the own address", async (_label, emails) => {
    const [own, guardian] = emails() as [string, string];
    const { event } = await setup();
    const young = await makeUser(tdb.db, { email: own });
    const outcome = await failure(
      as(young).registrations.register({
        eventId: event.id,
        ...registrationFor({ dateOfBirth: "2012-06-01", guardianEmail: guardian }),
      }),
    );
    expect(outcome).toMatchObject({
      code: "BAD_REQUEST",
      domainCode: "INVALID_INPUT",
      fieldErrors: { guardianEmail: [ownAddressMessage] },
    });
    expect(await tdb.db.registration.count({ where: { eventId: event.id } })).toBe(0);
    expect(
      await tdb.db.outboxEmail.count({
        where: { kind: "guardian-consent", to: guardian.trim().toLowerCase() },
      }),
    ).toBe(0);
  });

  it("still accepts a different mailbox that merely looks alike (a hyphen is not a sub-address)", async () => {
    const { event } = await setup();
    const l = local();
    const young = await makeUser(tdb.db, { email: `${l}@example.org` });
    const result = await as(young).registrations.register({
      eventId: event.id,
      ...registrationFor({ dateOfBirth: "2012-06-01", guardianEmail: `${l}-mum@example.org` }),
    });
    expect(result.status).toBe("PENDING_CONSENT");
  });

  it("refuses changing the guardian address to the own mailbox when resending, keeping the old link", async () => {
    const { event } = await setup();
    const l = local();
    const young = await makeUser(tdb.db, { email: `${l}@example.org` });
    await as(young).registrations.register({
      eventId: event.id,
      ...registrationFor({ dateOfBirth: "2012-06-01", guardianEmail: `${l}.parent@example.org` }),
    });
    const token = await latestConsentToken(tdb.db, `${l}.parent@example.org`);
    const outcome = await failure(
      as(young, at(day)).registrations.resendConsent({
        eventId: event.id,
        guardianEmail: `${l}+mum@example.org`,
      }),
    );
    expect(outcome).toMatchObject({
      code: "BAD_REQUEST",
      fieldErrors: { guardianEmail: [ownAddressMessage] },
    });
    expect((await as(null, at(day)).registrations.consentByToken({ token })).state).toBe("VALID");
  });

  it("refuses consent given while signed in as the young person (or an account at their mailbox), and records who gave it", async () => {
    const { event } = await setup();
    const l = local();
    const young = await makeUser(tdb.db, { email: `${l}@example.org`, name: "Kit Minor" });
    const guardianEmail = `${l}.mum@example.org`;
    const { id: registrationId } = await as(young).registrations.register({
      eventId: event.id,
      ...registrationFor({ dateOfBirth: "2012-06-01", guardianEmail }),
    });
    const token = await latestConsentToken(tdb.db, guardianEmail);

    // The page tells the young person at once, rather than after they fill in the form.
    expect(await as(young).registrations.consentByToken({ token })).toEqual({
      state: "NOT_GUARDIAN",
      reason: "GIVEN_BY_PARTICIPANT",
    });
    const refused = await failure(as(young).registrations.giveConsent(consentFrom(token)));
    expect(refused).toMatchObject({ code: "FORBIDDEN", domainCode: "SELF_CONSENT" });
    expect(refused === "ok" ? "" : refused.message).toContain("parent or guardian");
    // A second account at a sub-address of the young person's mailbox is the same person.
    const alt = await makeUser(tdb.db, { email: `${l}+alt@example.org` });
    expect(await failure(as(alt).registrations.giveConsent(consentFrom(token)))).toMatchObject({
      domainCode: "SELF_CONSENT",
    });
    const pending = await tdb.db.registration.findUniqueOrThrow({
      where: { id: registrationId },
      select: { status: true, consents: { select: { consentedAt: true } } },
    });
    expect(pending).toEqual({ status: "PENDING_CONSENT", consents: [{ consentedAt: null }] });

    // The guardian, signed in with their own account, may; the account is recorded for audit.
    const guardian = await makeUser(tdb.db, { email: guardianEmail });
    await as(guardian, at(day)).registrations.giveConsent(consentFrom(token));
    const given = await tdb.db.guardianConsent.findFirstOrThrow({
      where: { registrationId },
      select: { consentedAt: true, consentedByUserId: true },
    });
    expect(given).toEqual({ consentedAt: at(day), consentedByUserId: guardian.id });
    const audit = await tdb.db.auditLog.findFirstOrThrow({
      where: { action: "consent.give", eventId: event.id },
      select: { actorId: true },
    });
    expect(audit.actorId).toBe(guardian.id);
  });

  it("refuses a link sent before the fix to the young person's own mailbox, whoever opens it", async () => {
    const { event } = await setup();
    const l = local();
    const young = await makeUser(tdb.db, { email: `${l}@example.org`, name: "Kit Young" });
    const { id } = await makeRegistration(tdb.db, {
      eventId: event.id,
      userId: young.id,
      status: "PENDING_CONSENT",
      dateOfBirth: "2012-06-01",
      guardianEmail: `${l}+mum@example.org`,
    });
    const token = await makeConsentLink(tdb.db, {
      registrationId: id,
      guardianEmail: `${l}+mum@example.org`,
      createdAt: now,
      expiresAt: at(14 * day),
    });
    expect(await as(null).registrations.consentByToken({ token })).toEqual({
      state: "NOT_GUARDIAN",
      reason: "GUARDIAN_IS_PARTICIPANT_MAILBOX",
    });
    expect(await failure(as(null).registrations.giveConsent(consentFrom(token)))).toMatchObject({
      code: "FORBIDDEN",
      domainCode: "SELF_CONSENT",
    });
    // The way out: send a new link to a real guardian.
    await as(young, at(day)).registrations.resendConsent({
      eventId: event.id,
      guardianEmail: `${l}.guardian@example.org`,
    });
    const fresh = await latestConsentToken(tdb.db, `${l}.guardian@example.org`);
    await as(null, at(day)).registrations.giveConsent(consentFrom(fresh));
    expect((await as(young, at(day)).registrations.mine({ eventId: event.id }))?.status).toBe("CONFIRMED");
  });

  it("flags consents given before the fix that still look doubtful, to organisers and centre leads", async () => {
    const { event, organiser, centres } = await setup({ centres: 1 });
    const centreId = centres[0]?.id ?? "";
    const lead = await makeUser(tdb.db);
    await tdb.db.eventRole.create({
      data: { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId },
      select: { id: true },
    });
    // Three young people whose guardians consented: one at a real guardian address, one at the young
    // person's own +tag mailbox, one from the young person's own account.
    const consented = async (guardianEmail: (own: string) => string, byParticipant = false) => {
      const l = local();
      const user = await makeUser(tdb.db, { email: `${l}@example.org`, name: `${l} Young` });
      await tdb.db.user.update({ where: { id: user.id }, data: { alias: l } });
      const { id } = await makeRegistration(tdb.db, {
        eventId: event.id,
        userId: user.id,
        centreId,
        status: "CONFIRMED",
        dateOfBirth: "2012-06-01",
        guardianEmail: guardianEmail(l),
      });
      await makeConsentLink(tdb.db, {
        registrationId: id,
        guardianEmail: guardianEmail(l),
        createdAt: now,
        expiresAt: at(14 * day),
      });
      await tdb.db.guardianConsent.updateMany({
        where: { registrationId: id },
        data: {
          consentedAt: at(second),
          guardianName: "Pat Guardian",
          attend: true,
          consentTextVersion: "consent-2026-1",
          ...(byParticipant ? { consentedByUserId: user.id } : {}),
        },
      });
      return l;
    };
    const clean = await consented((l) => `${l}.parent@example.org`);
    const ownMailbox = await consented((l) => `${l}+mum@example.org`);
    const ownAccount = await consented((l) => `${l}.parent@example.org`, true);

    const ownMailboxLabel = "Consent needs checking: the guardian's address is the participant's own mailbox";
    const ownAccountLabel = "Consent needs checking: it was given while signed in as the participant";
    const expected = [
      [clean, "Given", []],
      [ownMailbox, "Given", [ownMailboxLabel]],
      [ownAccount, "Given", [ownAccountLabel]],
    ];
    const list = await as(organiser).registrations.list({ eventId: event.id });
    expect(
      list.rows.map((r) => [r.displayName, r.consentStatusLabel, r.consentDoubts.map((d) => d.label)]),
    ).toEqual(expected);
    expect(list.counts.consentToCheck).toBe(2);
    expect(JSON.stringify(list)).not.toContain("@");

    const csv = await as(organiser).registrations.exportCsv({ eventId: event.id });
    const lines = csv.csv.split("\r\n");
    expect(lines[0]).toBe(
      "Name,Centre,Age band,Experience,Status,Guardian consent,Photo consent,Consent needs checking",
    );
    expect(lines[1]).toBe(`${clean},${centres[0]?.name},13–15,Some experience,Confirmed,Given,No,`);
    expect(lines[2]).toBe(
      `${ownMailbox},${centres[0]?.name},13–15,Some experience,Confirmed,Given,No,${ownMailboxLabel}`,
    );
    expect(csv.csv).not.toContain("@");

    const forLead = await as(lead).registrations.forCentres({ eventId: event.id });
    expect(
      forLead.rows.map((r) => [r.displayName, r.consentStatusLabel, r.consentDoubts.map((d) => d.label)]),
    ).toEqual(expected);
    const leadCsv = await as(lead).registrations.exportCentresCsv({ eventId: event.id });
    expect(leadCsv.csv).toContain(ownAccountLabel);
  });
});
