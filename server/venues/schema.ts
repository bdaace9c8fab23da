// Inputs of the venue-invitation procedures. Pure zod: the organisers' form and the lead's form import it.
import { z } from "zod";
import { centreDetails } from "../centres/schema.ts";
import { email } from "../events/ids.ts";
import { recognisableName } from "../names/schema.ts";
import { recordId } from "../record-id.ts";

/** An organiser invites a venue: who to write to, the venue as they know it, and a note to them. */
export const inviteVenueInput = z.object({
  email,
  venueName: recognisableName({ min: 2, max: 80 }),
  message: z.string().trim().max(1000, "Use at most 1,000 characters").default(""),
});
export type InviteVenueInput = z.input<typeof inviteVenueInput>;
export type InviteVenue = z.output<typeof inviteVenueInput>;

export const venueInvitationIdInput = z.object({ invitationId: recordId("Invitation") });

/** Declining says why: the lead is told. */
export const declineVenueInput = venueInvitationIdInput.extend({
  reason: z
    .string("Say why, so the venue knows")
    .trim()
    .min(3, "Say why, so the venue knows")
    .max(1000, "Use at most 1,000 characters"),
});

/** Invitation tokens are 32 random bytes in base64url: 43 characters. */
export const venueToken = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, "That invitation link is not valid");
export const venueTokenInput = z.object({ token: venueToken });

/** The lead's answer: the centre's details, checked exactly as the organisers' centre form checks them. */
export const submitVenueInput = centreDetails.extend({ token: venueToken });
