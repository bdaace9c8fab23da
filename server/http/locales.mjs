// The languages the site's pages are served in, and how their addresses map to the app's routes. Plain ESM
// with no imports, so next.config.mjs (rewrites and redirects), proxy.ts and the app read one list.
//
// Every page lives under app/[locale]/. English addresses carry no prefix (/events/spring): next.config.mjs
// rewrites them to the route /en-GB/events/spring, and a visitor who types /en-GB/... is sent to the
// address without it. docs/languages.md has the design, and the plan for Welsh (/cy/...).

/** The locales pages are rendered in (BCP 47 tags), the default first. */
export const LOCALES = /** @type {const} */ (["en-GB"]);

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
 * The app route that serves the public address `path` ("/events/spring" → "/en-GB/events/spring") in the
 * default locale. `path` starts with "/"; a query or fragment is kept as it is.
 * @param {string} path @returns {string}
 */
export function routeOf(path) {
  return path === "/" ? `/${DEFAULT_LOCALE}` : `/${DEFAULT_LOCALE}${path}`;
}

/**
 * The rewrites and redirects next.config.mjs installs for locales: the home page and the plain directory go
 * to their cached pages; every other address without a locale prefix (and outside /api and /_next) goes to
 * the default locale's route, after static files and routes outside app/[locale] had their turn
 * ("afterFiles"); an address with the default locale's prefix is redirected to the address without it.
 */
export const localeRouting = {
  redirects: [
    { source: `/${DEFAULT_LOCALE}`, destination: "/", permanent: true },
    { source: `/${DEFAULT_LOCALE}/:path*`, destination: "/:path*", permanent: true },
  ],
  beforeFiles: [
    { source: "/", destination: routeOf("/landing/everyone") },
    { source: "/directory", destination: routeOf("/directory/in/~all") },
  ],
  afterFiles: [
    {
      source: `/:path((?!(?:${LOCALES.join("|")}|api|_next)(?:/|$)).+)`,
      destination: `/${DEFAULT_LOCALE}/:path`,
    },
  ],
};
