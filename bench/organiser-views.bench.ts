// How long the organisers' and centre leads' views take for a large event: 2,000 registrations at
// three centres, through the real procedures (authorization included) on the test database (PGlite, or
// PostgreSQL with TEST_DATABASE_URL). Run with `npm run bench`; numbers, not pass/fail.
import { afterAll, beforeAll, bench, describe } from "vitest";
import type { SessionUser } from "../server/context.ts";
import { callerFor } from "../server/test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../server/test/database.ts";
import { makeEvent, makeUser } from "../server/test/factories.ts";

const REGISTRATIONS = 2_000;
const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
let organiser: SessionUser;
let lead: SessionUser;
let eventId: string;

beforeAll(async () => {
  tdb = await openTestDatabase();
  organiser = await makeUser(tdb.db);
  lead = await makeUser(tdb.db);
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  eventId = event.id;
  const centres = await Promise.all(
    ["Bristol", "Leeds", "Manchester"].map((name) =>
      tdb.db.centre.create({ data: { eventId, name, capacity: 1_000 }, select: { id: true } }),
    ),
  );
  await tdb.db.eventRole.create({
    data: { eventId, userId: lead.id, role: "CENTRE_LEAD", centreId: centres[1]?.id ?? null },
    select: { id: true },
  });
  const people = Array.from({ length: REGISTRATIONS }, (_, i) => ({
    id: `bench-user-${i}`,
    email: `bench-${i}@example.test`,
    name: `Person ${i} Surname`,
  }));
  await tdb.db.user.createMany({ data: people });
  await tdb.db.registration.createMany({
    data: people.map((p, i) => ({
      eventId,
      userId: p.id,
      centreId: centres[i % centres.length]?.id ?? null,
      experience: (["NEW", "SOME", "CONFIDENT"] as const)[i % 3] ?? "NEW",
      skills: ["web", "data"],
      // A third are under 18 (some still waiting for a guardian), the rest adults.
      dateOfBirth: new Date(i % 3 === 0 ? "2011-06-15" : "1995-03-10"),
      status: i % 6 === 0 ? "PENDING_CONSENT" : i % 50 === 1 ? "WITHDRAWN" : "CONFIRMED",
      guardianEmail: i % 3 === 0 ? `guardian-${i}@example.test` : null,
      codeOfConductVersion: "2026-1",
      codeOfConductAt: now,
    })),
  });
}, 300_000);

afterAll(() => tdb.close());

const options = { iterations: 20, time: 0, warmupIterations: 2 };

describe(`an event with ${REGISTRATIONS} registrations`, () => {
  bench(
    "organisers' registrations list (registrations.list)",
    async () => {
      await callerFor(tdb.db, organiser, now).registrations.list({ eventId });
    },
    options,
  );
  bench(
    "organisers' registrations CSV (registrations.exportCsv)",
    async () => {
      await callerFor(tdb.db, organiser, now).registrations.exportCsv({ eventId });
    },
    options,
  );
  bench(
    "organisers' dashboard counts (dashboard.overview)",
    async () => {
      await callerFor(tdb.db, organiser, now).dashboard.overview({ eventId });
    },
    options,
  );
  bench(
    "a centre lead's view of one centre (registrations.forCentres)",
    async () => {
      await callerFor(tdb.db, lead, now).registrations.forCentres({ eventId });
    },
    options,
  );
});
