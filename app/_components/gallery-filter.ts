// The gallery's filters as a path (see proxy.ts and app/[locale]/events/[slug]/projects/in/): pure, so the proxy
// and the pages agree on it.
import { DEFAULT_LOCALE, addressIn, type LOCALES } from "~/server/http/locales.mjs";

/** The path segment that means "no filter". Not a record id (those have no "~"). */
export const GALLERY_ALL = "~all";

const ID = /^[A-Za-z0-9_-]{1,64}$/;

const PAGE = /^[1-9][0-9]{0,2}$/;

/** The gallery page a query value or path segment names: a number from 1 to 999, anything else page 1. */
export function galleryPageOf(value: string | null | undefined): number {
  const text = value?.trim() ?? "";
  return PAGE.test(text) ? Number(text) : 1;
}

/**
 * The cached page behind a gallery address: `/events/<slug>/projects` with a `challenge`, `centre` and/or
 * `page` query → `/events/<slug>/projects/in/<challenge>/<centre>/<page>`, the filters each an id or
 * GALLERY_ALL (a value that cannot be an id, or an empty one, means no filter, as the page reads it) and
 * the page a number from 1 to 999 (anything else means page 1). null when the address is not a gallery
 * address or has none of the three (the plain gallery page serves it).
 */
export function galleryRewrite(pathname: string, search: URLSearchParams): string | null {
  const match = /^\/events\/([^/]+)\/projects\/?$/.exec(pathname);
  if (!match) return null;
  if (!search.has("challenge") && !search.has("centre") && !search.has("page")) return null;
  const part = (key: string) => {
    const value = search.get(key)?.trim() ?? "";
    return ID.test(value) ? value : GALLERY_ALL;
  };
  return `/events/${match[1]}/projects/in/${part("challenge")}/${part("centre")}/${galleryPageOf(search.get("page"))}`;
}

/**
 * The public address of one gallery page: `/events/<slug>/projects` (in `locale`: `/cy/events/…` for
 * Welsh), with `challenge`, `centre` and `page` in the query when set (page 1 is left out, so it stays the
 * plain address).
 */
export function galleryHref(
  slug: string,
  filters: { challenge?: string | undefined; centre?: string | undefined; page: number },
  locale: (typeof LOCALES)[number] = DEFAULT_LOCALE,
): string {
  const query = new URLSearchParams();
  if (filters.challenge) query.set("challenge", filters.challenge);
  if (filters.centre) query.set("centre", filters.centre);
  if (filters.page > 1) query.set("page", String(filters.page));
  const text = query.toString();
  return `${addressIn(locale, `/events/${slug}/projects`)}${text ? `?${text}` : ""}`;
}
