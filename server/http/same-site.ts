/**
 * Refusing state-changing requests that another site's page makes a browser send (cross-site request
 * forgery): the session cookie is SameSite=Lax, which already keeps it off cross-site POSTs in today's
 * browsers; this is the second lock, for the tRPC endpoint. Pure: decides from the request's headers.
 *
 * A browser says where a request comes from with `Sec-Fetch-Site` (every current browser) and `Origin`
 * (on every POST). A request carrying neither is not from a browser page (curl, a server, a test
 * client) and cannot carry someone's cookies against their will, so it is let through.
 */
export function crossSiteRefusal(
  headers: Headers,
  options: { trustedHosts: readonly string[] },
): string | null {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite === "cross-site") return "cross-site request (Sec-Fetch-Site)";
  const origin = headers.get("origin");
  if (origin === null) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return "unreadable Origin";
  }
  const hosts = new Set(options.trustedHosts.map((h) => h.toLowerCase()).filter(Boolean));
  const host = headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  return hosts.has(originHost) ? null : `Origin ${originHost} is another site`;
}
