import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CollapsibleNav } from "~/app/_components/collapsible-nav";
import { HandoverNotices } from "~/app/_components/handover-notice";
import { ActingBanner, SiteNav, type NavLabels } from "~/app/_components/site-nav";
import { TRPCReactProvider } from "~/app/trpc/react";
import { appBaseUrl } from "~/server/http/app-url";
import { DEFAULT_LOCALE, LOCALE_NAMES, addressIn, isLocale } from "~/server/http/locales.mjs";
import { labelsOf } from "~/server/i18n/labels";
import "../globals.css";

/** The site's title, description and icon, in the route's locale. */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Site");
  return {
    // Absolute addresses (the pages' other languages, for search engines) are on the site's own address.
    metadataBase: new URL(appBaseUrl()),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    // In public/, served before any route (app/[locale] has no room for an icon of the whole site).
    icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
  };
}

/** The "Nav" messages the header's menu shows (SiteNav runs in the browser). */
const NAV_KEYS = [
  "events",
  "clubs",
  "manage",
  "organisations",
  "judging",
  "outbox",
  "signIn",
  "signOut",
  "signingOut",
] as const;

const navLinkClass = "font-medium text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline";

/**
 * The frame of every page, in the locale of its route (app/[locale]; server/http/locales.mjs). It reads
 * nothing about the visitor (the header's account part is SiteNav, filled in by the browser), so a public
 * page can be served from the page cache to everyone. A first segment that is no locale (an address under
 * /api that no route answers, say) is not found.
 */
export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [t, nav, messages] = await Promise.all([
    getTranslations("Site"),
    getTranslations("Nav"),
    getMessages(),
  ]);
  const navLabels: NavLabels = labelsOf((key) => nav(key), NAV_KEYS);
  const home = addressIn(locale, "/");
  const otherLocale = locale === DEFAULT_LOCALE ? "cy" : DEFAULT_LOCALE;
  const showOutbox = process.env.APP_ENV !== "production";
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <TRPCReactProvider>
          <HandoverNotices dismissLabel={t("dismiss")}>
            <a
              href="#main"
              className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
            >
              {t("skipToContent")}
            </a>
            <header className="border-b border-slate-200 bg-white/95 shadow-sm print:hidden">
              <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
                <Link
                  href={home}
                  className="flex items-center gap-2 text-lg font-extrabold tracking-tight text-brand-800"
                >
                  <svg aria-hidden="true" viewBox="0 0 32 32" className="h-8 w-8 shrink-0">
                    <rect width="32" height="32" rx="8" className="fill-brand-600" />
                    <path
                      d="M12 10 L7 16 L12 22 M20 10 L25 16 L20 22"
                      fill="none"
                      stroke="white"
                      strokeWidth="2.5"
                      strokeLinecap="round"
                      strokeLinejoin="round"
                    />
                    <circle cx="16" cy="16" r="2" className="fill-accent-400" />
                  </svg>
                  {t("name")}
                </Link>
                <CollapsibleNav label={t("mainMenu")} buttonLabel={t("menu")}>
                  <SiteNav
                    showOutbox={showOutbox}
                    labels={navLabels}
                    homeHref={home}
                    signInHref={addressIn(locale, "/signin")}
                  />
                </CollapsibleNav>
              </div>
            </header>
            <ActingBanner labels={messages.Acting} />
            <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
              {children}
            </main>
            <footer className="border-t border-slate-200 bg-white print:hidden">
              <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-3 px-4 py-4 text-sm text-slate-600">
                <p>{t("footerAbout")}</p>
                <div className="flex flex-wrap items-center gap-4">
                  {/* The switch posts to /api/locale, which remembers the choice and comes back to this
                      page in that language (or in English until it is translated). No JavaScript needed. */}
                  <form method="post" action="/api/locale" className="contents">
                    <button
                      type="submit"
                      name="locale"
                      value={otherLocale}
                      lang={otherLocale}
                      className={`${navLinkClass} cursor-pointer`}
                    >
                      {LOCALE_NAMES[otherLocale]}
                    </button>
                  </form>
                  <Link href="/developers" className={navLinkClass}>
                    {t("api")}
                  </Link>
                  <Link href="/privacy" className={navLinkClass}>
                    {t("privacy")}
                  </Link>
                </div>
              </div>
            </footer>
          </HandoverNotices>
        </TRPCReactProvider>
      </body>
    </html>
  );
}
