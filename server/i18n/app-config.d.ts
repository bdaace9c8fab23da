// next-intl's types for this app: a translation key that is not in the English catalogue, or a locale
// that is not served, is a type error (tsc runs in `npm test`). next-intl re-exports use-intl's AppConfig,
// and server/i18n/messages.ts uses use-intl directly, so the declaration goes to use-intl.
import type { LOCALES } from "../http/locales.mjs";
import type { Messages } from "./messages.ts";

declare module "use-intl" {
  interface AppConfig {
    Locale: (typeof LOCALES)[number];
    Messages: Messages;
  }
}
