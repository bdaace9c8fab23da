import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { appUrl } from "../http/app-url.ts";
import { audit } from "../audit.ts";
import type { BlobStore } from "../storage/blob-store.ts";
import { acceptedImageType } from "../storage/image-refusals.ts";
import { removeBlob, replaceBlob } from "../storage/replace-blob.ts";
import { isUniqueViolation } from "../db/errors.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { createOnce, recordRequestKey, requestKeyScope } from "../idempotency/commands.ts";
import { organisationInviteMail, organisationMembershipMail } from "../mail/organisation-templates.ts";
import { greetingName } from "../people/rules.ts";
import { sendMail } from "../mail/send.ts";
import {
  inviteByTokenHash,
  organisationInviteSelect,
  organisationMemberSelect,
  organisationPublicSelect,
} from "./queries.ts";
import {
  INVITE_LIFETIME_DAYS,
  firstFreeSlug,
  inviteExpiry,
  inviteVerdict,
  keepsAnOwner,
  slugify,
} from "./rules.ts";
import type { OrganisationDetails, OrganisationRole } from "./schema.ts";

/** This module's refusals ("OrganisationErrors"). */
const refuse = refusals("OrganisationErrors");

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

async function freeOrganisationSlug(tx: Tx, base: string): Promise<string> {
  const existing = await tx.organisation.findMany({
    where: { OR: [{ slug: base }, { slug: { startsWith: `${base}-` } }] },
    select: { slug: true },
  });
  return firstFreeSlug(base, new Set(existing.map((o) => o.slug)));
}

/**
 * Anyone signed in creates an organisation and becomes its first owner. The same request sent twice
 * (same `requestKey`) creates one organisation and answers both with it.
 */
export async function createOrganisation(
  db: Db,
  params: { actorId: string; details: OrganisationDetails; requestKey?: string | undefined },
) {
  const scope = requestKeyScope(params.actorId, params.requestKey, "organisation.create");
  return createOnce(
    db,
    scope,
    () => insertOrganisation(db, params, scope),
    (id) => db.organisation.findUniqueOrThrow({ where: { id }, select: organisationPublicSelect }),
  );
}

async function insertOrganisation(
  db: Db,
  params: { actorId: string; details: OrganisationDetails },
  scope: Parameters<typeof recordRequestKey>[1],
) {
  const base = slugify(params.details.name);
  // Two people naming organisations alike at the same moment: the loser of the unique index tries again.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        const slug = await freeOrganisationSlug(tx, base);
        const created = await tx.organisation.create({
          data: { ...params.details, slug, members: { create: { userId: params.actorId, role: "OWNER" } } },
          select: organisationPublicSelect,
        });
        await recordRequestKey(tx, scope, created.id);
        await audit(tx, {
          actorId: params.actorId,
          action: "organisation.create",
          entityType: "Organisation",
          entityId: created.id,
        });
        return created;
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error, "slug")) continue;
      throw error;
    }
  }
}

/** Owners change the details; the address (slug) stays, so links people shared keep working. */
export async function updateOrganisation(
  db: Db,
  params: { actorId: string; organisationId: string; details: OrganisationDetails },
) {
  return db.$transaction(async (tx) => {
    const updated = await tx.organisation.update({
      where: { id: params.organisationId },
      data: params.details,
      select: organisationPublicSelect,
    });
    await audit(tx, {
      actorId: params.actorId,
      action: "organisation.update",
      entityType: "Organisation",
      entityId: params.organisationId,
    });
    return updated;
  });
}

/** Points the organisation at a logo (or at none) and audits the change; says which file it had before. */
function repointLogo(
  db: Db,
  params: { actorId: string; organisationId: string },
  logo: { logoKey: string | null; logoContentType: string | null },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findUniqueOrThrow({
      where: { id: params.organisationId },
      select: { logoKey: true },
    });
    const after = await tx.organisation.update({
      where: { id: params.organisationId },
      data: logo,
      select: organisationPublicSelect,
    });
    // Removing a logo that is not there changes nothing, so it is not audited.
    if (logo.logoKey || before.logoKey) {
      await audit(tx, {
        actorId: params.actorId,
        action: logo.logoKey ? "organisation.logo.set" : "organisation.logo.remove",
        entityType: "Organisation",
        entityId: params.organisationId,
      });
    }
    return { previous: before.logoKey, result: after };
  });
}

/** Replaces the logo. The bytes decide the type (SVG is refused: it can carry script). */
export async function setOrganisationLogo(
  db: Db,
  store: BlobStore,
  params: { actorId: string; organisationId: string; bytes: Uint8Array },
) {
  const contentType = acceptedImageType(params.bytes, 0, "logo");
  const key = `logos/${params.organisationId}/${randomBytes(16).toString("hex")}`;
  return replaceBlob(store, key, params.bytes, () =>
    repointLogo(db, params, { logoKey: key, logoContentType: contentType }),
  );
}

export async function removeOrganisationLogo(
  db: Db,
  store: BlobStore,
  params: { actorId: string; organisationId: string },
) {
  return removeBlob(store, () => repointLogo(db, params, { logoKey: null, logoContentType: null }));
}

function inviteUrl(token: string): string {
  return appUrl(`/invites/${token}`);
}

/**
 * An owner invites someone by email. Inviting an address that already has a pending invitation sends
 * nothing and keeps that invitation, so the link already emailed keeps working (a double click used to
 * send a second email and invalidate the first link); a different role is applied to it. To send a new
 * link, revoke the invitation first. `emailed` says whether this call sent one.
 */
export async function inviteMember(
  db: Db,
  params: {
    actor: { id: string; name: string | null; email: string };
    organisation: { id: string; name: string };
    email: string;
    role: OrganisationRole;
    now: Date;
  },
) {
  const token = randomBytes(32).toString("base64url");
  const { invite, emailed } = await db.$transaction(async (tx) => {
    // Invitations to one organisation are decided one at a time: two at once cannot both send.
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${params.organisation.id} FOR UPDATE`;
    const member = await tx.organisationMember.findFirst({
      where: { organisationId: params.organisation.id, user: { email: params.email } },
      select: { id: true },
    });
    if (member) {
      throw new DomainError("CONFLICT", refuse("alreadyMember"), {
        email: [refuse("alreadyMemberField").text],
      });
    }
    const pending = await tx.organisationInvite.findFirst({
      where: {
        organisationId: params.organisation.id,
        email: params.email,
        acceptedAt: null,
        expiresAt: { gt: params.now },
      },
      select: organisationInviteSelect,
    });
    if (pending) {
      if (pending.role === params.role) return { invite: pending, emailed: false };
      const changed = await tx.organisationInvite.update({
        where: { id: pending.id },
        data: { role: params.role },
        select: organisationInviteSelect,
      });
      await audit(tx, {
        actorId: params.actor.id,
        action: "organisation.invite.role",
        entityType: "OrganisationInvite",
        entityId: pending.id,
        data: { organisationId: params.organisation.id, from: pending.role, to: params.role },
      });
      return { invite: changed, emailed: false };
    }
    // Expired ones are dead links anyway; clear them so the list shows one invitation per address.
    await tx.organisationInvite.deleteMany({
      where: { organisationId: params.organisation.id, email: params.email, acceptedAt: null },
    });
    const created = await tx.organisationInvite.create({
      data: {
        organisationId: params.organisation.id,
        email: params.email,
        role: params.role,
        tokenHash: hashInviteToken(token),
        invitedById: params.actor.id,
        expiresAt: inviteExpiry(params.now),
      },
      select: organisationInviteSelect,
    });
    await audit(tx, {
      actorId: params.actor.id,
      action: "organisation.invite",
      entityType: "OrganisationInvite",
      entityId: created.id,
      data: { organisationId: params.organisation.id, role: params.role },
    });
    return { invite: created, emailed: true };
  });
  if (emailed) {
    await sendMail(
      db,
      params.email,
      organisationInviteMail({
        organisationName: params.organisation.name,
        inviterName: params.actor.name ?? params.actor.email,
        role: params.role,
        url: inviteUrl(token),
        expiresInDays: INVITE_LIFETIME_DAYS,
      }),
    );
  }
  return { ...invite, emailed };
}

export async function revokeInvite(
  db: Db,
  params: { actorId: string; organisationId: string; inviteId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const removed = await tx.organisationInvite.deleteMany({
      where: { id: params.inviteId, organisationId: params.organisationId, acceptedAt: null },
    });
    if (removed.count === 0) throw new DomainError("NOT_FOUND", refuse("invitationGone"));
    await audit(tx, {
      actorId: params.actorId,
      action: "organisation.invite.revoke",
      entityType: "OrganisationInvite",
      entityId: params.inviteId,
      data: { organisationId: params.organisationId },
    });
  });
}

/** What the holder of an invitation link sees before accepting. The invited address is not revealed. */
export async function previewInvite(db: Db, params: { token: string; viewerEmail: string; now: Date }) {
  const invite = await inviteByTokenHash(db, { tokenHash: hashInviteToken(params.token) });
  if (!invite) throw new DomainError("NOT_FOUND", refuse("invitationLinkInvalid"));
  return {
    organisation: invite.organisation,
    role: invite.role,
    expiresAt: invite.expiresAt,
    verdict: inviteVerdict(invite, params.viewerEmail, params.now),
  };
}

/** Accepting twice is a no-op; only the invited address may accept. */
export async function acceptInvite(
  db: Db,
  params: { user: { id: string; email: string }; token: string; now: Date },
) {
  return db.$transaction(async (tx) => {
    const invite = await inviteByTokenHash(tx, { tokenHash: hashInviteToken(params.token) });
    if (!invite) throw new DomainError("NOT_FOUND", refuse("invitationLinkInvalid"));
    const verdict = inviteVerdict(invite, params.user.email, params.now);
    if (verdict === "WRONG_EMAIL") {
      throw new DomainError("FORBIDDEN", refuse("invitationWrongEmail"));
    }
    if (verdict === "EXPIRED") {
      throw new DomainError("CONFLICT", refuse("invitationExpired"));
    }
    const existing = await tx.organisationMember.findUnique({
      where: { organisationId_userId: { organisationId: invite.organisationId, userId: params.user.id } },
      select: organisationMemberSelect,
    });
    if (verdict === "ACCEPTED") {
      if (existing) return { organisation: invite.organisation, member: existing };
      throw new DomainError("CONFLICT", refuse("invitationUsed"));
    }
    // Mark it used only if nobody else did meanwhile.
    const claimed = await tx.organisationInvite.updateMany({
      where: { id: invite.id, acceptedAt: null },
      data: { acceptedAt: params.now },
    });
    if (claimed.count === 0) throw new DomainError("CONFLICT", refuse("invitationUsed"));
    const member =
      existing ??
      (await tx.organisationMember.create({
        data: { organisationId: invite.organisationId, userId: params.user.id, role: invite.role },
        select: organisationMemberSelect,
      }));
    await audit(tx, {
      actorId: params.user.id,
      action: "organisation.invite.accept",
      entityType: "OrganisationMember",
      entityId: member.id,
      data: { organisationId: invite.organisationId, inviteId: invite.id },
    });
    return { organisation: invite.organisation, member };
  });
}

/** Role changes and removals never leave the organisation without an owner, even when two owners race. */
async function changeMembership(
  db: Db,
  params: { actorId: string; organisationId: string; memberId: string; newRole: OrganisationRole | null },
) {
  const changed = await db.$transaction(async (tx) => {
    // Serialise membership changes per organisation so the owner count cannot change under us.
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${params.organisationId} FOR UPDATE`;
    const member = await tx.organisationMember.findFirst({
      where: { id: params.memberId, organisationId: params.organisationId },
      select: {
        id: true,
        role: true,
        userId: true,
        user: { select: { email: true, name: true, alias: true } },
        organisation: { select: { name: true, slug: true } },
      },
    });
    if (!member) throw new DomainError("NOT_FOUND", refuse("memberGone"));
    const ownerCount =
      member.role === "OWNER"
        ? await tx.organisationMember.count({
            where: { organisationId: params.organisationId, role: "OWNER" },
          })
        : 0;
    if (!keepsAnOwner({ currentRole: member.role, newRole: params.newRole, ownerCount })) {
      throw new DomainError("LAST_ORGANISER", refuse("lastOwner"));
    }
    if (params.newRole === null) {
      await tx.organisationMember.delete({ where: { id: member.id } });
    } else if (params.newRole !== member.role) {
      await tx.organisationMember.update({ where: { id: member.id }, data: { role: params.newRole } });
    } else {
      return null;
    }
    await audit(tx, {
      actorId: params.actorId,
      action: params.newRole === null ? "organisation.member.remove" : "organisation.member.role",
      entityType: "OrganisationMember",
      entityId: member.id,
      data: {
        organisationId: params.organisationId,
        userId: member.userId,
        from: member.role,
        to: params.newRole,
      },
    });
    return member;
  });
  // Someone else changing what a member may do is news to them (an owner stepping down is not).
  if (changed && changed.userId !== params.actorId) {
    await sendMail(
      db,
      changed.user.email,
      organisationMembershipMail({
        recipientName: greetingName(changed.user),
        organisationName: changed.organisation.name,
        role: params.newRole,
        url: appUrl(
          params.newRole === null ? "/organisations" : `/organisations/${changed.organisation.slug}/manage`,
        ),
      }),
    );
  }
}

export function changeMemberRole(
  db: Db,
  params: { actorId: string; organisationId: string; memberId: string; role: OrganisationRole },
) {
  return changeMembership(db, { ...params, newRole: params.role });
}

export function removeMember(db: Db, params: { actorId: string; organisationId: string; memberId: string }) {
  return changeMembership(db, { ...params, newRole: null });
}
