import { greeting, message, type MailContent } from "./templates.ts";

/**
 * A timely prompt (server/prompts): the greeting, the prompt's message (already filled in), its one
 * action, and a line saying how to stop these reminders.
 */
export function promptMail(params: {
  recipientName: string | null;
  subject: string;
  message: string;
  action: { label: string; url: string };
}): MailContent {
  return message({
    kind: "prompt",
    subject: params.subject,
    lines: [
      greeting(params.recipientName),
      params.message,
      'You get this reminder once. To stop reminders like it, turn off "Reminders before deadlines" in your email settings.',
    ],
    action: params.action,
  });
}
