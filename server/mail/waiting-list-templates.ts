// Emails about waiting lists at full centres. Pure, like ./templates.ts.
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { greeting, message, type MailContent } from "./templates.ts";

/**
 * To the person next on a full centre's waiting list when a place frees: the place is theirs until
 * `expiresAt` (already written in the event's zone); the link opens the registration form, where
 * registering takes it. Afterwards it goes to the next person. Written in `locale` ("WaitingListMail";
 * English unless said).
 */
export function waitlistOfferMail(params: {
  recipientName: string | null;
  eventName: string;
  centreName: string;
  expiresAt: string;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "WaitingListMail");
  const names = { centre: params.centreName, event: params.eventName };
  return message({
    kind: "waitlist-offer",
    subject: t("offerSubject", names),
    lines: [
      greeting(params.recipientName, locale),
      t("offer", names),
      t("offerKept", { expiresAt: params.expiresAt }),
      t("offerLeave"),
    ],
    action: { label: t("offerAction"), url: params.url },
    locale,
  });
}
