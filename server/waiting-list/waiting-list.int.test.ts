// Waiting lists at full centres through the procedures: joining, positions, offers when a place frees,
// expiry, declining, accepting by registering, and the races (real PostgreSQL only).
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { callerFor } from "../test/callers.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeRegistration, registrationFor } from "../test/registration-factories.ts";
import { promoteWaitingList, sweepWaitingLists } from "./commands.ts";
import { OFFER_HOURS } from "./rules.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
const hour = 3_600_000;
const at = (ms: number) => new Date(now.getTime() + ms);

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const as = (user: SessionUser | null, clock: Date = now) => callerFor(tdb.db, user, clock);

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string } | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { code: error.code, message: error.message };
  }
}

/** A published event with one centre of `capacity` places, all taken by `holders`. */
async function fullCentre(capacity = 1) {
  const organiser = await makeUser(tdb.db, { name: "Olive Organiser" });
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const centre = await tdb.db.centre.create({
    data: { eventId: event.id, name: "Tiny Library", capacity },
    select: { id: true },
  });
  const holders: SessionUser[] = [];
  for (let i = 0; i < capacity; i++) {
    const holder = await makeUser(tdb.db, { name: `Holder ${i}` });
    await makeRegistration(tdb.db, { eventId: event.id, userId: holder.id, centreId: centre.id });
    holders.push(holder);
  }
  return { organiser, event, centreId: centre.id, holders: holders as People };
}

/** Up to four people, each there (the tests never ask for more than they made). */
type People = SessionUser[] & { 0: SessionUser; 1: SessionUser; 2: SessionUser; 3: SessionUser };

async function waiters(eventId: string, centreId: string, n: number, clock = now): Promise<People> {
  const people: SessionUser[] = [];
  for (let i = 0; i < n; i++) {
    const person = await makeUser(tdb.db, { name: `Waiter ${i}` });
    // One second apart, so the order of joining is the order of offers.
    await as(person, at(i * 1000 + clock.getTime() - now.getTime())).waitingList.join({
      eventId,
      centreId,
      experience: "NEW",
    });
    people.push(person);
  }
  return people as People;
}

const statusOf = async (centreId: string, userId: string) =>
  (
    await tdb.db.waitingListEntry.findUniqueOrThrow({
      where: { centreId_userId: { centreId, userId } },
      select: { status: true },
    })
  ).status;

describe("joining and leaving", () => {
  it("joins a full centre's list at the back and shows each person's position", async () => {
    const { event, centreId } = await fullCentre();
    const [first, second] = await waiters(event.id, centreId, 2);
    const mine = await as(second).waitingList.mine({ eventId: event.id });
    expect(mine).toEqual([
      {
        centre: { id: centreId, name: "Tiny Library" },
        status: "WAITING",
        position: 2,
        offerExpiresAt: null,
      },
    ]);
    expect((await as(first).waitingList.mine({ eventId: event.id }))[0]?.position).toBe(1);
    // Joining twice is refused; leaving moves the next one up.
    expect(
      await failure(as(first).waitingList.join({ eventId: event.id, centreId, experience: "NEW" })),
    ).toMatchObject({ code: "CONFLICT" });
    await as(first).waitingList.leave({ eventId: event.id, centreId });
    expect((await as(second).waitingList.mine({ eventId: event.id }))[0]?.position).toBe(1);
    expect(await as(first).waitingList.mine({ eventId: event.id })).toEqual([]);
    expect(await failure(as(first).waitingList.leave({ eventId: event.id, centreId }))).toMatchObject({
      code: "NOT_FOUND",
    });
    // Joining again starts at the back.
    const again = await as(first, at(10_000)).waitingList.join({
      eventId: event.id,
      centreId,
      experience: "SOME",
    });
    expect(again.position).toBe(2);
  });

  it("is refused at a centre with places left, and to someone who holds a place", async () => {
    const { event, centreId, holders } = await fullCentre();
    expect(
      await failure(as(holders[0]).waitingList.join({ eventId: event.id, centreId, experience: "NEW" })),
    ).toMatchObject({ code: "CONFLICT", message: "You already have a place at this event." });
    await tdb.db.centre.update({ where: { id: centreId }, data: { capacity: 2 } });
    const person = await makeUser(tdb.db);
    expect(
      await failure(as(person).waitingList.join({ eventId: event.id, centreId, experience: "NEW" })),
    ).toMatchObject({ code: "CONFLICT" });
    // Another event's centre is not found.
    const other = await fullCentre();
    expect(
      await failure(
        as(person).waitingList.join({ eventId: event.id, centreId: other.centreId, experience: "NEW" }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("offers", () => {
  it("a withdrawal offers the place to the first person waiting, by email, for 48 hours; they register", async () => {
    const { event, centreId, holders } = await fullCentre();
    const [first, second] = await waiters(event.id, centreId, 2);
    const stranger = await makeUser(tdb.db);
    await as(holders[0], at(hour)).registrations.withdraw({ eventId: event.id });
    expect(await statusOf(centreId, first.id)).toBe("OFFERED");
    expect(await statusOf(centreId, second.id)).toBe("WAITING");
    const [offer] = await as(first, at(hour)).waitingList.mine({ eventId: event.id });
    expect(offer).toMatchObject({ status: "OFFERED", offerExpiresAt: at(hour + OFFER_HOURS * hour) });
    const mail = await tdb.db.outboxEmail.findFirst({
      where: { to: first.email, kind: "waitlist-offer" },
      select: { subject: true, link: true },
    });
    expect(mail?.subject).toContain("Tiny Library");
    expect(mail?.link).toContain(`/events/${event.slug}/register?centre=${centreId}`);
    // The public centre list counts the place on offer as taken, like the form does.
    const [listed] = await as(null, at(hour)).centres.listPublic({ slug: event.slug });
    expect(listed).toMatchObject({ name: "Tiny Library", placesLeft: 0 });
    // The form shows the centre full to everyone but the person offered it.
    const form = await as(stranger, at(hour)).registrations.form({ eventId: event.id });
    expect(form.centres[0]).toMatchObject({ full: true, offered: false });
    const theirs = await as(first, at(hour)).registrations.form({ eventId: event.id });
    expect(theirs.centres[0]).toMatchObject({ full: false, offered: true });
    // Someone without the offer is refused; the one offered it registers, and their entry is accepted.
    expect(
      await failure(
        as(stranger, at(2 * hour)).registrations.register({
          eventId: event.id,
          ...registrationFor({ centreId }),
        }),
      ),
    ).toMatchObject({ code: "CONFLICT", message: "That centre is full." });
    await as(first, at(2 * hour)).registrations.register({
      eventId: event.id,
      ...registrationFor({ centreId }),
    });
    expect(await statusOf(centreId, first.id)).toBe("ACCEPTED");
    expect(await as(first, at(2 * hour)).waitingList.mine({ eventId: event.id })).toEqual([]);
    // Nothing more to offer: the place went to them.
    expect((await promoteWaitingList(tdb.db, { centreId, now: at(3 * hour) })).offered).toEqual([]);
  });

  it("an offer not taken in time expires and passes to the next; running late or twice offers once", async () => {
    const { event, centreId, holders } = await fullCentre();
    const [first, second, third] = await waiters(event.id, centreId, 3);
    await as(holders[0], at(hour)).registrations.withdraw({ eventId: event.id });
    expect(await statusOf(centreId, first.id)).toBe("OFFERED");
    // Before the time limit nothing changes.
    expect((await promoteWaitingList(tdb.db, { centreId, now: at(40 * hour) })).offered).toEqual([]);
    // The expiry job runs late (an hour after the limit), then again.
    const late = at((OFFER_HOURS + 2) * hour);
    expect((await promoteWaitingList(tdb.db, { centreId, now: late })).offered).toHaveLength(1);
    expect((await promoteWaitingList(tdb.db, { centreId, now: late })).offered).toEqual([]);
    expect(await statusOf(centreId, first.id)).toBe("EXPIRED");
    expect(await statusOf(centreId, second.id)).toBe("OFFERED");
    expect(await statusOf(centreId, third.id)).toBe("WAITING");
    // Too late to register with it.
    expect(
      await failure(
        as(first, late).registrations.register({ eventId: event.id, ...registrationFor({ centreId }) }),
      ),
    ).toMatchObject({ code: "CONFLICT" });
    // Turning the place down passes it on at once.
    await as(second, late).waitingList.leave({ eventId: event.id, centreId });
    expect(await statusOf(centreId, second.id)).toBe("LEFT");
    expect(await statusOf(centreId, third.id)).toBe("OFFERED");
  });

  it("raising a centre's capacity offers the new places; the sweep catches up a lost promotion", async () => {
    const { organiser, event, centreId } = await fullCentre();
    const people = await waiters(event.id, centreId, 4);
    await as(organiser).centres.update({
      eventId: event.id,
      centreId,
      name: "Tiny Library",
      capacity: 3,
    });
    const statuses = await Promise.all(people.map((p) => statusOf(centreId, p.id)));
    expect(statuses).toEqual(["OFFERED", "OFFERED", "WAITING", "WAITING"]);
    // The places on offer are held: the capacity cannot drop below them (1 registered + 2 offered).
    expect(
      await failure(
        as(organiser).centres.update({ eventId: event.id, centreId, name: "Tiny Library", capacity: 2 }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message:
        "1 person is registered at this centre and 2 places are offered from its waiting list, so it needs at least 3 places.",
    });
    // A place freed without a promotion (written directly): the sweep offers it.
    await tdb.db.centre.update({ where: { id: centreId }, data: { capacity: 4 } });
    expect(await sweepWaitingLists(tdb.db, { now: at(hour) })).toBeGreaterThanOrEqual(1);
    expect(await statusOf(centreId, people[2].id)).toBe("OFFERED");
  });

  it("organisers see each centre's list; the list names people by alias or first name and initial", async () => {
    const { organiser, event, centreId } = await fullCentre();
    const person = await makeUser(tdb.db, { name: "Amara Okafor" });
    await as(person).waitingList.join({ eventId: event.id, centreId, experience: "CONFIDENT" });
    const [list] = await as(organiser).waitingList.forCentres({ eventId: event.id });
    expect(list).toMatchObject({ centreId, waiting: 1, offered: 0 });
    expect(list?.entries[0]).toMatchObject({ name: "Amara O.", experience: "CONFIDENT", status: "WAITING" });
  });
});

// Races only mean something with several real connections; on PGlite these report skipped.
describe.skipIf(!onRealPostgres)("races (real PostgreSQL)", () => {
  it("two places freeing at once offer two different people, never more offers than places", async () => {
    const { event, centreId, holders } = await fullCentre(2);
    const people = await waiters(event.id, centreId, 4);
    await Promise.all(holders.map((h) => as(h, at(hour)).registrations.withdraw({ eventId: event.id })));
    // And the job run three more times at once.
    await Promise.all([0, 1, 2].map(() => promoteWaitingList(tdb.db, { centreId, now: at(hour) })));
    const statuses = await Promise.all(people.map((p) => statusOf(centreId, p.id)));
    expect(statuses).toEqual(["OFFERED", "OFFERED", "WAITING", "WAITING"]);
    expect(
      await tdb.db.outboxEmail.count({
        where: { kind: "waitlist-offer", to: { in: people.map((p) => p.email) } },
      }),
    ).toBe(2);
  });

  it("two people with offers accept at once: both get their place, never over capacity", async () => {
    const { event, centreId, holders } = await fullCentre(2);
    const people = await waiters(event.id, centreId, 3);
    await Promise.all(holders.map((h) => as(h, at(hour)).registrations.withdraw({ eventId: event.id })));
    const [a, b, c] = people;
    const outcomes = await Promise.all(
      [a, b, c].map((p) =>
        failure(
          as(p, at(2 * hour)).registrations.register({ eventId: event.id, ...registrationFor({ centreId }) }),
        ),
      ),
    );
    expect(outcomes.slice(0, 2)).toEqual(["ok", "ok"]);
    expect(outcomes[2]).toMatchObject({ code: "CONFLICT" });
    expect(await tdb.db.registration.count({ where: { centreId, status: { not: "WITHDRAWN" } } })).toBe(2);
  });

  it("a place on offer is never taken by someone else registering at the same moment", async () => {
    const { event, centreId, holders } = await fullCentre(1);
    const [offered] = await waiters(event.id, centreId, 1);
    const strangers = await Promise.all([0, 1, 2].map(() => makeUser(tdb.db)));
    const withdrawal = as(holders[0], at(hour)).registrations.withdraw({ eventId: event.id });
    const attempts = strangers.map((s) =>
      failure(
        as(s, at(hour)).registrations.register({ eventId: event.id, ...registrationFor({ centreId }) }),
      ),
    );
    await withdrawal;
    const results = await Promise.all(attempts);
    // Whoever got in did so before the offer existed; never more people than places.
    const taken = await tdb.db.registration.count({ where: { centreId, status: { not: "WITHDRAWN" } } });
    const offers = await tdb.db.waitingListEntry.count({
      where: { centreId, status: "OFFERED", offerExpiresAt: { gt: at(hour) } },
    });
    expect(taken + offers).toBeLessThanOrEqual(1);
    expect(results.filter((r) => r === "ok").length).toBe(taken);
    if (offers === 1) expect(await statusOf(centreId, offered.id)).toBe("OFFERED");
  });
});
