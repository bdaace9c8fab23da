// Email through the job queue (real PostgreSQL only: the embedded database delivers inside the request):
// the request only stores and queues; a worker delivers to a real SMTP server, retries a refusal, and
// picks up what an instance queued before it died.
import type { Runner } from "graphile-worker";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { startTestSmtp, type ReceivedMail, type TestSmtp } from "../test/smtp.ts";
import { deliverQueuedMail, smtpTransport } from "./queue.ts";
import { sendMail, type MailSettings } from "./send.ts";
import { announcementMail, signInMail } from "./templates.ts";
import { startMailWorker } from "./worker.ts";

let tdb: TestDatabase;
let smtp: TestSmtp;
let port = 0;
let received: ReceivedMail[] = [];
/** What the SMTP server does with the next messages: accept, or refuse with a temporary error. */
const plan: ("accept" | "refuse")[] = [];
/** Holds every delivery until released: an SMTP server that is slow to answer. */
let hold: Promise<void> | null = null;

const link = "http://localhost:3000/api/auth/callback/nodemailer?token=secret-token&email=ada%40example.test";

beforeAll(async () => {
  if (!onRealPostgres) return;
  tdb = await openTestDatabase();
  smtp = await startTestSmtp(async () => {
    if (hold) await hold;
    return plan.shift() ?? "accept";
  });
  port = smtp.port;
  received = smtp.received;
});

afterAll(async () => {
  if (!onRealPostgres) return;
  await smtp.close();
  await tdb.close();
});

let runner: Runner | null = null;
afterEach(async () => {
  await runner?.stop();
  runner = null;
  received.length = 0;
  plan.length = 0;
  hold = null;
});

const settings = (): MailSettings => ({
  appEnv: "production",
  smtpUrl: `smtp://127.0.0.1:${port}`,
  from: "Festival of Code <noreply@festival.test>",
  queueUrl: tdb.url,
});

const worker = async () =>
  startMailWorker({
    db: tdb.db,
    connectionString: tdb.url,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: "Festival of Code <noreply@festival.test>",
    scrub: true,
    pollIntervalMs: 100,
  });

/** Waits up to 15 s for `check` to hold. */
async function eventually(check: () => Promise<boolean> | boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const row = (to: string) =>
  tdb.db.outboxEmail.findFirstOrThrow({
    where: { to },
    select: { status: true, attempts: true, lastError: true, link: true, raw: true, sentAt: true },
  });

describe.runIf(onRealPostgres)("the mail queue", () => {
  it("answers the request before the SMTP server has the message, then delivers it once, and forgets the link", async () => {
    let release = () => undefined as void;
    hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    runner = await worker();
    await sendMail(tdb.db, "ada@example.test", signInMail({ url: link, host: "localhost:3000" }), settings());
    // The request is done; the SMTP server has not accepted anything (it is holding the delivery).
    expect(received).toHaveLength(0);
    expect((await row("ada@example.test")).status).toBe("QUEUED");
    release();
    await eventually(async () => (await row("ada@example.test")).status === "SENT");
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(["ada@example.test"]);
    expect(received[0]?.raw).toContain("Sign in");
    // Delivered: the sign-in link is not kept in the database.
    expect(await row("ada@example.test")).toMatchObject({ link: null, raw: "", attempts: 1 });
  });

  it("retries a refused delivery until the server takes it", async () => {
    plan.push("refuse");
    runner = await worker();
    await sendMail(tdb.db, "bo@example.test", announcementMail(announcement()), settings());
    await eventually(async () => (await row("bo@example.test")).attempts === 1);
    expect(await row("bo@example.test")).toMatchObject({
      status: "QUEUED",
      lastError: expect.stringContaining("Try again later") as unknown,
    });
    expect(received).toHaveLength(0);
    // graphile-worker waits e^1 s before the second attempt: bring it forward.
    await tdb.db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now()`;
    await eventually(async () => (await row("bo@example.test")).status === "SENT");
    expect(received.map((m) => m.to)).toEqual([["bo@example.test"]]);
    expect((await row("bo@example.test")).attempts).toBe(2);
  });

  it("delivers what an instance queued before it died, once a worker runs", async () => {
    // No worker: the instance that answered the request is gone.
    await sendMail(tdb.db, "cy@example.test", announcementMail(announcement()), settings());
    expect((await row("cy@example.test")).status).toBe("QUEUED");
    runner = await worker();
    await eventually(async () => (await row("cy@example.test")).status === "SENT");
    expect(received).toHaveLength(1);
  });

  it("marks an email FAILED after its last attempt, and leaves a SENT one alone", async () => {
    await sendMail(tdb.db, "di@example.test", announcementMail(announcement()), settings());
    const { id } = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: "di@example.test" },
      select: { id: true },
    });
    // Nothing listens on this port.
    const nowhere = smtpTransport("smtp://127.0.0.1:9");
    const params = {
      outboxId: id,
      transport: nowhere,
      from: "x@festival.test",
      maxAttempts: 10,
      scrub: true,
    };
    await expect(deliverQueuedMail(tdb.db, { ...params, attempt: 10 })).rejects.toThrow();
    expect(await row("di@example.test")).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(await deliverQueuedMail(tdb.db, { ...params, attempt: 11 })).toBe("SKIPPED");
  });
});

function announcement() {
  return {
    eventName: "Summer of Code",
    title: "Pizza",
    body: "Pizza at six.",
    url: "http://localhost:3000/events/summer",
  };
}
