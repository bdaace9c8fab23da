// Emails about judging: an invitation to judge a round. Pure, like ./templates.ts.
import { message, type MailContent } from "./templates.ts";

/** To someone invited to judge a round; the link opens their judging page (sign-in makes an account). */
export function judgeInvitationMail(params: {
  eventName: string;
  roundName: string;
  inviterName: string | null;
  url: string;
}): MailContent {
  const by = params.inviterName ? `${params.inviterName} invited you` : "You have been invited";
  return message({
    kind: "judge-invitation",
    subject: `Will you judge "${params.roundName}" at ${params.eventName}?`,
    lines: [
      `${by} to judge the round "${params.roundName}" of ${params.eventName} on Festival of Code.`,
      "Open the link to accept or decline, and to tell the organisers about any conflict of interest (a team you know, an organisation you work for). If you don't have an account yet, one is made the first time you sign in with this email address.",
    ],
    action: { label: "Open your judging page", url: params.url },
  });
}
