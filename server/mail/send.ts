import "server-only";
import nodemailer from "nodemailer";
import type { Db } from "../db/create.ts";
import { appUrl } from "../http/app-url.ts";
import { log } from "../log.ts";
import { optionalCategoryOf, wantsMail } from "./preferences.ts";
import { enqueueMail, smtpTransport } from "./queue.ts";
import { forGuardianOf, withPreferencesFooter, type MailContent, type MailKind } from "./templates.ts";
import { isReservedAddress } from "../guardians/rules.ts";
import { greetingName } from "../people/rules.ts";

export interface MailSettings {
  appEnv: "development" | "test" | "production";
  smtpUrl: string | undefined;
  from: string;
  /**
   * The PostgreSQL to queue SMTP deliveries in (server/mail/queue.ts), or null to deliver inside the
   * request: with no SMTP server, on the embedded database (one session, no background worker), or
   * with MAIL_QUEUE=off.
   */
  queueUrl: string | null;
}

export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings {
  const appEnv = env.APP_ENV === "production" || env.APP_ENV === "test" ? env.APP_ENV : "development";
  const smtpUrl = env.SMTP_URL || undefined;
  const databaseUrl = env.DATABASE_URL?.trim();
  const queue = smtpUrl && databaseUrl && env.EMBEDDED_DATABASE !== "1" && env.MAIL_QUEUE !== "off";
  return {
    appEnv,
    smtpUrl,
    from: env.EMAIL_FROM || "Festival of Code <noreply@localhost>",
    queueUrl: queue ? (databaseUrl ?? null) : null,
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
 * Where mail addressed to `to` goes. An ordinary address: there, unchanged. A reserved `.invalid` one
 * (server/guardians/rules.ts): a child's profile's mail goes to the guardian who keeps it, saying whom
 * it is about (forGuardianOf); a deleted account's, or a profile whose guardian is gone, nowhere (null).
 */
async function recipientOf(
  db: Db,
  to: string,
  mail: MailContent,
): Promise<{ to: string; mail: MailContent } | null> {
  if (!isReservedAddress(to)) return { to, mail };
  const profile = await db.user.findUnique({
    where: { email: to.trim().toLowerCase() },
    select: {
      name: true,
      alias: true,
      deletedAt: true,
      managedBy: { select: { email: true, deletedAt: true } },
    },
  });
  const guardian = profile?.managedBy;
  if (!profile || profile.deletedAt || !guardian || guardian.deletedAt) return null;
  return { to: guardian.email, mail: forGuardianOf(mail, greetingName(profile)) };
}

/**
 * Renders the message (nodemailer) and, with an SMTP server (always in production), queues it for
 * delivery by the mail worker (server/mail/queue.ts: stored and queued in one transaction, delivered
 * with retries, so a slow or failing SMTP server never holds up the request), or delivers it at once
 * where there is no queue (the embedded database). Without SMTP it is stored in the outbox table,
 * which /dev/outbox and the tests read.
 *
 * Every email goes through here, so here is where a person's email preferences are kept: a kind they
 * turned off is not sent (false), and an optional kind says where to turn it off.
 */
export async function sendMail(
  db: Db,
  addressedTo: string,
  addressedMail: MailContent,
  settings: MailSettings = mailSettings(),
): Promise<boolean> {
  const recipient = await recipientOf(db, addressedTo, addressedMail);
  if (!recipient) {
    log.info("mail not sent: a reserved address with nobody behind it", { kind: addressedMail.kind });
    return false;
  }
  const { to, mail } = recipient;
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
  const rendered = await nodemailer
    .createTransport({ streamTransport: true, buffer: true, newline: "unix" })
    .sendMail(message);
  const raw = Buffer.isBuffer(rendered.message) ? rendered.message.toString("utf8") : "";
  const stored = {
    to,
    subject: content.subject,
    text: content.text,
    html: content.html,
    raw,
    link: content.link ?? null,
    kind: content.kind,
  };
  if (settings.smtpUrl && settings.queueUrl) {
    const outboxId = await enqueueMail(db, settings.queueUrl, stored);
    log.info("mail queued", { kind: content.kind, outboxId });
    return true;
  }
  if (settings.smtpUrl) {
    const info = await smtpTransport(settings.smtpUrl).sendMail({
      envelope: { from: settings.from, to: [to] },
      raw,
    });
    log.info("mail sent", { kind: content.kind, messageId: info.messageId });
    return true;
  }
  if (settings.appEnv === "production") {
    throw new Error("SMTP_URL is required in production: refusing to use the development outbox");
  }
  const row = await db.outboxEmail.create({ data: stored, select: { id: true } });
  log.info("mail stored in outbox", { kind: content.kind, outboxId: row.id });
  return true;
}
