// Writing venue invitations: organisers invite, resend, withdraw, approve and decline; the person invited
// sends the centre's details. Every change is audited in its transaction; emails go after it commits.
import "server-only";
import { randomBytes } from "node:crypto";
import { maskEmail } from "../auth/confirm-link.ts";
import type { CentreDetails } from "../centres/schema.ts";
import { centreSelect } from "../centres/queries.ts";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { appUrl } from "../http/app-url.ts";
import { sendMail } from "../mail/send.ts";
import { venueDecisionMail, venueInvitationMail, type VenueDecision } from "../mail/venue-templates.ts";
import { lookalikeInScope } from "../names/commands.ts";
import { greetingName } from "../people/rules.ts";
import { hashVenueToken, invitationByToken } from "./queries.ts";
import {
  decisionProblem,
  leadVerdict,
  submitProblem,
  VENUE_INVITATION_DAYS,
  venueInvitationExpiry,
} from "./rules.ts";
import type { InviteVenue } from "./schema.ts";

/** This module's refusals ("VenueErrors"). */
const refuse = refusals("VenueErrors");

type Actor = { id: string; name: string | null; email: string };
type EventRef = { id: string; name: string; slug: string };

const notFound = () => new DomainError("NOT_FOUND", refuse("invitationNotFound"));
const badLink = () => new DomainError("NOT_FOUND", refuse("invitationLinkInvalid"));

/** The page where the person invited answers (sign-in required). */
export function venueInvitationPath(token: string): string {
  return `/venues/invitation/${token}`;
}

/** A fresh token (256 random bits) and the hash stored for it. */
function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashVenueToken(token) };
}

/**
 * Refuses a venue name people would take for one of the event's centres or for a venue still invited
 * (invited and not expired, or submitted), under the event's centre-name lock (lookalikeInScope), so a
 * centre added meanwhile cannot slip past. `field` is the form field the refusal is shown at;
 * `invitations: false` compares with the centres only (approving: other invitations are checked when
 * they are approved).
 */
async function assertVenueNameFree(
  tx: Tx,
  params: {
    eventId: string;
    name: string;
    now: Date;
    field: string;
    exceptId?: string;
    invitations?: boolean;
  },
) {
  const clash = await lookalikeInScope(tx, {
    scope: `${params.eventId}:centre-names`,
    name: params.name,
    existing: async () => {
      const centres = await tx.centre.findMany({
        where: { eventId: params.eventId },
        select: { name: true },
      });
      const invited =
        params.invitations === false
          ? []
          : await tx.venueInvitation.findMany({
              where: {
                eventId: params.eventId,
                ...(params.exceptId ? { id: { not: params.exceptId } } : {}),
                OR: [{ status: "SUBMITTED" }, { status: "INVITED", expiresAt: { gt: params.now } }],
              },
              select: { venueName: true, name: true, status: true },
            });
      return [
        ...centres.map((c) => ({ name: c.name, kind: "centre" as const })),
        ...invited.map((i) => ({
          name: i.status === "SUBMITTED" && i.name !== null ? i.name : i.venueName,
          kind: "invitation" as const,
        })),
      ];
    },
  });
  if (!clash) return;
  const values = { name: clash.name };
  const [message, problem] =
    clash.kind === "centre"
      ? [refuse("centreNameTaken", values), refuse("centreNameTakenField", values)]
      : [refuse("venueNameInvited", values), refuse("venueNameInvitedField", values)];
  throw new DomainError("CONFLICT", message, { [params.field]: [problem.text] });
}

/**
 * An organiser invites a venue to become a centre of the event: emails `email` a link (valid for
 * VENUE_INVITATION_DAYS) to the page where, signed in with that address, they fill in the centre's
 * details. The venue's name may not look like a centre's of the event or another pending invitation's
 * (CONFLICT, field `venueName`). The same invitation sent twice (same address and name, still pending)
 * sends nothing and answers with the first: `{ id, emailed: false }`. Returns `{ id, emailed }`.
 */
export async function inviteVenue(
  db: Db,
  params: { actor: Actor; event: EventRef; input: InviteVenue; now: Date },
): Promise<{ id: string; emailed: boolean }> {
  const { token, tokenHash } = newToken();
  const { input } = params;
  const result = await db.$transaction(async (tx) => {
    // Under the centre-name lock (taken by lookalikeInScope below, and here first so the repeat check
    // and the create are one step).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${params.event.id}:centre-names`}, 0))`;
    const same = await tx.venueInvitation.findFirst({
      where: {
        eventId: params.event.id,
        email: input.email,
        venueName: input.venueName,
        status: "INVITED",
        expiresAt: { gt: params.now },
      },
      select: { id: true },
    });
    if (same) return { id: same.id, emailed: false };
    await assertVenueNameFree(tx, {
      eventId: params.event.id,
      name: input.venueName,
      now: params.now,
      field: "venueName",
    });
    const created = await tx.venueInvitation.create({
      data: {
        eventId: params.event.id,
        email: input.email,
        venueName: input.venueName,
        message: input.message,
        tokenHash,
        invitedById: params.actor.id,
        expiresAt: venueInvitationExpiry(params.now),
        createdAt: params.now,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actor.id,
      eventId: params.event.id,
      action: "venue.invite",
      entityType: "VenueInvitation",
      entityId: created.id,
      data: { venueName: input.venueName },
    });
    return { id: created.id, emailed: true };
  });
  if (result.emailed) {
    await sendInvitation(db, { actor: params.actor, event: params.event, to: input.email, token, input });
  }
  return result;
}

async function sendInvitation(
  db: Db,
  params: {
    actor: Actor;
    event: EventRef;
    to: string;
    token: string;
    input: Pick<InviteVenue, "venueName" | "message">;
  },
) {
  await sendMail(
    db,
    params.to,
    venueInvitationMail({
      eventName: params.event.name,
      venueName: params.input.venueName,
      inviterName: params.actor.name ?? params.actor.email,
      note: params.input.message,
      url: appUrl(venueInvitationPath(params.token)),
      expiresInDays: VENUE_INVITATION_DAYS,
    }),
  );
}

/** The invitation `invitationId` of the event, locked for this transaction (NOT_FOUND otherwise). */
async function lockInvitation(tx: Tx, params: { eventId: string; invitationId: string }) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "VenueInvitation" WHERE id = ${params.invitationId} AND "eventId" = ${params.eventId} FOR UPDATE`;
  if (rows.length === 0) throw notFound();
  return tx.venueInvitation.findUniqueOrThrow({
    where: { id: params.invitationId },
    select: {
      id: true,
      email: true,
      venueName: true,
      message: true,
      status: true,
      expiresAt: true,
      name: true,
      addressLine: true,
      postcodeDistrict: true,
      capacity: true,
      accessibilityNotes: true,
      openingTimes: true,
      createdCentreId: true,
      submittedBy: { select: { id: true, email: true, name: true, alias: true } },
    },
  });
}

/**
 * Sends a still-unanswered invitation again with a new link and a new VENUE_INVITATION_DAYS (the old
 * link stops working): for a venue whose link expired or whose email went astray. CONFLICT once the
 * venue has answered or the invitation was withdrawn; CONFLICT (`venueName`) when an expired
 * invitation's name has since been taken. Returns `{ id }`.
 */
export async function resendVenueInvitation(
  db: Db,
  params: { actor: Actor; event: EventRef; invitationId: string; now: Date },
) {
  const { token, tokenHash } = newToken();
  const invitation = await db.$transaction(async (tx) => {
    const row = await lockInvitation(tx, { eventId: params.event.id, invitationId: params.invitationId });
    const problem = decisionProblem(row.status, "resend");
    if (problem) throw new DomainError("CONFLICT", problem);
    await assertVenueNameFree(tx, {
      eventId: params.event.id,
      name: row.venueName,
      now: params.now,
      field: "venueName",
      exceptId: row.id,
    });
    await tx.venueInvitation.update({
      where: { id: row.id },
      data: { tokenHash, expiresAt: venueInvitationExpiry(params.now) },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actor.id,
      eventId: params.event.id,
      action: "venue.resend",
      entityType: "VenueInvitation",
      entityId: row.id,
    });
    return row;
  });
  await sendInvitation(db, {
    actor: params.actor,
    event: params.event,
    to: invitation.email,
    token,
    input: invitation,
  });
  return { id: invitation.id };
}

async function tellLead(
  db: Db,
  params: {
    lead: { email: string; name: string | null; alias: string | null } | null;
    event: EventRef;
    centreName: string;
    decision: VenueDecision;
    url: string;
  },
) {
  if (!params.lead) return;
  await sendMail(
    db,
    params.lead.email,
    venueDecisionMail({
      recipientName: greetingName(params.lead),
      eventName: params.event.name,
      centreName: params.centreName,
      decision: params.decision,
      url: params.url,
    }),
  );
}

/**
 * Withdraws an invitation that is not decided yet (invited or submitted): its link stops working. A
 * venue that had sent its details is told by email. CONFLICT once approved, declined or withdrawn.
 */
export async function withdrawVenueInvitation(
  db: Db,
  params: { actor: Actor; event: EventRef; invitationId: string; now: Date },
) {
  const row = await db.$transaction(async (tx) => {
    const row = await lockInvitation(tx, { eventId: params.event.id, invitationId: params.invitationId });
    const problem = decisionProblem(row.status, "withdraw");
    if (problem) throw new DomainError("CONFLICT", problem);
    await tx.venueInvitation.update({
      where: { id: row.id },
      data: { status: "WITHDRAWN", decidedById: params.actor.id, decidedAt: params.now },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actor.id,
      eventId: params.event.id,
      action: "venue.withdraw",
      entityType: "VenueInvitation",
      entityId: row.id,
      data: { from: row.status },
    });
    return row;
  });
  if (row.status === "SUBMITTED") {
    await tellLead(db, {
      lead: row.submittedBy,
      event: params.event,
      centreName: row.name ?? row.venueName,
      decision: { kind: "WITHDRAWN" },
      url: appUrl(`/events/${params.event.slug}`),
    });
  }
  return { id: row.id, status: "WITHDRAWN" as const };
}

/**
 * The person invited sends (or, while waiting and before the link expires, changes) the centre's
 * details, checked as the organisers' centre form checks them. Nothing public changes until an organiser
 * approves. Refusals: NOT_FOUND for an unknown link; FORBIDDEN when signed in with another address than
 * the one invited (the message names it, masked); CONFLICT when the link expired, or the invitation was
 * approved, declined or withdrawn, or (field `name`) the name looks like a centre's of the event or
 * another pending invitation's. Returns `{ status: "SUBMITTED" }`.
 */
export async function submitVenueDetails(
  db: Db,
  params: { user: { id: string; email: string }; token: string; details: CentreDetails; now: Date },
) {
  return db.$transaction(async (tx) => {
    const found = await invitationByToken(tx, params.token);
    if (!found) throw badLink();
    const row = await lockInvitation(tx, { eventId: found.eventId, invitationId: found.id });
    if (leadVerdict(row, params.user.email, params.now) === "WRONG_EMAIL") {
      throw new DomainError("FORBIDDEN", refuse("invitationWrongEmail", { email: maskEmail(row.email) }));
    }
    const problem = submitProblem(row, params.now);
    if (problem) throw new DomainError("CONFLICT", problem);
    await assertVenueNameFree(tx, {
      eventId: found.eventId,
      name: params.details.name,
      now: params.now,
      field: "name",
      exceptId: row.id,
    });
    await tx.venueInvitation.update({
      where: { id: row.id },
      data: {
        ...params.details,
        status: "SUBMITTED",
        submittedById: params.user.id,
        submittedAt: params.now,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.user.id,
      eventId: found.eventId,
      action: row.status === "SUBMITTED" ? "venue.resubmit" : "venue.submit",
      entityType: "VenueInvitation",
      entityId: row.id,
      data: { name: params.details.name },
    });
    return { status: "SUBMITTED" as const };
  });
}

const nameTakenOnApproval = (name: string) =>
  new DomainError("CONFLICT", refuse("centreNameTakenSince", { name }));

/**
 * Approves a venue's details, in one transaction: creates the centre from them, makes the person who
 * sent them its centre lead (an EventRole granted by the organiser) and marks the invitation APPROVED
 * (a conditional update: of two approvals at once, the second waits on the row's lock and finds it
 * approved, so one centre is made). Approving an approved invitation again answers with its centre.
 * The lead is emailed. Refusals: NOT_FOUND (not this event's); CONFLICT when nothing was submitted
 * yet, it was declined or withdrawn, the person who sent it deleted their account, or the name now
 * looks like a centre's of the event. Returns `{ centreId, centreName }`.
 */
export async function approveVenue(
  db: Db,
  params: { actor: Actor; event: EventRef; invitationId: string; now: Date },
) {
  let outcome;
  try {
    outcome = await db.$transaction(async (tx) => {
      const row = await lockInvitation(tx, { eventId: params.event.id, invitationId: params.invitationId });
      if (row.status === "APPROVED" && row.createdCentreId) {
        const centre = await tx.centre.findUnique({
          where: { id: row.createdCentreId },
          select: { name: true },
        });
        return { centreId: row.createdCentreId, centreName: centre?.name ?? row.name ?? "", lead: null };
      }
      const problem = decisionProblem(row.status, "approve");
      if (problem) throw new DomainError("CONFLICT", problem);
      const lead = row.submittedBy;
      if (!lead || row.name === null || row.capacity === null) {
        throw new DomainError("CONFLICT", refuse("submitterGone"));
      }
      const name = row.name;
      try {
        await assertVenueNameFree(tx, {
          eventId: params.event.id,
          name,
          now: params.now,
          field: "name",
          invitations: false,
        });
      } catch (error) {
        if (error instanceof DomainError && error.code === "CONFLICT") throw nameTakenOnApproval(name);
        throw error;
      }
      const centre = await tx.centre.create({
        data: {
          eventId: params.event.id,
          name,
          addressLine: row.addressLine ?? "",
          postcodeDistrict: row.postcodeDistrict ?? "",
          capacity: row.capacity,
          accessibilityNotes: row.accessibilityNotes ?? "",
          openingTimes: row.openingTimes ?? "",
        },
        select: centreSelect,
      });
      const role = await tx.eventRole.create({
        data: {
          eventId: params.event.id,
          userId: lead.id,
          role: "CENTRE_LEAD",
          centreId: centre.id,
          grantedById: params.actor.id,
        },
        select: { id: true },
      });
      const claimed = await tx.venueInvitation.updateMany({
        where: { id: row.id, status: "SUBMITTED" },
        data: {
          status: "APPROVED",
          decidedById: params.actor.id,
          decidedAt: params.now,
          createdCentreId: centre.id,
        },
      });
      if (claimed.count === 0) throw new DomainError("CONFLICT", refuse("decidedMeanwhile"));
      await audit(tx, {
        actorId: params.actor.id,
        eventId: params.event.id,
        action: "centre.create",
        entityType: "Centre",
        entityId: centre.id,
        data: { fromVenueInvitation: row.id },
      });
      await audit(tx, {
        actorId: params.actor.id,
        eventId: params.event.id,
        action: "role.grant",
        entityType: "EventRole",
        entityId: role.id,
        data: { role: "CENTRE_LEAD", userId: lead.id, centreId: centre.id },
      });
      await audit(tx, {
        actorId: params.actor.id,
        eventId: params.event.id,
        action: "venue.approve",
        entityType: "VenueInvitation",
        entityId: row.id,
        data: { centreId: centre.id },
      });
      return { centreId: centre.id, centreName: centre.name, lead };
    });
  } catch (error) {
    // The unique (event, name) index: an identical name added in a way that skipped the lock.
    if (isUniqueViolation(error, "name")) throw nameTakenOnApproval("that name");
    throw error;
  }
  await tellLead(db, {
    lead: outcome.lead,
    event: params.event,
    centreName: outcome.centreName,
    decision: { kind: "APPROVED" },
    url: appUrl(`/manage/events/${params.event.id}/centre`),
  });
  return { centreId: outcome.centreId, centreName: outcome.centreName };
}

/**
 * Declines a venue's details with a reason, which the person who sent them is emailed (with a link to
 * the invitation's page, which then says so). A declined invitation cannot be sent again. CONFLICT when
 * nothing was submitted yet or it was already decided.
 */
export async function declineVenue(
  db: Db,
  params: { actor: Actor; event: EventRef; invitationId: string; reason: string; now: Date },
) {
  const row = await db.$transaction(async (tx) => {
    const row = await lockInvitation(tx, { eventId: params.event.id, invitationId: params.invitationId });
    const problem = decisionProblem(row.status, "decline");
    if (problem) throw new DomainError("CONFLICT", problem);
    await tx.venueInvitation.update({
      where: { id: row.id },
      data: {
        status: "DECLINED",
        decidedById: params.actor.id,
        decidedAt: params.now,
        declineReason: params.reason,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actor.id,
      eventId: params.event.id,
      action: "venue.decline",
      entityType: "VenueInvitation",
      entityId: row.id,
    });
    return row;
  });
  await tellLead(db, {
    lead: row.submittedBy,
    event: params.event,
    centreName: row.name ?? row.venueName,
    decision: { kind: "DECLINED", reason: params.reason },
    url: appUrl(`/events/${params.event.slug}`),
  });
  return { id: row.id, status: "DECLINED" as const };
}
