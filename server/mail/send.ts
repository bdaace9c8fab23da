import "server-only";
import nodemailer from "nodemailer";
import type { Db } from "../db/create.ts";
import { appUrl } from "../http/app-url.ts";
import { log } from "../log.ts";
import { optionalCategoryOf, wantsMail } from "./preferences.ts";
import { withPreferencesFooter, type MailContent, type MailKind } from "./templates.ts";

export interface MailSettings {
  appEnv: "development" | "test" | "production";
  smtpUrl: string | undefined;
  from: string;
}

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const appEnv = env.APP_ENV === "production" || env.APP_ENV === "test" ? env.APP_ENV : "development";
  return {
    appEnv,
    smtpUrl: env.SMTP_URL || undefined,
    from: env.EMAIL_FROM || "Festival of Code <noreply@localhost>",
  };
}

/** Where people choose which optional emails they get. */
export const EMAIL_PREFERENCES_PATH = "/account/emails";

/**
 * Whether the person at `to` accepts this kind of email: always, for kinds that cannot be turned off
 * (see ./preferences.ts) and for addresses without an account; otherwise unless they turned its
 * category off on their account page.
 */
export async function mayEmail(db: Db, to: string, kind: MailKind): Promise<boolean> {
  if (optionalCategoryOf(kind) === null) return true;
  const user = await db.user.findUnique({
    where: { email: to.trim().toLowerCase() },
    select: { emailOptOuts: true },
  });
  return wantsMail(user?.emailOptOuts ?? [], kind);
}

/**
 * Delivers by SMTP in production. Elsewhere the same nodemailer pipeline renders the message and it is
 * stored in the outbox table, which /dev/outbox and the tests read. An SMTP server configured outside
 * production is used too, so delivery can be tested against a real server.
 *
 * Every email goes through here, so here is where a person's email preferences are kept: a kind they
 * turned off is not sent (false), and an optional kind says where to turn it off.
 */
export async function sendMail(
  db: Db,
  to: string,
  mail: MailContent,
  settings: MailSettings = mailSettings(),
): Promise<boolean> {
  if (!(await mayEmail(db, to, mail.kind))) {
    log.info("mail not sent: turned off by its recipient", { kind: mail.kind });
    return false;
  }
  const content =
    optionalCategoryOf(mail.kind) === null
      ? mail
      : withPreferencesFooter(mail, appUrl(EMAIL_PREFERENCES_PATH));
  const message = {
    from: settings.from,
    to,
    subject: content.subject,
    text: content.text,
    html: content.html,
  };
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl);
    const info = await transport.sendMail(message);
    log.info("mail sent", { kind: content.kind, messageId: info.messageId });
    return true;
  }
  if (settings.appEnv === "production") {
    throw new Error("SMTP_URL is required in production: refusing to use the development outbox");
  }
  const rendered = await nodemailer
    .createTransport({ streamTransport: true, buffer: true, newline: "unix" })
    .sendMail(message);
  const raw = Buffer.isBuffer(rendered.message) ? rendered.message.toString("utf8") : "";
  const stored = await db.outboxEmail.create({
    data: {
      to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      raw,
      link: content.link ?? null,
      kind: content.kind,
    },
    select: { id: true },
  });
  log.info("mail stored in outbox", { kind: content.kind, outboxId: stored.id });
  return true;
}
