// The background worker comes back on its own: after a failure to start, and after a worker dies on an
// error (what graphile-worker 0.16 does when it cannot record a finished job during a database outage),
// with the dead worker's job lock released so its job runs now instead of hours later. PostgreSQL only:
// the queue lives in a real server.
import { makeWorkerUtils, run, type Runner, type Worker } from "graphile-worker";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { superviseRunner, type Supervisor } from "./supervise.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  if (!onRealPostgres) return;
  tdb = await openTestDatabase();
});
afterAll(async () => {
  if (!onRealPostgres) return;
  await tdb.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe.runIf(onRealPostgres)("the background worker's supervisor", () => {
  it("starts again after a failure to start, and replaces a runner whose worker died, releasing its job", async () => {
    const ran: string[] = [];
    const started: Runner[] = [];
    let failuresLeft = 1;
    const start = async (): Promise<Runner> => {
      if (failuresLeft-- > 0) throw new Error("database not there yet");
      return run({
        connectionString: tdb.url,
        concurrency: 1,
        pollInterval: 200,
        noHandleSignals: true,
        crontab: "",
        taskList: {
          ping: (payload) => {
            ran.push(String((payload as { n: string }).n));
          },
        },
      });
    };
    let supervisor: Supervisor | null = null;
    try {
      supervisor = superviseRunner({
        start,
        connectionString: tdb.url,
        firstRetryMs: 100,
        retryMs: 100,
        stopTimeoutMs: 2_000,
        onStart: (runner) => started.push(runner),
      });
      // The first start failed; the second, 100 ms later, works.
      await waitFor(() => started.length === 1, "the first runner");
      const utils = await makeWorkerUtils({ connectionString: tdb.url });
      await utils.addJob("ping", { n: "one" });
      await waitFor(() => ran.includes("one"), "the first job");

      // A job held by a worker that died (as the dying worker leaves it), then the worker's death.
      const job = await utils.addJob("ping", { n: "two" }, { runAt: new Date(Date.now() + 60_000) });
      const client = new pg.Client({ connectionString: tdb.url });
      await client.connect();
      await client.query(
        `UPDATE graphile_worker._private_jobs SET locked_by = 'dead-worker', locked_at = now(), run_at = now()
         WHERE id = $1`,
        [job.id],
      );
      const first = started[0];
      if (!first) throw new Error("no runner");
      first.events.emit("worker:stop", {
        worker: { workerId: "dead-worker" } as Worker,
        error: new Error("Connection terminated unexpectedly"),
      });

      await waitFor(() => started.length === 2, "a new runner");
      expect(supervisor.current()).toBe(started[1]);
      await waitFor(() => ran.includes("two"), "the released job");
      const { rows } = await client.query<{ n: string }>(
        "SELECT count(*)::text AS n FROM graphile_worker._private_jobs WHERE locked_by = 'dead-worker'",
      );
      expect(rows[0]?.n).toBe("0");
      await client.end();
      await utils.release();

      // A worker that stops without an error (a normal stop) is left alone.
      started[1]?.events.emit("worker:stop", { worker: { workerId: "calm" } as Worker });
      await sleep(400);
      expect(started).toHaveLength(2);
    } finally {
      await supervisor?.stop();
    }
  }, 60_000);
});
