// The gallery's filters as a path (see proxy.ts and app/events/[slug]/projects/in/): pure, so the proxy
// and the pages agree on it.

/** The path segment that means "no filter". Not a record id (those have no "~"). */
export const GALLERY_ALL = "~all";

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The cached page behind a gallery address: `/events/<slug>/projects` with a `challenge` and/or `centre`
 * query → `/events/<slug>/projects/in/<challenge>/<centre>`, each an id or GALLERY_ALL (a value that
 * cannot be an id, or an empty one, means no filter, as the page reads it). null when the address is not
 * a gallery address or has no filter (the plain gallery page serves it).
 */
export function galleryRewrite(pathname: string, search: URLSearchParams): string | null {
  const match = /^\/events\/([^/]+)\/projects\/?$/.exec(pathname);
  if (!match) return null;
  if (!search.has("challenge") && !search.has("centre")) return null;
  const part = (key: string) => {
    const value = search.get(key)?.trim() ?? "";
    return ID.test(value) ? value : GALLERY_ALL;
  };
  return `/events/${match[1]}/projects/in/${part("challenge")}/${part("centre")}`;
}
