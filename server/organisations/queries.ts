import "server-only";
import type { Db, Tx } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";

/** This module's refusals ("OrganisationErrors"). */
const refuse = refusals("OrganisationErrors");

/** The organisation and the caller's role in it (null role: not a member); null if it does not exist. */
export async function organisationAccess(db: Db, params: { organisationId: string; userId: string }) {
  const organisation = await db.organisation.findUnique({
    where: { id: params.organisationId },
    select: {
      id: true,
      slug: true,
      name: true,
      operatorApprovedAt: true,
      members: { where: { userId: params.userId }, select: { role: true } },
    },
  });
  if (!organisation) return null;
  const { members, ...org } = organisation;
  return { organisation: org, role: members[0]?.role ?? null };
}

/** What anyone may see of an organisation: never its members. */
export const organisationPublicSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  website: true,
  logoKey: true,
  description: true,
} satisfies Prisma.OrganisationSelect;

export type OrganisationPublic = Prisma.OrganisationGetPayload<{ select: typeof organisationPublicSelect }>;

export const organisationMemberSelect = {
  id: true,
  role: true,
  createdAt: true,
  user: { select: { id: true, email: true, name: true } },
} satisfies Prisma.OrganisationMemberSelect;

export const organisationInviteSelect = {
  id: true,
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  createdAt: true,
} satisfies Prisma.OrganisationInviteSelect;

/** The public page: the organisation and its published challenges in events anyone can see. */
export async function organisationPublicPage(db: Db, params: { slug: string }) {
  const page = await db.organisation.findUnique({
    where: { slug: params.slug },
    select: {
      ...organisationPublicSelect,
      challenges: {
        where: { status: "PUBLISHED", event: { status: { not: "DRAFT" } } },
        orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
        take: 100,
        select: {
          id: true,
          slug: true,
          title: true,
          summary: true,
          sector: true,
          event: { select: { slug: true, name: true } },
        },
      },
    },
  });
  if (!page) throw new DomainError("NOT_FOUND", refuse("organisationNotFound"));
  return page;
}

/** The organisations the caller belongs to, with their role in each. */
export function myOrganisations(db: Db, params: { userId: string }) {
  return db.organisationMember.findMany({
    where: { userId: params.userId },
    orderBy: { organisation: { name: "asc" } },
    take: 100,
    select: { role: true, organisation: { select: organisationPublicSelect } },
  });
}

/** Everything the manage page shows to a member: people, pending invitations, challenges and history. */
export async function organisationForMembers(db: Db, params: { organisationId: string }) {
  const [organisation, members, invites] = await Promise.all([
    db.organisation.findUniqueOrThrow({
      where: { id: params.organisationId },
      select: organisationPublicSelect,
    }),
    db.organisationMember.findMany({
      where: { organisationId: params.organisationId },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: organisationMemberSelect,
    }),
    db.organisationInvite.findMany({
      where: { organisationId: params.organisationId, acceptedAt: null },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: organisationInviteSelect,
    }),
  ]);
  return { organisation, members, invites };
}

/** Where an organisation's logo is stored; null when it has none (logos are public). */
export function organisationLogo(db: Db, params: { organisationId: string }) {
  return db.organisation
    .findUnique({
      where: { id: params.organisationId },
      select: { logoKey: true, logoContentType: true },
    })
    .then((o) =>
      o?.logoKey && o.logoContentType ? { storageKey: o.logoKey, contentType: o.logoContentType } : null,
    );
}

/** The invitation behind a token hash, with its organisation's public face. */
export function inviteByTokenHash(db: Tx, params: { tokenHash: string }) {
  return db.organisationInvite.findUnique({
    where: { tokenHash: params.tokenHash },
    select: {
      ...organisationInviteSelect,
      organisationId: true,
      organisation: { select: { id: true, slug: true, name: true } },
    },
  });
}
