// Who may call each organisations procedure. Run by organisations.authz.int.test.ts; coverage.test.ts
// checks that every procedure in the router has an entry here or in another <router>.authz.ts.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import {
  anySignedIn,
  type AuthCases,
  type AuthWorld,
  openToAll,
  restrictedTo,
} from "../test/authorization.ts";
import { makeUser } from "../test/factories.ts";
import { makeInvite, makeOrganisation } from "../test/organisation-factories.ts";
import { tinyPngBase64 } from "../test/submission-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface OrganisationsWorld extends AuthWorld {
  organisation: { id: string; slug: string };
  owner: SessionUser;
  member: SessionUser;
  memberId: string;
  invitee: SessionUser;
  invite: { id: string; token: string };
  stranger: SessionUser;
  /** The owner of another organisation. */
  other: SessionUser;
}

const anyone = openToAll<OrganisationsWorld>((w) => w.stranger);

const signedIn = anySignedIn<OrganisationsWorld>(
  (w) => w.stranger,
  (w) => w.owner,
);

// Members only: a signed-in stranger and the owner of another organisation get 403.
const membersOnly = restrictedTo<OrganisationsWorld>(
  (w) => w.member,
  (w) => w.stranger,
);

// Owners only: a plain member is the wrong role.
const ownersOnly = restrictedTo<OrganisationsWorld>(
  (w) => w.owner,
  (w) => w.member,
);

export const organisationsAuthorization: AuthCases<OrganisationsWorld> = {
  "organisations.bySlug": anyone((c, w) => c.organisations.bySlug({ slug: w.organisation.slug })),
  "organisations.mine": signedIn((c) => c.organisations.mine()),
  "organisations.create": signedIn((c) =>
    c.organisations.create({ name: "Leeds Data Mill", kind: "PUBLIC_SECTOR", description: "" }),
  ),
  "organisations.forMembers": membersOnly((c, w) =>
    c.organisations.forMembers({ organisationId: w.organisation.id }),
  ),
  "organisations.update": ownersOnly((c, w) =>
    c.organisations.update({
      organisationId: w.organisation.id,
      name: "Renamed Organisation",
      kind: "COMMUNITY",
      description: "",
    }),
  ),
  "organisations.setLogo": ownersOnly((c, w) =>
    c.organisations.setLogo({ organisationId: w.organisation.id, dataBase64: tinyPngBase64 }),
  ),
  "organisations.removeLogo": ownersOnly((c, w) =>
    c.organisations.removeLogo({ organisationId: w.organisation.id }),
  ),
  // Logos are public, like the organisation page they sit on.
  "organisations.logo": anyone((c, w) => c.organisations.logo({ organisationId: w.organisation.id })),
  "organisations.invite": ownersOnly((c, w) =>
    c.organisations.invite({ organisationId: w.organisation.id, email: "new.member@example.test" }),
  ),
  "organisations.revokeInvite": ownersOnly((c, w) =>
    c.organisations.revokeInvite({ organisationId: w.organisation.id, inviteId: w.invite.id }),
  ),
  "organisations.changeRole": ownersOnly((c, w) =>
    c.organisations.changeRole({ organisationId: w.organisation.id, memberId: w.memberId, role: "OWNER" }),
  ),
  "organisations.removeMember": ownersOnly((c, w) =>
    c.organisations.removeMember({ organisationId: w.organisation.id, memberId: w.memberId }),
  ),
  // Anyone signed in may look at a link they hold; the answer says whether they can accept it.
  "organisations.invitation": signedIn((c, w) => c.organisations.invitation({ token: w.invite.token })),
  "organisations.acceptInvite": {
    right: (w) => w.invitee,
    wrong: (w) => w.stranger,
    call: (c, w) => c.organisations.acceptInvite({ token: w.invite.token }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
};

export async function organisationsWorld(db: Db): Promise<OrganisationsWorld> {
  const [owner, member, invitee, stranger, other] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
  ]);
  const organisation = await makeOrganisation(db, {
    members: [
      { userId: owner.id, role: "OWNER" },
      { userId: member.id, role: "MEMBER" },
    ],
  });
  await makeOrganisation(db, { members: [{ userId: other.id, role: "OWNER" }] });
  await db.organisation.update({
    where: { id: organisation.id },
    data: { logoKey: `logos/${organisation.id}/authz`, logoContentType: "image/png" },
    select: { id: true },
  });
  const membership = await db.organisationMember.findFirstOrThrow({
    where: { organisationId: organisation.id, userId: member.id },
    select: { id: true },
  });
  const invite = await makeInvite(db, {
    organisationId: organisation.id,
    email: invitee.email,
    expiresAt: new Date(now.getTime() + 86_400_000),
  });
  return { organisation, owner, member, memberId: membership.id, invitee, invite, stranger, other };
}
