// Emails about judging: an invitation to judge a round, and results published to the teams. Pure, like ./templates.ts.
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { greeting, message, type MailContent } from "./templates.ts";

/**
 * To someone invited to judge a round; the link opens their judging page (sign-in makes an account).
 * Written in `locale` ("JudgingMail"; English unless said).
 */
export function judgeInvitationMail(params: {
  eventName: string;
  roundName: string;
  inviterName: string | null;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "JudgingMail");
  const names = { event: params.eventName, round: params.roundName };
  return message({
    kind: "judge-invitation",
    subject: t("invitationSubject", names),
    lines: [
      params.inviterName ? t("invitedBy", { ...names, inviter: params.inviterName }) : t("invited", names),
      t("invitationOpen"),
    ],
    action: { label: t("invitationAction"), url: params.url },
    locale,
  });
}

/**
 * To each member of a team judged in a round, once its results are published. Written in `locale`
 * ("JudgingMail"; English unless said).
 */
export function resultsPublishedMail(params: {
  recipientName: string | null;
  eventName: string;
  roundName: string;
  projectTitle: string;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "JudgingMail");
  const names = { event: params.eventName, round: params.roundName, project: params.projectTitle };
  return message({
    kind: "results-published",
    subject: t("resultsSubject", names),
    lines: [greeting(params.recipientName, locale), t("results", names), t("resultsWhere")],
    action: { label: t("resultsAction"), url: params.url },
    locale,
  });
}
