// Which emails a person may turn off. Pure: the senders (./send.ts), the account page and the tests
// read the same map.
//
// Every kind of email belongs to one category. People turn off whole optional categories on
// /account/emails; the rest are always sent, because missing them would lock someone out or leave a
// young person unsafe:
// - ACCESS: sign-in links and changes to what someone may do (roles, organisation membership,
//   invitations). A change to someone's access they did not make themselves must reach them, in case
//   it was not what they expected.
// - CONSENT: a guardian's consent requests and every change to a young person's consent (given,
//   withdrawn): safeguarding notices, which decide whether they may take part at all.
// - TEAM, ANNOUNCEMENTS, CHALLENGES: news the person can also read on the site (team page, event page,
//   challenge page), so turning it off costs them nothing they cannot see there.
// - PROMPTS: reminders before a deadline (server/prompts), which the site shows as well.
//
// A new kind of email is one line in MAIL_CATEGORY (TypeScript refuses a kind without a category).
import type { MailKind } from "./templates.ts";

export const MAIL_CATEGORIES = [
  "ACCESS",
  "CONSENT",
  "TEAM",
  "ANNOUNCEMENTS",
  "CHALLENGES",
  "PROMPTS",
] as const;
export type MailCategory = (typeof MAIL_CATEGORIES)[number];

/** The categories a person can turn off. */
export const OPTIONAL_MAIL_CATEGORIES = ["TEAM", "ANNOUNCEMENTS", "CHALLENGES", "PROMPTS"] as const;
export type OptionalMailCategory = (typeof OPTIONAL_MAIL_CATEGORIES)[number];

/** The category of every kind of email. */
export const MAIL_CATEGORY: Record<MailKind, MailCategory> = {
  "sign-in": "ACCESS",
  "event-role": "ACCESS",
  "event-role-revoked": "ACCESS",
  "organisation-invite": "ACCESS",
  "organisation-membership": "ACCESS",
  "guardian-consent": "CONSENT",
  "consent-given": "CONSENT",
  "consent-withdrawn": "CONSENT",
  "team-join-request": "TEAM",
  "team-join-accepted": "TEAM",
  "team-join-declined": "TEAM",
  "team-member-removed": "TEAM",
  "team-member-joined": "TEAM",
  "team-member-left": "TEAM",
  "team-captain": "TEAM",
  announcement: "ANNOUNCEMENTS",
  "event-dates-changed": "ANNOUNCEMENTS",
  "centre-changed": "ACCESS",
  "challenge-status": "CHALLENGES",
  // A team always hears that its project was taken out of (or put back into) judging.
  "project-disqualified": "ACCESS",
  "project-reinstated": "ACCESS",
  // Being asked to judge is being given a role.
  "judge-invitation": "ACCESS",
  // The results are on the event page and the project page as well.
  "results-published": "TEAM",
  // Safeguarding cannot wait for someone to turn an email back on.
  "concern-reported": "ACCESS",
  // The check-in code: needed on the day.
  "registration-confirmed": "ACCESS",
  "waitlist-offer": "ACCESS",
  // Being asked to lead a centre, and the answer, are about a role.
  "venue-invitation": "ACCESS",
  "venue-decision": "ACCESS",
  // A nudge before a deadline (server/prompts): what it is about is on the site too.
  prompt: "PROMPTS",
  // A place at a club booked, offered or cancelled: the person needs to know.
  "club-booking": "ACCESS",
};

/** How each category is described on the preferences page. */
export const MAIL_CATEGORY_TEXT: Record<MailCategory, { label: string; hint: string }> = {
  ACCESS: {
    label: "Sign-in and access",
    hint: "Sign-in links, and when you are given or lose a role at an event or in an organisation.",
  },
  CONSENT: {
    label: "Guardian consent",
    hint: "Requests for a parent or guardian's consent, and when consent is given or withdrawn.",
  },
  TEAM: {
    label: "Your team",
    hint: "Requests to join your team, answers to your requests, being made captain or removed from a team.",
  },
  ANNOUNCEMENTS: {
    label: "Event announcements",
    hint: "News from the organisers of events you are registered for. They are on the event page too.",
  },
  CHALLENGES: {
    label: "Challenge reviews",
    hint: "When a challenge you look after is submitted, approved, sent back or published.",
  },
  PROMPTS: {
    label: "Reminders before deadlines",
    hint: "A short reminder when you have no team two days before hacking, your project is not submitted near the deadline, or entries wait for your scores. Never at night.",
  },
};

/** Whether people may turn this category off. */
export function isOptionalCategory(category: MailCategory): category is OptionalMailCategory {
  return (OPTIONAL_MAIL_CATEGORIES as readonly MailCategory[]).includes(category);
}

/** The category that turns this kind off, or null when it is always sent. */
export function optionalCategoryOf(kind: MailKind): OptionalMailCategory | null {
  const category = MAIL_CATEGORY[kind];
  return isOptionalCategory(category) ? category : null;
}

/** Whether someone who turned off `turnedOff` still gets an email of this kind. */
export function wantsMail(turnedOff: readonly string[], kind: MailKind): boolean {
  const category = optionalCategoryOf(kind);
  return category === null || !turnedOff.includes(category);
}
