import "server-only";
import { dehydrate, HydrationBoundary, type FetchQueryOptions, type QueryKey } from "@tanstack/react-query";
import { TRPCError } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { draftMode, headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { clockReadOnce, databaseClock } from "~/server/context";
import { db } from "~/server/db/client";
import { createRequestContext } from "~/server/http/context";
import { appRouter } from "~/server/routers/_app";
import { createCallerFactory } from "~/server/trpc";
import { makeQueryClient } from "./query-client";

// One context and one query client per request.
const createContext = cache(async () => createRequestContext(new Headers(await headers())));
export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({
  ctx: createContext,
  router: appRouter,
  queryClient: getQueryClient,
});

/** Calls procedures directly from server components, with the caller's session. */
export const serverCaller = cache(async () => createCallerFactory(appRouter)(await createContext()));

/**
 * Calls procedures as someone signed out, without reading the request (no cookies, no headers): what a
 * page served from the page cache may use, since the same HTML goes to everyone. See docs/architecture.md
 * "Page cache".
 */
export const publicCaller = cache(() => {
  const database = db();
  return createCallerFactory(appRouter)({
    db: database,
    user: null,
    // One instant for the whole page: its sections agree on the phase, with one clock query.
    now: clockReadOnce(databaseClock(database)),
    clientIp: null,
  });
});

/**
 * The caller for a cached public page: publicCaller, or, when the browser is in draft mode (an
 * organiser previewing a draft, see /events/[slug]/preview), the visitor's own session; Next then
 * renders the page afresh for that browser instead of serving it from the cache.
 */
export async function pageCaller() {
  return (await draftMode()).isEnabled ? serverCaller() : publicCaller();
}

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/** Starts a query on the server; HydrateClient hands its result to the client components. */
export function prefetch<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  queryOptions: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): void {
  void getQueryClient().prefetchQuery(queryOptions);
}

/**
 * The call's result, or the not-found page when it failed with one of `codes` (a page that must not
 * reveal whether something exists answers the same for "missing", "malformed" and "not yours").
 */
export async function orNotFound<T>(
  promise: Promise<T>,
  codes: readonly TRPCError["code"][] = ["NOT_FOUND", "BAD_REQUEST", "FORBIDDEN"],
): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError && codes.includes(error.code)) notFound();
    throw error;
  }
}

/** true when a server-side call failed because the thing does not exist (or must not be revealed). */
/**
 * For pages that explain a refusal: the call's result, null when the caller is not allowed (so the page
 * can say who is), and the not-found page for anything missing or malformed.
 */
export async function orForbidden<T>(promise: Promise<T>): Promise<T | null> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    if (error instanceof TRPCError && error.code === "FORBIDDEN") return null;
    throw error;
  }
}
