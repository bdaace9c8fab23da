// Emails about venues invited to become centres (server/venues). Pure, like ./templates.ts.
import { greeting, message, type MailContent } from "./templates.ts";

/**
 * To the address an organiser invited: what they are asked (to run a centre of the event at their
 * venue), the organiser's own note, and a link to the page where, signed in with this address, they fill
 * in the centre's details for the organisers to approve.
 */
export function venueInvitationMail(params: {
  eventName: string;
  venueName: string;
  inviterName: string;
  /** The organiser's note; empty for none. */
  note: string;
  url: string;
  expiresInDays: number;
}): MailContent {
  return message({
    kind: "venue-invitation",
    subject: `Would ${params.venueName} be a centre for ${params.eventName}?`,
    lines: [
      greeting(null),
      `${params.inviterName}, an organiser of ${params.eventName}, would like ${params.venueName} to be one of its centres: a place where young people and adults meet to build things together during the festival.`,
      ...(params.note ? [`Their note to you: "${params.note}"`] : []),
      `If you'd like to, open the link, sign in with this email address and tell the organisers about the venue: its address, how many people it can take, opening times and accessibility. They approve it, and you become its centre lead. The link works for ${params.expiresInDays} days.`,
      "If you weren't expecting this, you can ignore it: nothing happens unless you answer.",
    ],
    action: { label: "Tell us about the venue", url: params.url },
  });
}

/** What the organisers decided about a venue whose details were sent. */
export type VenueDecision =
  { kind: "APPROVED" } | { kind: "DECLINED"; reason: string } | { kind: "WITHDRAWN" };

/**
 * To the person who sent a venue's details, when the organisers approve them (they are now the centre
 * lead, and the link goes to their centre's page), decline them (with the organisers' reason) or
 * withdraw the invitation.
 */
export function venueDecisionMail(params: {
  recipientName: string | null;
  eventName: string;
  centreName: string;
  decision: VenueDecision;
  url: string;
}): MailContent {
  const { eventName, centreName, decision } = params;
  const content =
    decision.kind === "APPROVED"
      ? {
          subject: `${centreName} is a centre of ${eventName}`,
          lines: [
            `The organisers of ${eventName} approved ${centreName}: it is now one of the event's centres, on the event page, and people can choose it when they register.`,
            "You are its centre lead: you see who is coming, places left and what to know at the door, and you check people in on the day.",
          ],
          label: "Go to your centre",
        }
      : decision.kind === "DECLINED"
        ? {
            subject: `${centreName} won't be a centre of ${eventName}`,
            lines: [
              `The organisers of ${eventName} decided not to make ${centreName} one of its centres this time.`,
              `Their reason: "${decision.reason}"`,
              "Thank you for offering. If you'd like to talk it over, write to the organisers.",
            ],
            label: "See the event",
          }
        : {
            subject: `The invitation for ${centreName} to ${eventName} was withdrawn`,
            lines: [
              `The organisers of ${eventName} withdrew their invitation for ${centreName} to be a centre, so the details you sent won't be used.`,
              "If you think this is a mistake, write to the organisers.",
            ],
            label: "See the event",
          };
  return message({
    kind: "venue-decision",
    subject: content.subject,
    lines: [greeting(params.recipientName), ...content.lines],
    action: { label: content.label, url: params.url },
  });
}
