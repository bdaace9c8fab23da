// Emails about judging: an invitation to judge a round, and results published to the teams. Pure, like ./templates.ts.
import { greeting, message, type MailContent } from "./templates.ts";

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

/** To each member of a team judged in a round, once its results are published. */
export function resultsPublishedMail(params: {
  recipientName: string | null;
  eventName: string;
  roundName: string;
  projectTitle: string;
  url: string;
}): MailContent {
  return message({
    kind: "results-published",
    subject: `Results of "${params.roundName}" at ${params.eventName} are out`,
    lines: [
      greeting(params.recipientName),
      `The organisers of ${params.eventName} have published the results of "${params.roundName}", where your team's project "${params.projectTitle}" was judged.`,
      "See the winners on the event page, and the judges' feedback for your team on your project page.",
    ],
    action: { label: "Open your project", url: params.url },
  });
}
