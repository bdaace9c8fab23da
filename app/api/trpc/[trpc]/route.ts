import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { MAX_REQUEST_BYTES, readLimitedBody } from "~/server/http/body-limit";
import { createRequestContext } from "~/server/http/context";
import { fromAnotherSite } from "~/server/http/form-post";
import { log } from "~/server/log";
import { appRouter } from "~/server/routers/_app";
import { trpcResponseMeta } from "~/server/trpc";

const handler = (request: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createRequestContext(request.headers),
    responseMeta: trpcResponseMeta,
  });

/**
 * Mutations arrive as POST: one that another site's page made the browser send is refused before any
 * procedure runs (server/http/same-site.ts; the app's public address, APP_URL, counts as this site
 * behind a proxy), and so is a body over MAX_REQUEST_BYTES, before it is read whole or parsed.
 */
async function post(request: Request): Promise<Response> {
  const refusal = fromAnotherSite(request.headers);
  if (refusal) {
    log.warn("cross-site request refused", { reason: refusal });
    return Response.json(
      { error: { message: "This request came from another site, so it was refused.", code: "FORBIDDEN" } },
      { status: 403 },
    );
  }
  const body = await readLimitedBody(request);
  if (body === null) {
    return Response.json(
      {
        error: {
          message: `The request is too large: at most ${MAX_REQUEST_BYTES / 1024 / 1024} MB.`,
          code: "PAYLOAD_TOO_LARGE",
        },
      },
      { status: 413 },
    );
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  return handler(new Request(request.url, { method: "POST", headers, body }));
}

export { handler as GET, post as POST };
