import "server-only";
import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { orNotFound, serverCaller } from "~/app/trpc/server";

/**
 * The event behind an /events/[slug] page: drafts, unknown and malformed slugs are all a 404, as on
 * the event page. Cached per request, so a page and its metadata share one query.
 */
export const loadEvent = cache(async (slug: string) =>
  orNotFound((await serverCaller()).events.bySlug({ slug }), ["NOT_FOUND", "BAD_REQUEST"]),
);

/** true when the caller is signed in but not (or no longer) registered for the event. */
export function isNotRegistered(error: unknown): boolean {
  return error instanceof TRPCError && error.code === "FORBIDDEN";
}
