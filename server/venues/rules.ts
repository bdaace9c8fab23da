// What may happen to a venue invitation, and what its holder sees. Pure: no database, no clock (the
// rule clock is passed in).
import type { Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";

/** This module's refusals ("VenueErrors"). */
const refuse = refusals("VenueErrors");

export const VENUE_INVITATION_DAYS = 14;

export const VENUE_INVITATION_STATUSES = [
  "INVITED",
  "SUBMITTED",
  "APPROVED",
  "DECLINED",
  "WITHDRAWN",
] as const;
export type VenueInvitationStatus = (typeof VENUE_INVITATION_STATUSES)[number];

/** How the organisers' list names each status. */
export const VENUE_STATUS_LABELS: Record<VenueInvitationStatus, string> = {
  INVITED: "Invited",
  SUBMITTED: "Waiting for your approval",
  APPROVED: "Approved",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
};

/** When a link sent at `now` stops working for the venue (organisers can still decide after it). */
export function venueInvitationExpiry(now: Date): Date {
  return new Date(now.getTime() + VENUE_INVITATION_DAYS * 24 * 3_600_000);
}

export type VenueAction = "submit" | "approve" | "decline" | "withdraw" | "resend";

/**
 * The status an action leads to from `status`, or null when it may not happen:
 * INVITED → SUBMITTED (the lead fills in the details; SUBMITTED → SUBMITTED changes them while waiting),
 * SUBMITTED → APPROVED | DECLINED (organisers), INVITED | SUBMITTED → WITHDRAWN (organisers), and
 * INVITED → INVITED for a fresh link (resend). APPROVED, DECLINED and WITHDRAWN are final.
 */
export function venueTransition(
  status: VenueInvitationStatus,
  action: VenueAction,
): VenueInvitationStatus | null {
  switch (action) {
    case "submit":
      return status === "INVITED" || status === "SUBMITTED" ? "SUBMITTED" : null;
    case "approve":
      return status === "SUBMITTED" ? "APPROVED" : null;
    case "decline":
      return status === "SUBMITTED" ? "DECLINED" : null;
    case "withdraw":
      return status === "INVITED" || status === "SUBMITTED" ? "WITHDRAWN" : null;
    case "resend":
      return status === "INVITED" ? "INVITED" : null;
  }
}

export function isExpired(invitation: { expiresAt: Date }, now: Date): boolean {
  return now.getTime() >= invitation.expiresAt.getTime();
}

/**
 * Whether the invitation still claims its venue's name: invited and not expired, or submitted (waiting
 * for a decision whatever the date). Another invitation or its approval may not take a look-alike name.
 */
export function isPending(
  invitation: { status: VenueInvitationStatus; expiresAt: Date },
  now: Date,
): boolean {
  if (invitation.status === "SUBMITTED") return true;
  return invitation.status === "INVITED" && !isExpired(invitation, now);
}

/**
 * What the person holding the link sees:
 * - WRONG_EMAIL: they are signed in with another address than the one invited (compared lower-case);
 *   they are told which address it was sent to, masked, and nothing else about the invitation;
 * - OPEN: they may fill in the centre's details (invited, link not expired);
 * - SUBMITTED: waiting for the organisers; `mayChange` says whether they may still change the details;
 * - EXPIRED: invited, but the link is past its date: ask the organisers for a new one;
 * - APPROVED, DECLINED, WITHDRAWN: decided.
 */
export type LeadVerdict =
  "WRONG_EMAIL" | "OPEN" | "SUBMITTED" | "EXPIRED" | "APPROVED" | "DECLINED" | "WITHDRAWN";

export function leadVerdict(
  invitation: { email: string; status: VenueInvitationStatus; expiresAt: Date },
  viewerEmail: string,
  now: Date,
): LeadVerdict {
  if (invitation.email.toLowerCase() !== viewerEmail.trim().toLowerCase()) return "WRONG_EMAIL";
  switch (invitation.status) {
    case "INVITED":
      return isExpired(invitation, now) ? "EXPIRED" : "OPEN";
    default:
      return invitation.status;
  }
}

/** Whether the lead may (still) send or change the details: open, or submitted before the link expired. */
export function mayChangeDetails(
  invitation: { status: VenueInvitationStatus; expiresAt: Date },
  now: Date,
): boolean {
  return venueTransition(invitation.status, "submit") !== null && !isExpired(invitation, now);
}

/** Why the lead may not send the details now, or null when they may. */
export function submitProblem(
  invitation: { status: VenueInvitationStatus; expiresAt: Date },
  now: Date,
): Said | null {
  switch (invitation.status) {
    case "APPROVED":
      return refuse("alreadyApproved");
    case "DECLINED":
      return refuse("venueDeclined");
    case "WITHDRAWN":
      return refuse("invitationWithdrawn");
    default:
      return isExpired(invitation, now) ? refuse("invitationExpired") : null;
  }
}

/** Why an organiser may not take `action` on an invitation in `status`, or null when they may. */
export function decisionProblem(
  status: VenueInvitationStatus,
  action: "approve" | "decline" | "withdraw" | "resend",
): Said | null {
  if (venueTransition(status, action) !== null) return null;
  const already = refuse("invitationAlready", { status });
  switch (action) {
    case "approve":
    case "decline":
      return status === "INVITED" ? refuse("detailsNotSent") : already;
    case "withdraw":
      return already;
    case "resend":
      return status === "SUBMITTED" ? refuse("detailsAlreadySent") : already;
  }
}
