// The address people use to reach the app (APP_URL), for links in emails and for Auth.js.

export function appBaseUrl(): string {
  return process.env.APP_URL ?? "http://localhost:3000";
}

/** An absolute link to `path` on the app, e.g. appUrl("/signin"). */
export function appUrl(path: string): string {
  return new URL(path, appBaseUrl()).toString();
}
