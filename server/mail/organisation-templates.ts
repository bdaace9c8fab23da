// Emails about organisations (sponsors and challenge owners). Pure, like ./templates.ts.
import { greeting, layout, message, type MailContent } from "./templates.ts";

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

/** To a member whose role in an organisation an owner changed, or who was removed from it. */
export function organisationMembershipMail(params: {
  recipientName: string | null;
  organisationName: string;
  /** The new role, or null when they were removed. */
  role: "OWNER" | "MEMBER" | null;
  url: string;
}): MailContent {
  const { organisationName, role } = params;
  const change =
    role === null
      ? {
          subject: `You were removed from ${organisationName}`,
          line: `An owner of ${organisationName} removed you from the organisation, so you can no longer see or edit its challenges.`,
        }
      : role === "OWNER"
        ? {
            subject: `You are now an owner of ${organisationName}`,
            line: `An owner of ${organisationName} made you an owner too: you can now edit its details and invite or remove members.`,
          }
        : {
            subject: `You are now a member of ${organisationName}`,
            line: `An owner of ${organisationName} changed your role to member: you can still work on its challenges, but no longer manage its details or members.`,
          };
  return message({
    kind: "organisation-membership",
    subject: change.subject,
    lines: [
      greeting(params.recipientName),
      change.line,
      "If you think this is a mistake, talk to the organisation's owners.",
    ],
    action: { label: "Open Festival of Code", url: params.url },
  });
}
