// Magic links that machines can open safely. Mail systems at schools, councils and companies (link
// scanners, safe-links gateways) fetch every link in a message before the person does. Auth.js's own link
// spends the token on a GET and sets the session cookie on the scanner's response. So the email carries a
// link to our confirmation page instead; only the POST from that page reaches Auth.js's callback.
// Pure: no server-only imports, shared by the mailer, the auth route and the confirmation page.

/** Where Auth.js handles an email sign-in callback (provider id "nodemailer"). */
export const EMAIL_CALLBACK_PATH = "/api/auth/callback/nodemailer";

/** Our page that shows "Continue signing in as …" and posts to the callback. */
export const CONFIRM_SIGN_IN_PATH = "/signin/confirm";

/** The query parameters of a magic link that the confirmation page hands on, in this order. */
const LINK_PARAMS = ["token", "email", "callbackUrl"] as const;

export interface SignInLinkParams {
  token: string;
  email: string;
  /** Where to go after signing in: a path on this site, or undefined for the home page. */
  callbackUrl: string | undefined;
}

function copyParams(from: URL, to: URL): URL {
  for (const name of LINK_PARAMS) {
    const value = from.searchParams.get(name);
    if (value !== null) to.searchParams.set(name, value);
  }
  return to;
}

/**
 * The link to email for Auth.js's magic link `callbackLink` (an absolute URL ending in
 * EMAIL_CALLBACK_PATH with `token`, `email` and `callbackUrl` parameters): the same origin and parameters
 * on CONFIRM_SIGN_IN_PATH. Opening it (GET or HEAD) spends nothing.
 */
export function confirmationLink(callbackLink: string): string {
  const from = new URL(callbackLink);
  return copyParams(from, new URL(CONFIRM_SIGN_IN_PATH, from.origin)).toString();
}

/**
 * The path that spends a link: EMAIL_CALLBACK_PATH with the same parameters. The confirmation page's form
 * posts to it. `callbackUrl` is handed on as it is: Auth.js only ever redirects to its own origin.
 */
export function spendLinkPath(params: SignInLinkParams): string {
  const query = new URLSearchParams({ token: params.token, email: params.email });
  if (params.callbackUrl) query.set("callbackUrl", params.callbackUrl);
  return `${EMAIL_CALLBACK_PATH}?${query.toString()}`;
}

/** The confirmation page for a request that reached the callback by GET (an older email, a scanner). */
export function confirmationPathFor(callbackRequestUrl: string): string {
  const from = new URL(callbackRequestUrl);
  const to = copyParams(from, new URL(CONFIRM_SIGN_IN_PATH, from.origin));
  return `${to.pathname}${to.search}`;
}

/**
 * An address with most of its local part hidden, for a page anyone holding the link may see:
 * "sam@example.org" → "s…@example.org". Returns "your account" when `email` isn't an address.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return "your account";
  return `${email.slice(0, 1)}…${email.slice(at)}`;
}

/**
 * True when the browser says the request came from another site (`Sec-Fetch-Site: cross-site` or
 * `same-site`). Browsers send the header on every request; clients that send none are not browsers
 * and carry no one else's cookies, so they are let through.
 */
export function crossSiteRequest(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  return site === "cross-site" || site === "same-site";
}
