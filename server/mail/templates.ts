// The text of every email the platform sends. Pure: rendering to MIME happens in ./send.ts.
import { translatorFor } from "../i18n/messages.ts";
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import type { MailKind } from "./kinds.ts";

export { MAIL_KINDS, type MailKind } from "./kinds.ts";

export interface MailContent {
  subject: string;
  text: string;
  html: string;
  /** The one link the message is about (sign-in, invitation), kept for the dev outbox and tests. */
  link?: string;
  kind: MailKind;
  /**
   * The language it is written in, when not English: what sendMail adds to it (the note to a guardian,
   * the preferences footer) is written in it too.
   */
  locale?: SiteLocale;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/**
 * The first line of an email to someone whose name we know ("Hello Sam,"), or a plain "Hello,", in
 * `locale` ("Mail" messages; English unless said).
 */
export function greeting(name: string | null, locale: SiteLocale = "en-GB"): string {
  if (locale === "en-GB") return name ? `Hello ${name},` : "Hello,";
  const t = translatorFor(locale, "Mail");
  return name ? t("helloName", { name }) : t("hello");
}

/**
 * A message's subject, paragraphs and one call to action, as plain text and HTML, written in `locale`
 * (English unless said; the HTML's lang says it).
 */
export function message(params: {
  kind: MailKind;
  subject: string;
  lines: string[];
  action: { label: string; url: string };
  locale?: SiteLocale | undefined;
}): MailContent {
  const { subject, lines, action, locale } = params;
  return {
    kind: params.kind,
    subject,
    text: `${subject}\n\n${lines.join("\n\n")}\n\n${action.label}: ${action.url}\n`,
    html: layout(subject, lines, action, locale),
    link: action.url,
    ...(locale && locale !== "en-GB" ? { locale } : {}),
  };
}

/**
 * A message whose kind someone can turn off, with a closing line saying where. Added by sendMail, so a
 * new optional kind gets it without asking.
 */
/**
 * A message about a child whose profile a guardian keeps, sent to the guardian: a first line says who it
 * is about (`childName`: their nickname or first name; null: "your child"), in the text and after the
 * HTML's heading, in the message's own language.
 */
export function forGuardianOf(content: MailContent, childName: string | null): MailContent {
  const t = translatorFor(content.locale ?? "en-GB", "Mail");
  const note = t("aboutChild", { name: childName ?? t("yourChild") });
  const html = content.html.replace(
    /(<\/h1>)/,
    `$1<p style="margin:0 0 16px;padding:8px 12px;background:#f1f5f9;border-radius:6px">${escapeHtml(note)}</p>`,
  );
  return { ...content, text: `${note}\n\n${content.text}`, html };
}

export function withPreferencesFooter(content: MailContent, preferencesUrl: string): MailContent {
  const note = translatorFor(content.locale ?? "en-GB", "Mail")("preferences");
  const footer = `<p style="margin:32px 0 0;font-size:13px;color:#475569">${escapeHtml(note)} <a href="${escapeHtml(preferencesUrl)}">${escapeHtml(preferencesUrl)}</a></p>`;
  return {
    ...content,
    text: `${content.text}\n--\n${note} ${preferencesUrl}\n`,
    html: content.html.replace("</body>", `${footer}</body>`),
  };
}

/**
 * An email's HTML: `title` as its heading, each of `paragraphs` escaped, and a button for `action`;
 * `lang` is the language it is written in (BCP 47, for screen readers).
 */
export function layout(
  title: string,
  paragraphs: string[],
  action?: { label: string; url: string },
  lang: string = "en",
): string {
  const body = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`).join("");
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1d4ed8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(action.label)}</a></p>`
    : "";
  return `<!doctype html><html lang="${escapeHtml(lang)}"><body style="font-family:system-ui,sans-serif;color:#111;max-width:560px;margin:0 auto;padding:24px"><h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}${button}</body></html>`;
}

/**
 * The email with a sign-in link (`url`, to our confirmation page; `host` names the site), in `locale`
 * (the "SignInMail" messages; English unless said).
 */
export function signInMail(params: { url: string; host: string; locale?: SiteLocale }): MailContent {
  const locale = params.locale ?? "en-GB";
  const t = translatorFor(locale, "SignInMail");
  const title = t("subject");
  const lines = [t("body", { host: params.host }), t("ignore")];
  return {
    kind: "sign-in",
    subject: title,
    text: `${title}\n\n${lines[0]}\n\n${params.url}\n\n${lines[1]}\n`,
    html: layout(title, lines, { label: t("button"), url: params.url }, locale),
    link: params.url,
    ...(locale !== "en-GB" ? { locale } : {}),
  };
}

/** The roles an event can give someone, as the emails about them name them ("EventMail" roles). */
type EventRoleName = "ORGANISER" | "CENTRE_LEAD" | "JUDGE" | "MENTOR" | "SAFEGUARDING_LEAD";

/**
 * To someone given a role at an event (at a centre, for a centre lead), asking them to sign in. Written
 * in `locale` ("EventMail"; English unless said).
 */
export function eventRoleMail(params: {
  eventName: string;
  role: EventRoleName;
  /** The centre the role is held at, if any. */
  centreName?: string | null;
  signInUrl: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "EventMail");
  const names = { role: t(`roles.${params.role}`), event: params.eventName };
  const title = t("roleSubject", names);
  const lines = [
    params.centreName ? t("roleNamedAt", { ...names, centre: params.centreName }) : t("roleNamed", names),
    t("roleSignIn"),
  ];
  return {
    kind: "event-role",
    subject: title,
    text: `${title}\n\n${lines.join("\n\n")}\n\n${params.signInUrl}\n`,
    html: layout(title, lines, { label: t("signIn"), url: params.signInUrl }, locale),
    link: params.signInUrl,
    ...(locale !== DEFAULT_LOCALE ? { locale } : {}),
  };
}

/**
 * To someone whose role at an event was taken away by an organiser: revoked, or gone with the centre it
 * was held at (`centreDeleted`). Written in `locale` ("EventMail"; English unless said).
 */
export function eventRoleRevokedMail(params: {
  recipientName: string | null;
  eventName: string;
  role: EventRoleName;
  centreName?: string | null;
  centreDeleted?: boolean;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "EventMail");
  const names = { role: t(`roles.${params.role}`), event: params.eventName };
  const centre = params.centreName;
  const what = centre
    ? t(params.centreDeleted ? "revokedWithCentre" : "revokedAt", { ...names, centre })
    : t("revoked", names);
  return message({
    kind: "event-role-revoked",
    subject: t("revokedSubject", names),
    lines: [greeting(params.recipientName, locale), what, t("revokedMistake")],
    action: { label: t("openSite"), url: params.url },
    locale,
  });
}

/**
 * To everyone registered: the organisers moved some of the event's dates. `changes` are the moved
 * dates, each as its label and the old and new moment already written in the event's zone (and in
 * `locale`). Written in `locale` ("EventMail"; English unless said).
 */
export function eventDatesChangedMail(params: {
  eventName: string;
  /** The zone the times are written in, named once in the message. */
  timeZone: string;
  changes: readonly { label: string; before: string; after: string }[];
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "EventMail");
  const names = { event: params.eventName, count: params.changes.length };
  return message({
    kind: "event-dates-changed",
    subject: t("datesSubject", names),
    lines: [
      t("datesChanged", names),
      ...params.changes.map((c) => t("dateChange", { label: c.label, after: c.after, before: c.before })),
      t("datesZone", { zone: params.timeZone }),
    ],
    action: { label: t("openEventPage"), url: params.url },
    locale,
  });
}

/**
 * To someone an organiser placed at a centre (or moved to another one). Written in `locale`
 * ("EventMail"; English unless said).
 */
export function centreChangedMail(params: {
  recipientName: string | null;
  eventName: string;
  centre: { name: string; addressLine: string; openingTimes: string };
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "EventMail");
  const { centre } = params;
  const names = { event: params.eventName, centre: centre.name };
  return message({
    kind: "centre-changed",
    subject: t("centreSubject", names),
    lines: [
      greeting(params.recipientName, locale),
      t("centrePlaced", names),
      ...(centre.addressLine ? [t("centreAddress", { address: centre.addressLine })] : []),
      ...(centre.openingTimes ? [t("centreOpening", { times: centre.openingTimes })] : []),
      t("centreChange"),
    ],
    action: { label: t("centreAction"), url: params.url },
    locale,
  });
}

/**
 * An organisers' announcement to the event's people: its title and body as they wrote them (each blank
 * line starts a paragraph), and a link to the event page. The subject's form and the button are written
 * in `locale` ("EventMail"; English unless said).
 */
export function announcementMail(params: {
  eventName: string;
  title: string;
  body: string;
  url: string;
  locale?: SiteLocale | undefined;
}): MailContent {
  const locale = params.locale ?? DEFAULT_LOCALE;
  const t = translatorFor(locale, "EventMail");
  const subject = t("announcementSubject", { event: params.eventName, title: params.title });
  const paragraphs = params.body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    kind: "announcement",
    subject,
    text: `${subject}\n\n${params.body}\n\n${params.url}\n`,
    html: layout(subject, paragraphs, { label: t("openEventPage"), url: params.url }, locale),
    link: params.url,
    ...(locale !== DEFAULT_LOCALE ? { locale } : {}),
  };
}
