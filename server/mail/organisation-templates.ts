// Emails about organisations (sponsors and challenge owners). Pure, like ./templates.ts.
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { translatorFor } from "../i18n/messages.ts";
import { greeting, layout, message, type MailContent } from "./templates.ts";

/**
 * To someone invited to join an organisation as an owner or a member; the link accepts it. Written in
 * `locale` ("OrganisationMail"; English unless said).
 */
export function organisationInviteMail(params: {
  organisationName: string;
  inviterName: string;
  role: "OWNER" | "MEMBER";
  url: string;
  expiresInDays: number;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "OrganisationMail");
  const organisation = params.organisationName;
  const title = t("inviteSubject", { organisation });
  const lines = [
    t("invited", { organisation, inviter: params.inviterName, role: params.role }),
    t("inviteOpen", { days: params.expiresInDays }),
    t("inviteIgnore"),
  ];
  return {
    kind: "organisation-invite",
    subject: title,
    text: `${title}\n\n${lines.join("\n\n")}\n\n${params.url}\n`,
    html: layout(title, lines, { label: t("inviteAction"), url: params.url }, locale),
    link: params.url,
    ...(locale !== DEFAULT_LOCALE ? { locale } : {}),
  };
}

/**
 * To a member whose role in an organisation an owner changed, or who was removed from it. Written in
 * `locale` ("OrganisationMail"; English unless said).
 */
export function organisationMembershipMail(params: {
  recipientName: string | null;
  organisationName: string;
  /** The new role, or null when they were removed. */
  role: "OWNER" | "MEMBER" | null;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "OrganisationMail");
  const names = { organisation: params.organisationName };
  const change =
    params.role === null
      ? { subject: t("removedSubject", names), line: t("removed", names) }
      : params.role === "OWNER"
        ? { subject: t("ownerSubject", names), line: t("owner", names) }
        : { subject: t("memberSubject", names), line: t("member", names) };
  return message({
    kind: "organisation-membership",
    subject: change.subject,
    lines: [greeting(params.recipientName, locale), change.line, t("mistake")],
    action: { label: t("openSite"), url: params.url },
    locale,
  });
}
