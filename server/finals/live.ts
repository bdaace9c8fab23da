// Following a finals show live: one watcher per show per server instance, however many people follow
// it. While anyone follows a show, its watcher reads the show's version every `intervalMs` (one small
// query, whichever instance took the presenter's step) and, when it has changed, loads the show once and
// hands it to every follower. A step taken on this instance pokes the watcher so it looks at once.
// Works the same on the embedded database and on PostgreSQL behind several instances (no LISTEN/NOTIFY,
// which PGlite's single session and connection poolers do not offer).
import "server-only";
import { log } from "../log.ts";
import { db } from "../db/client.ts";
import { liveShow, showVersion, type LiveShow } from "./queries.ts";

/** How often a followed show's version is read, in milliseconds (one query per show per instance). */
export const LIVE_CHECK_INTERVAL_MS = 1000;

export type ShowListener = (show: LiveShow | null) => void;

interface Watch {
  listeners: Set<ShowListener>;
  /** The version last loaded (null: not loaded yet). */
  version: number | null;
  last: LiveShow | null;
  timer: ReturnType<typeof setInterval>;
  checking: Promise<void> | null;
  again: boolean;
}

export interface ShowWatchers {
  /**
   * Follows the show of `eventId`: `listener` gets the show as soon as it is known and again after
   * every change (null: no running order). Returns the function that stops following.
   */
  subscribe(eventId: string, listener: ShowListener): () => void;
  /** Looks at the show now (after a change made on this instance). */
  poke(eventId: string): void;
  /** How many people follow shows on this instance. */
  followers(): number;
}

/**
 * Watchers over `load` (the show as followers see it) and `version` (its version, cheap), checking every
 * `intervalMs` milliseconds while anyone follows. A failed read is logged and tried at the next tick.
 */
export function createShowWatchers(options: {
  load: (eventId: string) => Promise<LiveShow | null>;
  version: (eventId: string) => Promise<number>;
  intervalMs: number;
}): ShowWatchers {
  const watches = new Map<string, Watch>();

  async function check(eventId: string, watch: Watch): Promise<void> {
    const version = await options.version(eventId);
    if (version === watch.version) return;
    const show = await options.load(eventId);
    // No show (an emptied running order) is as new as the version just read. Versions only grow: a
    // slower, older read must not replace a newer one.
    const loaded = show?.version ?? version;
    if (watch.version !== null && loaded < watch.version) return;
    watch.version = loaded;
    watch.last = show;
    for (const listener of watch.listeners) {
      // One follower's closed connection must not keep the change from the others.
      try {
        listener(show);
      } catch (error) {
        log.warn("finals.listener_failed", { eventId, error: String(error) });
      }
    }
  }

  function checkSoon(eventId: string, watch: Watch): void {
    if (watch.checking) {
      // A change may have landed after the running check read the version: look again after it.
      watch.again = true;
      return;
    }
    watch.checking = check(eventId, watch)
      .catch((error: unknown) => log.warn("finals.watch_failed", { eventId, error: String(error) }))
      .finally(() => {
        watch.checking = null;
        if (watch.again && watches.get(eventId) === watch) {
          watch.again = false;
          checkSoon(eventId, watch);
        }
      });
  }

  return {
    subscribe(eventId, listener) {
      let watch = watches.get(eventId);
      if (!watch) {
        const created: Watch = {
          listeners: new Set(),
          version: null,
          last: null,
          timer: setInterval(() => checkSoon(eventId, created), options.intervalMs),
          checking: null,
          again: false,
        };
        created.timer.unref?.();
        watches.set(eventId, created);
        watch = created;
      }
      const current = watch;
      current.listeners.add(listener);
      if (current.version !== null) listener(current.last);
      else checkSoon(eventId, current);
      return () => {
        current.listeners.delete(listener);
        if (current.listeners.size === 0 && watches.get(eventId) === current) {
          clearInterval(current.timer);
          watches.delete(eventId);
        }
      };
    },
    poke(eventId) {
      const watch = watches.get(eventId);
      if (watch) checkSoon(eventId, watch);
    },
    followers() {
      let total = 0;
      for (const watch of watches.values()) total += watch.listeners.size;
      return total;
    },
  };
}

const WATCHERS = Symbol.for("festival.finals.watchers");

/** This instance's watchers (one set per process, kept across hot reloads in development). */
export function showWatchers(): ShowWatchers {
  const holder = globalThis as { [WATCHERS]?: ShowWatchers };
  holder[WATCHERS] ??= createShowWatchers({
    load: (eventId) => liveShow(db(), { eventId, now: new Date() }),
    version: (eventId) => showVersion(db(), { eventId }),
    intervalMs: LIVE_CHECK_INTERVAL_MS,
  });
  return holder[WATCHERS];
}
