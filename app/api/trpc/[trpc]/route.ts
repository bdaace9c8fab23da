import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appBaseUrl } from "~/server/http/app-url";
import { createRequestContext } from "~/server/http/context";
import { crossSiteRefusal } from "~/server/http/same-site";
import { log } from "~/server/log";
import { appRouter } from "~/server/routers/_app";

const handler = (request: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createRequestContext(request.headers),
  });

/**
 * Mutations arrive as POST: one that another site's page made the browser send is refused before any
 * procedure runs (server/http/same-site.ts). The app's public address (APP_URL) counts as this site
 * behind a proxy.
 */
async function post(request: Request): Promise<Response> {
  const refusal = crossSiteRefusal(request.headers, { trustedHosts: [new URL(appBaseUrl()).host] });
  if (refusal) {
    log.warn("cross-site request refused", { reason: refusal });
    return Response.json(
      { error: { message: "This request came from another site, so it was refused.", code: "FORBIDDEN" } },
      { status: 403 },
    );
  }
  return handler(request);
}

export { handler as GET, post as POST };
