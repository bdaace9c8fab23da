// next-intl's configuration for each request (loaded by the plugin in next.config.mjs): the locale of the
// route (app/[locale], read with next/root-params) and its message catalogue. docs/languages.md has the
// design; server/http/locales.mjs the locales.
import { locale as rootLocale } from "next/root-params";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, localeOr } from "../http/locales.mjs";
import { messagesOf, reportIntlError } from "./messages.ts";

/**
 * The locale and messages of the page being rendered. An explicit locale (getTranslations({ locale })),
 * which route handlers and server actions must pass (next/root-params is not available there), wins; else
 * the route's [locale] segment; else, for a segment that is no locale (an unknown address), the default.
 * Never throws and reads no cookie or header, so cached pages stay cached.
 */
export default getRequestConfig(async ({ locale: explicit }) => {
  const segment: unknown = explicit ?? (await (rootLocale as () => Promise<unknown>)());
  const locale = localeOr(segment, DEFAULT_LOCALE);
  return {
    locale,
    messages: messagesOf(locale),
    timeZone: "Europe/London",
    onError: reportIntlError,
    getMessageFallback: ({ namespace, key }) => [namespace, key].filter(Boolean).join("."),
  };
});
