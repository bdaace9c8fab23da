import "server-only";
import nodemailer from "nodemailer";
import type { Db } from "../db/create.ts";
import { log } from "../log.ts";
import type { MailContent } from "./templates.ts";

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

/**
 * Delivers by SMTP in production. Elsewhere the same nodemailer pipeline renders the message and it is
 * stored in the outbox table, which /dev/outbox and the tests read. An SMTP server configured outside
 * production is used too, so delivery can be tested against a real server.
 */
export async function sendMail(
  db: Db,
  to: string,
  content: MailContent,
  settings: MailSettings = mailSettings(),
): Promise<void> {
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
    return;
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
}
