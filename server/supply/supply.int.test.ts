// Need against supply through the router: small counts suppressed with real rows, events kept apart,
// drafts never public.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import type { Db } from "../db/create.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
const hidden = { shown: false };
const shown = (value: number) => ({ shown: true, value });

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

/** `count` registrations at `centreId` (null: none), adults of some experience unless told otherwise. */
async function register(
  db: Db,
  options: {
    eventId: string;
    centreId: string | null | undefined;
    count: number;
    dateOfBirth?: Date;
    experience?: "NEW" | "SOME" | "CONFIDENT";
    status?: "CONFIRMED" | "WITHDRAWN";
  },
) {
  for (let i = 0; i < options.count; i++) {
    const user = await makeUser(db);
    await db.registration.create({
      data: {
        eventId: options.eventId,
        userId: user.id,
        centreId: options.centreId ?? null,
        experience: options.experience ?? "SOME",
        skills: [],
        dateOfBirth: options.dateOfBirth ?? new Date("1990-05-17T00:00:00.000Z"),
        status: options.status ?? "CONFIRMED",
        codeOfConductVersion: "2026-1",
        codeOfConductAt: now,
        guardianEmail: null,
      },
    });
  }
}

/** An event (published unless told) with an organiser and centres in the given districts. */
async function festival(options: { status?: "DRAFT" | "PUBLISHED"; centres: [string, string, number][] }) {
  const organiser = await makeUser(tdb.db);
  const event = await makeEvent(tdb.db, {
    now,
    status: options.status ?? "PUBLISHED",
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  const centres = [];
  for (const [name, postcodeDistrict, capacity] of options.centres) {
    centres.push(
      await tdb.db.centre.create({
        data: { eventId: event.id, name, postcodeDistrict, capacity },
        select: { id: true, name: true },
      }),
    );
  }
  return { organiser, event, centres };
}

describe("supply.event", () => {
  it("hides 3 young people at a centre and shows 7, with complementary suppression and no row data", async () => {
    const { organiser, event, centres } = await festival({
      centres: [
        ["Armley", "LS12", 10],
        ["Bramley", "LS13", 20],
        ["City", "LS1", 30],
      ],
    });
    const [armley, bramley, city] = centres;
    await register(tdb.db, {
      eventId: event.id,
      centreId: armley?.id,
      count: 3,
      dateOfBirth: new Date("2013-06-01"),
    });
    await register(tdb.db, {
      eventId: event.id,
      centreId: bramley?.id,
      count: 7,
      dateOfBirth: new Date("2013-06-01"),
    });
    await register(tdb.db, { eventId: event.id, centreId: city?.id, count: 9 });
    // Withdrawn registrations are not demand.
    await register(tdb.db, { eventId: event.id, centreId: city?.id, count: 2, status: "WITHDRAWN" });
    // A vetted mentor at the city centre, and one whose check has expired by the start.
    const [vetted, lapsed] = [await makeUser(tdb.db), await makeUser(tdb.db)];
    for (const [user, expiresOn] of [
      [vetted, "2029-01-01"],
      [lapsed, "2026-11-25"],
    ] as const) {
      await tdb.db.eventRole.create({
        data: { eventId: event.id, userId: user.id, role: "MENTOR", centreId: city?.id },
      });
      await tdb.db.vettingRecord.create({
        data: {
          eventId: event.id,
          userId: user.id,
          check: "DBS_ENHANCED_BARRED",
          checkedOn: new Date("2025-01-01"),
          expiresOn: new Date(expiresOn),
          verifiedBy: "A. Checker",
        },
      });
    }

    const view = await callerFor(tdb.db, organiser, now).supply.event({ eventId: event.id });
    const byName = Object.fromEntries(view.centres.map((c) => [c.name, c]));
    expect(byName.Armley?.registered).toEqual(hidden);
    expect(byName.Armley?.demandPerPlace).toBeNull();
    // 7 is shown, but hidden too here: otherwise Armley's 3 = total − 7 − 9.
    expect(byName.City?.registered).toEqual(shown(9));
    expect(byName.Bramley?.registered).toEqual(hidden);
    expect(view.totals.registered).toEqual(shown(19));
    expect(byName.City?.vettedMentors).toBe(1);
    expect(byName.City).toMatchObject({ district: "LS1", area: "LS", places: 30, demandPerPlace: 0.3 });
    expect(view.totals.places).toBe(60);
    // No shown count is ever 1–4, anywhere in the answer.
    const numbers = JSON.stringify(view).match(/"value":(\d+)/g) ?? [];
    for (const n of numbers) expect(Number(n.split(":")[1]) < 1 || Number(n.split(":")[1]) >= 5).toBe(true);
    // Counts only: no names, emails or dates of birth.
    expect(JSON.stringify(view)).not.toMatch(/@|dateOfBirth|1990|2013/);
  });

  it("shows counts of 5 or more as they are", async () => {
    const { organiser, event, centres } = await festival({
      centres: [
        ["Leeds", "LS1", 10],
        ["York", "YO1", 10],
      ],
    });
    await register(tdb.db, { eventId: event.id, centreId: centres[0]?.id, count: 7 });
    await register(tdb.db, { eventId: event.id, centreId: centres[1]?.id, count: 5 });
    const view = await callerFor(tdb.db, organiser, now).supply.event({ eventId: event.id });
    expect(view.centres.map((c) => c.registered)).toEqual([shown(7), shown(5)]);
    expect(view.totals.registered).toEqual(shown(12));
    expect(view.byAgeBand.columnTotals).toEqual([shown(0), shown(0), shown(0), shown(12)]);
    expect(view.byExperience.columnTotals).toEqual([shown(0), shown(12), shown(0)]);
    expect(view.centres[0]?.demandPerPlace).toBe(0.7);
  });

  it("counts people still waiting (or offered a place) on each centre's list, suppressed like the rest", async () => {
    const { organiser, event, centres } = await festival({
      centres: [
        ["Leeds", "LS1", 10],
        ["York", "YO1", 10],
      ],
    });
    const waiting = async (
      centreId: string | undefined,
      status: "WAITING" | "OFFERED" | "LEFT",
      n: number,
    ) => {
      for (let i = 0; i < n; i++) {
        const user = await makeUser(tdb.db);
        await tdb.db.waitingListEntry.create({
          data: { eventId: event.id, centreId: centreId ?? "", userId: user.id, experience: "NEW", status },
        });
      }
    };
    await waiting(centres[0]?.id, "WAITING", 5);
    await waiting(centres[0]?.id, "OFFERED", 1);
    await waiting(centres[0]?.id, "LEFT", 3);
    await waiting(centres[1]?.id, "WAITING", 2);
    const view = await callerFor(tdb.db, organiser, now).supply.event({ eventId: event.id });
    // Leeds 6, York 2 (hidden), so Leeds is hidden too; the total 8 is shown.
    expect(view.centres.map((c) => c.waiting)).toEqual([hidden, hidden]);
    expect(view.totals.waiting).toEqual(shown(8));
  });

  it("never counts another event's registrations", async () => {
    const a = await festival({ centres: [["Leeds", "LS1", 10]] });
    const b = await festival({ centres: [["Leeds", "LS1", 10]] });
    await register(tdb.db, { eventId: a.event.id, centreId: a.centres[0]?.id, count: 6 });
    await register(tdb.db, { eventId: b.event.id, centreId: b.centres[0]?.id, count: 8 });
    const view = await callerFor(tdb.db, a.organiser, now).supply.event({ eventId: a.event.id });
    expect(view.totals.registered).toEqual(shown(6));
  });

  it("writes the CSV with [c] for hidden counts", async () => {
    const { organiser, event, centres } = await festival({
      centres: [
        ["Leeds", "LS1", 10],
        ["York", "YO1", 10],
      ],
    });
    await register(tdb.db, { eventId: event.id, centreId: centres[0]?.id, count: 2 });
    await register(tdb.db, { eventId: event.id, centreId: centres[1]?.id, count: 12 });
    const { filename, csv } = await callerFor(tdb.db, organiser, now).supply.exportCsv({ eventId: event.id });
    expect(filename).toBe(`${event.slug}-need-and-supply.csv`);
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe(
      "Centre,Postcode district,Postcode area,Places,Vetted mentors,Registered,Waiting list,Demand per place," +
        "Age Under 13,Age 13–15,Age 16–17,Age 18+,New to coding,Some experience,Confident",
    );
    expect(lines[1]).toBe("Leeds,LS1,LS,10,0,[c],0,,0,0,0,[c],0,[c],0");
    expect(lines).toHaveLength(4);
  });
});

describe("supply.area", () => {
  it("counts published events' centres in the postcode area only, never drafts, suppressed", async () => {
    const area = `Q${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
    const published = await festival({
      centres: [
        ["Here", `${area}1`, 15],
        ["Elsewhere", "ZZ9", 15],
      ],
    });
    const draft = await festival({ status: "DRAFT", centres: [["Draft centre", `${area}2`, 50]] });
    await register(tdb.db, {
      eventId: published.event.id,
      centreId: published.centres[0]?.id,
      count: 3,
      dateOfBirth: new Date("2014-03-01"),
    });
    await register(tdb.db, { eventId: published.event.id, centreId: published.centres[0]?.id, count: 6 });
    await register(tdb.db, { eventId: published.event.id, centreId: published.centres[1]?.id, count: 40 });
    await register(tdb.db, { eventId: draft.event.id, centreId: draft.centres[0]?.id, count: 20 });

    const view = await callerFor(tdb.db, null, now).supply.area({ area: area.toLowerCase() });
    expect(view.area).toBe(area);
    expect(view.events.map((e) => e.slug)).toEqual([published.event.slug]);
    expect(view.events[0]?.centres).toEqual([{ name: "Here", district: `${area}1` }]);
    expect(view.places).toBe(15);
    expect(view.registered).toEqual(shown(9));
    // 3 under-13s hidden, and the 6 adults with them (else 9 − 6 = 3).
    expect(view.byAgeBand).toEqual([hidden, shown(0), shown(0), hidden]);
    expect(view.byExperience).toEqual([shown(0), shown(9), shown(0)]);
    expect(view.demandPerPlace).toBe(0.6);
  });

  it("answers an area with no events with nothing, and refuses what is not an area", async () => {
    const caller = callerFor(tdb.db, null, now);
    const view = await caller.supply.area({ area: "XQ" });
    expect(view.events).toEqual([]);
    expect(view.registered).toEqual(shown(0));
    await expect(caller.supply.area({ area: "LS1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
