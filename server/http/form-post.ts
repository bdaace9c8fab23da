// What the app's own plain-form POST routes (sign-out, acting for a child, the language switch) share:
// refusing a request another site's page sent, and the options of the cookies they set.
import { NextResponse } from "next/server";
import { appBaseUrl } from "./app-url.ts";
import { crossSiteRefusal } from "./same-site.ts";

/**
 * Why `headers` belong to a request another site's page made the browser send (crossSiteRefusal, with
 * the app's public address, APP_URL, trusted as this site behind a proxy), or null when it is this site's.
 */
export function fromAnotherSite(headers: Headers, env: NodeJS.ProcessEnv = process.env): string | null {
  return crossSiteRefusal(headers, { trustedHosts: [new URL(appBaseUrl(env)).host] });
}

/** A plain-form route's answer to a request from another site (403, plain text), or null to go on. */
export function formPostRefusal(request: Request, env: NodeJS.ProcessEnv = process.env): Response | null {
  if (!fromAnotherSite(request.headers, env)) return null;
  return new NextResponse("Refused: that request came from another site.", {
    status: 403,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

/**
 * The options of a cookie the site sets for itself: HttpOnly, SameSite=Lax, for every path, Secure when
 * the app's public address is https; `maxAge` in seconds (none: it ends with the browser session).
 */
export function siteCookieOptions(
  maxAge?: number,
  env: NodeJS.ProcessEnv = process.env,
): { httpOnly: true; sameSite: "lax"; secure: boolean; path: "/"; maxAge?: number } {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(appBaseUrl(env)).protocol === "https:",
    path: "/",
    ...(maxAge === undefined ? {} : { maxAge }),
  };
}
