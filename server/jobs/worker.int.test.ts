// The job worker runs the retention job (real PostgreSQL only: the embedded database has no worker).
// Two instances' workers, each asked to run it, delete and count an event's personal data once.
import { makeWorkerUtils, parseCrontab, type Runner } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeEventWithTwoCentres, makeYoungPersonWithConsent } from "../test/checkin-factories.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { ensureQueueSchema } from "../mail/queue.ts";
import { JOB_SCHEDULE, REMINDER_TASK, RETENTION_TASK, startJobWorker } from "./worker.ts";

const day = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-24T12:00:00.000Z");
/** 30 days after the world's event publishes its results (12 days after `now`): the default period has passed. */
const due = new Date(now.getTime() + 42 * day);

let tdb: TestDatabase;
beforeAll(async () => {
  if (!onRealPostgres) return;
  tdb = await openTestDatabase();
  await ensureQueueSchema(tdb.url);
});
afterAll(async () => {
  if (onRealPostgres) await tdb.close();
});

describe("the schedule", () => {
  it("is a crontab graphile-worker accepts: retention and reminders hourly, backfilled, keyed", () => {
    const [item, reminders] = parseCrontab(JOB_SCHEDULE);
    expect(reminders).toMatchObject({ task: REMINDER_TASK, options: { jobKey: REMINDER_TASK } });
    expect(reminders?.match({ min: 37, hour: 9, date: 1, month: 1, dow: 2 })).toBe(true);
    expect(item).toMatchObject({
      task: RETENTION_TASK,
      options: { backfillPeriod: 2 * 60 * 60 * 1000, maxAttempts: 3, jobKey: RETENTION_TASK },
    });
    const at = (hour: number, min: number) => item?.match({ min, hour, date: 1, month: 1, dow: 2 });
    expect([at(0, 7), at(3, 7), at(23, 7)]).toEqual([true, true, true]);
    expect([at(3, 6), at(3, 8), at(3, 0)]).toEqual([false, false, false]);
  });
});

describe.skipIf(!onRealPostgres)("the job worker", () => {
  it("runs the retention job with its clock; two instances delete and count once", async () => {
    const db = tdb.db;
    const { event, centre } = await makeEventWithTwoCentres(db, { now });
    const young = await makeYoungPersonWithConsent(db, { eventId: event.id, centreId: centre.id, now });
    const runners: Runner[] = await Promise.all(
      [0, 1].map(() =>
        startJobWorker({
          db,
          connectionString: tdb.url,
          mail: null,
          schedule: false,
          clock: () => due,
          pollIntervalMs: 100,
        }),
      ),
    );
    const utils = await makeWorkerUtils({ connectionString: tdb.url });
    try {
      // As if both instances' schedulers queued the same hour.
      await Promise.all(
        [0, 1].map(() => utils.addJob(RETENTION_TASK, {}, { jobKey: `${RETENTION_TASK}-test` })),
      );
      await utils.addJob(RETENTION_TASK, {});
      const deadline = Date.now() + 15_000;
      let record = null;
      while (!record && Date.now() < deadline) {
        record = await db.personalDataDeletion.findUnique({
          where: { eventId: event.id },
          select: { trigger: true, datesOfBirth: true, collectors: true },
        });
        if (!record) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(record).toEqual({ trigger: "schedule", datesOfBirth: 1, collectors: 1 });
      // Let every queued copy finish, then count.
      while (Date.now() < deadline) {
        const left = await db.$queryRaw<
          { n: bigint }[]
        >`SELECT count(*) AS n FROM graphile_worker.jobs WHERE task_identifier = ${RETENTION_TASK}`;
        if (Number(left[0]?.n ?? 0) === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await db.auditLog.count({ where: { eventId: event.id, action: "retention.deleted" } })).toBe(1);
      const registration = await db.registration.findUniqueOrThrow({
        where: { id: young.registrationId },
        select: { dateOfBirth: true, ageAtStart: true },
      });
      expect(registration).toEqual({ dateOfBirth: null, ageAtStart: 12 });
    } finally {
      await utils.release();
      await Promise.all(runners.map((r) => r.stop()));
    }
  });
});

describe.skipIf(!onRealPostgres)("waiting-list jobs", () => {
  it("a freed place is offered by the promote job; the expiry job passes it on at its time", async () => {
    const db = tdb.db;
    const { makeEvent, makeUser } = await import("../test/factories.ts");
    const { makeRegistration } = await import("../test/registration-factories.ts");
    const { requestPromotion } = await import("../waiting-list/commands.ts");
    const { PROMOTE_TASK } = await import("../waiting-list/jobs.ts");
    // The real clock here: the expiry job must lie in the future of the queue's own clock.
    const now = new Date(Math.ceil(Date.now() / 1000) * 1000);
    const event = await makeEvent(db, { now });
    const centre = await db.centre.create({
      data: { eventId: event.id, name: "Job Library", capacity: 1 },
      select: { id: true },
    });
    const holder = await makeUser(db);
    const registration = await makeRegistration(db, {
      eventId: event.id,
      userId: holder.id,
      centreId: centre.id,
    });
    const [first, second] = [await makeUser(db), await makeUser(db)];
    for (const [i, person] of [first, second].entries()) {
      await db.waitingListEntry.create({
        data: {
          eventId: event.id,
          centreId: centre.id,
          userId: person.id,
          experience: "NEW",
          createdAt: new Date(now.getTime() + i * 1000),
        },
      });
    }
    let clock = now;
    const runner = await startJobWorker({
      db,
      connectionString: tdb.url,
      mail: null,
      schedule: false,
      clock: () => clock,
      pollIntervalMs: 100,
    });
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = tdb.url;
    const statusOf = async (userId: string) =>
      (
        await db.waitingListEntry.findUniqueOrThrow({
          where: { centreId_userId: { centreId: centre.id, userId } },
          select: { status: true, offerExpiresAt: true },
        })
      ).status;
    const until = async (check: () => Promise<boolean>) => {
      const deadline = Date.now() + 15_000;
      while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    };
    try {
      await db.registration.update({ where: { id: registration.id }, data: { status: "WITHDRAWN" } });
      // Asked twice at once: one job (the key collapses them), one offer.
      await Promise.all([0, 1].map(() => requestPromotion(db, { centreId: centre.id, now })));
      await until(async () => (await statusOf(first.id)) === "OFFERED");
      expect(await statusOf(first.id)).toBe("OFFERED");
      expect(await statusOf(second.id)).toBe("WAITING");
      // The offer's expiry job is queued for its time limit (just after the offer's email).
      const expiryJobs = () => db.$queryRaw<{ run_at: Date }[]>`
        SELECT run_at FROM graphile_worker.jobs WHERE task_identifier = ${PROMOTE_TASK} AND key LIKE 'waitlist-expiry:%'`;
      await until(async () => (await expiryJobs()).length > 0);
      const expiry = await expiryJobs();
      expect(expiry).toHaveLength(1);
      expect(expiry[0]?.run_at).toEqual(new Date(now.getTime() + 48 * 60 * 60 * 1000));
      // Its time comes (the clock moves past the limit and the job is due now).
      clock = new Date(now.getTime() + 49 * 60 * 60 * 1000);
      await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key LIKE 'waitlist-expiry:%'`;
      await until(async () => (await statusOf(second.id)) === "OFFERED");
      expect(await statusOf(first.id)).toBe("EXPIRED");
      expect(await statusOf(second.id)).toBe("OFFERED");
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
      await runner.stop();
    }
  });
});
