import "server-only";
import { randomBytes as cryptoRandomBytes } from "node:crypto";
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { lookalikeInScope } from "../names/commands.ts";
import type { EventTimeline } from "../events/rules.ts";
import { appUrl } from "../http/app-url.ts";
import { sendMail } from "../mail/send.ts";
import {
  teamCaptainMail,
  teamJoinAcceptedMail,
  teamJoinDeclinedMail,
  teamJoinRequestMail,
  teamMemberJoinedMail,
  teamMemberLeftMail,
  teamMemberRemovedMail,
} from "../mail/team-templates.ts";
import type { MailContent } from "../mail/templates.ts";
import { teamMailPeople, type TeamMailPerson, type TeamRef } from "./queries.ts";
import { AGE_FACTS_SELECT, registrantAge } from "../registrations/age.ts";
import { consentInForce } from "../registrations/queries.ts";
import {
  finderListing,
  generateJoinCode,
  leaveOutcome,
  teamChangeBlock,
  teamWriteRefusal,
  type RandomBytes,
  type TeamChange,
} from "./rules.ts";

/** This module's refusals ("TeamErrors"). */
const refuse = refusals("TeamErrors");

interface EventRef extends EventTimeline {
  id: string;
  timeZone: string;
  name: string;
  slug: string;
}

/** Who is acting, as the procedure ladder established it. */
interface ActorParams {
  actorId: string;
  event: EventRef;
  registration: { id: string; status: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN" };
  now: Date;
}

interface TeamActorParams extends ActorParams {
  team: TeamRef;
}

function assertMayChange(params: ActorParams, change: TeamChange): void {
  const block = teamChangeBlock({
    event: params.event,
    now: params.now,
    registrationStatus: params.registration.status,
    change,
  });
  if (!block) return;
  // The phase's notice is the Capability catalogue's; teams/rules.ts (which the forms load) words the
  // consent block in English only, so it is said here from the catalogue.
  throw new DomainError(
    block.code,
    block.code === "CONSENT_REQUIRED" ? refuse("guardianConsentBeforeJoining") : block.message,
  );
}

/**
 * Emails `to` about a change to their team, after the change is committed (a failed email never undoes
 * it). `about` is the other person the email names, if any.
 */
async function mailTeamChange(
  db: Db,
  params: {
    event: EventRef;
    to: string;
    about?: string;
    compose: (facts: {
      recipient: TeamMailPerson;
      about: TeamMailPerson | null;
      eventName: string;
      teamPage: string;
      finder: string;
    }) => MailContent;
  },
): Promise<void> {
  const people = await teamMailPeople(db, {
    eventId: params.event.id,
    userIds: params.about ? [params.to, params.about] : [params.to],
  });
  const recipient = people.get(params.to);
  if (!recipient) return;
  const content = params.compose({
    recipient,
    about: params.about ? (people.get(params.about) ?? null) : null,
    eventName: params.event.name,
    teamPage: appUrl(`/events/${params.event.slug}/team`),
    finder: appUrl(`/events/${params.event.slug}/teams`),
  });
  await sendMail(db, recipient.email, content);
}

const alreadyInTeam = () => new DomainError("CONFLICT", refuse("alreadyInTeam"));
const teamFull = () => new DomainError("TEAM_FULL", refuse("teamFull"));
const nameTaken = () =>
  new DomainError("CONFLICT", refuse("nameTaken"), {
    name: [refuse("nameTakenField").text],
  });

/** Runs a write and turns the database's team rules (size trigger, unique indexes) into domain errors. */
async function translatingRefusals<T>(
  write: () => Promise<T>,
  messages: { alreadyInTeam?: () => DomainError } = {},
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const refusal = teamWriteRefusal(error);
    if (refusal === "TEAM_FULL") throw teamFull();
    if (refusal === "TEAM_GONE") throw new DomainError("NOT_FOUND", refuse("teamGone"));
    if (refusal === "ALREADY_IN_TEAM") throw (messages.alreadyInTeam ?? alreadyInTeam)();
    if (refusal === "NAME_TAKEN") throw nameTaken();
    throw error;
  }
}

/**
 * Locks the team row (the size trigger takes the same lock, so all team changes queue in one order)
 * and re-checks, under the lock, that the actor is still its captain: the procedure's check ran before
 * the transaction, and a hand-over may have happened since.
 */
async function lockTeamAsCaptain(tx: Tx, team: TeamRef, actorId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${team.id} AND "eventId" = ${team.eventId} FOR UPDATE`;
  const me = await tx.teamMember.findFirst({
    where: { teamId: team.id, eventId: team.eventId, userId: actorId },
    select: { isCaptain: true },
  });
  if (!me?.isCaptain) throw new DomainError("FORBIDDEN", refuse("captainOnly"));
}

/** A join code nobody else holds; a clash (one in 2^59) just draws again. */
async function withFreshJoinCode<T>(random: RandomBytes, write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode(random));
    } catch (error) {
      if (attempt < 3 && teamWriteRefusal(error) === "JOIN_CODE_TAKEN") continue;
      throw error;
    }
  }
}

const createdTeamSelect = { id: true, name: true } as const;

/**
 * A confirmed participant creates a team and becomes its captain; the team belongs to their centre.
 * No two teams of an event have names people would take for one another (case, invisible characters,
 * look-alike letters: see lookalikeInScope); the database's unique index still backs exact repeats.
 */
export async function createTeam(
  db: Db,
  params: ActorParams & {
    name: string;
    lookingForMembers: boolean;
    wantedSkills: string[];
    randomBytes?: RandomBytes;
  },
): Promise<{ id: string; name: string }> {
  assertMayChange(params, "JOIN");
  const eventId = params.event.id;
  try {
    return await insertTeam(db, params);
  } catch (error) {
    // The same "Create team" arriving twice: the first made the actor captain of a team of this name.
    const mine = await captainedTeam(db, { eventId, actorId: params.actorId });
    if (mine?.name === params.name) return mine;
    throw error;
  }
}

async function captainedTeam(
  db: Db,
  params: { eventId: string; actorId: string },
): Promise<{ id: string; name: string } | null> {
  const membership = await db.teamMember.findFirst({
    where: { eventId: params.eventId, userId: params.actorId, isCaptain: true },
    select: { team: { select: createdTeamSelect } },
  });
  return membership?.team ?? null;
}

async function insertTeam(
  db: Db,
  params: ActorParams & {
    name: string;
    lookingForMembers: boolean;
    wantedSkills: string[];
    randomBytes?: RandomBytes;
  },
): Promise<{ id: string; name: string }> {
  const eventId = params.event.id;
  return withFreshJoinCode(params.randomBytes ?? cryptoRandomBytes, (joinCode) =>
    translatingRefusals(() =>
      db.$transaction(async (tx) => {
        const clash = await lookalikeInScope(tx, {
          scope: `${eventId}:team-names`,
          name: params.name,
          existing: () => tx.team.findMany({ where: { eventId }, select: { name: true } }),
        });
        if (clash) throw nameTaken();
        const registration = await tx.registration.findFirstOrThrow({
          where: { id: params.registration.id, eventId, userId: params.actorId },
          select: { centreId: true },
        });
        const team = await tx.team.create({
          data: {
            eventId,
            centreId: registration.centreId,
            name: params.name,
            joinCode,
            lookingForMembers: params.lookingForMembers,
            wantedSkills: params.wantedSkills,
            members: { create: { eventId, userId: params.actorId, isCaptain: true } },
          },
          select: createdTeamSelect,
        });
        // Someone in a team has no use for their requests to join others.
        await tx.teamJoinRequest.deleteMany({ where: { userId: params.actorId, team: { eventId } } });
        await audit(tx, {
          actorId: params.actorId,
          eventId,
          action: "team.create",
          entityType: "Team",
          entityId: team.id,
          data: { name: team.name },
        });
        return team;
      }),
    ),
  );
}

/**
 * Joins the team holding `code` in this event. The size limit is the database trigger's to enforce.
 * Joining the team one is already in (the same Join pressed twice) is answered with that team.
 */
export async function joinTeamByCode(
  db: Db,
  params: ActorParams & { code: string },
): Promise<{ id: string; name: string }> {
  assertMayChange(params, "JOIN");
  const eventId = params.event.id;
  try {
    const { team, captainId } = await joinOnce(db, params);
    // Only a join that happened reaches the captain (the same Join pressed twice sends one email).
    if (captainId)
      await mailCaptainAbout(db, {
        event: params.event,
        captainId,
        memberId: params.actorId,
        team,
        joined: true,
      });
    return team;
  } catch (error) {
    // Two presses at once: the second's insert lost to the first's; both joined the same team.
    const joined = await db.teamMember.findFirst({
      where: { eventId, userId: params.actorId, team: { joinCode: params.code } },
      select: { team: { select: createdTeamSelect } },
    });
    if (joined) return joined.team;
    throw error;
  }
}

/** Emails a team's captain that a member joined (by code) or left; `captainId` is who to tell. */
async function mailCaptainAbout(
  db: Db,
  params: { event: EventRef; captainId: string; memberId: string; team: { name: string }; joined: boolean },
): Promise<void> {
  await mailTeamChange(db, {
    event: params.event,
    to: params.captainId,
    about: params.memberId,
    compose: ({ recipient, about, eventName, teamPage }) =>
      (params.joined ? teamMemberJoinedMail : teamMemberLeftMail)({
        recipientName: recipient.greetingName,
        memberName: about?.participantName ?? "Someone",
        teamName: params.team.name,
        eventName,
        url: teamPage,
      }),
  });
}

/** Joins once; `captainId` is set only when the caller joined now (not when already in the team). */
async function joinOnce(
  db: Db,
  params: ActorParams & { code: string },
): Promise<{ team: { id: string; name: string }; captainId: string | null }> {
  const eventId = params.event.id;
  return translatingRefusals(() =>
    db.$transaction(async (tx) => {
      const team = await tx.team.findFirst({
        where: { eventId, joinCode: params.code },
        select: createdTeamSelect,
      });
      if (!team) {
        throw new DomainError("NOT_FOUND", refuse("joinCodeNoMatch"));
      }
      const already = await tx.teamMember.count({
        where: { eventId, teamId: team.id, userId: params.actorId },
      });
      if (already > 0) return { team, captainId: null };
      await tx.teamMember.create({
        data: { teamId: team.id, eventId, userId: params.actorId },
        select: { id: true },
      });
      await tx.teamJoinRequest.deleteMany({ where: { userId: params.actorId, team: { eventId } } });
      await audit(tx, {
        actorId: params.actorId,
        eventId,
        action: "team.join",
        entityType: "Team",
        entityId: team.id,
        data: { via: "code" },
      });
      const captain = await tx.teamMember.findFirst({
        where: { teamId: team.id, isCaptain: true },
        select: { userId: true },
      });
      return { team, captainId: captain?.userId ?? null };
    }),
  );
}

/**
 * Asks a team of this event to let the caller in; asking again updates the message. Two requests at once
 * leave one: the loser of the unique (team, person) index runs again and updates it.
 */
export async function requestToJoin(
  db: Db,
  params: ActorParams & { teamId: string; message: string },
): Promise<{ teamId: string }> {
  assertMayChange(params, "JOIN");
  try {
    return await requestOnce(db, params);
  } catch (error) {
    if (teamWriteRefusal(error) !== null || !isUniqueViolation(error)) throw error;
    return requestOnce(db, params);
  }
}

async function requestOnce(
  db: Db,
  params: ActorParams & { teamId: string; message: string },
): Promise<{ teamId: string }> {
  const eventId = params.event.id;
  const asked = await db.$transaction(async (tx) => {
    const inTeam = await tx.teamMember.findFirst({
      where: { eventId, userId: params.actorId },
      select: { id: true },
    });
    if (inTeam) throw alreadyInTeam();
    const team = await tx.team.findFirst({
      where: { id: params.teamId, eventId },
      select: { id: true, name: true, members: { where: { isCaptain: true }, select: { userId: true } } },
    });
    if (!team) throw new DomainError("NOT_FOUND", refuse("teamNotFound"));
    // Below the age of digital consent nothing a child writes is shown to other participants.
    if (params.message.trim() !== "") {
      const facts = await finderFacts(tx, params.registration.id);
      if (!finderListing(facts).mayWriteNote) {
        const age = { age: String(facts.digitalConsentAge) };
        throw new DomainError("FORBIDDEN", refuse("requestWithoutMessage", age), {
          message: [refuse("requestWithoutMessageField", age).text],
        });
      }
    }
    const earlier = await tx.teamJoinRequest.findUnique({
      where: { teamId_userId: { teamId: team.id, userId: params.actorId } },
      select: { id: true },
    });
    const request = await tx.teamJoinRequest.upsert({
      where: { teamId_userId: { teamId: team.id, userId: params.actorId } },
      create: { teamId: team.id, userId: params.actorId, message: params.message },
      update: { message: params.message },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId,
      action: "team.request",
      entityType: "TeamJoinRequest",
      entityId: request.id,
      data: { teamId: team.id },
    });
    return { team, isNew: earlier === null, captainId: team.members[0]?.userId ?? null };
  });
  // The captain hears of a new request once; editing the note of a pending request is not news.
  if (asked.isNew && asked.captainId) {
    await mailTeamChange(db, {
      event: params.event,
      to: asked.captainId,
      about: params.actorId,
      compose: ({ recipient, about, eventName, teamPage }) =>
        teamJoinRequestMail({
          recipientName: recipient.greetingName,
          requesterName: about?.participantName ?? "Someone",
          teamName: asked.team.name,
          eventName,
          url: teamPage,
        }),
    });
  }
  return { teamId: asked.team.id };
}

/** Withdraws the caller's own request to a team of this event. Idempotent; allowed at any time. */
export async function cancelJoinRequest(
  db: Db,
  params: { actorId: string; eventId: string; teamId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const removed = await tx.teamJoinRequest.deleteMany({
      where: { teamId: params.teamId, userId: params.actorId, team: { eventId: params.eventId } },
    });
    if (removed.count === 0) return;
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "team.request.cancel",
      entityType: "Team",
      entityId: params.teamId,
    });
  });
}

/** The captain lets a requester in: they must still be confirmed, free, and the team not full. */
export async function acceptJoinRequest(
  db: Db,
  params: TeamActorParams & { requestId: string },
): Promise<void> {
  assertMayChange(params, "CHANGE");
  const { team } = params;
  const joinerId = await translatingRefusals(
    () =>
      db.$transaction(async (tx) => {
        await lockTeamAsCaptain(tx, team, params.actorId);
        const request = await tx.teamJoinRequest.findFirst({
          where: { id: params.requestId, teamId: team.id },
          select: { id: true, userId: true },
        });
        if (!request) throw new DomainError("NOT_FOUND", refuse("requestWithdrawn"));
        const registration = await tx.registration.findFirst({
          where: { eventId: team.eventId, userId: request.userId, status: { not: "WITHDRAWN" } },
          select: { status: true },
        });
        if (!registration) throw new DomainError("NOT_FOUND", refuse("personNoLongerRegistered"));
        if (registration.status !== "CONFIRMED") {
          throw new DomainError("CONSENT_REQUIRED", refuse("theirGuardianConsentFirst"));
        }
        await tx.teamMember.create({
          data: { teamId: team.id, eventId: team.eventId, userId: request.userId },
          select: { id: true },
        });
        await tx.teamJoinRequest.deleteMany({
          where: { userId: request.userId, team: { eventId: team.eventId } },
        });
        await audit(tx, {
          actorId: params.actorId,
          eventId: team.eventId,
          action: "team.request.accept",
          entityType: "Team",
          entityId: team.id,
          data: { userId: request.userId },
        });
        return request.userId;
      }),
    { alreadyInTeam: () => new DomainError("CONFLICT", refuse("theyJoinedAnotherTeam")) },
  );
  await mailTeamChange(db, {
    event: params.event,
    to: joinerId,
    compose: ({ recipient, eventName, teamPage }) =>
      teamJoinAcceptedMail({
        recipientName: recipient.greetingName,
        teamName: team.name,
        eventName,
        url: teamPage,
      }),
  });
}

export async function declineJoinRequest(
  db: Db,
  params: TeamActorParams & { requestId: string },
): Promise<void> {
  assertMayChange(params, "CHANGE");
  const { team } = params;
  const askerId = await db.$transaction(async (tx) => {
    await lockTeamAsCaptain(tx, team, params.actorId);
    const request = await tx.teamJoinRequest.findFirst({
      where: { id: params.requestId, teamId: team.id },
      select: { id: true, userId: true },
    });
    if (!request) throw new DomainError("NOT_FOUND", refuse("requestWithdrawn"));
    await tx.teamJoinRequest.delete({ where: { id: request.id } });
    await audit(tx, {
      actorId: params.actorId,
      eventId: team.eventId,
      action: "team.request.decline",
      entityType: "Team",
      entityId: team.id,
      data: { userId: request.userId },
    });
    return request.userId;
  });
  await mailTeamChange(db, {
    event: params.event,
    to: askerId,
    compose: ({ recipient, eventName, finder }) =>
      teamJoinDeclinedMail({
        recipientName: recipient.greetingName,
        teamName: team.name,
        eventName,
        url: finder,
      }),
  });
}

/** Leaves the team; the captain hands over first unless they are the last, whose leaving deletes it. */
export async function leaveTeam(db: Db, params: TeamActorParams): Promise<{ teamDeleted: boolean }> {
  assertMayChange(params, "CHANGE");
  const { team } = params;
  const outcome = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Team" WHERE id = ${team.id} AND "eventId" = ${team.eventId} FOR UPDATE`;
    const members = await tx.teamMember.findMany({
      where: { teamId: team.id, eventId: team.eventId },
      select: { userId: true, isCaptain: true },
    });
    const me = members.find((m) => m.userId === params.actorId);
    if (!me) throw new DomainError("FORBIDDEN", refuse("notInTeamAnyMore"));
    const hasProject = (await tx.submission.count({ where: { teamId: team.id, eventId: team.eventId } })) > 0;
    const outcome = leaveOutcome({ isCaptain: me.isCaptain, memberCount: members.length, hasProject });
    if (outcome === "HAND_OVER_FIRST") {
      throw new DomainError("CONFLICT", refuse("handOverBeforeLeaving"));
    }
    if (outcome === "KEEP_PROJECT") {
      throw new DomainError("CONFLICT", refuse("lastMemberWithProject"));
    }
    if (outcome === "DELETE_TEAM") {
      await tx.team.deleteMany({ where: { id: team.id, eventId: team.eventId } });
    } else {
      await tx.teamMember.deleteMany({ where: { teamId: team.id, userId: params.actorId } });
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: team.eventId,
      action: outcome === "DELETE_TEAM" ? "team.delete" : "team.leave",
      entityType: "Team",
      entityId: team.id,
      data: { name: team.name },
    });
    const captainId = members.find((m) => m.isCaptain && m.userId !== params.actorId)?.userId ?? null;
    return { teamDeleted: outcome === "DELETE_TEAM", captainId };
  });
  if (outcome.captainId) {
    await mailCaptainAbout(db, {
      event: params.event,
      captainId: outcome.captainId,
      memberId: params.actorId,
      team,
      joined: false,
    });
  }
  return { teamDeleted: outcome.teamDeleted };
}

/** The captain makes another member captain (and stays on as a member). */
export async function handOverCaptaincy(db: Db, params: TeamActorParams & { userId: string }): Promise<void> {
  assertMayChange(params, "CHANGE");
  const { team } = params;
  if (params.userId === params.actorId) return;
  await db.$transaction(async (tx) => {
    await lockTeamAsCaptain(tx, team, params.actorId);
    const target = await tx.teamMember.findFirst({
      where: { teamId: team.id, eventId: team.eventId, userId: params.userId },
      select: { id: true },
    });
    if (!target) throw new DomainError("NOT_FOUND", refuse("personNotInTeam"));
    // One captain per team is a unique index: step down before the new captain steps up.
    await tx.teamMember.updateMany({
      where: { teamId: team.id, userId: params.actorId },
      data: { isCaptain: false },
    });
    await tx.teamMember.update({ where: { id: target.id }, data: { isCaptain: true }, select: { id: true } });
    await audit(tx, {
      actorId: params.actorId,
      eventId: team.eventId,
      action: "team.captain.hand_over",
      entityType: "Team",
      entityId: team.id,
      data: { to: params.userId },
    });
  });
  await mailTeamChange(db, {
    event: params.event,
    to: params.userId,
    about: params.actorId,
    compose: ({ recipient, about, eventName, teamPage }) =>
      teamCaptainMail({
        recipientName: recipient.greetingName,
        previousCaptainName: about?.participantName ?? "The captain",
        teamName: team.name,
        eventName,
        url: teamPage,
      }),
  });
}

export async function removeTeamMember(db: Db, params: TeamActorParams & { userId: string }): Promise<void> {
  assertMayChange(params, "CHANGE");
  const { team } = params;
  if (params.userId === params.actorId) {
    throw new DomainError("INVALID_INPUT", refuse("useLeaveTeam"));
  }
  await db.$transaction(async (tx) => {
    await lockTeamAsCaptain(tx, team, params.actorId);
    const removed = await tx.teamMember.deleteMany({
      where: { teamId: team.id, eventId: team.eventId, userId: params.userId, isCaptain: false },
    });
    if (removed.count === 0) throw new DomainError("NOT_FOUND", refuse("personNotInTeam"));
    await audit(tx, {
      actorId: params.actorId,
      eventId: team.eventId,
      action: "team.member.remove",
      entityType: "Team",
      entityId: team.id,
      data: { userId: params.userId },
    });
  });
  await mailTeamChange(db, {
    event: params.event,
    to: params.userId,
    compose: ({ recipient, eventName, finder }) =>
      teamMemberRemovedMail({
        recipientName: recipient.greetingName,
        teamName: team.name,
        eventName,
        url: finder,
      }),
  });
}

/** A new join code; the old one (and every link carrying it) stops working at once. */
export async function rotateJoinCode(
  db: Db,
  params: TeamActorParams & { randomBytes?: RandomBytes },
): Promise<{ joinCode: string }> {
  assertMayChange(params, "CHANGE");
  const { team } = params;
  return withFreshJoinCode(params.randomBytes ?? cryptoRandomBytes, (joinCode) =>
    db.$transaction(async (tx) => {
      await lockTeamAsCaptain(tx, team, params.actorId);
      const updated = await tx.team.update({
        where: { id: team.id, eventId: team.eventId },
        data: { joinCode },
        select: { joinCode: true },
      });
      // The code itself stays out of the log: it is a credential.
      await audit(tx, {
        actorId: params.actorId,
        eventId: team.eventId,
        action: "team.code.rotate",
        entityType: "Team",
        entityId: team.id,
      });
      return updated;
    }),
  );
}

/** The captain's team-finder settings: looking for members, and with which skills. */
export async function updateTeam(
  db: Db,
  params: TeamActorParams & { lookingForMembers: boolean; wantedSkills: string[] },
): Promise<void> {
  assertMayChange(params, "CHANGE");
  const { team } = params;
  await db.$transaction(async (tx) => {
    await lockTeamAsCaptain(tx, team, params.actorId);
    await tx.team.update({
      where: { id: team.id, eventId: team.eventId },
      data: { lookingForMembers: params.lookingForMembers, wantedSkills: params.wantedSkills },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: team.eventId,
      action: "team.update",
      entityType: "Team",
      entityId: team.id,
      data: { lookingForMembers: params.lookingForMembers, wantedSkills: params.wantedSkills },
    });
  });
}

/** What finderListing needs about a registration: its age, the event's setting, the guardian's answer. */
async function finderFacts(tx: Tx, registrationId: string) {
  const r = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      ...AGE_FACTS_SELECT,
      event: { select: { startsAt: true, timeZone: true, digitalConsentAge: true } },
      consents: { ...consentInForce, select: { teamFinder: true } },
    },
  });
  return {
    age: registrantAge(r, r.event),
    digitalConsentAge: r.event.digitalConsentAge,
    guardianAllows: r.consents[0]?.teamFinder === true,
  };
}

/**
 * The caller's own listing in the team finder. Opting in needs a confirmed registration and an open
 * phase, and under the age of digital consent the guardian's permission (finderListing, FORBIDDEN
 * otherwise; such a child's note is never kept); opting out is always possible, so nobody stays listed
 * against their wishes.
 */
export async function setLookingForTeam(
  db: Db,
  params: ActorParams & { lookingForTeam: boolean; note: string },
): Promise<{ lookingForTeam: boolean; note: string }> {
  if (params.lookingForTeam) assertMayChange(params, "JOIN");
  const eventId = params.event.id;
  return db.$transaction(async (tx) => {
    const facts = await finderFacts(tx, params.registration.id);
    const listing = finderListing(facts);
    if (params.lookingForTeam && !listing.mayList) {
      // Worded from the catalogue here: teams/rules.ts (which the forms load) keeps `refusal` in English.
      const age = { age: String(facts.digitalConsentAge) };
      throw new DomainError("FORBIDDEN", refuse("finderNeedsGuardian", age), {
        lookingForTeam: [refuse("finderNeedsGuardianField", age).text],
      });
    }
    const data = {
      lookingForTeam: params.lookingForTeam,
      teamFinderNote: params.lookingForTeam && listing.mayWriteNote ? params.note : "",
    };
    const updated = await tx.registration.updateMany({
      where: { id: params.registration.id, eventId, userId: params.actorId },
      data,
    });
    if (updated.count === 0) throw new DomainError("NOT_FOUND", refuse("registerFirst"));
    await audit(tx, {
      actorId: params.actorId,
      eventId,
      action: params.lookingForTeam ? "finder.opt_in" : "finder.opt_out",
      entityType: "Registration",
      entityId: params.registration.id,
    });
    return { lookingForTeam: data.lookingForTeam, note: data.teamFinderNote };
  });
}
