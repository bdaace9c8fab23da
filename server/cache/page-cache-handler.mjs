// Next.js's page cache (ISR) for this app: kept in each instance's memory, bounded, and invalidated on
// every instance at once through PostgreSQL's LISTEN/NOTIFY. Loaded by `next start` (next.config.mjs,
// `cacheHandler`) as plain ESM, outside the app's bundle. See docs/architecture.md "Page cache".
//
// Why not Next's default: it keeps pages on each instance's disk and forgets tag invalidations the other
// instances made, so with several instances behind a load balancer an organiser's change would show on
// one and not the next. Why not a shared store (Redis): one more service to run, for pages that render
// in milliseconds; every instance rendering its own copy once per change costs nothing at this scale.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { pageTagsOf } from "./page-tags.mjs";

/** The NOTIFY channel instances tell each other about invalidated tags on. */
export const CHANNEL = "festival_page_cache";

/**
 * An LRU store of rendered pages with tag invalidation: the pure part of the handler (no I/O), so it
 * can be tested on its own. Sizes are in bytes (the page's HTML, RSC payload and segments), times in
 * milliseconds since the epoch.
 */
export class PageStore {
  /** @param {number} maxBytes the memory the stored pages may take; the least recently used go first. */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    /** @type {Map<string, { value: any, lastModified: number, cacheControl: any, tags: string[], size: number }>} */
    this.entries = new Map();
    /** @type {Map<string, number>} tag → when it was last invalidated */
    this.invalidated = new Map();
    /** When everything was last invalidated (after missing notifications, for instance). */
    this.allInvalidatedAt = 0;
    this.bytes = 0;
  }

  /**
   * The stored entry for `key`, or null when there is none or one of its tags (or `extraTags`, Next's
   * implicit path tags) was invalidated at or after it was stored. A hit becomes the most recently used.
   * @param {string} key @param {string[]} [extraTags]
   */
  get(key, extraTags = []) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    const stale =
      entry.lastModified <= this.allInvalidatedAt ||
      [...entry.tags, ...extraTags].some(
        (tag) => (this.invalidated.get(tag) ?? -Infinity) >= entry.lastModified,
      );
    if (stale) {
      this.delete(key);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Stores `value` (null deletes) under `key` with its tags, evicting the least recently used entries
   * beyond maxBytes. An entry larger than maxBytes on its own is not stored.
   * @param {string} key @param {any} value @param {{ tags?: string[], cacheControl?: any, now: number }} options
   */
  set(key, value, { tags = [], cacheControl, now }) {
    this.delete(key);
    if (!value) return;
    const size = sizeOf(value);
    if (size > this.maxBytes) return;
    const stored = [...tags, ...headerTags(value)];
    this.entries.set(key, {
      value,
      lastModified: now,
      cacheControl,
      tags: [...new Set([...stored, ...pageTagsOf(key, stored)])],
      size,
    });
    this.bytes += size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /**
   * Marks `tags` invalidated at `now`: entries carrying any of them, stored at or before, are stale.
   * @param {string[]} tags @param {number} now
   */
  invalidate(tags, now) {
    for (const tag of tags) this.invalidated.set(tag, now);
  }

  /** Marks every entry stored at or before `now` stale. @param {number} now */
  invalidateAll(now) {
    this.allInvalidatedAt = now;
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }
}

/**
 * The tags Next stores in a page's headers (x-next-cache-tags), including the implicit path tags.
 * @param {any} value @returns {string[]}
 */
function headerTags(value) {
  const header = value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" && header ? header.split(",") : [];
}

/**
 * Roughly the bytes a cached value holds: its strings and buffers, segments included.
 * @param {any} value @returns {number}
 */
export function sizeOf(value) {
  let size = 256;
  /** @param {unknown} part */
  const add = (part) => {
    if (typeof part === "string") size += part.length * 2;
    else if (part instanceof Uint8Array || part instanceof ArrayBuffer) size += part.byteLength;
  };
  add(value?.html);
  add(value?.rscData);
  add(value?.body);
  add(value?.postponed);
  if (value?.segmentData instanceof Map) for (const segment of value.segmentData.values()) add(segment);
  if (value?.kind === "FETCH") add(JSON.stringify(value.data ?? null));
  return size;
}

/**
 * A page cache: a PageStore, and (with `syncUrl`, a PostgreSQL URL) the LISTEN connection that applies
 * other instances' invalidations and the NOTIFY that tells them of this one's. `instance` tells this
 * cache's own notifications apart. When the LISTEN connection drops (a database restart, the network),
 * every stored page is invalidated, since notifications may have been missed, and it reconnects after
 * `retryMs`. `close()` ends both connections.
 * @param {{ maxBytes: number, syncUrl: string | null, instance?: string, retryMs?: number }} options
 */
export function createPageCache({ maxBytes, syncUrl, instance = randomUUID(), retryMs = 2_000 }) {
  const store = new PageStore(maxBytes);
  /** @type {Promise<pg.Client | null> | null} */
  let listening = null;
  /** @type {pg.Pool | null} */
  let notifier = null;
  let closed = false;

  function listen() {
    if (!syncUrl || closed) return Promise.resolve(null);
    listening ??= (async () => {
      const client = new pg.Client({ connectionString: syncUrl, application_name: "page-cache-listener" });
      const reconnect = () => {
        store.invalidateAll(Date.now());
        listening = null;
        client.removeAllListeners();
        client.on("error", () => undefined);
        client.end().catch(() => undefined);
        if (!closed) setTimeout(() => void listen(), retryMs).unref();
      };
      client.on("error", reconnect);
      client.on("end", reconnect);
      client.on("notification", (message) => {
        try {
          const { from, tags } = JSON.parse(message.payload ?? "{}");
          if (from !== instance && Array.isArray(tags)) store.invalidate(tags.map(String), Date.now());
        } catch {
          store.invalidateAll(Date.now());
        }
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
        // Whatever was stored before the listener was up may have missed a notification.
        store.invalidateAll(Date.now());
        return client;
      } catch {
        reconnect();
        return null;
      }
    })();
    return listening;
  }

  /**
   * Tells the other instances; a failure only costs them the pages' revalidate time (the backstop).
   * @param {string[]} tags
   */
  async function broadcast(tags) {
    if (!syncUrl || closed) return;
    if (!notifier) {
      notifier = new pg.Pool({ connectionString: syncUrl, max: 1, application_name: "page-cache-notifier" });
      notifier.on("error", () => undefined);
    }
    try {
      await notifier.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ from: instance, tags })]);
    } catch {
      // The pages still expire by their revalidate time (30 s on the public pages).
    }
  }

  return {
    store,
    /** Resolves once the LISTEN connection is up (null without sync, or when it failed). */
    listen,
    /** @param {string} key @param {string[]} [tags] */
    get(key, tags = []) {
      const entry = store.get(key, tags);
      return entry
        ? { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl }
        : null;
    },
    /** @param {string} key @param {any} value @param {{ tags?: string[], cacheControl?: any }} [options] */
    set(key, value, options = {}) {
      store.set(key, value, { ...options, now: Date.now() });
    },
    /** @param {string[]} tags */
    async invalidate(tags) {
      if (tags.length === 0) return;
      store.invalidate(tags, Date.now());
      await broadcast(tags);
    },
    async close() {
      closed = true;
      const client = await listening;
      client?.removeAllListeners();
      await Promise.allSettled([client?.end(), notifier?.end()]);
    },
  };
}

/**
 * Whether instances tell each other, and over which database: only on a real PostgreSQL server. The
 * embedded database (scripts/db.ts sets EMBEDDED_DATABASE=1) has one instance by definition, and a
 * connection held open for LISTEN would take its one session.
 */
function syncUrlFromEnv() {
  const url = process.env.DATABASE_URL?.trim();
  if (!url || process.env.EMBEDDED_DATABASE === "1" || process.env.PAGE_CACHE_SYNC === "off") return null;
  // `next build` renders its static pages with this handler too: no instances to tell there.
  if (process.env.NEXT_PHASE === "phase-production-build") return null;
  return url;
}

// One cache per process (Next makes a handler per request).
const MEGABYTE = 1024 * 1024;
let processCache = null;
function cache() {
  processCache ??= createPageCache({
    maxBytes: (Number(process.env.PAGE_CACHE_MB) || 64) * MEGABYTE,
    syncUrl: syncUrlFromEnv(),
  });
  return processCache;
}

/** The handler Next instantiates (`cacheHandler` in next.config.mjs): get, set, revalidateTag. */
export default class PageCacheHandler {
  constructor() {
    void cache().listen();
  }

  /** @param {string} key @param {{ tags?: string[], softTags?: string[] }} [ctx] */
  async get(key, ctx) {
    return cache().get(key, [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]);
  }

  /** @param {string} key @param {any} data @param {{ tags?: string[], cacheControl?: any, fetchCache?: boolean }} [ctx] */
  async set(key, data, ctx) {
    cache().set(key, data, {
      tags: ctx?.tags ?? [],
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
    });
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await cache().invalidate(typeof tags === "string" ? [tags] : [...tags]);
  }

  resetRequestCache() {}
}
