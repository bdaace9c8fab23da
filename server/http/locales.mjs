// The languages the site's pages are served in, and how their addresses map to the app's routes. Plain ESM
// with no imports, so next.config.mjs (rewrites and redirects), proxy.ts and the app read one list.
//
// Every page lives under app/[locale]/. English addresses carry no prefix (/events/spring): next.config.mjs
// rewrites them to the route /en-GB/events/spring, and a visitor who types /en-GB/... is sent to the
// address without it. docs/languages.md has the design, and the plan for Welsh (/cy/...).

/** The locales pages are rendered in (BCP 47 tags), the default first. */
export const LOCALES = /** @type {const} */ (["en-GB", "cy"]);

/** @typedef {(typeof LOCALES)[number]} SiteLocale One of LOCALES: a language the site's pages are served in. */

/** Each locale's name in its own language, for the language switch (the same on every page). */
export const LOCALE_NAMES = /** @type {const} */ ({ "en-GB": "English", cy: "Cymraeg" });

/** The cookie that remembers a visitor's choice of language (set by /api/locale, read by redirects only). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/**
 * The addresses that exist in Welsh, at "/cy" + the address ("/" is "/cy"), as next.config.mjs patterns: a
 * ":name" part stands for any one path segment. Every other "/cy/..." address is sent to its English page by
 * proxy.ts, so an untranslated page never wears a Welsh frame. Grows with each translated page
 * (docs/languages.md "Slices").
 */
export const WELSH_ADDRESSES = /** @type {const} */ ([
  "/",
  "/events/:slug",
  "/events/:slug/projects",
  "/events/:slug/code-of-conduct",
  "/events/:slug/finals",
  "/events/:slug/next",
  "/events/:slug/concern",
  "/directory",
  "/organisations/:slug/next",
  "/organisations/:slug",
  "/certificates/:code",
  "/areas/:area",
  "/events/:slug/challenges/:challengeSlug",
  "/events/:slug/projects/:submissionId",
  "/signin",
  "/signin/check-email",
  "/signin/confirm",
  "/signin/error",
  "/events/:slug/register",
  "/events/:slug/registration",
  "/events/:slug/registration/edit",
  "/consent/:token",
  "/directory/clubs/:sessionId",
]);

/** WELSH_ADDRESSES as anchored regular expressions (":name" → one segment that is not empty). */
const WELSH_PATTERNS = WELSH_ADDRESSES.map(
  (address) =>
    new RegExp(
      `^${address
        .split("/")
        .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("/")}$`,
    ),
);

/**
 * The visitor-facing address and its locale: "/cy/events/a" → { locale: "cy", address: "/events/a" },
 * "/cy" → { locale: "cy", address: "/" }, anything else is English and unchanged.
 * @param {string} path @returns {{ locale: (typeof LOCALES)[number], address: string }}
 */
export function addressOf(path) {
  const welsh = /^\/cy(\/.*)?$/.exec(path);
  return welsh ? { locale: "cy", address: welsh[1] || "/" } : { locale: DEFAULT_LOCALE, address: path };
}

/**
 * true when the English `address` (a path without query) has a Welsh page.
 * @param {string} address @returns {boolean}
 */
export function hasWelsh(address) {
  return WELSH_PATTERNS.some((pattern) => pattern.test(address));
}

/**
 * The address of the English `address` in `locale`: the Welsh page when there is one, else the English
 * ("/" in cy → "/cy"; "/privacy" in cy → "/privacy", not translated yet).
 * @param {(typeof LOCALES)[number]} locale @param {string} address @returns {string}
 */
export function addressIn(locale, address) {
  if (locale !== "cy" || !hasWelsh(address)) return address;
  return address === "/" ? "/cy" : `/cy${address}`;
}

/**
 * The page's address in each language, for a page's metadata (`alternates.languages`: the hreflang links
 * that tell search engines about the other language). The English `address` is the default; a page with no
 * Welsh yet names only itself.
 * @param {string} address @returns {Record<string, string>}
 */
export function languageAlternates(address) {
  /** @type {Record<string, string>} */
  const alternates = { "en-GB": address };
  if (hasWelsh(address)) alternates.cy = addressIn("cy", address);
  alternates["x-default"] = address;
  return alternates;
}

/**
 * `value` when it is the home page in one of LOCALES ("/" or "/cy"), else the English home page "/": where
 * a form that names its page's home page (signing out) may send the browser, and nowhere else.
 * @param {unknown} value @returns {string}
 */
export function homePageOr(value) {
  const home = LOCALES.map((locale) => addressIn(locale, "/")).find((address) => address === value);
  return home ?? "/";
}

/** The locale of every address without a locale prefix. */
export const DEFAULT_LOCALE = "en-GB";

/**
 * true when `value` is one of LOCALES (a route's [locale] segment can be anything a visitor types).
 * @param {unknown} value @returns {value is (typeof LOCALES)[number]}
 */
export function isLocale(value) {
  return typeof value === "string" && /** @type {readonly string[]} */ (LOCALES).includes(value);
}

/**
 * `value` when it is one of LOCALES, else `fallback` (a route's segment, a stored choice).
 * @template {string} F @param {unknown} value @param {F} fallback
 * @returns {(typeof LOCALES)[number] | F}
 */
export function localeOr(value, fallback) {
  return isLocale(value) ? value : fallback;
}

/**
 * Where the language switch sends someone who chose `locale` on the page `from` (the Referer: an absolute
 * URL, or null): the same page in that language when it exists, with its query, else the page in English
 * (chosen Welsh on an English-only page); the home page when `from` is missing or not on one of
 * `siteOrigins` (the site's own addresses: "https://festival.example").
 * @param {(typeof LOCALES)[number]} locale @param {string | null} from @param {readonly string[]} siteOrigins
 * @returns {string}
 */
export function switchedAddress(locale, from, siteOrigins) {
  let url;
  try {
    url = from ? new URL(from) : null;
  } catch {
    url = null;
  }
  const ours = siteOrigins.some((origin) => {
    try {
      return new URL(origin).origin === url?.origin;
    } catch {
      return false;
    }
  });
  if (!url || !ours) return addressIn(locale, "/");
  return addressIn(locale, addressOf(url.pathname).address) + url.search;
}

/**
 * The app route that serves the English address `path` in `locale` ("/events/spring" → "/en-GB/events/spring";
 * in cy → "/cy/events/spring"), the default locale unless said. `path` starts with "/"; a query or
 * fragment is kept as it is.
 * @param {string} path @param {(typeof LOCALES)[number]} [locale] @returns {string}
 */
export function routeOf(path, locale = DEFAULT_LOCALE) {
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The rewrites and redirects next.config.mjs installs for locales: the home page (in each language) and the
 * plain directory go to their cached pages; a visitor whose cookie says Welsh is sent to a page's Welsh
 * address; every other address without a locale prefix (and outside /api and /_next) goes to
 * the default locale's route, after static files and routes outside app/[locale] had their turn
 * ("afterFiles"); an address with the default locale's prefix is redirected to the address without it.
 */
export const localeRouting = {
  redirects: [
    { source: `/${DEFAULT_LOCALE}`, destination: "/", permanent: true },
    { source: `/${DEFAULT_LOCALE}/:path*`, destination: "/:path*", permanent: true },
    // Someone who chose Welsh is sent from an English address to its Welsh page (307: the choice can change).
    ...WELSH_ADDRESSES.map((address) => ({
      source: address,
      destination: addressIn("cy", address),
      permanent: false,
      has: [{ type: /** @type {const} */ ("cookie"), key: LOCALE_COOKIE, value: "cy" }],
    })),
  ],
  beforeFiles: [
    { source: "/", destination: routeOf("/landing/everyone") },
    { source: "/cy", destination: "/cy/landing/everyone" },
    { source: "/directory", destination: routeOf("/directory/in/~all") },
    { source: "/cy/directory", destination: routeOf("/directory/in/~all", "cy") },
  ],
  afterFiles: [
    {
      source: `/:path((?!(?:${LOCALES.join("|")}|api|_next)(?:/|$)).+)`,
      destination: `/${DEFAULT_LOCALE}/:path`,
    },
  ],
};
