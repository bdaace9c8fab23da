// Who may call each directory procedure (and events.createForOrganisation, an operator's rung). Run by
// directory.authz.int.test.ts; coverage.test.ts checks that every procedure has an entry somewhere.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import type { SessionDetailsInput } from "../directory/schema.ts";
import { type AuthCases, type AuthWorld, openToAll, restrictedTo } from "../test/authorization.ts";
import { makeUser } from "../test/factories.ts";
import { makeOrganisation } from "../test/organisation-factories.ts";
import { details } from "./events.authz.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface DirectoryWorld extends AuthWorld {
  /** An approved operator. */
  operator: { id: string };
  owner: SessionUser;
  member: SessionUser;
  sessionId: string;
  /** An organisation that is not an operator, and its owner. */
  plain: { id: string };
  plainOwner: SessionUser;
  admin: SessionUser;
  /** The owner of another approved operator. */
  other: SessionUser;
}

/** A weekly club's details as the form sends them. */
export const clubDetails: SessionDetailsInput = {
  title: "Code Club Cathays",
  description: "Scratch and Python for beginners.",
  weekday: 2,
  startTime: "17:00",
  endTime: "18:30",
  timeZone: "Europe/London",
  startsOn: "2026-09-01",
  endsOn: "",
  mode: "IN_PERSON",
  venueName: "Cathays Library",
  addressLine: "Fairoak Road",
  postcodeDistrict: "CF24",
  minAge: 8,
  maxAge: 12,
  level: "NEW",
  cost: "",
  bookingUrl: "https://example.test/book",
};

export async function directoryWorld(db: Db): Promise<DirectoryWorld> {
  const [owner, member, plainOwner, admin, other] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db, { admin: true }),
    makeUser(db),
  ]);
  const [operator, plain, otherOperator] = await Promise.all([
    makeOrganisation(db, {
      members: [
        { userId: owner.id, role: "OWNER" },
        { userId: member.id, role: "MEMBER" },
      ],
    }),
    makeOrganisation(db, { members: [{ userId: plainOwner.id, role: "OWNER" }] }),
    makeOrganisation(db, { members: [{ userId: other.id, role: "OWNER" }] }),
  ]);
  await db.organisation.updateMany({
    where: { id: { in: [operator.id, otherOperator.id] } },
    data: { operatorApprovedAt: now },
  });
  await db.organisation.update({
    where: { id: plain.id },
    data: { operatorRequestedAt: now },
    select: { id: true },
  });
  const session = await db.recurringSession.create({
    data: {
      organisationId: operator.id,
      title: "Saturday Club",
      weekday: 6,
      startTime: "10:00",
      endTime: "12:00",
      timeZone: "Europe/London",
      startsOn: new Date("2026-09-05T00:00:00Z"),
      mode: "ONLINE",
      minAge: 10,
      maxAge: 16,
      level: "SOME",
      bookingUrl: "https://example.test/saturday",
    },
    select: { id: true },
  });
  return { operator, owner, member, sessionId: session.id, plain, plainOwner, admin, other };
}

const anyone = openToAll<DirectoryWorld>((w) => w.member);

// Owners of the approved operator: a plain member is the wrong role; another operator's owner gets 403.
const operatorOwners = restrictedTo<DirectoryWorld>(
  (w) => w.owner,
  (w) => w.member,
);

const adminsOnly = restrictedTo<DirectoryWorld>(
  (w) => w.admin,
  (w) => w.owner,
);

export const directoryAuthorization: AuthCases<DirectoryWorld> = {
  "directory.list": anyone((c) => c.directory.list({ age: 10, mode: "online" })),
  "directory.calendar": anyone((c) => c.directory.calendar({})),
  // Members see their organisation's sessions, drafts included; nobody else does.
  "directory.sessions": {
    right: (w) => w.member,
    wrong: (w) => w.plainOwner,
    call: (c, w) => c.directory.sessions({ organisationId: w.operator.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  // The plain organisation's owner asks; its members could not, nor could another organisation's owner.
  "directory.requestOperator": {
    right: (w) => w.plainOwner,
    wrong: (w) => w.member,
    call: (c, w) => c.directory.requestOperator({ organisationId: w.plain.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "directory.operators": adminsOnly((c) => c.directory.operators()),
  "directory.decideOperator": adminsOnly((c, w) =>
    c.directory.decideOperator({ organisationId: w.plain.id, approved: true }),
  ),
  "directory.createSession": operatorOwners((c, w) =>
    c.directory.createSession({ organisationId: w.operator.id, details: clubDetails }),
  ),
  "directory.updateSession": operatorOwners((c, w) =>
    c.directory.updateSession({
      organisationId: w.operator.id,
      sessionId: w.sessionId,
      details: clubDetails,
    }),
  ),
  "directory.publishSession": operatorOwners((c, w) =>
    c.directory.publishSession({ organisationId: w.operator.id, sessionId: w.sessionId, published: true }),
  ),
  "directory.deleteSession": operatorOwners((c, w) =>
    c.directory.deleteSession({ organisationId: w.operator.id, sessionId: w.sessionId }),
  ),
  "events.createForOrganisation": operatorOwners((c, w) =>
    c.events.createForOrganisation({
      organisationId: w.operator.id,
      ...details(`cathays-${Math.random().toString(36).slice(2, 8)}`),
      organiserEmail: "operator.organiser@example.test",
    }),
  ),
};
