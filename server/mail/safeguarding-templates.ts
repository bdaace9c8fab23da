// Emails about safeguarding concerns. Pure, like ./templates.ts.
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { message, type MailContent } from "./templates.ts";

/**
 * To each person a new concern was routed to (the event's safeguarding leads, or its organisers): that
 * there is one, and where to read it. Never its content, nor who reported it or whom it is about: an
 * inbox is read by more people than an account, and the reading is what the audit log records. Written
 * in `locale` ("SafeguardingMail"; English unless said).
 */
export function concernReportedMail(params: {
  eventName: string;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "SafeguardingMail");
  const names = { event: params.eventName };
  return message({
    kind: "concern-reported",
    subject: t("concernSubject", names),
    lines: [t("concern", names), t("concernPrivate"), t("concernDanger")],
    action: { label: t("concernAction"), url: params.url },
    locale,
  });
}
