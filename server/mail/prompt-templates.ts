import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { greeting, message, type MailContent } from "./templates.ts";

/**
 * A timely prompt (server/prompts): the greeting, the prompt's message (already filled in), its one
 * action, and a line saying how to stop these reminders. The greeting and that line are written in
 * `locale` ("PromptMail"; English unless said); the subject, message and action come as they are.
 */
export function promptMail(params: {
  recipientName: string | null;
  subject: string;
  message: string;
  action: { label: string; url: string };
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "PromptMail");
  return message({
    kind: "prompt",
    subject: params.subject,
    lines: [greeting(params.recipientName, locale), params.message, t("stop")],
    action: params.action,
    locale,
  });
}
