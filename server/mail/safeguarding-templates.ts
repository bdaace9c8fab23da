// Emails about safeguarding concerns. Pure, like ./templates.ts.
import { message, type MailContent } from "./templates.ts";

/**
 * To each person a new concern was routed to (the event's safeguarding leads, or its organisers): that
 * there is one, and where to read it. Never its content, nor who reported it or whom it is about: an
 * inbox is read by more people than an account, and the reading is what the audit log records.
 */
export function concernReportedMail(params: { eventName: string; url: string }): MailContent {
  return message({
    kind: "concern-reported",
    subject: `A safeguarding concern was reported at ${params.eventName}`,
    lines: [
      `A safeguarding concern was reported at ${params.eventName}, and it came to you to look into.`,
      "This email doesn't say what it is, so that only you read it: open it on Festival of Code, where you can also record what was done.",
      "If anyone is in immediate danger, call the emergency services first.",
    ],
    action: { label: "Read the concern", url: params.url },
  });
}
