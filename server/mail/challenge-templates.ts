// Emails about a challenge moving through review. Pure, like ./templates.ts.
import type { ChallengeAction } from "../challenges/rules.ts";
import { layout, type MailContent } from "./templates.ts";

interface ChallengeMailFacts {
  action: ChallengeAction;
  title: string;
  organisationName: string;
  eventName: string;
  /** The reviewer's comment (required when changes are requested). */
  comment: string | null;
  url: string;
}

const wording: Record<
  ChallengeAction,
  (f: ChallengeMailFacts) => { subject: string; lines: string[]; label: string }
> = {
  submit: (f) => ({
    subject: `Challenge to review for ${f.eventName}: ${f.title}`,
    lines: [
      `${f.organisationName} submitted the challenge "${f.title}" for ${f.eventName}. It is waiting for an organiser to approve it or ask for changes.`,
    ],
    label: "Review the challenge",
  }),
  approve: (f) => ({
    subject: `Approved: ${f.title}`,
    lines: [
      `The organisers of ${f.eventName} approved your challenge "${f.title}". It will appear on the event page once they publish it.`,
    ],
    label: "Open the challenge",
  }),
  requestChanges: (f) => ({
    subject: `Changes requested: ${f.title}`,
    lines: [
      `The organisers of ${f.eventName} asked for changes to your challenge "${f.title}". Revise it and submit it again.`,
    ],
    label: "Revise the challenge",
  }),
  publish: (f) => ({
    subject: `Published: ${f.title}`,
    lines: [
      `Your challenge "${f.title}" is now published on the ${f.eventName} event page, for every participant to see.`,
    ],
    label: "Open the challenge",
  }),
};

export function challengeStatusMail(facts: ChallengeMailFacts): MailContent {
  const { subject, lines, label } = wording[facts.action](facts);
  const all = facts.comment ? [...lines, `Their comment: ${facts.comment}`] : lines;
  return {
    kind: "challenge-status",
    subject,
    text: `${subject}\n\n${all.join("\n\n")}\n\n${facts.url}\n`,
    html: layout(subject, all, { label, url: facts.url }),
    link: facts.url,
  };
}
