// Emails to a team when the organisers disqualify or reinstate its project. Pure, like ./templates.ts.
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { layout, type MailContent } from "./templates.ts";

interface ProjectMailFacts {
  eventName: string;
  title: string;
  /** The team's project page (sign-in needed), which shows the current status and reason. */
  url: string;
  locale?: SiteLocale | undefined;
}

/**
 * Tells the team its project was disqualified, and why (the reason the organisers gave). Written in
 * `locale` ("SubmissionMail"; English unless said).
 */
export function projectDisqualifiedMail(facts: ProjectMailFacts & { reason: string }): MailContent {
  const locale = facts.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "SubmissionMail");
  const names = { event: facts.eventName, title: facts.title };
  return projectMessage("project-disqualified", facts.url, locale, {
    subject: t("disqualifiedSubject", names),
    lines: [t("disqualified", names), t("reason", { reason: facts.reason }), t("disqualifiedMistake")],
    label: t("openProject"),
  });
}

/**
 * Tells the team a disqualification was lifted and what the project's status is again (`statusText`,
 * already written in `locale`). Written in `locale` ("SubmissionMail"; English unless said).
 */
export function projectReinstatedMail(facts: ProjectMailFacts & { statusText: string }): MailContent {
  const locale = facts.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "SubmissionMail");
  const names = { event: facts.eventName, title: facts.title };
  return projectMessage("project-reinstated", facts.url, locale, {
    subject: t("reinstatedSubject", names),
    lines: [t("reinstated", names), t("status", { status: facts.statusText })],
    label: t("openProject"),
  });
}

/** A project email: its subject, paragraphs and one button to `url` (the link alone in the text). */
function projectMessage(
  kind: "project-disqualified" | "project-reinstated",
  url: string,
  locale: SiteLocale,
  words: { subject: string; lines: string[]; label: string },
): MailContent {
  return {
    kind,
    subject: words.subject,
    text: `${words.subject}\n\n${words.lines.join("\n\n")}\n\n${url}\n`,
    html: layout(words.subject, words.lines, { label: words.label, url }, locale),
    link: url,
    ...(locale !== DEFAULT_LOCALE ? { locale } : {}),
  };
}
