// Emails about guardian consent. Pure, like ./templates.ts. A guardian is told the young person's
// first name only: the email may be read by anyone with access to that inbox.
import { greeting, layout, message, type MailContent } from "./templates.ts";

export function guardianConsentMail(params: {
  eventName: string;
  firstName: string;
  url: string;
  expiresInDays: number;
  /** Set for a reminder: the n-th of how many at most. */
  reminder?: { number: number; of: number } | undefined;
  /** Set when the organisers changed the consent text after the guardian consented. */
  reconfirm?: boolean | undefined;
}): MailContent {
  if (params.reconfirm) return reconfirmMail(params);
  const base = `Consent needed: ${params.firstName} wants to take part in ${params.eventName}`;
  const title = params.reminder ? `Reminder: ${base}` : base;
  const lines = [
    ...(params.reminder
      ? [
          `We haven't had an answer yet, so here is a new link (reminder ${params.reminder.number} of ${params.reminder.of}; earlier links no longer work).`,
        ]
      : []),
    `${params.firstName} has registered for ${params.eventName} on Festival of Code and gave this address as their parent or guardian's.`,
    "Because they are under 18, they can only take part once a parent or guardian agrees. Open the link to read what you are agreeing to, choose about photos and public credit, and give your consent. You don't need an account.",
    `The link works for ${params.expiresInDays} days. If you don't know who this is, you can ignore this email: nothing happens without your consent.`,
    "Keep this email: after you consent, the same link lets you withdraw your consent at any time.",
  ];
  return {
    kind: "guardian-consent",
    subject: title,
    text: `${title}\n\n${lines.join("\n\n")}\n\n${params.url}\n`,
    html: layout(title, lines, { label: "Read and give consent", url: params.url }),
    link: params.url,
  };
}

/** Asks a guardian who consented to confirm the consent text the organisers have changed since. */
function reconfirmMail(params: {
  eventName: string;
  firstName: string;
  url: string;
  expiresInDays: number;
}): MailContent {
  const title = `Please confirm: the consent wording for ${params.eventName} has changed`;
  const lines = [
    `You gave consent for ${params.firstName} to take part in ${params.eventName}. The organisers have since changed the words of what you agree to.`,
    "Open the link to read the new wording and confirm it, with your choices about photos and public credit. Until you do, your earlier consent stays in force, and on record with the words you agreed to.",
    `The link works for ${params.expiresInDays} days. The link from your first email still lets you change your choices or withdraw.`,
  ];
  return {
    kind: "guardian-consent",
    subject: title,
    text: `${title}\n\n${lines.join("\n\n")}\n\n${params.url}\n`,
    html: layout(title, lines, { label: "Read and confirm", url: params.url }),
    link: params.url,
  };
}

/** Tells the young person (on their own account's address) that their guardian consented. */
export function consentGivenMail(params: {
  /** The young person's first name (or nickname), for the greeting. */
  recipientName: string | null;
  eventName: string;
  photo: boolean;
  publicCredit: boolean;
  /** The check-in code they show at the door (the QR code of it is on their registration page). */
  checkInCode: string;
  url: string;
}): MailContent {
  return message({
    kind: "consent-given",
    subject: `You can take part in ${params.eventName}`,
    lines: [
      greeting(params.recipientName),
      `Your parent or guardian gave their consent for you to take part in ${params.eventName}, so your place is confirmed. You can now join or start a team.`,
      `They also chose: photos and video of you ${params.photo ? "may" : "may not"} be taken and shared, and your nickname ${params.publicCredit ? "may" : "may not"} be shown with your team's public project.`,
      `Your check-in code is ${params.checkInCode}. Show it at the door, or the QR code on your registration page.`,
    ],
    action: { label: "Open your registration", url: params.url },
  });
}

/** Tells the young person (on their own account's address) that their guardian withdrew consent. */
export function consentWithdrawnMail(params: {
  /** The young person's first name (or nickname), for the greeting. */
  recipientName: string | null;
  eventName: string;
  url: string;
}): MailContent {
  return message({
    kind: "consent-withdrawn",
    subject: `Your guardian withdrew consent for ${params.eventName}`,
    lines: [
      greeting(params.recipientName),
      `Your parent or guardian has withdrawn their consent for you to take part in ${params.eventName}.`,
      "Until they consent again you can't join or change a team, and you can't take part on the day. If this is a mistake, talk to them: you can send them a new consent link from your registration page.",
    ],
    action: { label: "Open your registration", url: params.url },
  });
}
