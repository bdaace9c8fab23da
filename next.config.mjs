// Importing the environment here validates it when the app is built: a bad value fails `next build`.
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import "./server/env.js";
import { contentSecurityPolicy } from "./server/http/csp.mjs";
import { localeRouting } from "./server/http/locales.mjs";

/** @type {import("next").NextConfig} */
const config = {
  poweredByHeader: false,
  // The page cache (ISR) lives in each instance's memory and is invalidated on all of them at once
  // through PostgreSQL (server/cache/page-cache-handler.mjs; docs/architecture.md "Page cache").
  cacheHandler: fileURLToPath(new URL("./server/cache/page-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // The end-to-end server builds into its own directory (scripts/e2e-server.sh).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` type-checks the whole project (tsc) before it builds the app for the end-to-end tests, so
  // that build (scripts/e2e-server.sh sets SKIP_BUILD_TYPECHECK=1) need not check the same types again.
  // Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  // Loaded by Node at run time rather than bundled: PGlite ships wasm and data files, pg native hooks.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "nodemailer",
    "graphile-worker",
  ],
  // Every page is under app/[locale]; English addresses have no prefix and are rewritten to the en-GB
  // routes here (server/http/locales.mjs). The home page is everyone's cached copy (app/[locale]/landing);
  // a signed-in visitor's own part is asked for by the browser. The plain directory is its "no filter" page
  // (a filtered one is sent to its own by proxy.ts), so it has a dynamic segment like every cached page and
  // nothing is rendered at build time. A rewrite here costs far less than one in proxy.ts, which runs a
  // function per request.
  async redirects() {
    return localeRouting.redirects;
  },
  async rewrites() {
    return { beforeFiles: localeRouting.beforeFiles, afterFiles: localeRouting.afterFiles, fallback: [] };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          // The camera for this site only: the check-in screen reads QR codes with it. (Per page would not
          // do: a policy belongs to the document, which client-side navigation keeps.)
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
          // Scripts from this site only, no eval, no connections elsewhere, no framing, plugins, <base>
          // or outside form targets (server/http/csp.mjs says why inline scripts are not hashed).
          {
            key: "Content-Security-Policy",
            value: contentSecurityPolicy({ development: process.env.NODE_ENV === "development" }),
          },
          // Browsers remember to use HTTPS only for a production deployment (served over HTTPS).
          ...(process.env.APP_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
            : []),
        ],
      },
    ];
  },
};

// next-intl reads each request's locale and messages from server/i18n/request.ts (docs/languages.md).
export default createNextIntlPlugin("./server/i18n/request.ts")(config);
