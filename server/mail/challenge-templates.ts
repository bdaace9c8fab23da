// Emails about a challenge moving through review. Pure, like ./templates.ts.
import type { ChallengeAction } from "../challenges/rules.ts";
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { layout, type MailContent } from "./templates.ts";

interface ChallengeMailFacts {
  action: ChallengeAction;
  title: string;
  organisationName: string;
  eventName: string;
  /** The reviewer's comment (required when changes are requested). */
  comment: string | null;
  url: string;
  locale?: SiteLocale | undefined;
}

/**
 * A challenge's step in review (submitted, approved, changes requested, published): what happened, the
 * reviewer's comment if any, and a link to it. Written in `locale` ("ChallengeMail"; English unless said).
 */
export function challengeStatusMail(facts: ChallengeMailFacts): MailContent {
  const locale = facts.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "ChallengeMail");
  const names = { title: facts.title, event: facts.eventName, organisation: facts.organisationName };
  const subject = t(`${facts.action}.subject`, names);
  const lines = [t(`${facts.action}.line`, names)];
  const all = facts.comment ? [...lines, t("comment", { comment: facts.comment })] : lines;
  return {
    kind: "challenge-status",
    subject,
    text: `${subject}\n\n${all.join("\n\n")}\n\n${facts.url}\n`,
    html: layout(subject, all, { label: t(`${facts.action}.label`), url: facts.url }, locale),
    link: facts.url,
    ...(locale !== DEFAULT_LOCALE ? { locale } : {}),
  };
}
