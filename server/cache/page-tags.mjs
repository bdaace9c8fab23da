// The page cache's own tags: which event's pages, or the home page, a cached entry belongs to. Plain ESM
// that imports only plain ESM, so both the cache handler (loaded by Next outside the app's bundle) and the
// app use it.
import { LOCALES } from "../http/locales.mjs";

/**
 * The cache tag of every cached page of the event `slug` (see pageTagsOf).
 * @param {string} slug @returns {string}
 */
export const eventPagesTag = (slug) => `festival:event:${slug}`;

/** The cache tag of the home pages (app/[locale]/landing/*). */
export const HOME_PAGES_TAG = "festival:home";

/**
 * The cache tag of every organisation's "What happened next" page (/organisations/<slug>/next): it shows
 * projects of several events, so a change to any one event's pages refreshes them all.
 */
export const ORGANISATION_NEXT_PAGES_TAG = "festival:organisation-next";

/** The cache tag of every public answer of the HTTP API (/api/v1), kept like the pages (server/api/cache.ts). */
export const API_READS_TAG = "festival:api";

/** Next's prefix for the tags it derives from paths (`_N_T_/events/spring`). */
const IMPLICIT_TAG = "_N_T_";

/** A route's locale segment at the start of a path ("/en-GB" of "/en-GB/events/spring"). */
const LOCALE_PREFIX = new RegExp(`^/(?:${LOCALES.join("|")})(?=[/?#]|$)`);

/**
 * The tags the page cache gives an entry: eventPagesTag(slug) for a page under /events/<slug>,
 * HOME_PAGES_TAG for one under /landing, ORGANISATION_NEXT_PAGES_TAG for /organisations/<slug>/next,
 * none otherwise, whether or not the path starts with a locale ("/en-GB/events/spring"). The page's path is read from its cache key (Next 16's keys look like
 * "/route-cache/APP_PAGE/<hash>/$/events/spring/projects"; a bare path works too) and from the path
 * tags Next stored with it (`nextTags`, e.g. "_N_T_/events/spring"). Next's own
 * tags only name route patterns ("/events/[slug]/layout") and exact paths, so without these one event's
 * change could only refresh every event's pages.
 * @param {string} key @param {string[]} [nextTags] @returns {string[]}
 */
export function pageTagsOf(key, nextTags = []) {
  const marker = key.indexOf("/$/");
  const paths = [
    marker >= 0 ? key.slice(marker + 2) : key,
    ...nextTags
      .filter((tag) => tag.startsWith(`${IMPLICIT_TAG}/`))
      .map((tag) => tag.slice(IMPLICIT_TAG.length)),
  ];
  const tags = new Set();
  for (const routePath of paths) {
    // Pages are routes under app/[locale]: the key and Next's tags may name /en-GB/events/spring or the
    // address /events/spring; both are the same event's page.
    const path = routePath.replace(LOCALE_PREFIX, "");
    const event = /^\/events\/([^/?#[\]]+)(?:[/?#]|$)/.exec(path);
    if (event?.[1]) tags.add(eventPagesTag(event[1]));
    else if (/^\/landing(?:[/?#]|$)/.test(path)) tags.add(HOME_PAGES_TAG);
    else if (/^\/organisations\/[^/?#[\]]+\/next(?:[/?#]|$)/.test(path))
      tags.add(ORGANISATION_NEXT_PAGES_TAG);
  }
  return [...tags];
}
