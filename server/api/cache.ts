// The HTTP API's public reads are kept like the public pages: in the page cache for 30 seconds at most,
// and dropped at once when a change shows on the pages of the same event (the same tags, so the same
// mutations refresh both: server/cache/public-pages.ts) or on every page.
import { eventPagesTag, HOME_PAGES_TAG } from "../cache/page-tags.mjs";
import type { Context } from "../context.ts";

/**
 * `read()`, kept in the page cache under `key` when the request has one (ctx.cachePublicRead), else
 * read afresh. `scope`: the events list (refreshed with the home page) or one event's reads (with its
 * pages). `read` must return plain JSON (no Dates: the API's answers carry ISO strings).
 */
export function publicRead<T>(
  ctx: Pick<Context, "cachePublicRead">,
  scope: { kind: "events" } | { kind: "event"; slug: string },
  key: readonly string[],
  read: () => Promise<T>,
): Promise<T> {
  if (!ctx.cachePublicRead) return read();
  const tags = scope.kind === "events" ? [HOME_PAGES_TAG] : [eventPagesTag(scope.slug)];
  const fullKey = scope.kind === "events" ? ["events", ...key] : ["event", scope.slug, ...key];
  return ctx.cachePublicRead(fullKey, tags, read);
}
