// Reminders to guardians who have not answered, with an injected clock: when, how many, with a new
// link each time, never after they answer, and once however many instances run the job.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeConsentLink, makeRegistration } from "../test/registration-factories.ts";
import { remindGuardians } from "./commands.ts";

const day = 24 * 60 * 60 * 1000;
/** When the young person registered; the event starts 12 days later. */
const registeredAt = new Date("2026-11-10T09:00:00.000Z");
const at = (days: number) => new Date(registeredAt.getTime() + days * day);

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function setup() {
  const db = tdb.db;
  // makeEvent starts the event 7 days after its `now`.
  const event = await makeEvent(db, { now: at(5) });
  const young = await makeUser(db, { name: "Kit Young" });
  const guardianEmail = `guardian-${young.id}@example.test`;
  const registration = await makeRegistration(db, {
    eventId: event.id,
    userId: young.id,
    status: "PENDING_CONSENT",
    dateOfBirth: "2013-06-01",
    guardianEmail,
  });
  await db.registration.update({
    where: { id: registration.id },
    data: { createdAt: registeredAt },
    select: { id: true },
  });
  await makeConsentLink(db, {
    registrationId: registration.id,
    guardianEmail,
    createdAt: registeredAt,
    expiresAt: at(14),
  });
  const mails = () =>
    db.outboxEmail.findMany({
      where: { to: guardianEmail },
      orderBy: { createdAt: "asc" },
      select: { subject: true, text: true },
    });
  const links = () =>
    db.guardianConsent.findMany({
      where: { registrationId: registration.id },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, expiresAt: true },
    });
  return { db, event, young, registration, guardianEmail, mails, links };
}

/** How many reminders the job sends for this world's registration (others in the database are ignored). */
async function remindersFor(world: Awaited<ReturnType<typeof setup>>, now: Date): Promise<number> {
  const before = (await world.mails()).length;
  await remindGuardians(world.db, { now });
  return (await world.mails()).length - before;
}

describe("reminding guardians", () => {
  it("sends three, on days 2, 5 and 9, each with a new link that replaces the last", async () => {
    const world = await setup();
    expect(await remindersFor(world, new Date(at(2).getTime() - 1))).toBe(0);
    expect(await remindersFor(world, at(2))).toBe(1);
    expect(await remindersFor(world, at(2))).toBe(0);
    expect(await remindersFor(world, at(4))).toBe(0);
    expect(await remindersFor(world, at(5))).toBe(1);
    expect(await remindersFor(world, at(9))).toBe(1);
    expect(await remindersFor(world, at(11))).toBe(0);
    const mails = await world.mails();
    expect(mails.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Reminder: Consent needed: Kit wants to take part/),
      expect.stringMatching(/^Reminder: /),
      expect.stringMatching(/^Reminder: /),
    ]);
    expect(mails[2]?.text).toContain("reminder 3 of 3");
    // Every earlier link stopped working when the next went out.
    const links = await world.links();
    expect(links).toHaveLength(4);
    expect(
      links.slice(0, 3).every((l, i) => l.expiresAt.getTime() <= (links[i + 1]?.createdAt.getTime() ?? 0)),
    ).toBe(true);
    const audits = await world.db.auditLog.count({
      where: { action: "consent.reminder", eventId: world.event.id },
    });
    expect(audits).toBe(3);
  });

  it("reminds in the language the young person registered in, with a link to the consent page in it", async () => {
    const world = await setup();
    await world.db.registration.update({
      where: { id: world.registration.id },
      data: { locale: "cy" },
      select: { id: true },
    });
    expect(await remindersFor(world, at(2))).toBe(1);
    const [reminder] = await world.db.outboxEmail.findMany({
      where: { to: world.guardianEmail },
      select: { subject: true, text: true, link: true },
    });
    expect(reminder?.subject).toMatch(/^Nodyn atgoffa: Angen caniatâd: mae Kit eisiau cymryd rhan yn /);
    expect(reminder?.text).toContain("nodyn atgoffa 1 o 3");
    expect(reminder?.link).toMatch(/\/cy\/consent\/[A-Za-z0-9_-]+$/);
  });

  it("the young person sees how many went and when the next goes", async () => {
    const world = await setup();
    await remindGuardians(world.db, { now: at(2) });
    const mine = await callerFor(world.db, world.young, at(3)).registrations.mine({
      eventId: world.event.id,
    });
    expect(mine?.consent.reminders).toEqual({ sent: 1, max: 3, next: at(5) });
  });

  it("stops as soon as the guardian answers, and sends none once the event has started", async () => {
    const answered = await setup();
    await answered.db.registration.update({
      where: { id: answered.registration.id },
      data: { status: "CONFIRMED" },
      select: { id: true },
    });
    expect(await remindersFor(answered, at(2))).toBe(0);

    const late = await setup();
    expect(await remindersFor(late, at(12))).toBe(0);
  });

  it("sends one reminder when two instances run the job at once", async () => {
    const world = await setup();
    const before = (await world.mails()).length;
    await Promise.all([remindGuardians(world.db, { now: at(2) }), remindGuardians(world.db, { now: at(2) })]);
    expect((await world.mails()).length - before).toBe(1);
    const row = await world.db.registration.findUniqueOrThrow({
      where: { id: world.registration.id },
      select: { consentRemindersSent: true, consentRemindedAt: true },
    });
    expect(row).toEqual({ consentRemindersSent: 1, consentRemindedAt: at(2) });
  });
});
