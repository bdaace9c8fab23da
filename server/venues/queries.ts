import "server-only";
import type { Db, Tx } from "../db/create.ts";
import { maskEmail } from "../auth/confirm-link.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { hashInviteToken } from "../organisations/commands.ts";
import { isExpired, leadVerdict, mayChangeDetails, type LeadVerdict } from "./rules.ts";

/** This module's refusals ("VenueErrors"). */
const refuse = refusals("VenueErrors");

/** The same sha256 as every emailed token (organisation invitations, consent links): only it is stored. */
export const hashVenueToken = hashInviteToken;

const detailsSelect = {
  name: true,
  addressLine: true,
  postcodeDistrict: true,
  capacity: true,
  accessibilityNotes: true,
  openingTimes: true,
} as const;

/** The centre details as submitted, or null before they are. */
function detailsOf(row: {
  name: string | null;
  addressLine: string | null;
  postcodeDistrict: string | null;
  capacity: number | null;
  accessibilityNotes: string | null;
  openingTimes: string | null;
}) {
  if (row.name === null || row.capacity === null) return null;
  return {
    name: row.name,
    addressLine: row.addressLine ?? "",
    postcodeDistrict: row.postcodeDistrict ?? "",
    capacity: row.capacity,
    accessibilityNotes: row.accessibilityNotes ?? "",
    openingTimes: row.openingTimes ?? "",
  };
}
export type SubmittedVenueDetails = NonNullable<ReturnType<typeof detailsOf>>;

/**
 * Every venue invitation of the event, newest first, for its organisers: the address invited, the
 * venue's suggested name and the note, status (with `expired` for an invitation whose link ran out
 * unanswered), who invited, the details once submitted and by whom, the decision, and the centre made.
 */
export async function venueInvitationsForOrganisers(db: Db, params: { eventId: string; now: Date }) {
  const rows = await db.venueInvitation.findMany({
    where: { eventId: params.eventId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      email: true,
      venueName: true,
      message: true,
      status: true,
      expiresAt: true,
      createdAt: true,
      submittedAt: true,
      decidedAt: true,
      declineReason: true,
      ...detailsSelect,
      invitedBy: { select: { name: true, email: true } },
      submittedBy: { select: { name: true, email: true } },
      decidedBy: { select: { name: true, email: true } },
      createdCentre: { select: { id: true, name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    venueName: row.venueName,
    message: row.message,
    status: row.status,
    expired: row.status === "INVITED" && isExpired(row, params.now),
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    decidedAt: row.decidedAt,
    declineReason: row.declineReason,
    invitedBy: row.invitedBy?.name ?? row.invitedBy?.email ?? null,
    submittedBy: row.submittedBy,
    decidedBy: row.decidedBy?.name ?? row.decidedBy?.email ?? null,
    details: detailsOf(row),
    centre: row.createdCentre,
  }));
}

/** The invitation a token belongs to, with what its pages and rules need (null for an unknown token). */
export async function invitationByToken(db: Db | Tx, token: string) {
  return db.venueInvitation.findUnique({
    where: { tokenHash: hashVenueToken(token) },
    select: {
      id: true,
      eventId: true,
      email: true,
      venueName: true,
      message: true,
      status: true,
      expiresAt: true,
      declineReason: true,
      submittedById: true,
      ...detailsSelect,
      event: { select: { id: true, name: true, slug: true, timeZone: true } },
      invitedBy: { select: { name: true, email: true } },
      createdCentre: { select: { id: true, name: true } },
    },
  });
}

export type LeadView =
  | { verdict: "WRONG_EMAIL"; eventName: string; sentTo: string }
  | {
      verdict: Exclude<LeadVerdict, "WRONG_EMAIL">;
      event: { id: string; name: string; slug: string; timeZone: string };
      venueName: string;
      message: string;
      inviterName: string | null;
      expiresAt: Date;
      /** Whether the details may be sent or changed now. */
      mayChange: boolean;
      details: SubmittedVenueDetails | null;
      declineReason: string | null;
      /** The centre made on approval. */
      centre: { id: string; name: string } | null;
    };

/**
 * What the person holding the link sees (NOT_FOUND for an unknown token). Signed in with another
 * address than the one invited, only the event's name and the invited address, masked
 * ("s…@example.org"), so they know which address to sign in with; the organiser's note and the
 * venue's details stay with the person invited.
 */
export async function leadView(
  db: Db,
  params: { token: string; viewerEmail: string; now: Date },
): Promise<LeadView> {
  const row = await invitationByToken(db, params.token);
  if (!row) throw new DomainError("NOT_FOUND", refuse("invitationLinkInvalid"));
  const verdict = leadVerdict(row, params.viewerEmail, params.now);
  if (verdict === "WRONG_EMAIL") {
    return { verdict, eventName: row.event.name, sentTo: maskEmail(row.email) };
  }
  return {
    verdict,
    event: row.event,
    venueName: row.venueName,
    message: row.message,
    inviterName: row.invitedBy?.name ?? null,
    expiresAt: row.expiresAt,
    mayChange: mayChangeDetails(row, params.now),
    details: detailsOf(row),
    declineReason: row.status === "DECLINED" ? row.declineReason : null,
    centre: row.status === "APPROVED" ? row.createdCentre : null,
  };
}
