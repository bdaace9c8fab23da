// Webhooks end to end against a real HTTP receiver (node:http on 127.0.0.1, a random port): signed
// deliveries, the retry schedule (the job called with its clock), idempotence, redelivery, which owner
// hears about what, no personal data in any message, and the SSRF rule.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeJudgingWorld, makeSubmittedEntry } from "../test/judging-factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { makeCentre, registrationFor } from "../test/registration-factories.ts";
import { endpointAddressProblem } from "./address.ts";
import { deliverWebhook, pruneWebhookDeliveries, settleBackgroundDeliveries } from "./deliver.ts";
import { DELIVERY_LOG_DAYS, MAX_ATTEMPTS, SWITCH_OFF_AFTER_FAILURES } from "./rules.ts";
import { generateSecret, verifyWebhook } from "./signing.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
const minute = 60_000;
const at = (ms: number) => new Date(now.getTime() + ms);

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver that records every request and answers with the next queued status (200 when none). */
class Receiver {
  readonly received: Received[] = [];
  readonly answers: number[] = [];
  private server: Server | null = null;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        this.received.push({
          path: request.url ?? "",
          headers: request.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        });
        response.statusCode = this.answers.shift() ?? 200;
        response.end("ok");
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.port = (this.server?.address() as AddressInfo).port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  at(path: string): Received[] {
    return this.received.filter((r) => r.path === path);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

let tdb: TestDatabase;
const receiver = new Receiver();
const allowLocalBefore = process.env.WEBHOOKS_ALLOW_LOCAL;
beforeAll(async () => {
  process.env.WEBHOOKS_ALLOW_LOCAL = "1";
  tdb = await openTestDatabase();
  await receiver.start();
});
afterEach(() => settleBackgroundDeliveries());
afterAll(async () => {
  await settleBackgroundDeliveries();
  await receiver.stop();
  await tdb.close();
  if (allowLocalBefore === undefined) delete process.env.WEBHOOKS_ALLOW_LOCAL;
  else process.env.WEBHOOKS_ALLOW_LOCAL = allowLocalBefore;
});

const as = (user: SessionUser | null, clock: Date = now) => callerFor(tdb.db, user, clock);
let paths = 0;
const freshPath = () => `/hook-${++paths}`;

async function organisedEvent() {
  const organiser = await makeUser(tdb.db, { name: "Olive Organiser" });
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  return { organiser, event };
}

/** An organised event with one active endpoint at `url` for project.submitted. */
async function eventWithEndpoint(url: string) {
  const { organiser, event } = await organisedEvent();
  const endpoint = await as(organiser).webhooks.createForEvent({
    eventId: event.id,
    url,
    types: ["project.submitted"],
    description: "",
    active: true,
  });
  return { organiser, event, endpoint };
}

const deliveryRow = (id: string) =>
  tdb.db.webhookDelivery.findUniqueOrThrow({
    where: { id },
    select: { status: true, attempts: true, nextAttemptAt: true, lastStatusCode: true, lastError: true },
  });

describe("a test message", () => {
  it("is POSTed signed with the endpoint's secret, and a wrong secret does not verify", async () => {
    const { organiser, event } = await organisedEvent();
    const path = freshPath();
    const endpoint = await as(organiser).webhooks.createForEvent({
      eventId: event.id,
      url: receiver.url(path),
      description: "Our CRM",
      types: ["project.submitted"],
      active: true,
    });
    expect(endpoint.secret).toMatch(/^whsec_/);
    const { deliveryId } = await as(organiser).webhooks.sendTestForEvent({
      eventId: event.id,
      endpointId: endpoint.id,
    });
    await settleBackgroundDeliveries();
    const [request] = receiver.at(path);
    expect(request).toBeDefined();
    if (!request) return;
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["webhook-id"]).toBe(deliveryId);
    expect(request.headers["webhook-timestamp"]).toBe(String(now.getTime() / 1000));
    expect(
      verifyWebhook({ secret: endpoint.secret, headers: request.headers, body: request.body, now }),
    ).toBe(true);
    expect(
      verifyWebhook({ secret: generateSecret(), headers: request.headers, body: request.body, now }),
    ).toBe(false);
    expect(JSON.parse(request.body)).toEqual({
      type: "ping",
      timestamp: now.toISOString(),
      data: { endpointId: endpoint.id, message: expect.any(String) as string, sentAt: now.toISOString() },
    });
    const log = await as(organiser).webhooks.deliveriesForEvent({ eventId: event.id });
    expect(log.items).toMatchObject([
      {
        id: deliveryId,
        type: "ping",
        status: "SUCCEEDED",
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
      },
    ]);

    // A rotated secret signs from then on; the old one no longer verifies.
    const rotated = await as(organiser).webhooks.rotateSecretForEvent({
      eventId: event.id,
      endpointId: endpoint.id,
    });
    expect(rotated.secret).not.toBe(endpoint.secret);
    await as(organiser).webhooks.sendTestForEvent({ eventId: event.id, endpointId: endpoint.id });
    await settleBackgroundDeliveries();
    const second = receiver.at(path)[1];
    expect(
      second && verifyWebhook({ secret: rotated.secret, headers: second.headers, body: second.body, now }),
    ).toBe(true);
    expect(
      second && verifyWebhook({ secret: endpoint.secret, headers: second.headers, body: second.body, now }),
    ).toBe(false);
  });
});

describe("retries", () => {
  it("retries a 500 after 1 and then 5 minutes, stops at success, and sends nothing after", async () => {
    const path = freshPath();
    const { organiser, event, endpoint } = await eventWithEndpoint(receiver.url(path));
    receiver.answers.push(500, 500, 200);
    const { deliveryId } = await as(organiser).webhooks.sendTestForEvent({
      eventId: event.id,
      endpointId: endpoint.id,
    });
    await settleBackgroundDeliveries();
    expect(await deliveryRow(deliveryId)).toEqual({
      status: "PENDING",
      attempts: 1,
      nextAttemptAt: at(minute),
      lastStatusCode: 500,
      lastError: "HTTP 500",
    });
    // Not due yet: nothing is sent.
    expect(await deliverWebhook(tdb.db, { deliveryId, now: at(10_000) })).toEqual({ sent: false });
    expect(receiver.at(path)).toHaveLength(1);

    const second = await deliverWebhook(tdb.db, { deliveryId, now: at(minute) });
    expect(second).toMatchObject({ sent: true, status: "PENDING", nextAttemptAt: at(6 * minute) });
    const third = await deliverWebhook(tdb.db, { deliveryId, now: at(6 * minute) });
    expect(third).toMatchObject({ sent: true, status: "SUCCEEDED", nextAttemptAt: null });
    expect(await deliveryRow(deliveryId)).toMatchObject({
      status: "SUCCEEDED",
      attempts: 3,
      lastStatusCode: 200,
    });

    // The job run again (twice at once, even) after success sends nothing.
    const again = await Promise.all([
      deliverWebhook(tdb.db, { deliveryId, now: at(60 * minute) }),
      deliverWebhook(tdb.db, { deliveryId, now: at(60 * minute) }),
    ]);
    expect(again).toEqual([{ sent: false }, { sent: false }]);
    const requests = receiver.at(path);
    expect(requests).toHaveLength(3);
    // Every attempt is the same message: one id, one body, each signed afresh.
    expect(new Set(requests.map((r) => r.headers["webhook-id"]))).toEqual(new Set([deliveryId]));
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    expect(requests.map((r) => r.headers["webhook-timestamp"])).toEqual(
      [0, minute, 6 * minute].map((ms) => String(at(ms).getTime() / 1000)),
    );

    // Redeliver: the same webhook-id once more.
    await as(organiser, at(2 * 60 * minute)).webhooks.redeliverForEvent({ eventId: event.id, deliveryId });
    await settleBackgroundDeliveries();
    expect(receiver.at(path)).toHaveLength(4);
    expect(receiver.at(path)[3]?.headers["webhook-id"]).toBe(deliveryId);
    expect(await deliveryRow(deliveryId)).toMatchObject({ status: "SUCCEEDED", attempts: 4 });
  });

  it("gives up after the seventh failed attempt, about 35 hours on", async () => {
    const path = freshPath();
    const { organiser, event, endpoint } = await eventWithEndpoint(receiver.url(path));
    receiver.answers.push(...Array<number>(MAX_ATTEMPTS).fill(503));
    const { deliveryId } = await as(organiser).webhooks.sendTestForEvent({
      eventId: event.id,
      endpointId: endpoint.id,
    });
    await settleBackgroundDeliveries();
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      const { nextAttemptAt } = await deliveryRow(deliveryId);
      await deliverWebhook(tdb.db, { deliveryId, now: nextAttemptAt });
    }
    const row = await deliveryRow(deliveryId);
    expect(row).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, lastError: "HTTP 503" });
    expect(row.nextAttemptAt.getTime() - now.getTime()).toBe((1 + 5 + 30 + 120 + 480 + 1440) * minute);
    expect(await deliverWebhook(tdb.db, { deliveryId, now: at(100 * 60 * minute) })).toEqual({ sent: false });
    expect(receiver.at(path)).toHaveLength(MAX_ATTEMPTS);
  });

  it("switches an endpoint off after five messages in a row failed for good, saying why", async () => {
    const { organiser, event, endpoint } = await eventWithEndpoint("http://127.0.0.1:9/gone-for-good");
    const endpointRow = () =>
      tdb.db.webhookEndpoint.findUniqueOrThrow({
        where: { id: endpoint.id },
        select: { active: true, disabledReason: true },
      });
    for (let i = 1; i <= SWITCH_OFF_AFTER_FAILURES; i++) {
      const { deliveryId } = await as(organiser).webhooks.sendTestForEvent({
        eventId: event.id,
        endpointId: endpoint.id,
      });
      await settleBackgroundDeliveries();
      // Its last attempt, a day and a half on.
      await tdb.db.webhookDelivery.update({
        where: { id: deliveryId },
        data: { attempts: MAX_ATTEMPTS - 1, nextAttemptAt: at(i * minute) },
        select: { id: true },
      });
      await deliverWebhook(tdb.db, { deliveryId, now: at(i * minute) });
      expect((await deliveryRow(deliveryId)).status).toBe("FAILED");
      expect((await endpointRow()).active).toBe(i < SWITCH_OFF_AFTER_FAILURES);
    }
    const off = await endpointRow();
    expect(off.disabledReason).toContain("the last 5 messages could not be delivered");
    expect(off.disabledReason).toContain("ECONNREFUSED");
  });

  it("deletes finished deliveries older than 30 days from the log, never pending ones", async () => {
    const { endpoint } = await eventWithEndpoint(receiver.url(freshPath()));
    const old = new Date(now.getTime() - (DELIVERY_LOG_DAYS + 1) * 24 * 60 * minute);
    const recent = new Date(now.getTime() - (DELIVERY_LOG_DAYS - 1) * 24 * 60 * minute);
    const make = (status: "SUCCEEDED" | "FAILED" | "PENDING", createdAt: Date) =>
      tdb.db.webhookDelivery.create({
        data: {
          endpointId: endpoint.id,
          kind: "PING",
          payload: {},
          status,
          createdAt,
          nextAttemptAt: createdAt,
        },
        select: { id: true, status: true },
      });
    const rows = await Promise.all([
      make("SUCCEEDED", old),
      make("FAILED", old),
      make("PENDING", old),
      make("SUCCEEDED", recent),
    ]);
    await pruneWebhookDeliveries(tdb.db, { now });
    const left = await tdb.db.webhookDelivery.findMany({
      where: { id: { in: rows.map((r) => r.id) } },
      select: { id: true },
    });
    expect(left.map((r) => r.id).sort()).toEqual([rows[2]?.id, rows[3]?.id].sort());
  });

  it("records a receiver that is not there as a failed attempt", async () => {
    const { organiser, event, endpoint } = await eventWithEndpoint("http://127.0.0.1:9/nobody-home");
    const { deliveryId } = await as(organiser).webhooks.sendTestForEvent({
      eventId: event.id,
      endpointId: endpoint.id,
    });
    await settleBackgroundDeliveries();
    expect(await deliveryRow(deliveryId)).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastStatusCode: null,
      lastError: "ECONNREFUSED",
    });
  });
});

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

const ALLOWED_KEYS = new Set([
  "type",
  "timestamp",
  "data",
  "challenge",
  "challenges",
  "organisation",
  "organisationId",
  "event",
  "eventId",
  "project",
  "team",
  "round",
  "registrationId",
  "centreId",
  "id",
  "name",
  "title",
  "slug",
  "url",
  "status",
  "previousStatus",
  "version",
  "scope",
  "changedAt",
  "submittedAt",
  "publishedAt",
  "confirmedAt",
  "awards",
  "kind",
  "place",
  "winners",
  "shared",
]);

describe("what each owner hears", () => {
  it("sends organisation A's endpoint A's challenge changes and never B's; the event hears both", async () => {
    const { organiser, event } = await organisedEvent();
    const [ownerA, ownerB] = [await makeUser(tdb.db), await makeUser(tdb.db)];
    const orgA = await makeOrganisation(tdb.db, { members: [{ userId: ownerA.id, role: "OWNER" }] });
    const orgB = await makeOrganisation(tdb.db, { members: [{ userId: ownerB.id, role: "OWNER" }] });
    const [pathA, pathB, pathEvent] = [freshPath(), freshPath(), freshPath()];
    const subscribe = { types: ["challenge.status_changed" as const], description: "", active: true };
    await as(ownerA).webhooks.createForOrganisation({
      organisationId: orgA.id,
      url: receiver.url(pathA),
      ...subscribe,
    });
    await as(ownerB).webhooks.createForOrganisation({
      organisationId: orgB.id,
      url: receiver.url(pathB),
      ...subscribe,
    });
    await as(organiser).webhooks.createForEvent({
      eventId: event.id,
      url: receiver.url(pathEvent),
      ...subscribe,
    });
    const challenge = await makeChallenge(tdb.db, {
      organisationId: orgB.id,
      eventId: event.id,
      title: "Buses",
    });

    await as(ownerB).challenges.submit({ organisationId: orgB.id, challengeId: challenge.id });
    await settleBackgroundDeliveries();
    expect(receiver.at(pathA)).toHaveLength(0);
    expect(receiver.at(pathB)).toHaveLength(1);
    expect(receiver.at(pathEvent)).toHaveLength(1);
    const message = JSON.parse(receiver.at(pathB)[0]?.body ?? "{}") as unknown;
    expect(message).toMatchObject({
      type: "challenge.status_changed",
      data: {
        challenge: {
          id: challenge.id,
          title: "Buses",
          status: "SUBMITTED",
          previousStatus: "DRAFT",
          url: null,
        },
        organisation: { id: orgB.id },
        event: { id: event.id },
      },
    });
    for (const key of keysOf(message)) expect(ALLOWED_KEYS, key).toContain(key);

    // Neither A's log nor A's owner sees anything of B's.
    const logA = await as(ownerA).webhooks.deliveriesForOrganisation({ organisationId: orgA.id });
    expect(logA.items).toEqual([]);
    // A switched-off endpoint hears nothing; a kind not subscribed to neither.
    const [endpointB] = (await as(ownerB).webhooks.listForOrganisation({ organisationId: orgB.id }))
      .endpoints;
    if (!endpointB) throw new Error("no endpoint");
    await as(ownerB).webhooks.updateForOrganisation({
      organisationId: orgB.id,
      endpointId: endpointB.id,
      url: endpointB.url,
      description: "",
      types: ["challenge.status_changed"],
      active: false,
    });
    await as(organiser).challenges.approve({ eventId: event.id, challengeId: challenge.id, comment: "" });
    await settleBackgroundDeliveries();
    expect(receiver.at(pathB)).toHaveLength(1);
    expect(receiver.at(pathEvent)).toHaveLength(2);
  });

  it("tells the event about registrations, projects and results with ids and names of things only", async () => {
    const { organiser, event } = await organisedEvent();
    const path = freshPath();
    await as(organiser).webhooks.createForEvent({
      eventId: event.id,
      url: receiver.url(path),
      types: ["registration.confirmed", "project.submitted", "results.published"],
      description: "",
      active: true,
    });
    const centre = await makeCentre(tdb.db, event.id);
    const person = await makeUser(tdb.db, { name: "Robin Tester" });
    const registration = await as(person).registrations.register({
      eventId: event.id,
      ...registrationFor({ centreId: centre.id, name: "Robin Tester", alias: "Robbo" }),
    });
    const sponsor = await makeOrganisation(tdb.db, { members: [] });
    const challenge = await makeChallenge(tdb.db, {
      organisationId: sponsor.id,
      eventId: event.id,
      status: "PUBLISHED",
    });
    const entry = await makeSubmittedEntry(tdb.db, { eventId: event.id, challengeId: challenge.id });
    await tdb.db.submission.update({
      where: { id: entry.submission.id },
      data: { status: "DRAFT", version: 2, description: "It tells you when the next bus comes." },
    });
    await as(entry.captain, at(8 * 24 * 60 * minute)).submissions.submit({
      eventId: event.id,
      teamId: entry.team.id,
      expectedVersion: 2,
    });
    await settleBackgroundDeliveries();
    const messages = receiver.at(path).map((r) => JSON.parse(r.body) as { type: string; data: unknown });
    expect(messages.map((m) => m.type)).toEqual(["registration.confirmed", "project.submitted"]);
    expect(messages[0]?.data).toEqual({
      registrationId: registration.id,
      eventId: event.id,
      centreId: centre.id,
      confirmedAt: now.toISOString(),
    });
    expect(messages[1]?.data).toMatchObject({
      project: { id: entry.submission.id, title: entry.submission.title, version: 2 },
      team: { id: entry.team.id, name: entry.team.name },
      challenges: [{ id: challenge.id, organisationId: sponsor.id }],
    });
    for (const message of messages) {
      for (const key of keysOf(message)) expect(ALLOWED_KEYS, key).toContain(key);
      const text = JSON.stringify(message);
      for (const personal of ["Robin", "Robbo", person.email, "1990", entry.captain.email]) {
        expect(text).not.toContain(personal);
      }
    }
  });

  it("tells the event and its sponsors when results are published", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 2, judges: 2, open: true });
    const owner = await makeUser(tdb.db);
    const sponsor = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
    const bystander = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
    await makeChallenge(tdb.db, { organisationId: sponsor.id, eventId: world.event.id, status: "PUBLISHED" });
    const [pathEvent, pathSponsor, pathBystander] = [freshPath(), freshPath(), freshPath()];
    const subscribe = { types: ["results.published" as const], description: "", active: true };
    await world.as.webhooks.createForEvent({
      eventId: world.event.id,
      url: receiver.url(pathEvent),
      ...subscribe,
    });
    await as(owner).webhooks.createForOrganisation({
      organisationId: sponsor.id,
      url: receiver.url(pathSponsor),
      ...subscribe,
    });
    await as(owner).webhooks.createForOrganisation({
      organisationId: bystander.id,
      url: receiver.url(pathBystander),
      ...subscribe,
    });
    const winner = world.entries[0];
    if (!winner) throw new Error("no entry");
    const award = await tdb.db.award.create({
      data: {
        eventId: world.event.id,
        roundId: world.round.id,
        kind: "OVERALL",
        name: "Best overall",
        place: 1,
        winners: { create: { submissionId: winner.submission.id } },
      },
      select: { id: true },
    });
    await world.as.judging.move({ roundId: world.round.id, to: "CLOSED" });
    await world.as.judging.move({ roundId: world.round.id, to: "PUBLISHED" });
    await settleBackgroundDeliveries();
    expect(receiver.at(pathEvent)).toHaveLength(1);
    expect(receiver.at(pathSponsor)).toHaveLength(1);
    expect(receiver.at(pathBystander)).toHaveLength(0);
    const message = JSON.parse(receiver.at(pathEvent)[0]?.body ?? "{}") as unknown;
    expect(message).toMatchObject({
      type: "results.published",
      data: {
        round: { id: world.round.id, name: "Main judging", scope: "EVENT" },
        event: { id: world.event.id },
        awards: [
          {
            id: award.id,
            name: "Best overall",
            kind: "OVERALL",
            place: 1,
            challenge: null,
            winners: [
              {
                project: { id: winner.submission.id, title: winner.submission.title },
                team: { name: winner.team.name },
                shared: false,
              },
            ],
          },
        ],
      },
    });
    for (const key of keysOf(message)) expect(ALLOWED_KEYS, key).toContain(key);
    expect(JSON.stringify(message)).not.toContain(winner.captain.email);
  });
});

describe("the SSRF rule", () => {
  const refused = [
    "https://10.0.0.5/hook",
    "https://127.0.0.1/hook",
    "https://169.254.169.254/latest/meta-data",
    "https://[::1]/hook",
    "https://[fd00::1]/hook",
    "https://localhost/hook",
    "https://printer.local/hook",
  ];

  it("refuses private, loopback and link-local hosts, and http, unless local addresses are allowed", async () => {
    for (const url of refused) {
      expect((await endpointAddressProblem(url, { allowLocal: false }))?.text, url).toMatch(
        /private network/,
      );
      expect(await endpointAddressProblem(url, { allowLocal: true }), url).toBeNull();
    }
    expect((await endpointAddressProblem("http://1.1.1.1/hook", { allowLocal: false }))?.text).toMatch(
      /https/,
    );
    expect(await endpointAddressProblem("https://1.1.1.1/hook", { allowLocal: false })).toBeNull();
    // A name is resolved, and refused when any of its addresses is private.
    const resolve = (answers: string[]) => () => Promise.resolve(answers);
    expect(
      (
        await endpointAddressProblem("https://hooks.example.org/x", {
          allowLocal: false,
          resolve: resolve(["93.184.215.14", "10.1.2.3"]),
        })
      )?.text,
    ).toMatch(/private network/);
    expect(
      (
        await endpointAddressProblem("https://hooks.example.org/x", {
          allowLocal: false,
          resolve: resolve([]),
        })
      )?.text,
    ).toMatch(/couldn't find/);
    expect(
      await endpointAddressProblem("https://hooks.example.org/x", {
        allowLocal: false,
        resolve: resolve(["93.184.215.14"]),
      }),
    ).toBeNull();
  });

  it("refuses saving such an endpoint as a field error, and refuses delivering to one saved earlier", async () => {
    const { organiser, event } = await organisedEvent();
    process.env.WEBHOOKS_ALLOW_LOCAL = "0";
    try {
      for (const url of [receiver.url("/x"), "https://127.0.0.1/hook", "https://169.254.169.254/"]) {
        const refusal = await as(organiser)
          .webhooks.createForEvent({
            eventId: event.id,
            url,
            types: ["project.submitted"],
            description: "",
            active: true,
          })
          .then(
            () => null,
            (error: { code?: string; cause?: { fieldErrors?: Record<string, string[]> } }) => error,
          );
        expect(refusal?.code, url).toBe("BAD_REQUEST");
        expect(refusal?.cause?.fieldErrors?.url?.[0], url).toBeDefined();
      }
      // Saved while local addresses were allowed, then delivered without: refused, nothing sent.
      const path = freshPath();
      const endpoint = await tdb.db.webhookEndpoint.create({
        data: {
          eventId: event.id,
          url: receiver.url(path),
          kinds: ["PROJECT_SUBMITTED"],
          secret: generateSecret(),
        },
        select: { id: true },
      });
      const { deliveryId } = await as(organiser).webhooks.sendTestForEvent({
        eventId: event.id,
        endpointId: endpoint.id,
      });
      await settleBackgroundDeliveries();
      expect(await deliveryRow(deliveryId)).toMatchObject({
        attempts: 1,
        lastError: "refused: not an https address",
      });
      expect(receiver.at(path)).toHaveLength(0);
    } finally {
      process.env.WEBHOOKS_ALLOW_LOCAL = "1";
    }
  });

  it("refuses kinds an organisation may not take, and bad input, as field errors", async () => {
    const owner = await makeUser(tdb.db);
    const org = await makeOrganisation(tdb.db, { members: [{ userId: owner.id, role: "OWNER" }] });
    const refusal = await as(owner)
      .webhooks.createForOrganisation({
        organisationId: org.id,
        url: receiver.url("/org"),
        types: ["registration.confirmed"],
        description: "",
        active: true,
      })
      .then(
        () => null,
        (error: { code?: string; cause?: { fieldErrors?: Record<string, string[]> } }) => error,
      );
    expect(refusal?.code).toBe("BAD_REQUEST");
    expect(refusal?.cause?.fieldErrors?.types).toBeDefined();
    await expect(
      as(owner).webhooks.createForOrganisation({
        organisationId: org.id,
        url: "ftp://example.org/x",
        types: [],
        description: "",
        active: true,
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
