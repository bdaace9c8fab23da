// Emails about organisations (sponsors and challenge owners). Pure, like ./templates.ts.
import { type MailContent, layout } from "./templates.ts";

export function organisationInviteMail(params: {
  organisationName: string;
  inviterName: string;
  role: "OWNER" | "MEMBER";
  url: string;
  expiresInDays: number;
}): MailContent {
  const title = `Join ${params.organisationName} on Festival of Code`;
  const lines = [
    `${params.inviterName} has invited you to join ${params.organisationName} as ${params.role === "OWNER" ? "an owner" : "a member"}, to post and manage its challenges.`,
    `Open the link and sign in with this email address to accept. The link works for ${params.expiresInDays} days.`,
    "If you weren't expecting this, you can ignore it.",
  ];
  return {
    kind: "organisation-invite",
    subject: title,
    text: `${title}\n\n${lines.join("\n\n")}\n\n${params.url}\n`,
    html: layout(title, lines, { label: "Accept the invitation", url: params.url }),
    link: params.url,
  };
}
