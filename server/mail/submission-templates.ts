// Emails to a team when the organisers disqualify or reinstate its project. Pure, like ./templates.ts.
import { layout, type MailContent } from "./templates.ts";

interface ProjectMailFacts {
  eventName: string;
  title: string;
  /** The team's project page (sign-in needed), which shows the current status and reason. */
  url: string;
}

/** Tells the team its project was disqualified, and why (the reason the organisers gave). */
export function projectDisqualifiedMail(facts: ProjectMailFacts & { reason: string }): MailContent {
  const subject = `Your project "${facts.title}" was disqualified`;
  const lines = [
    `The organisers of ${facts.eventName} disqualified your team's project "${facts.title}". It is no longer judged or shown in the public gallery.`,
    `The reason they gave: ${facts.reason}`,
    "If you think this is a mistake, talk to the organisers or your centre lead: they can reinstate it.",
  ];
  return {
    kind: "project-disqualified",
    subject,
    text: `${subject}\n\n${lines.join("\n\n")}\n\n${facts.url}\n`,
    html: layout(subject, lines, { label: "Open your project", url: facts.url }),
    link: facts.url,
  };
}

/** Tells the team a disqualification was lifted and what the project's status is again. */
export function projectReinstatedMail(facts: ProjectMailFacts & { statusText: string }): MailContent {
  const subject = `Your project "${facts.title}" was reinstated`;
  const lines = [
    `The organisers of ${facts.eventName} reinstated your team's project "${facts.title}": it is no longer disqualified.`,
    `Its status is ${facts.statusText} again.`,
  ];
  return {
    kind: "project-reinstated",
    subject,
    text: `${subject}\n\n${lines.join("\n\n")}\n\n${facts.url}\n`,
    html: layout(subject, lines, { label: "Open your project", url: facts.url }),
    link: facts.url,
  };
}
