import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { isNotFound, serverCaller } from "~/app/trpc/server";

/** The event behind a team page's slug; drafts and unknown slugs are a 404, as on the event page. */
export async function loadTeamEvent(slug: string) {
  try {
    return await (await serverCaller()).events.bySlug({ slug });
  } catch (error) {
    if (isNotFound(error) || (error instanceof TRPCError && error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/** true when the caller is signed in but not (or no longer) registered for the event. */
export function isNotRegistered(error: unknown): boolean {
  return error instanceof TRPCError && error.code === "FORBIDDEN";
}
