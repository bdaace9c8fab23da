// Magic links that machines can open safely. Mail systems at schools, councils and companies (link
// scanners, safe-links gateways) fetch every link in a message before the person does. Auth.js's own link
// spends the token on a GET and sets the session cookie on the scanner's response. So the email carries a
// link to our confirmation page instead; only the POST from that page reaches Auth.js's callback.
// Pure: no server-only imports, shared by the mailer, the auth route and the confirmation page.
import { DEFAULT_LOCALE, addressIn, addressOf, isLocale, type SiteLocale } from "../http/locales.mjs";

/** Where Auth.js handles an email sign-in callback (provider id "nodemailer"). */
export const EMAIL_CALLBACK_PATH = "/api/auth/callback/nodemailer";

/** Our page that shows "Continue signing in as …" and posts to the callback. */
export const CONFIRM_SIGN_IN_PATH = "/signin/confirm";

/**
 * The sign-in page that comes back to `returnTo` afterwards, in `returnTo`'s language: a visitor-facing
 * path, maybe with a query ("/cy/events/a/register" → "/cy/signin?callbackUrl=%2Fcy%2Fevents%2Fa%2Fregister";
 * "/manage" → "/signin?callbackUrl=%2Fmanage"). A `returnTo` of "/" (or the Welsh "/cy") adds no query.
 */
export function signInPathFor(returnTo: string): string {
  const { locale } = addressOf(returnTo.split("?")[0] ?? "/");
  const page = addressIn(locale, "/signin");
  // The sign-in page goes back to the home page in its own language when it is told nothing.
  return returnTo === addressIn(locale, "/") ? page : `${page}?callbackUrl=${encodeURIComponent(returnTo)}`;
}

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
 * on CONFIRM_SIGN_IN_PATH in `locale` ("/cy/signin/confirm" in Welsh). Opening it (GET or HEAD) spends
 * nothing.
 */
export function confirmationLink(callbackLink: string, locale: SiteLocale = DEFAULT_LOCALE): string {
  const from = new URL(callbackLink);
  return copyParams(from, new URL(addressIn(locale, CONFIRM_SIGN_IN_PATH), from.origin)).toString();
}

/**
 * The path that spends a link: EMAIL_CALLBACK_PATH with the same parameters. The confirmation page's form
 * posts to it. `callbackUrl` is handed on as it is: Auth.js only ever redirects to its own origin.
 */
export function spendLinkPath(params: SignInLinkParams & { locale?: string }): string {
  const query = new URLSearchParams({ token: params.token, email: params.email });
  if (params.callbackUrl) query.set("callbackUrl", params.callbackUrl);
  if (params.locale && params.locale !== DEFAULT_LOCALE) query.set(LOCALE_PARAM, params.locale);
  return `${EMAIL_CALLBACK_PATH}?${query.toString()}`;
}

/** The query parameter of a spend link that names the confirmation page's language (not Auth.js's). */
export const LOCALE_PARAM = "locale";

/**
 * Where Auth.js's answer to spending a link should send the browser instead of its `location` (an
 * absolute URL): its error page ("…/signin/error?error=…", English) in `locale` when the link was spent
 * from a page in another language ("…/cy/signin/error?error=…"); null to keep `location` as it is.
 */
export function localisedAuthRedirect(location: string, locale: string | null): string | null {
  if (!isLocale(locale) || locale === DEFAULT_LOCALE) return null;
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return null;
  }
  if (url.pathname !== ERROR_PATH) return null;
  url.pathname = addressIn(locale, ERROR_PATH);
  return url.toString();
}

/** Auth.js's error page (`pages.error` in ./index.ts). */
export const ERROR_PATH = "/signin/error";

/**
 * The confirmation page for a request that reached the callback by GET (an older email, a scanner), in
 * the language of the address it returns to (its `callbackUrl`).
 */
export function confirmationPathFor(callbackRequestUrl: string): string {
  const from = new URL(callbackRequestUrl);
  const to = copyParams(from, new URL(addressIn(callbackLocale(from), CONFIRM_SIGN_IN_PATH), from.origin));
  return `${to.pathname}${to.search}`;
}

/**
 * The language of the address a sign-in link returns to: its `callbackUrl` parameter, a path or an
 * absolute URL ("/cy/events/a" → "cy"); English when it has none or it cannot be read.
 */
export function callbackLocale(link: URL): SiteLocale {
  const callback = link.searchParams.get("callbackUrl") ?? "/";
  try {
    return addressOf(new URL(callback, link.origin).pathname).locale;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * An address with most of its local part hidden, for a page anyone holding the link may see:
 * "sam@example.org" → "s…@example.org". Returns `otherwise` ("your account") when `email` isn't an address.
 */
export function maskEmail(email: string, otherwise = "your account"): string {
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return otherwise;
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
