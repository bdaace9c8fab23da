// Emails about guardian consent. Pure, like ./templates.ts. A guardian is told the young person's
// first name only: the email may be read by anyone with access to that inbox.
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { UNNAMED_PARTICIPANT } from "../people/rules.ts";
import { greeting, layout, message, type MailContent } from "./templates.ts";

/**
 * Asks a parent or guardian for consent (or, with `reconfirm`, to confirm changed consent wording), in
 * `locale`: the language the young person registered in ("ConsentMail" messages; English unless said).
 * `url` opens the consent page in that language.
 */
export function guardianConsentMail(params: {
  eventName: string;
  firstName: string;
  url: string;
  expiresInDays: number;
  /** Set for a reminder: the n-th of how many at most. */
  reminder?: { number: number; of: number } | undefined;
  /** Set when the organisers changed the consent text after the guardian consented. */
  reconfirm?: boolean | undefined;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "ConsentMail");
  // A young person with no name or nickname on record is "A participant", in the email's language.
  const firstName =
    params.firstName === UNNAMED_PARTICIPANT
      ? translatorFor(locale, "Consent")("aParticipant")
      : params.firstName;
  const names = { firstName, event: params.eventName, days: params.expiresInDays };
  if (params.reconfirm) {
    return consentMessage(params.url, locale, {
      title: t("reconfirmSubject", names),
      lines: [t("reconfirmChanged", names), t("reconfirmOpen"), t("reconfirmLinkWorks", names)],
      button: t("reconfirmButton"),
    });
  }
  const reminder = params.reminder;
  return consentMessage(params.url, locale, {
    title: t(reminder ? "reminderSubject" : "subject", names),
    lines: [
      ...(reminder ? [t("reminder", { number: reminder.number, of: reminder.of })] : []),
      t("registered", names),
      t("under18"),
      t("linkWorks", names),
      t("keep"),
    ],
    button: t("button"),
  });
}

/** A guardian-consent email: its title, paragraphs and one button to `url`. */
function consentMessage(
  url: string,
  locale: SiteLocale,
  words: { title: string; lines: string[]; button: string },
): MailContent {
  return {
    kind: "guardian-consent",
    subject: words.title,
    text: `${words.title}\n\n${words.lines.join("\n\n")}\n\n${url}\n`,
    html: layout(words.title, words.lines, { label: words.button, url }, locale),
    link: url,
    ...(locale !== DEFAULT_LOCALE ? { locale } : {}),
  };
}

/**
 * Tells the young person (on their own account's address) that their guardian consented, in `locale`:
 * the language they registered in ("RegistrationMail"; English unless said). `url` opens their
 * registration page in it.
 */
export function consentGivenMail(params: {
  /** The young person's first name (or nickname), for the greeting. */
  recipientName: string | null;
  eventName: string;
  photo: boolean;
  publicCredit: boolean;
  /** The check-in code they show at the door (the QR code of it is on their registration page). */
  checkInCode: string;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "RegistrationMail");
  const event = params.eventName;
  return message({
    kind: "consent-given",
    subject: t("givenSubject", { event }),
    lines: [
      greeting(params.recipientName, locale),
      t("given", { event }),
      t("choices", { photo: params.photo ? "yes" : "no", credit: params.publicCredit ? "yes" : "no" }),
      t("checkInCode", { code: params.checkInCode }),
    ],
    action: { label: t("openRegistration"), url: params.url },
    locale,
  });
}

/**
 * Tells the young person (on their own account's address) that their guardian withdrew consent, in
 * `locale` (as consentGivenMail).
 */
export function consentWithdrawnMail(params: {
  /** The young person's first name (or nickname), for the greeting. */
  recipientName: string | null;
  eventName: string;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "RegistrationMail");
  return message({
    kind: "consent-withdrawn",
    subject: t("withdrawnSubject", { event: params.eventName }),
    lines: [
      greeting(params.recipientName, locale),
      t("withdrawn", { event: params.eventName }),
      t("withdrawnUntil"),
    ],
    action: { label: t("openRegistration"), url: params.url },
    locale,
  });
}
