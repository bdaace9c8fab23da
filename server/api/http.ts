// The HTTP API's transport (/api/v1): trpc-to-openapi maps each method and path to a procedure of the
// API router; this adds the body limit and the answers' headers. The route (app/api/v1/[...path]) and
// the integration tests both serve requests through serveApi.
import type { TRPCError } from "@trpc/server";
import { createOpenApiFetchHandler } from "trpc-to-openapi";
import type { Context } from "../context.ts";
import { readLimitedBody } from "../http/body-limit.ts";
import { apiRouter } from "../routers/api.ts";
import { trpcResponseMeta } from "../trpc.ts";

/** Where the API is served. */
export const API_ENDPOINT = "/api/v1";
/** The most an API request body may carry, in bytes: a challenge with every field full is under 200 kB. */
export const MAX_API_BODY_BYTES = 1024 * 1024;

/** The API router's public procedures (no token): their paths start with this. */
const PUBLIC_PREFIX = "publicEvents.";

/**
 * Headers of every API answer. A public read may be kept 30 seconds by any cache and read from any
 * site's pages (CORS `*`: it carries no credentials); everything else is `no-store`. Refusals for a
 * rate limit or an unreachable database carry Retry-After (trpcResponseMeta).
 */
export function apiResponseMeta(opts: {
  paths?: readonly string[] | undefined;
  type: string;
  errors: readonly TRPCError[];
}): { headers: Record<string, string> } {
  const paths = opts.paths ?? [];
  const isPublic = paths.length > 0 && paths.every((p) => p.startsWith(PUBLIC_PREFIX));
  const cacheable = isPublic && opts.type === "query" && opts.errors.length === 0;
  return {
    headers: {
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": cacheable ? "public, max-age=30" : "no-store",
      ...(isPublic ? { "Access-Control-Allow-Origin": "*" } : {}),
      ...trpcResponseMeta({ errors: opts.errors }).headers,
    },
  };
}

/**
 * The address without query parameters named like Object's own properties (`constructor`, `__proto__`,
 * `toString`…): trpc-to-openapi gathers the query into a plain object and fails (a 500) on such a name;
 * no input of the API has one, so they are dropped, as any other unknown parameter is ignored.
 */
export function withoutObjectKeys(address: string): string {
  const url = new URL(address);
  const names = [...new Set(url.searchParams.keys())].filter((name) => name in Object.prototype);
  for (const name of names) url.searchParams.delete(name);
  return names.length === 0 ? address : url.toString();
}

/**
 * Answers one API request with `createContext`'s context. A body (POST, PATCH, DELETE) over
 * MAX_API_BODY_BYTES is refused with 413 before it is read whole or parsed. The API reads no cookie,
 * so it needs no same-site check: another site's page cannot lend it a signed-in person's rights.
 */
export async function serveApi(request: Request, createContext: () => Context): Promise<Response> {
  const address = withoutObjectKeys(request.url);
  let forwarded =
    address === request.url
      ? request
      : new Request(address, { method: request.method, headers: request.headers });
  if (request.method !== "GET" && request.method !== "HEAD") {
    const body = await readLimitedBody(request, MAX_API_BODY_BYTES);
    if (body === null) {
      return Response.json(
        {
          message: `The request is too large: at most ${MAX_API_BODY_BYTES / 1024 / 1024} MB.`,
          code: "PAYLOAD_TOO_LARGE",
        },
        { status: 413, headers: { "Cache-Control": "no-store" } },
      );
    }
    const headers = new Headers(request.headers);
    headers.delete("content-length");
    // A write with no body (POST …/submit) is an empty JSON object, as the OpenAPI document describes it.
    if (body.trim() === "") headers.set("content-type", "application/json");
    forwarded = new Request(address, {
      method: request.method,
      headers,
      body: body.trim() === "" ? "{}" : body,
    });
  }
  return createOpenApiFetchHandler({
    endpoint: API_ENDPOINT,
    req: forwarded,
    router: apiRouter,
    createContext,
    responseMeta: apiResponseMeta,
  });
}
