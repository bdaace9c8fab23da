// Several app instances, one page cache each: an invalidation on one reaches the others through
// PostgreSQL's LISTEN/NOTIFY, and losing the LISTEN connection costs the cached pages, never freshness.
// Real PostgreSQL only (TEST_DATABASE_URL): the embedded database runs one instance by definition.
import { afterEach, describe, expect, it } from "vitest";
import pg from "pg";
import { createPageCache } from "./page-cache-handler.mjs";

const url = process.env.TEST_DATABASE_URL ?? null;
type Cache = ReturnType<typeof createPageCache>;
const open: Cache[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((cache) => cache.close()));
});

function instance(name: string): Cache {
  const cache = createPageCache({ maxBytes: 1_000_000, syncUrl: url, instance: name, retryMs: 100 });
  open.push(cache);
  return cache;
}

const page = (html: string) => ({
  kind: "APP_PAGE",
  html,
  headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/events/a" },
});

/** Both listening, and a millisecond on (a page stored in the very millisecond a listener came up counts as stale). */
async function listening(...caches: Cache[]): Promise<void> {
  await Promise.all(caches.map((cache) => cache.listen()));
  await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Waits up to 5 s for `check` to hold. */
async function eventually(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.runIf(url)("page cache across instances", () => {
  it("an invalidation on one instance drops the page on the others, and only the pages with that tag", async () => {
    const [a, b] = [instance("a"), instance("b")];
    await listening(a, b);
    a.set("/events/a", page("a"));
    b.set("/events/a", page("a"));
    b.set("/other", { kind: "APP_PAGE", html: "o", headers: { "x-next-cache-tags": "_N_T_/other" } });
    await a.invalidate(["_N_T_/events/a"]);
    expect(a.get("/events/a")).toBeNull();
    await eventually(() => b.get("/events/a") === null);
    expect(b.get("/other")).not.toBeNull();
  });

  it("after losing its LISTEN connection an instance drops every page, reconnects, and hears again", async () => {
    const [a, b] = [instance("a"), instance("b2")];
    await listening(a, b);
    b.set("/events/a", page("a"));
    const admin = new pg.Client({ connectionString: url ?? undefined });
    await admin.connect();
    try {
      // What a database restart does to the connection.
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE application_name = 'page-cache-listener' AND pid <> pg_backend_pid()
            AND datname = current_database()`,
      );
    } finally {
      await admin.end();
    }
    await eventually(() => b.get("/events/a") === null);
    // It reconnects by itself; a page stored then is dropped by the next invalidation from another.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await listening(a, b);
    b.set("/events/a", page("a again"));
    await a.invalidate(["_N_T_/layout"]);
    await eventually(() => b.get("/events/a") === null);
  });

  it("keeps its own invalidations to itself when there is no database to tell (the embedded case)", async () => {
    const alone = createPageCache({ maxBytes: 1_000_000, syncUrl: null });
    open.push(alone);
    expect(await alone.listen()).toBeNull();
    alone.set("/events/a", page("a"));
    await alone.invalidate(["_N_T_/events/a"]);
    expect(alone.get("/events/a")).toBeNull();
  });
});
