// Emails about changes to someone's team. Pure, like ./templates.ts. People are named as other
// participants see them (server/people/rules.ts nameForParticipants: a young person by nickname only),
// and no message a participant typed is copied into an email: the product has no private messaging
// between participants, so the request's note stays on the team page.
import { greeting, message, type MailContent } from "./templates.ts";

interface TeamFacts {
  /** The recipient's first name (or nickname), for the greeting. */
  recipientName: string | null;
  teamName: string;
  eventName: string;
  /** The recipient's team page (or the team finder) on the site. */
  url: string;
}

/** To a captain: someone asked to join their team. */
export function teamJoinRequestMail(facts: TeamFacts & { requesterName: string }): MailContent {
  return message({
    kind: "team-join-request",
    subject: `${facts.requesterName} asked to join ${facts.teamName}`,
    lines: [
      greeting(facts.recipientName),
      `${facts.requesterName} asked to join your team ${facts.teamName} at ${facts.eventName}.`,
      "As captain, you can accept or decline the request on your team page, where you can also read their note and see their skills.",
    ],
    action: { label: "Answer the request", url: facts.url },
  });
}

/** To the person who asked: the captain let them in. */
export function teamJoinAcceptedMail(facts: TeamFacts): MailContent {
  return message({
    kind: "team-join-accepted",
    subject: `You're in ${facts.teamName}`,
    lines: [
      greeting(facts.recipientName),
      `The captain of ${facts.teamName} accepted your request: you're now in the team at ${facts.eventName}.`,
      "Your other requests to join teams at this event have been withdrawn, because you can be in one team only. You can now work on the team's project with the others.",
    ],
    action: { label: "Open your team", url: facts.url },
  });
}

/** To the person who asked: the captain said no. */
export function teamJoinDeclinedMail(facts: TeamFacts): MailContent {
  return message({
    kind: "team-join-declined",
    subject: `Your request to join ${facts.teamName} was declined`,
    lines: [
      greeting(facts.recipientName),
      `The captain of ${facts.teamName} declined your request to join the team at ${facts.eventName}.`,
      "You're still registered: you can ask another team, start your own, or list yourself in the team finder so teams can find you.",
    ],
    action: { label: "Find a team", url: facts.url },
  });
}

/** To someone the captain took out of the team. */
export function teamMemberRemovedMail(facts: TeamFacts): MailContent {
  return message({
    kind: "team-member-removed",
    subject: `You were removed from ${facts.teamName}`,
    lines: [
      greeting(facts.recipientName),
      `The captain of ${facts.teamName} removed you from the team at ${facts.eventName}. You can no longer see or change its project.`,
      "You're still registered: you can join another team or start your own. If you think this was a mistake, talk to the captain or the organisers.",
    ],
    action: { label: "Find a team", url: facts.url },
  });
}

/** To a captain: someone joined their team with its join code. */
export function teamMemberJoinedMail(facts: TeamFacts & { memberName: string }): MailContent {
  return message({
    kind: "team-member-joined",
    subject: `${facts.memberName} joined ${facts.teamName}`,
    lines: [
      greeting(facts.recipientName),
      `${facts.memberName} joined your team ${facts.teamName} at ${facts.eventName} with the team's join code.`,
      "If you didn't share the code with them, you can remove them and make a new code on your team page.",
    ],
    action: { label: "Open your team", url: facts.url },
  });
}

/** To a captain: a member left their team. */
export function teamMemberLeftMail(facts: TeamFacts & { memberName: string }): MailContent {
  return message({
    kind: "team-member-left",
    subject: `${facts.memberName} left ${facts.teamName}`,
    lines: [
      greeting(facts.recipientName),
      `${facts.memberName} left your team ${facts.teamName} at ${facts.eventName}.`,
      "If your team needs more people, you can say so in the team finder from your team page.",
    ],
    action: { label: "Open your team", url: facts.url },
  });
}

/** To a member who was made captain. */
export function teamCaptainMail(facts: TeamFacts & { previousCaptainName: string }): MailContent {
  return message({
    kind: "team-captain",
    subject: `You're now the captain of ${facts.teamName}`,
    lines: [
      greeting(facts.recipientName),
      `${facts.previousCaptainName} made you the captain of ${facts.teamName} at ${facts.eventName}.`,
      "As captain you answer requests to join, share the join code, and can remove members or hand the captaincy on.",
    ],
    action: { label: "Open your team", url: facts.url },
  });
}
