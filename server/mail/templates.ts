// The text of every email the platform sends. Pure: rendering to MIME happens in ./send.ts.
import { translatorFor } from "../i18n/messages.ts";
import type { SiteLocale } from "../http/locales.mjs";
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

const roleNames = {
  ORGANISER: "an organiser",
  CENTRE_LEAD: "a centre lead",
  JUDGE: "a judge",
  MENTOR: "a mentor",
  SAFEGUARDING_LEAD: "the designated safeguarding lead",
} as const;

export function eventRoleMail(params: {
  eventName: string;
  role: keyof typeof roleNames;
  /** The centre the role is held at, if any. */
  centreName?: string | null;
  signInUrl: string;
}): MailContent {
  const title = `You are ${roleNames[params.role]} of ${params.eventName}`;
  const at = params.centreName ? ` at ${params.centreName}` : "";
  const lines = [
    `You have been named ${roleNames[params.role]} of ${params.eventName}${at} on Festival of Code.`,
    "Sign in with this email address to get started. If you don't have an account yet, one is made the first time you sign in.",
  ];
  return {
    kind: "event-role",
    subject: title,
    text: `${title}\n\n${lines.join("\n\n")}\n\n${params.signInUrl}\n`,
    html: layout(title, lines, { label: "Sign in", url: params.signInUrl }),
    link: params.signInUrl,
  };
}

/**
 * To someone whose role at an event was taken away by an organiser: revoked, or gone with the centre it
 * was held at (`centreDeleted`).
 */
export function eventRoleRevokedMail(params: {
  recipientName: string | null;
  eventName: string;
  role: keyof typeof roleNames;
  centreName?: string | null;
  centreDeleted?: boolean;
  url: string;
}): MailContent {
  const role = roleNames[params.role];
  const what =
    params.centreDeleted && params.centreName
      ? `An organiser of ${params.eventName} removed the centre ${params.centreName} from the event, and with it your role as ${role} there`
      : `An organiser of ${params.eventName} removed your role as ${role}${params.centreName ? ` at ${params.centreName}` : ""}`;
  return message({
    kind: "event-role-revoked",
    subject: `You are no longer ${role} of ${params.eventName}`,
    lines: [
      greeting(params.recipientName),
      `${what}, so you can no longer do what that role allowed.`,
      "If you think this is a mistake, contact the event's organisers.",
    ],
    action: { label: "Open Festival of Code", url: params.url },
  });
}

/**
 * To everyone registered: the organisers moved some of the event's dates. `changes` are the moved
 * dates, each as its label and the old and new moment already written in the event's zone.
 */
export function eventDatesChangedMail(params: {
  eventName: string;
  /** The zone the times are written in, named once in the message. */
  timeZone: string;
  changes: readonly { label: string; before: string; after: string }[];
  url: string;
}): MailContent {
  return message({
    kind: "event-dates-changed",
    subject: `${params.eventName}: ${params.changes.length === 1 ? "a date has" : "dates have"} changed`,
    lines: [
      `The organisers of ${params.eventName} changed ${params.changes.length === 1 ? "a date" : "some dates"}:`,
      ...params.changes.map((c) => `${c.label}: now ${c.after} (was ${c.before}).`),
      `Times are ${params.timeZone} time. The event page always shows the current dates.`,
    ],
    action: { label: "Open the event page", url: params.url },
  });
}

/** To someone an organiser placed at a centre (or moved to another one). */
export function centreChangedMail(params: {
  recipientName: string | null;
  eventName: string;
  centre: { name: string; addressLine: string; openingTimes: string };
  url: string;
}): MailContent {
  const { centre } = params;
  return message({
    kind: "centre-changed",
    subject: `${params.eventName}: your centre is ${centre.name}`,
    lines: [
      greeting(params.recipientName),
      `The organisers of ${params.eventName} placed you at ${centre.name}.`,
      ...(centre.addressLine ? [`It is at ${centre.addressLine}.`] : []),
      ...(centre.openingTimes ? [`Opening times: ${centre.openingTimes}`] : []),
      "If that doesn't work for you, reply to the organisers or change it on your registration page while registration is open.",
    ],
    action: { label: "See your registration", url: params.url },
  });
}

export function announcementMail(params: {
  eventName: string;
  title: string;
  body: string;
  url: string;
}): MailContent {
  const subject = `${params.eventName}: ${params.title}`;
  const paragraphs = params.body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    kind: "announcement",
    subject,
    text: `${subject}\n\n${params.body}\n\n${params.url}\n`,
    html: layout(subject, paragraphs, { label: "Open the event page", url: params.url }),
    link: params.url,
  };
}
