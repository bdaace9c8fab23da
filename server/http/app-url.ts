// The address people use to reach the app (APP_URL), for links in emails and for Auth.js.

/**
 * APP_URL when set; otherwise http://localhost:<PORT>, the port `next start` / `next dev` actually serve
 * on (PORT, else 3000), so `PORT=3100 npm run demo` emails links that work. A PORT that is not a port
 * number falls back to 3000 (Next would refuse it anyway). Production deployments set APP_URL: the
 * environment check refuses APP_ENV=production without it.
 */
export function appBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.APP_URL?.trim();
  if (configured) return configured;
  const port = Number(env.PORT?.trim());
  const served = Number.isInteger(port) && port > 0 && port < 65_536 ? port : 3000;
  return `http://localhost:${served}`;
}

/** An absolute link to `path` on the app, e.g. appUrl("/signin"). */
export function appUrl(path: string): string {
  return new URL(path, appBaseUrl()).toString();
}
