// Deleting an account: the person's data goes, what others depend on stays, credited to a former participant.
import { cancelBookingsOf, sendBookingNotices } from "../directory/bookings.ts";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { OPTIONAL_MAIL_CATEGORIES } from "../mail/preferences.ts";
import { erasePersonalRecords } from "../retention/commands.ts";
import { eventEndOf } from "../retention/rules.ts";
import { deletionBlockers, deletionBlockerText, FORMER_PARTICIPANT, tombstoneEmail } from "./rules.ts";

/** This module's refusals ("RightsErrors"). */
const refuse = refusals("RightsErrors");

const eventDatesSelect = {
  id: true,
  name: true,
  status: true,
  startsAt: true,
  timeZone: true,
  submissionDeadline: true,
  judgingClosesAt: true,
  resultsAt: true,
} as const;

/** What stops the deletion (deletionBlockers), read under the transaction. */
async function blockersFor(tx: Tx, params: { userId: string; isPlatformAdmin: boolean; now: Date }) {
  const [ownerships, organiserRoles, otherAdmins, profiles] = await Promise.all([
    tx.organisationMember.findMany({
      where: { userId: params.userId, role: "OWNER" },
      select: {
        organisation: {
          select: {
            name: true,
            members: { select: { userId: true, role: true } },
          },
        },
      },
    }),
    tx.eventRole.findMany({
      where: { userId: params.userId, role: "ORGANISER" },
      select: {
        event: {
          select: { ...eventDatesSelect, roles: { where: { role: "ORGANISER" }, select: { userId: true } } },
        },
      },
    }),
    params.isPlatformAdmin
      ? tx.user.count({ where: { isPlatformAdmin: true, id: { not: params.userId } } })
      : Promise.resolve(0),
    tx.user.findMany({
      where: { managedById: params.userId, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: { name: true },
    }),
  ]);
  return deletionBlockers({
    soleOwnerOf: ownerships
      .filter(({ organisation }) => organisation.members.filter((m) => m.role === "OWNER").length === 1)
      .map(({ organisation }) => ({
        name: organisation.name,
        otherMembers: organisation.members.length - 1,
      })),
    soleOrganiserOf: organiserRoles
      .filter(({ event }) => new Set(event.roles.map((r) => r.userId)).size === 1)
      .map(({ event }) => ({
        name: event.name,
        archived: event.status === "ARCHIVED",
        ended: params.now.getTime() >= eventEndOf(event).getTime(),
      })),
    isPlatformAdmin: params.isPlatformAdmin,
    otherPlatformAdmins: otherAdmins,
    keepsProfilesOf: profiles.map((p) => p.name ?? "a child"),
  });
}

/**
 * Leaves the teams of events that have not ended: captaincy passes to the longest-standing other
 * member, a team left with nobody and no project is deleted, and a last member with a project stays
 * (credited as a former participant) so the project keeps a team. Teams of ended events keep them.
 */
async function leaveUnfinishedTeams(tx: Tx, params: { userId: string; now: Date }) {
  const memberships = await tx.teamMember.findMany({
    where: { userId: params.userId },
    select: {
      id: true,
      isCaptain: true,
      team: {
        select: {
          id: true,
          event: { select: eventDatesSelect },
          submission: { select: { id: true } },
          members: {
            where: { userId: { not: params.userId } },
            orderBy: { joinedAt: "asc" },
            select: { id: true },
          },
        },
      },
    },
  });
  let left = 0;
  for (const { id, isCaptain, team } of memberships) {
    if (params.now.getTime() >= eventEndOf(team.event).getTime()) continue;
    const successor = team.members[0];
    if (successor) {
      await tx.teamMember.delete({ where: { id }, select: { id: true } });
      if (isCaptain) await tx.teamMember.update({ where: { id: successor.id }, data: { isCaptain: true } });
      left += 1;
    } else if (!team.submission) {
      await tx.team.delete({ where: { id: team.id }, select: { id: true } });
      left += 1;
    }
  }
  return left;
}

/**
 * Deletes the account of `userId` at `now`, at their own request, once `confirmEmail` is the address
 * they sign in with (INVALID_INPUT otherwise, and for a child's profile, which its guardian removes);
 * see eraseAccount for what goes and what stays.
 */
export async function deleteAccount(
  db: Db,
  params: { userId: string; confirmEmail: string; now: Date },
): Promise<void> {
  await eraseAccount(db, {
    userId: params.userId,
    actorId: params.userId,
    now: params.now,
    confirm: (account) => {
      // A child's profile has no address of its own to type: its guardian removes it (server/guardians).
      if (account.managedById) {
        throw new DomainError("INVALID_INPUT", refuse("childProfileElsewhere"));
      }
      if (params.confirmEmail.trim().toLowerCase() !== account.email) {
        throw new DomainError("INVALID_INPUT", refuse("typeSignInEmail"), {
          confirmEmail: [refuse("notSignInEmail").text],
        });
      }
    },
  });
}

/**
 * Deletes the account of `userId` at `now` for `actorId` (themselves, or the guardian who keeps a
 * child's profile), once `confirm` accepts the account read under lock (it throws to refuse). NOT_FOUND
 * when it was deleted already. CONFLICT, saying what to do first,
 * when it would leave an organisation, a running event or the platform without anyone in charge
 * (deletionBlockers). Otherwise, in one transaction:
 * - the account becomes a tombstone: a reserved address (tombstoneEmail), name and nickname
 *   FORMER_PARTICIPANT, no sessions or sign-in links, no roles or organisation memberships;
 * - every registration loses its personal details (date of birth → age at the start; guardian address,
 *   school, team-finder note and skills; sensitive answers, check-in visits and authorised adults), and
 *   one for an event that has not ended is withdrawn, leaving its team (leaveUnfinishedTeams);
 * - consent records stay as the audit trail, anonymised: the guardian's name and address are blanked;
 * - judging stays (scores and feedback count for teams), without private notes or affiliation;
 * - places booked at weekly clubs are given up, each to the first person waiting (emailed after);
 * - emails to the old address still in the outbox are deleted; an audit entry records the deletion.
 * Teams and projects of ended events keep them, credited as FORMER_PARTICIPANT.
 */
export async function eraseAccount(
  db: Db,
  params: {
    userId: string;
    actorId: string;
    now: Date;
    confirm: (account: { email: string; managedById: string | null }) => void;
  },
): Promise<void> {
  const { userId, now } = params;
  const notices = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { email: true, isPlatformAdmin: true, deletedAt: true, managedById: true },
    });
    if (!user || user.deletedAt) throw new DomainError("NOT_FOUND", refuse("deletedAlready"));
    params.confirm(user);
    const blockers = await blockersFor(tx, { userId, isPlatformAdmin: user.isPlatformAdmin, now });
    if (blockers.length > 0) {
      throw new DomainError(
        "CONFLICT",
        refuse("deletionBlocked", { blockers: blockers.map(deletionBlockerText).join(". ") }),
      );
    }
    const registrations = await tx.registration.findMany({
      where: { userId },
      select: {
        id: true,
        status: true,
        dateOfBirth: true,
        ageAtStart: true,
        event: { select: eventDatesSelect },
      },
    });
    for (const r of registrations) {
      const running = now.getTime() < eventEndOf(r.event).getTime();
      await tx.registration.update({
        where: { id: r.id },
        data: {
          guardianEmail: null,
          affiliation: null,
          teamFinderNote: "",
          skills: [],
          lookingForTeam: false,
          ...(running && r.status !== "WITHDRAWN" ? { status: "WITHDRAWN", withdrawnAt: now } : {}),
        },
        select: { id: true },
      });
    }
    await erasePersonalRecords(tx, registrations);
    const inRegistrations = { registrationId: { in: registrations.map((r) => r.id) } };
    await tx.guardianConsent.updateMany({
      where: inRegistrations,
      data: { guardianEmail: "", guardianName: null },
    });
    await tx.guardianConsent.updateMany({
      where: { ...inRegistrations, expiresAt: { gt: now } },
      data: { expiresAt: now },
    });
    const teamsLeft = await leaveUnfinishedTeams(tx, { userId, now });
    // Places held at weekly clubs are given up: the first person waiting at each gets it.
    const placesFreed = await cancelBookingsOf(tx, { userId, actorId: params.actorId, now });
    await tx.teamJoinRequest.deleteMany({ where: { userId } });
    await tx.roundJudge.updateMany({ where: { userId }, data: { affiliation: null } });
    await tx.assignment.updateMany({ where: { judge: { userId } }, data: { privateNote: "" } });
    await tx.judgeConflict.updateMany({ where: { userId }, data: { note: "" } });
    await tx.organisationMember.deleteMany({ where: { userId } });
    await tx.eventRole.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    // Venue invitations sent to the address: open ones are withdrawn (nobody can answer them now), and
    // the address leaves every one of them (the organiser still sees the venue and what was decided).
    await tx.venueInvitation.updateMany({
      where: { email: user.email, status: { in: ["INVITED", "SUBMITTED"] } },
      data: { status: "WITHDRAWN" },
    });
    await tx.venueInvitation.updateMany({
      where: { email: user.email },
      data: { email: tombstoneEmail(userId) },
    });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email } });
    await tx.outboxEmail.deleteMany({ where: { to: user.email, status: { not: "QUEUED" } } });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: tombstoneEmail(userId),
        emailVerified: null,
        name: FORMER_PARTICIPANT,
        alias: FORMER_PARTICIPANT,
        image: null,
        isPlatformAdmin: false,
        emailOptOuts: [...OPTIONAL_MAIL_CATEGORIES],
        deletedAt: now,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      action: "account.deleted",
      entityType: "User",
      entityId: userId,
      data: { registrations: registrations.length, teamsLeft },
    });
    return placesFreed;
  });
  await sendBookingNotices(db, notices, now);
}
