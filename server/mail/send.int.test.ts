import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { startTestSmtp, type ReceivedMail, type TestSmtp } from "../test/smtp.ts";
import { makeUser } from "../test/factories.ts";
import { teamJoinRequestMail } from "./team-templates.ts";
import { mailSettings, mayEmail, sendMail } from "./send.ts";
import { announcementMail, signInMail } from "./templates.ts";

let tdb: TestDatabase;
let smtp: TestSmtp;
let port = 0;
let received: ReceivedMail[] = [];

beforeAll(async () => {
  tdb = await openTestDatabase();
  smtp = await startTestSmtp();
  port = smtp.port;
  received = smtp.received;
});

afterAll(async () => {
  await smtp.close();
  await tdb.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const link = "http://localhost:3000/api/auth/callback/nodemailer?token=secret-token&email=ada%40example.test";

/** Everything the code under test writes to stdout and stderr. */
function captureOutput(): () => string {
  const lines: string[] = [];
  const capture = (chunk: string | Uint8Array) => {
    lines.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
  return () => lines.join("");
}

describe("sendMail", () => {
  it("delivers over SMTP in production and keeps nothing in the outbox", async () => {
    const output = captureOutput();
    await sendMail(tdb.db, "ada@example.test", signInMail({ url: link, host: "localhost:3000" }), {
      appEnv: "production",
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: "Festival of Code <noreply@festival.test>",
      queueUrl: null,
    });
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(["ada@example.test"]);
    expect(received[0]?.from).toBe("noreply@festival.test");
    expect(received[0]?.raw).toContain("Subject: Sign in to Festival of Code");
    expect(await tdb.db.outboxEmail.count()).toBe(0);
    // Logs never carry the address or the link.
    expect(output()).not.toContain("ada@example.test");
    expect(output()).not.toContain("secret-token");
  });

  it("refuses to use the development outbox in production", async () => {
    await expect(
      sendMail(tdb.db, "ada@example.test", signInMail({ url: link, host: "x" }), {
        appEnv: "production",
        smtpUrl: undefined,
        from: "noreply@festival.test",
        queueUrl: null,
      }),
    ).rejects.toThrow(/SMTP_URL is required in production/);
    expect(await tdb.db.outboxEmail.count()).toBe(0);
  });

  it("stores the message rendered by nodemailer in the outbox outside production", async () => {
    const output = captureOutput();
    await sendMail(tdb.db, "ada@example.test", signInMail({ url: link, host: "localhost:3000" }), {
      appEnv: "development",
      smtpUrl: undefined,
      from: "Festival of Code <noreply@festival.test>",
      queueUrl: null,
    });
    const stored = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: "ada@example.test" },
      select: { subject: true, link: true, raw: true, kind: true },
    });
    expect(stored).toMatchObject({ subject: "Sign in to Festival of Code", link, kind: "sign-in" });
    expect(stored.raw).toMatch(/^From: Festival of Code <noreply@festival\.test>$/m);
    expect(stored.raw).toContain("Content-Type: multipart/alternative");
    expect(output()).not.toContain("ada@example.test");
    expect(output()).not.toContain("secret-token");
  });
});

describe("email preferences", () => {
  const outside = {
    appEnv: "development",
    smtpUrl: undefined,
    from: "noreply@festival.test",
    queueUrl: null,
  } as const;
  const teamMail = teamJoinRequestMail({
    recipientName: "Amira",
    requesterName: "PixelFox",
    teamName: "Data Dragons",
    eventName: "Festival of Code",
    url: "http://localhost:3000/events/festival/team",
  });

  it("does not send a kind whose category its recipient turned off, and sends every other", async () => {
    const person = await makeUser(tdb.db, { email: "amira@example.test" });
    await tdb.db.user.update({ where: { id: person.id }, data: { emailOptOuts: ["TEAM"] } });
    expect(await mayEmail(tdb.db, "Amira@Example.test", "team-join-request")).toBe(false);
    expect(await sendMail(tdb.db, person.email, teamMail, outside)).toBe(false);
    const announcement = announcementMail({
      eventName: "Festival of Code",
      title: "Doors open at nine",
      body: "See you there.",
      url: "http://localhost:3000/events/festival",
    });
    expect(await sendMail(tdb.db, person.email, announcement, outside)).toBe(true);
    // Sign-in links can never be turned off, whatever is stored.
    await tdb.db.user.update({ where: { id: person.id }, data: { emailOptOuts: ["TEAM", "ACCESS"] } });
    expect(await sendMail(tdb.db, person.email, signInMail({ url: link, host: "x" }), outside)).toBe(true);
    const kinds = await tdb.db.outboxEmail.findMany({ where: { to: person.email }, select: { kind: true } });
    expect(kinds.map((k) => k.kind).sort()).toEqual(["announcement", "sign-in"]);
  });

  it("tells the recipient of an optional kind where to turn it off, and not of one that is always sent", async () => {
    await makeUser(tdb.db, { email: "tom@example.test" });
    await sendMail(tdb.db, "tom@example.test", teamMail, outside);
    await sendMail(tdb.db, "tom@example.test", signInMail({ url: link, host: "x" }), outside);
    const stored = await tdb.db.outboxEmail.findMany({
      where: { to: "tom@example.test" },
      select: { kind: true, text: true, html: true },
    });
    const team = stored.find((m) => m.kind === "team-join-request");
    expect(team?.text).toContain("http://localhost:3000/account/emails");
    expect(team?.html).toContain('href="http://localhost:3000/account/emails"');
    expect(stored.find((m) => m.kind === "sign-in")?.text).not.toContain("/account/emails");
  });
});

describe("mailSettings", () => {
  const base = {
    NODE_ENV: "production",
    APP_ENV: "production",
    SMTP_URL: "smtp://mail:25",
    DATABASE_URL: "postgresql://db/app",
  } as const;
  it("queues SMTP deliveries in the PostgreSQL the app uses", () => {
    expect(mailSettings(base).queueUrl).toBe("postgresql://db/app");
  });
  it("delivers inside the request without SMTP, on the embedded database, or with MAIL_QUEUE=off", () => {
    expect(mailSettings({ ...base, SMTP_URL: "" }).queueUrl).toBeNull();
    expect(mailSettings({ ...base, EMBEDDED_DATABASE: "1" }).queueUrl).toBeNull();
    expect(mailSettings({ ...base, MAIL_QUEUE: "off" }).queueUrl).toBeNull();
    expect(mailSettings({ ...base, DATABASE_URL: "" }).queueUrl).toBeNull();
  });
});
