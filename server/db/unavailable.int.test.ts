// isDatabaseUnavailable against real outage errors (a closed port, a server that never answers, a
// connection cut mid-query, an exhausted pool, a backend terminated by the server), and a 503 with
// Retry-After through the real tRPC HTTP handler. No database is mocked: every error below is the one the
// driver and Prisma throw.
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseClock, type Context, type SessionUser } from "../context.ts";
import { DomainError } from "../errors.ts";
import { appRouter } from "../routers/_app.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { GENERIC_ERROR_MESSAGE, trpcResponseMeta } from "../trpc.ts";
import { createDb, type Db } from "./create.ts";
import { PrismaClient } from "./generated/client.ts";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./unavailable.ts";

// Port 9 (discard) on loopback: nothing listens there, so connecting is refused at once.
const CLOSED_URL = "postgresql://postgres@127.0.0.1:9/none";

let tdb: TestDatabase;
const opened: Db[] = [];
const servers: net.Server[] = [];

beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(async () => {
  await Promise.all(opened.map((db) => db.$disconnect()));
  for (const server of servers) server.close();
  await tdb.close();
});

/** A client like create.ts's, with its own pool settings (for the timeout cases). */
function clientFor(url: string, pool: { max?: number; connectionTimeoutMillis?: number } = {}): Db {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, options: "-c TimeZone=UTC", ...pool }),
  });
  opened.push(db);
  return db;
}

/** The error `promise` rejects with (the test fails if it resolves). */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

async function listen(server: net.Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}

/** A TCP proxy to `url`'s server; `cut()` drops every connection through it, as a network failure would. */
async function proxyTo(url: string): Promise<{ url: string; cut: () => void }> {
  const target = new URL(url);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await listen(server);
  const proxied = new URL(url);
  proxied.host = `127.0.0.1:${port}`;
  return {
    url: proxied.toString(),
    cut: () => {
      for (const socket of sockets) socket.destroy();
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("isDatabaseUnavailable, with real outage errors", () => {
  it("a closed port: raw queries, model queries and interactive transactions", async () => {
    const closed = createDb(CLOSED_URL, { poolMax: 2 });
    opened.push(closed);
    const errors = [
      await failure(closed.$queryRaw`select 1`),
      await failure(closed.user.findFirst()),
      await failure(closed.$transaction(async (tx) => tx.user.count())),
    ];
    expect(errors.map((e) => (e as { code?: string }).code)).toEqual(["P2010", "P1001", "P1001"]);
    for (const error of errors) expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("a server that accepts but never answers: the connection timeout", async () => {
    const port = await listen(net.createServer((socket) => socket.on("error", () => {})));
    const silent = clientFor(`postgresql://postgres@127.0.0.1:${port}/none`, {
      connectionTimeoutMillis: 300,
    });
    const error = await failure(silent.user.findFirst());
    expect((error as Error).message).toBe("Connection terminated due to connection timeout");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("a connection cut in the middle of a query and of a transaction", async () => {
    const proxy = await proxyTo(tdb.url);
    const db = clientFor(proxy.url, { max: 1 });
    await db.$queryRaw`select 1`;
    const [query] = await Promise.all([
      failure(db.$queryRaw`select pg_sleep(2)`),
      sleep(300).then(proxy.cut),
    ]);
    expect((query as Error).message).toBe("Connection terminated unexpectedly");
    expect(isDatabaseUnavailable(query)).toBe(true);
    const [transaction] = await Promise.all([
      failure(db.$transaction(async (tx) => tx.$queryRaw`select pg_sleep(2)`)),
      sleep(300).then(proxy.cut),
    ]);
    expect(isDatabaseUnavailable(transaction)).toBe(true);
    // The pool replaces the broken connection: the next query works.
    await sleep(2_000);
    expect(await db.$queryRaw`select 1 as one`).toEqual([{ one: 1 }]);
  });

  it("a pool with no free connection in time", async () => {
    const db = clientFor(tdb.url, { max: 1, connectionTimeoutMillis: 300 });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const holding = db.$transaction(async (tx) => {
      await tx.$queryRaw`select 1`;
      await held;
    });
    await sleep(200);
    const error = await failure(db.$queryRaw`select 1`);
    release();
    await holding;
    expect((error as Error).message).toBe("timeout exceeded when trying to connect");
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  // PGlite serves one session at a time: there is no second backend to terminate.
  it.runIf(onRealPostgres)(
    "a backend terminated by the server (57P01), mid-query and mid-update",
    async () => {
      const db = createDb(tdb.url, { poolMax: 2 });
      opened.push(db);
      const admin = new pg.Client({ connectionString: tdb.url });
      await admin.connect();
      try {
        const terminate = async (marker: string) => {
          for (let i = 0; i < 50; i++) {
            await sleep(100);
            const killed = await admin.query(
              // Only this file's own database: other files run side by side on the same server, and
              // pg_stat_activity keeps a connection's last query while it idles in a transaction.
              `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE query LIKE $1 AND pid <> pg_backend_pid() AND datname = current_database()`,
              [`%${marker}%`],
            );
            if (killed.rowCount) return;
          }
          throw new Error(`no backend ran ${marker}`);
        };
        const [raw] = await Promise.all([
          failure(db.$queryRaw`select pg_sleep(5)`),
          terminate("pg_sleep(5)"),
        ]);
        expect(raw).toMatchObject({ code: "P2010" });
        expect(isDatabaseUnavailable(raw)).toBe(true);

        // A model query waiting for a row lock another connection holds.
        const user = await makeUser(db);
        await admin.query("BEGIN");
        await admin.query(`SELECT id FROM "User" WHERE id = $1 FOR UPDATE`, [user.id]);
        const [update] = await Promise.all([
          failure(db.user.update({ where: { id: user.id }, data: { name: "locked out" } })),
          terminate(`UPDATE "public"."User"`),
        ]);
        await admin.query("ROLLBACK");
        expect(update).toMatchObject({ code: "P2039" });
        expect(isDatabaseUnavailable(update)).toBe(true);
      } finally {
        await admin.end();
      }
    },
  );

  it("is false for ordinary failures", async () => {
    const user = await makeUser(tdb.db);
    const duplicate = await failure(makeUser(tdb.db, { email: user.email }));
    expect(duplicate).toMatchObject({ code: "P2002" });
    const syntax = await failure(tdb.db.$queryRawUnsafe("selec 1"));
    const division = await failure(tdb.db.$queryRawUnsafe("select 1/0"));
    const missing = await failure(tdb.db.user.update({ where: { id: "nobody" }, data: { name: "x" } }));
    let typeError: unknown;
    try {
      (null as unknown as { x: () => void }).x();
    } catch (error) {
      typeError = error;
    }
    const ordinary = [
      duplicate,
      syntax,
      division,
      missing,
      typeError,
      new DomainError("CONFLICT", "Taken."),
      new Error("boom"),
      "a string",
      null,
    ];
    for (const error of ordinary) expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it.runIf(onRealPostgres)(
    "is false for a database that does not exist (a configuration fault)",
    async () => {
      const url = new URL(tdb.url);
      url.pathname = "/festival_no_such_database";
      const db = createDb(url.toString(), { poolMax: 1 });
      opened.push(db);
      const error = await failure(db.$queryRaw`select 1`);
      expect(JSON.stringify(error)).toContain("DatabaseDoesNotExist");
      expect(isDatabaseUnavailable(error)).toBe(false);
    },
  );
});

describe("the tRPC HTTP handler", () => {
  /** A request to the real router through fetchRequestHandler, as app/api/trpc/[trpc]/route.ts makes it. */
  async function call(
    db: Db,
    user: SessionUser | null,
    request: { method: "GET" | "POST"; path: string; input: unknown },
    now: Context["now"] = databaseClock(db),
  ): Promise<{ status: number; headers: Headers; body: { error?: { json: Record<string, unknown> } } }> {
    const input = encodeURIComponent(JSON.stringify({ json: request.input }));
    const url =
      request.method === "GET"
        ? `http://localhost/api/trpc/${request.path}?input=${input}`
        : `http://localhost/api/trpc/${request.path}`;
    const ctx: Context = { db, user, now, clientIp: null };
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request(url, {
        method: request.method,
        headers: { "content-type": "application/json" },
        ...(request.method === "POST" ? { body: JSON.stringify({ json: request.input }) } : {}),
      }),
      router: appRouter,
      createContext: () => ctx,
      responseMeta: trpcResponseMeta,
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as never };
  }

  const errorOf = (body: { error?: { json: Record<string, unknown> } }) => {
    const json = body.error?.json as { message: string; data: { code: string } } | undefined;
    return { message: json?.message, code: json?.data.code };
  };

  it("answers 503 with Retry-After and the friendly message when the database is unreachable", async () => {
    const closed = createDb(CLOSED_URL, { poolMax: 2 });
    opened.push(closed);
    const query = await call(closed, null, { method: "GET", path: "events.bySlug", input: { slug: "any" } });
    expect(query.status).toBe(503);
    expect(query.headers.get("retry-after")).toBe("5");
    expect(query.headers.get("cache-control")).toBe("no-store");
    expect(errorOf(query.body)).toEqual({
      code: "SERVICE_UNAVAILABLE",
      message: DATABASE_UNAVAILABLE_MESSAGE,
    });

    // A signed-in mutation (the event lookup of eventProcedure is its first query).
    const someone: SessionUser = { id: "u1", email: "u1@example.test", name: null, isPlatformAdmin: false };
    const mutation = await call(closed, someone, {
      method: "POST",
      path: "teams.joinByCode",
      input: { eventId: "c00000000000000000000000", code: "ABCDEF" },
    });
    expect(mutation.status).toBe(503);
    expect(mutation.headers.get("retry-after")).toBe("5");
    expect(errorOf(mutation.body)).toEqual({
      code: "SERVICE_UNAVAILABLE",
      message: DATABASE_UNAVAILABLE_MESSAGE,
    });
  });

  it("leaves ordinary failures as they were, without Retry-After", async () => {
    const missing = await call(tdb.db, null, {
      method: "GET",
      path: "events.bySlug",
      input: { slug: "no-such-event" },
    });
    expect(missing.status).toBe(404);
    expect(errorOf(missing.body).code).toBe("NOT_FOUND");
    expect(missing.headers.get("retry-after")).toBeNull();

    const invalid = await call(tdb.db, null, { method: "GET", path: "events.bySlug", input: { slug: 42 } });
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("retry-after")).toBeNull();

    // A fault of the app's own (the clock fails for a reason that is not an outage) stays a 500.
    const event = await makeEvent(tdb.db, { now: new Date() });
    const fault = await call(
      tdb.db,
      null,
      { method: "GET", path: "events.bySlug", input: { slug: event.slug } },
      () => Promise.reject(new TypeError("not an outage")),
    );
    expect(fault.status).toBe(500);
    expect(errorOf(fault.body)).toEqual({ code: "INTERNAL_SERVER_ERROR", message: GENERIC_ERROR_MESSAGE });
    expect(fault.headers.get("retry-after")).toBeNull();
  });
});
