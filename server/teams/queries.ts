import "server-only";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { eventPhase, type EventTimeline } from "../events/rules.ts";
import { capabilityNotice } from "../events/notices.ts";
import { greetingName, nameForParticipants } from "../people/rules.ts";
import { AGE_FACTS_SELECT } from "../registrations/age.ts";
import { isLookingForMembers, isYoungRegistrant } from "./rules.ts";

/** This module's refusals ("TeamErrors"). */
const refuse = refusals("TeamErrors");

/** What the team builders put in the context. */
export const teamRefSelect = { id: true, eventId: true, name: true } satisfies Prisma.TeamSelect;
export type TeamRef = Prisma.TeamGetPayload<{ select: typeof teamRefSelect }>;

/** A team of this event, or null: another event's team is as good as missing. */
export function teamInEvent(db: Db, params: { eventId: string; teamId: string }): Promise<TeamRef | null> {
  return db.team.findFirst({ where: { id: params.teamId, eventId: params.eventId }, select: teamRefSelect });
}

/** The event fields team pages need besides the timeline. */
const eventTeamSettingsSelect = {
  startsAt: true,
  timeZone: true,
  teamMaxSize: true,
  consentAge: true,
} satisfies Prisma.EventSelect;
type EventTeamSettings = Prisma.EventGetPayload<{ select: typeof eventTeamSettingsSelect }>;

function eventTeamSettings(db: Db, eventId: string): Promise<EventTeamSettings> {
  return db.event.findUniqueOrThrow({ where: { id: eventId }, select: eventTeamSettingsSelect });
}

// The person fields a page may show. The date of birth is read only to decide how to name someone
// and never leaves this module; the email address is never read.
const personSelect = (eventId: string) =>
  ({
    name: true,
    alias: true,
    registrations: {
      where: { eventId },
      select: { ...AGE_FACTS_SELECT, experience: true, skills: true },
      take: 1,
    },
  }) satisfies Prisma.UserSelect;
type PersonRow = Prisma.UserGetPayload<{ select: ReturnType<typeof personSelect> }>;

export interface PersonView {
  displayName: string;
  experience: "NEW" | "SOME" | "CONFIDENT" | null;
  skills: string[];
}

function personView(person: PersonRow, event: EventTeamSettings): PersonView {
  const registration = person.registrations[0];
  const young = isYoungRegistrant({ registration: registration ?? null, event });
  return {
    displayName: nameForParticipants({ name: person.name, alias: person.alias, young }),
    experience: registration?.experience ?? null,
    skills: registration?.skills ?? [],
  };
}

export interface FinderTeam {
  id: string;
  name: string;
  memberCount: number;
  maxSize: number;
  wantedSkills: string[];
  centreName: string | null;
  requested: boolean;
}

export interface FinderPerson extends PersonView {
  registrationId: string;
  note: string;
}

/**
 * The team finder: teams of this event looking for members (not yet full) and confirmed participants
 * who asked to be listed and are not in a team. Young people appear by alias only.
 */
export async function teamFinder(
  db: Db,
  params: { eventId: string; userId: string; centreId: string | null },
): Promise<{ teams: FinderTeam[]; people: FinderPerson[] }> {
  const atCentre = params.centreId ? { centreId: params.centreId } : {};
  const [event, teams, people] = await Promise.all([
    eventTeamSettings(db, params.eventId),
    db.team.findMany({
      where: { eventId: params.eventId, lookingForMembers: true, ...atCentre },
      orderBy: { name: "asc" },
      take: 200,
      select: {
        id: true,
        name: true,
        wantedSkills: true,
        centre: { select: { name: true } },
        _count: { select: { members: true } },
        joinRequests: { where: { userId: params.userId }, select: { id: true } },
      },
    }),
    db.registration.findMany({
      where: {
        eventId: params.eventId,
        status: "CONFIRMED",
        lookingForTeam: true,
        ...atCentre,
        user: { teamMembers: { none: { eventId: params.eventId } } },
      },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: { id: true, teamFinderNote: true, user: { select: personSelect(params.eventId) } },
    }),
  ]);
  return {
    teams: teams
      .filter((t) =>
        isLookingForMembers({ lookingForMembers: true, memberCount: t._count.members }, event.teamMaxSize),
      )
      .map((t) => ({
        id: t.id,
        name: t.name,
        memberCount: t._count.members,
        maxSize: event.teamMaxSize,
        wantedSkills: t.wantedSkills,
        centreName: t.centre?.name ?? null,
        requested: t.joinRequests.length > 0,
      })),
    people: people.map((r) => ({
      registrationId: r.id,
      note: r.teamFinderNote,
      ...personView(r.user, event),
    })),
  };
}

/**
 * The centre the finder shows and the event's centres to choose from: the asked-for one when it is the
 * event's, everything for "all" (or an event without centres), otherwise the caller's own centre.
 */
export async function finderCentre(
  db: Db,
  params: { eventId: string; registrationId: string; asked: string | undefined },
) {
  const [centres, mine] = await Promise.all([
    db.centre.findMany({
      where: { eventId: params.eventId },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.registration.findUnique({ where: { id: params.registrationId }, select: { centreId: true } }),
  ]);
  const known = (id: string | null | undefined) => (id && centres.some((c) => c.id === id) ? id : null);
  const selected = params.asked === "all" ? null : (known(params.asked) ?? known(mine?.centreId));
  return { centres, selected, mine: mine?.centreId ?? null };
}

export interface TeamMemberView {
  userId: string;
  displayName: string;
  isCaptain: boolean;
  isMe: boolean;
}

export interface JoinRequestView extends PersonView {
  id: string;
  message: string;
  createdAt: Date;
}

export interface MyTeam {
  id: string;
  name: string;
  lookingForMembers: boolean;
  wantedSkills: string[];
  centreName: string | null;
  maxSize: number;
  members: TeamMemberView[];
  isCaptain: boolean;
  /** Only for the captain. */
  joinCode: string | null;
  /** Only for the captain. */
  requests: JoinRequestView[];
}

export interface MyTeamPage {
  registrationStatus: "PENDING_CONSENT" | "CONFIRMED" | "WITHDRAWN";
  canChangeTeam: boolean;
  /** Why teams can't change now, and when they can, in the event's zone; null while they can. */
  teamNotice: string | null;
  team: MyTeam | null;
  /** Teams the caller has asked to join. */
  pendingRequests: { teamId: string; teamName: string }[];
  finder: { lookingForTeam: boolean; note: string };
}

/** The caller's team (with the captain's tools when they are captain) and their finder settings. */
export async function myTeamPage(
  db: Db,
  params: {
    event: EventTimeline & { id: string; timeZone: string };
    userId: string;
    registrationId: string;
    now: Date;
  },
): Promise<MyTeamPage> {
  const eventId = params.event.id;
  const [settings, registration, membership, pending] = await Promise.all([
    eventTeamSettings(db, eventId),
    db.registration.findFirstOrThrow({
      where: { id: params.registrationId, eventId, userId: params.userId },
      select: { status: true, lookingForTeam: true, teamFinderNote: true },
    }),
    db.teamMember.findFirst({
      where: { eventId, userId: params.userId },
      select: {
        isCaptain: true,
        team: {
          select: {
            id: true,
            name: true,
            joinCode: true,
            lookingForMembers: true,
            wantedSkills: true,
            centre: { select: { name: true } },
            members: {
              orderBy: [{ isCaptain: "desc" }, { joinedAt: "asc" }],
              select: { userId: true, isCaptain: true, user: { select: personSelect(eventId) } },
            },
            joinRequests: {
              orderBy: { createdAt: "asc" },
              select: { id: true, message: true, createdAt: true, user: { select: personSelect(eventId) } },
            },
          },
        },
      },
    }),
    db.teamJoinRequest.findMany({
      where: { userId: params.userId, team: { eventId } },
      orderBy: { createdAt: "asc" },
      select: { team: { select: { id: true, name: true } } },
    }),
  ]);
  let team: MyTeam | null = null;
  if (membership) {
    const t = membership.team;
    const captain = membership.isCaptain;
    team = {
      id: t.id,
      name: t.name,
      lookingForMembers: t.lookingForMembers,
      wantedSkills: t.wantedSkills,
      centreName: t.centre?.name ?? null,
      maxSize: settings.teamMaxSize,
      isCaptain: captain,
      members: t.members.map((m) => ({
        userId: m.userId,
        isCaptain: m.isCaptain,
        isMe: m.userId === params.userId,
        displayName: personView(m.user, settings).displayName,
      })),
      joinCode: captain ? t.joinCode : null,
      requests: captain
        ? t.joinRequests.map((r) => ({
            id: r.id,
            message: r.message,
            createdAt: r.createdAt,
            ...personView(r.user, settings),
          }))
        : [],
    };
  }
  const state = eventPhase(params.event, params.now);
  return {
    registrationStatus: registration.status,
    canChangeTeam: state.capabilities.canChangeTeam,
    teamNotice: capabilityNotice("canChangeTeam", state.windows.canChangeTeam, params.event.timeZone),
    team,
    pendingRequests: pending.map((p) => ({ teamId: p.team.id, teamName: p.team.name })),
    finder: { lookingForTeam: registration.lookingForTeam, note: registration.teamFinderNote },
  };
}

/** What the join-by-code page shows before the person confirms: the name and how full it is. */
export async function teamByCode(
  db: Db,
  params: { eventId: string; code: string },
): Promise<{ id: string; name: string; memberCount: number; maxSize: number }> {
  const [settings, team] = await Promise.all([
    eventTeamSettings(db, params.eventId),
    db.team.findFirst({
      where: { eventId: params.eventId, joinCode: params.code },
      select: { id: true, name: true, _count: { select: { members: true } } },
    }),
  ]);
  if (!team) {
    throw new DomainError("NOT_FOUND", refuse("joinCodeNoMatch"));
  }
  return { id: team.id, name: team.name, memberCount: team._count.members, maxSize: settings.teamMaxSize };
}

/** Someone a team email goes to or is about: their address, and how the email names them. */
export interface TeamMailPerson {
  email: string;
  /** Their own first name (or nickname), for a greeting in an email to them. */
  greetingName: string | null;
  /** How other participants see them (a young person by nickname only). */
  participantName: string;
}

/**
 * The people of this event a team email is sent to or is about, by user id. The address is read here
 * only to send to; emails name people as participants see them, never by address.
 */
export async function teamMailPeople(
  db: Db,
  params: { eventId: string; userIds: string[] },
): Promise<Map<string, TeamMailPerson>> {
  const [event, users] = await Promise.all([
    eventTeamSettings(db, params.eventId),
    db.user.findMany({
      where: { id: { in: params.userIds } },
      select: { id: true, email: true, ...personSelect(params.eventId) },
    }),
  ]);
  return new Map(
    users.map((user) => [
      user.id,
      {
        email: user.email,
        greetingName: greetingName(user),
        participantName: personView(user, event).displayName,
      },
    ]),
  );
}
