import "server-only";
import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { orNotFound, pageCaller } from "~/app/trpc/server";

/**
 * The event behind an /events/[slug] page, as the public sees it (pageCaller: no session is read, so
 * the event's public pages can be cached; an organiser previewing in draft mode sees their draft):
 * drafts, unknown and malformed slugs are all a 404. Cached per request, so a page, its layout and its
 * metadata share one query.
 */
export const loadEvent = cache(async (slug: string) =>
  orNotFound((await pageCaller()).events.bySlug({ slug }), ["NOT_FOUND", "BAD_REQUEST"]),
);

/** true when the caller is signed in but not (or no longer) registered for the event. */
export function isNotRegistered(error: unknown): boolean {
  return error instanceof TRPCError && error.code === "FORBIDDEN";
}
