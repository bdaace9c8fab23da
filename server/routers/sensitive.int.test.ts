// What the sensitive-information procedures do: what an event asks, who answers, who reads, and that
// every read is recorded (who may call them: sensitive.authz.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { makeEventWithTwoCentres, makeYoungPersonWithConsent } from "../test/checkin-factories.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeUser } from "../test/factories.ts";
import { refusal as failure } from "../test/outcome.ts";
import { makeRegistration } from "../test/registration-factories.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const answers = {
  medical: "Nut allergy: EpiPen in the front pocket of the bag",
  access: "A quiet room after lunch",
  emergencyName: "Robin Adult",
  emergencyRelationship: "partner",
  emergencyPhone: "07700 900123",
};

async function setup() {
  const db = tdb.db;
  const { organiser, lead, otherLead, event, centre } = await makeEventWithTwoCentres(db, { now });
  const adultUser = await makeUser(db, { name: "Alex Adult" });
  const adult = await makeRegistration(db, { eventId: event.id, userId: adultUser.id, centreId: centre.id });
  const young = await makeYoungPersonWithConsent(db, {
    eventId: event.id,
    centreId: centre.id,
    now,
    alias: "PixelFox",
  });
  return {
    eventId: event.id,
    centre,
    adult,
    young,
    asOrganiser: callerFor(db, organiser, now),
    asLead: callerFor(db, lead, now),
    asOtherLead: callerFor(db, otherLead, now),
    asAdult: callerFor(db, adultUser, now),
    asGuardian: callerFor(db, null, now),
  };
}

describe("what an event asks for", () => {
  it("asks nothing until the organisers choose, then keeps only what it asks", async () => {
    const { eventId, asOrganiser, asAdult } = await setup();
    expect(await asOrganiser.sensitive.settings({ eventId })).toMatchObject({ fields: [] });
    expect((await failure(asAdult.sensitive.saveMine({ eventId, ...answers }))).code).toBe("NOT_FOUND");
    await asOrganiser.sensitive.updateSettings({
      eventId,
      fields: ["EMERGENCY_CONTACT", "EMERGENCY_CONTACT"],
    });
    expect((await asOrganiser.sensitive.settings({ eventId })).fields).toEqual(["EMERGENCY_CONTACT"]);
    expect(await asAdult.sensitive.saveMine({ eventId, ...answers })).toEqual({
      ...answers,
      medical: "",
      access: "",
    });
    expect(await asAdult.sensitive.mine({ eventId })).toMatchObject({
      fields: ["EMERGENCY_CONTACT"],
      byGuardian: false,
      answers: { medical: "", emergencyPhone: "07700 900123" },
    });
  });

  it("needs all three parts of an emergency contact, and says which are missing", async () => {
    const { eventId, asOrganiser, asAdult } = await setup();
    await asOrganiser.sensitive.updateSettings({ eventId, fields: ["EMERGENCY_CONTACT"] });
    const refused = await failure(
      asAdult.sensitive.saveMine({ eventId, emergencyName: "Robin Adult", emergencyPhone: "call me" }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(refused)).toContain("Use digits, spaces and + ( ) - only");
    const partial = await failure(asAdult.sensitive.saveMine({ eventId, emergencyName: "Robin Adult" }));
    expect(JSON.stringify(partial)).toContain("Say how they are related");
    expect(JSON.stringify(partial)).toContain("Give a phone number for them");
  });
});

describe("who answers", () => {
  it("a guardian answers for their young person from the consent link; the young person cannot", async () => {
    const { eventId, young, asOrganiser, asGuardian } = await setup();
    await asOrganiser.sensitive.updateSettings({
      eventId,
      fields: ["MEDICAL", "ACCESS", "EMERGENCY_CONTACT"],
    });
    const asYoung = callerFor(tdb.db, young.user, now);
    expect((await failure(asYoung.sensitive.saveMine({ eventId, ...answers }))).code).toBe("FORBIDDEN");
    expect(await asYoung.sensitive.mine({ eventId })).toMatchObject({ byGuardian: true, answers: null });
    expect((await failure(asYoung.sensitive.saveByToken({ token: young.token, ...answers }))).code).toBe(
      "FORBIDDEN",
    );
    await asGuardian.sensitive.saveByToken({ token: young.token, ...answers });
    expect(await asGuardian.sensitive.byToken({ token: young.token })).toMatchObject({
      firstName: "Jamie",
      answers,
    });
    expect(await asGuardian.sensitive.byToken({ token: "not-a-link" })).toBeNull();
    await asGuardian.registrations.withdrawConsent({ token: young.token });
    expect(await asGuardian.sensitive.byToken({ token: young.token })).toBeNull();
    expect((await failure(asGuardian.sensitive.saveByToken({ token: young.token, ...answers }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("who reads, and the record of every read", () => {
  it("the lead of the person's centre reads, recorded; another centre's lead cannot; organisers see the log", async () => {
    const { eventId, young, asOrganiser, asLead, asOtherLead, asGuardian } = await setup();
    await asOrganiser.sensitive.updateSettings({
      eventId,
      fields: ["MEDICAL", "ACCESS", "EMERGENCY_CONTACT"],
    });
    await asGuardian.sensitive.saveByToken({ token: young.token, ...answers });
    expect(await asLead.sensitive.read({ eventId, registrationId: young.registrationId })).toEqual({
      displayName: "PixelFox",
      answers,
    });
    expect(
      (await failure(asOtherLead.sensitive.read({ eventId, registrationId: young.registrationId }))).code,
    ).toBe("NOT_FOUND");
    const log = await asOrganiser.sensitive.accessLog({ eventId });
    expect(log.map((e) => [e.by, e.what])).toEqual([["Lee Lead", "PixelFox's details"]]);
  });

  it("the live register lists only who is in the building, with emergency contacts, and records the read", async () => {
    const { eventId, centre, young, asOrganiser, asLead, asAdult, asGuardian } = await setup();
    await asOrganiser.sensitive.updateSettings({ eventId, fields: ["MEDICAL", "EMERGENCY_CONTACT"] });
    await asAdult.sensitive.saveMine({ eventId, ...answers, medical: "" });
    await asGuardian.sensitive.saveByToken({ token: young.token, ...answers });
    await tdb.db.attendance.create({
      data: { registrationId: young.registrationId, centreId: centre.id, checkedInAt: now },
    });
    const register = await asLead.sensitive.register({ eventId });
    expect(register.people).toEqual([
      expect.objectContaining({
        displayName: "PixelFox",
        emergency: { name: "Robin Adult", relationship: "partner", phone: "07700 900123" },
        hasNeeds: true,
      }),
    ]);
    // The medical note itself is not on the register.
    expect(JSON.stringify(register)).not.toContain("EpiPen");
    const log = await asOrganiser.sensitive.accessLog({ eventId });
    expect(log.map((e) => e.what)).toEqual(["the live register (1 person present)"]);
  });
});
