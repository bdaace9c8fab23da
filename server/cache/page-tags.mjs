// The page cache's own tags: which event's pages, or the home page, a cached entry belongs to. Plain ESM
// with no imports, so both the cache handler (loaded by Next outside the app's bundle) and the app use it.

/**
 * The cache tag of every cached page of the event `slug` (see pageTagsOf).
 * @param {string} slug @returns {string}
 */
export const eventPagesTag = (slug) => `festival:event:${slug}`;

/** The cache tag of the home pages (app/landing/*). */
export const HOME_PAGES_TAG = "festival:home";

/**
 * The tags the page cache gives an entry from its key (the page's path, e.g. "/events/spring/projects/x"):
 * eventPagesTag(slug) for every page under /events/<slug>, HOME_PAGES_TAG for /landing/*, none otherwise.
 * Next's own tags only name route patterns ("/events/[slug]/layout") and exact paths, so without these
 * one event's change could only refresh every event's pages.
 * @param {string} key @returns {string[]}
 */
export function pageTagsOf(key) {
  const event = /^\/events\/([^/?#]+)(?:[/?#]|$)/.exec(key);
  if (event?.[1]) return [eventPagesTag(event[1])];
  if (/^\/landing(?:[/?#]|$)/.test(key)) return [HOME_PAGES_TAG];
  return [];
}
