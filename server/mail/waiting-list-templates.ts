// Emails about waiting lists at full centres. Pure, like ./templates.ts.
import { greeting, message, type MailContent } from "./templates.ts";

/**
 * To the person next on a full centre's waiting list when a place frees: the place is theirs until
 * `expiresAt` (already written in the event's zone); the link opens the registration form, where
 * registering takes it. Afterwards it goes to the next person.
 */
export function waitlistOfferMail(params: {
  recipientName: string | null;
  eventName: string;
  centreName: string;
  expiresAt: string;
  url: string;
}): MailContent {
  return message({
    kind: "waitlist-offer",
    subject: `A place at ${params.centreName} is yours if you want it`,
    lines: [
      greeting(params.recipientName),
      `A place has come free at ${params.centreName} for ${params.eventName}, and you're next on the waiting list.`,
      `It's kept for you until ${params.expiresAt}. To take it, finish registering before then. After that it goes to the next person on the list.`,
      "If you don't want it any more, you can leave the waiting list from your registration page.",
    ],
    action: { label: "Finish registering", url: params.url },
  });
}
