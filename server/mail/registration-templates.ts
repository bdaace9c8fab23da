// Emails about a registration itself. Pure, like ./templates.ts.
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { greeting, message, type MailContent } from "./templates.ts";

/**
 * To a participant whose place is confirmed on registering (an adult, or anyone who needs no guardian's
 * consent): where and when, and the check-in code they show at the door. The QR code of the same code is
 * on their registration page, which the link opens (an image in an email is often blocked). Written in
 * `locale`, the language they registered in ("RegistrationMail"; English unless said).
 */
export function registrationConfirmedMail(params: {
  recipientName: string | null;
  eventName: string;
  /** When it starts, already written in the event's zone and in `locale`. */
  startsAt: string;
  centre: { name: string; addressLine: string } | null;
  checkInCode: string;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "RegistrationMail");
  const names = { event: params.eventName, startsAt: params.startsAt };
  const centre = params.centre;
  return message({
    kind: "registration-confirmed",
    subject: t("confirmedSubject", names),
    lines: [
      greeting(params.recipientName, locale),
      centre
        ? t("confirmedPlaceAt", {
            ...names,
            centre: centre.addressLine ? `${centre.name}, ${centre.addressLine}` : centre.name,
          })
        : t("confirmedPlace", names),
      t("checkInCode", { code: params.checkInCode }),
      t("changeOrWithdraw"),
    ],
    action: { label: t("openRegistration"), url: params.url },
    locale,
  });
}
