// What the live show and the presenter read, and how many queries it takes: the presenter's view is the
// live show plus the page of the project on stage, read with the entry on stage. Through the procedures:
// server/routers/finals.int.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../db/create.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent } from "../test/factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";
import { liveShow, presenterShow } from "./queries.ts";

const eventNow = new Date("2026-12-01T12:00:00.000Z");
const finalsNight = new Date("2026-12-11T18:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

/** `tdb.db`, counting the Prisma queries made through it. */
function counted(): { db: Db; calls: () => number } {
  let calls = 0;
  const db = tdb.db.$extends({
    query: {
      $allOperations({ args, query }) {
        calls += 1;
        return query(args);
      },
    },
  }) as unknown as Db;
  return { db, calls: () => calls };
}

/** An event with a running order of two submitted projects, the first with a page and an image. */
async function show() {
  const event = await makeEvent(tdb.db, { now: eventNow });
  const project = async (title: string) => {
    const team = await makeTeam(tdb.db, {
      eventId: event.id,
      captain: await makeParticipant(tdb.db, { eventId: event.id, name: `${title} captain` }),
      name: `${title} team`,
    });
    return tdb.db.submission.create({
      data: { eventId: event.id, teamId: team.id, title, status: "SUBMITTED", submittedAt: eventNow },
      select: { id: true },
    });
  };
  const busBuddy = await project("Bus Buddy");
  const tideTable = await project("Tide Table");
  await tdb.db.submission.update({
    where: { id: busBuddy.id },
    data: {
      description: "Tells you when **the bus** comes.",
      technologies: ["Python"],
      repositoryUrl: "https://example.org/bus-buddy",
      images: {
        create: [
          {
            storageKey: `finals/${busBuddy.id}/1`,
            contentType: "image/png",
            byteSize: 10,
            position: 1,
            alt: "Map",
          },
          {
            storageKey: `finals/${busBuddy.id}/0`,
            contentType: "image/png",
            byteSize: 10,
            position: 0,
            alt: "Bus",
          },
        ],
      },
    },
  });
  const row = await tdb.db.finalsShow.create({ data: { eventId: event.id }, select: { id: true } });
  const slots = await Promise.all(
    [busBuddy, tideTable].map((s, position) =>
      tdb.db.finalsSlot.create({
        data: { showId: row.id, submissionId: s.id, position },
        select: { id: true },
      }),
    ),
  );
  const params = { eventId: event.id, now: finalsNight };
  const onStage = (slot: { id: string } | undefined) =>
    tdb.db.finalsShow.update({
      where: { id: row.id },
      data: slot
        ? { currentSlotId: slot.id, timerStartedAt: eventNow, startedAt: eventNow }
        : { currentSlotId: null, timerStartedAt: null, endedAt: finalsNight },
    });
  return { event, params, slots, onStage };
}

describe("the presenter's view", () => {
  it("is the live show plus the page of the project on stage, in every phase", async () => {
    const { params, slots, onStage } = await show();
    const both = async () => [await liveShow(tdb.db, params), await presenterShow(tdb.db, params)] as const;

    const [before, presenterBefore] = await both();
    expect(before?.phase).toBe("NOT_STARTED");
    expect(presenterBefore).toEqual({ ...before, page: null });

    await onStage(slots[0]);
    const [live, presenter] = await both();
    expect(live?.onStage).toMatchObject({
      title: "Bus Buddy",
      teamName: "Bus Buddy team",
      credits: ["Bus Buddy captain"],
    });
    const { page, ...rest } = presenter ?? { page: undefined };
    expect(rest).toEqual(live);
    // Exactly what the page shows: no other field of the project, the first image only.
    expect(page).toEqual({
      description: "Tells you when **the bus** comes.",
      technologies: ["Python"],
      repositoryUrl: "https://example.org/bus-buddy",
      demoUrl: null,
      images: [{ id: expect.any(String) as unknown, alt: "Bus" }],
    });

    await onStage(slots[1]);
    expect((await presenterShow(tdb.db, params))?.page).toEqual({
      description: "",
      technologies: [],
      repositoryUrl: null,
      demoUrl: null,
      images: [],
    });

    await onStage(undefined);
    const [ended, presenterEnded] = await both();
    expect(ended?.phase).toBe("ENDED");
    expect(presenterEnded).toEqual({ ...ended, page: null });
  });

  it("is null, as the live show, before there is a running order", async () => {
    const event = await makeEvent(tdb.db, { now: eventNow });
    const params = { eventId: event.id, now: finalsNight };
    expect(await liveShow(tdb.db, params)).toBeNull();
    expect(await presenterShow(tdb.db, params)).toBeNull();
  });
});

describe("queries", () => {
  it("reads the show in one query, and the entry on stage (with its page for the presenter) in one more", async () => {
    const { params, slots, onStage } = await show();
    const reads = async (read: typeof liveShow | typeof presenterShow) => {
      const { db, calls } = counted();
      await read(db, params);
      return calls();
    };
    expect([await reads(liveShow), await reads(presenterShow)]).toEqual([1, 1]);
    await onStage(slots[0]);
    expect([await reads(liveShow), await reads(presenterShow)]).toEqual([2, 2]);
  });
});
