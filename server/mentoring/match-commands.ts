// Matching mentors to teams at a centre for a day: the board, the proposal, adjustments and publishing.
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { EXPERIENCE_LEVELS } from "../registrations/schema.ts";
import { firstName, isYoungPerson, nameForOrganisers } from "../people/rules.ts";
import { AGE_FACTS_SELECT, organiserViewOf, registrantAge } from "../registrations/age.ts";
import { asDate, eventDays } from "./days.ts";
import {
  mayMentor,
  proposeMatches,
  reasonFor,
  unmatchedText,
  type MatchMentor,
  type MatchTeam,
} from "./matching.ts";
import { DEFAULT_MENTOR_CAPACITY, teamLevel } from "./rules.ts";
import { vettingOf } from "./queries.ts";
import { calendarDay, isVettedOn } from "./vetting.ts";

/** This module's refusals ("MentoringErrors"). */
const refuse = refusals("MentoringErrors");

/** The event facts the board needs. */
export interface BoardEvent {
  id: string;
  timeZone: string;
  startsAt: Date;
  submissionDeadline: Date;
  consentAge: number;
}

/** Refuses (INVALID_INPUT, on the `day` field) a day that is not one of the event's. */
export function assertEventDay(event: BoardEvent, day: string) {
  if (!eventDays(event).includes(day)) {
    throw new DomainError("INVALID_INPUT", refuse("chooseEventDay"), {
      day: [refuse("chooseEventDay").text],
    });
  }
}

/**
 * What matching works from at `centreId` on `day`: the centre's teams (with members; their level, skills
 * wanted, whether someone is under 18, earlier days' mentors most recent first) and its mentors (MENTOR
 * role there; coming that day by their offer — every day without one; their skills, levels and capacity
 * from the offer or the defaults; vetted on that day), and the day's matches.
 */
async function matchingFacts(db: Db, params: { event: BoardEvent; centreId: string; day: string }) {
  const { event, centreId, day } = params;
  const [teams, mentors, matches, earlier] = await Promise.all([
    db.team.findMany({
      where: { eventId: event.id, centreId, members: { some: {} } },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        wantedSkills: true,
        members: {
          select: {
            user: {
              select: {
                registrations: {
                  where: { eventId: event.id },
                  select: { experience: true, ...AGE_FACTS_SELECT },
                },
              },
            },
          },
        },
      },
    }),
    centreMentors(db, params),
    db.mentorMatch.findMany({
      where: { centreId, day: asDate(day) },
      select: { teamId: true, mentorId: true, kept: true, publishedAt: true },
    }),
    db.mentorMatch.findMany({
      where: { centreId, day: { lt: asDate(day) }, publishedAt: { not: null } },
      orderBy: { day: "desc" },
      select: { teamId: true, mentorId: true },
    }),
  ]);
  const matchTeams: (MatchTeam & { name: string })[] = [];
  for (const team of teams) {
    const registrations = team.members.flatMap((m) => m.user.registrations);
    const level = teamLevel(registrations.map((r) => r.experience));
    if (level === null) continue;
    matchTeams.push({
      id: team.id,
      name: team.name,
      level,
      skillsWanted: team.wantedSkills,
      // A member with no registration (which joining prevents) counts as young: the careful side.
      hasYoungPeople:
        registrations.length < team.members.length ||
        registrations.some((r) =>
          isYoungPerson({ age: registrantAge(r, event), consentAge: event.consentAge }),
        ),
      previousMentorIds: [...new Set(earlier.filter((m) => m.teamId === team.id).map((m) => m.mentorId))],
    });
  }
  return { teams: matchTeams, mentors, matches };
}

/**
 * The mentors at `centreId` (MENTOR role there) as matching and grouping see them on `day`: coming that
 * day by their offer (every day without one); their skills, levels and capacity in teams from the offer
 * or the defaults (0 when not coming); vetted on that day. `name` is for organisers (their name, else
 * their address), `firstName` for teams and learners.
 */
export async function centreMentors(db: Db, params: { event: BoardEvent; centreId: string; day: string }) {
  const { event, centreId, day } = params;
  const roles = await db.eventRole.findMany({
    where: { eventId: event.id, centreId, role: "MENTOR" },
    select: {
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          mentorOffers: {
            where: { eventId: event.id, status: "ACCEPTED" },
            select: { skills: true, levels: true, days: true, capacity: true },
          },
        },
      },
    },
  });
  const vetting = await vettingOf(db, { eventId: event.id, userIds: roles.map((r) => r.user.id) });
  return roles.map(({ user }) => {
    const offer = user.mentorOffers[0];
    const available = offer ? offer.days.map(calendarDay).includes(day) : true;
    return {
      id: user.id,
      name: user.name?.trim() || user.email,
      firstName: firstName(user.name) ?? "Your mentor",
      available,
      skills: offer?.skills ?? [],
      levels: offer?.levels ?? [...EXPERIENCE_LEVELS],
      capacity: available ? (offer?.capacity ?? DEFAULT_MENTOR_CAPACITY) : 0,
      vetted: isVettedOn(vetting.get(user.id) ?? null, day),
    };
  });
}

/**
 * The matching board of `centreId` on `day` (one of the event's days: field error otherwise): each team
 * with its mentor (or why it has none: unmatchedText, or "not matched yet" while someone eligible has
 * room), each mentor with the teams they look after and the room left, and whether the day is published.
 */
export async function matchBoard(db: Db, params: { event: BoardEvent; centreId: string; day: string }) {
  assertEventDay(params.event, params.day);
  const facts = await matchingFacts(db, params);
  const byTeam = new Map(facts.matches.map((m) => [m.teamId, m]));
  const load = new Map<string, number>();
  for (const m of facts.matches) load.set(m.mentorId, (load.get(m.mentorId) ?? 0) + 1);
  const roomLeft = (mentor: MatchMentor) => mentor.capacity - (load.get(mentor.id) ?? 0);
  const publishedAt = facts.matches.find((m) => m.publishedAt)?.publishedAt ?? null;
  return {
    day: params.day,
    days: eventDays(params.event),
    publishedAt,
    teams: facts.teams.map((team) => {
      const match = byTeam.get(team.id);
      const mentor = match ? facts.mentors.find((m) => m.id === match.mentorId) : undefined;
      const eligible = facts.mentors.filter((m) => mayMentor(m, team));
      const couldHave = eligible.some((m) => roomLeft(m) > 0);
      return {
        id: team.id,
        name: team.name,
        level: team.level,
        skillsWanted: team.skillsWanted,
        hasYoungPeople: team.hasYoungPeople,
        mentor: mentor ? { id: mentor.id, name: mentor.name, kept: match?.kept ?? false } : null,
        /** The mentors this team may have (eligible and coming that day). */
        eligibleMentorIds: eligible.map((m) => m.id),
        problem: mentor
          ? null
          : couldHave
            ? "Not matched yet"
            : unmatchedText(reasonFor(team, facts.mentors)),
      };
    }),
    mentors: facts.mentors.map((m) => ({
      id: m.id,
      name: m.name,
      available: m.available,
      skills: m.skills,
      levels: m.levels,
      capacity: m.capacity,
      vetted: m.vetted,
      teams: facts.matches.filter((x) => x.mentorId === m.id).length,
    })),
  };
}

/**
 * Proposes the matches of `centreId` on `day` (server/mentoring/matching.ts proposeMatches, seeded by the
 * centre and day, so proposing twice gives the same answer) and stores them as drafts, replacing that
 * day's matches (a published day becomes a draft again until it is published). Audited. Returns counts.
 */
export async function proposeDay(
  db: Db,
  params: { event: BoardEvent; centreId: string; day: string; actorId: string },
) {
  assertEventDay(params.event, params.day);
  const facts = await matchingFacts(db, params);
  const proposal = proposeMatches({
    teams: facts.teams,
    mentors: facts.mentors,
    seed: `${params.centreId}/${params.day}`,
  });
  await db.$transaction(async (tx) => {
    await tx.mentorMatch.deleteMany({ where: { centreId: params.centreId, day: asDate(params.day) } });
    await tx.mentorMatch.createMany({
      data: proposal.assignments.map((a) => ({
        eventId: params.event.id,
        centreId: params.centreId,
        teamId: a.teamId,
        mentorId: a.mentorId,
        day: asDate(params.day),
        kept: a.kept,
      })),
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "mentor.match.propose",
      entityType: "Centre",
      entityId: params.centreId,
      data: { day: params.day, matched: proposal.assignments.length, unmatched: proposal.unmatched.length },
    });
  });
  return { matched: proposal.assignments.length, unmatched: proposal.unmatched.length };
}

/**
 * Sets `teamId`'s mentor at `centreId` on `day` (null: none). The mentor must be able to look after the
 * team (mayMentor: their levels, and vetted when the team has someone under 18 — NOT_ELIGIBLE otherwise),
 * be coming that day and have room (CONFLICT when they look after as many teams as they offered). On a
 * published day the change is published at once. NOT_FOUND for a team or mentor not at the centre.
 */
export async function setMatch(
  db: Db,
  params: {
    event: BoardEvent;
    centreId: string;
    day: string;
    teamId: string;
    mentorId: string | null;
    actorId: string;
    now: Date;
  },
) {
  assertEventDay(params.event, params.day);
  const facts = await matchingFacts(db, params);
  const team = facts.teams.find((t) => t.id === params.teamId);
  if (!team) throw new DomainError("NOT_FOUND", refuse("teamNotFound"));
  const day = asDate(params.day);
  const published = facts.matches.some((m) => m.publishedAt !== null);
  if (params.mentorId !== null) {
    const mentor = facts.mentors.find((m) => m.id === params.mentorId);
    if (!mentor) throw new DomainError("NOT_FOUND", refuse("mentorNotFound"));
    if (!mentor.available)
      throw new DomainError("NOT_ELIGIBLE", refuse("mentorNotComing", { mentor: mentor.name }));
    if (!mayMentor(mentor, team)) {
      throw new DomainError(
        "NOT_ELIGIBLE",
        team.hasYoungPeople && !mentor.vetted
          ? refuse("mentorNotVetted", { mentor: mentor.name, who: team.name })
          : refuse("mentorTeamLevelUnsupported", { mentor: mentor.name, team: team.name }),
      );
    }
    const load = facts.matches.filter((m) => m.mentorId === mentor.id && m.teamId !== team.id).length;
    if (load >= mentor.capacity) {
      throw new DomainError(
        "CONFLICT",
        refuse("mentorTeamsEnough", { mentor: mentor.name, count: String(load) }),
      );
    }
  }
  await db.$transaction(async (tx) => {
    if (params.mentorId === null) {
      await tx.mentorMatch.deleteMany({ where: { teamId: team.id, day } });
    } else {
      await tx.mentorMatch.upsert({
        where: { teamId_day: { teamId: team.id, day } },
        create: {
          eventId: params.event.id,
          centreId: params.centreId,
          teamId: team.id,
          mentorId: params.mentorId,
          day,
          kept: team.previousMentorIds.includes(params.mentorId),
          publishedAt: published ? params.now : null,
        },
        update: { mentorId: params.mentorId, kept: team.previousMentorIds.includes(params.mentorId) },
        select: { id: true },
      });
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "mentor.match.set",
      entityType: "Team",
      entityId: team.id,
      data: { day: params.day, mentorId: params.mentorId },
    });
  });
  return { teamId: team.id, mentorId: params.mentorId, published };
}

/**
 * Publishes the matches of `centreId` on `day`: mentors then see their teams and teams their mentor's
 * first name. INVALID_INPUT when there is nothing to publish. Audited. Returns `{ published }` (a count).
 */
export async function publishDay(
  db: Db,
  params: { event: BoardEvent; centreId: string; day: string; actorId: string; now: Date },
) {
  assertEventDay(params.event, params.day);
  return db.$transaction(async (tx) => {
    const { count } = await tx.mentorMatch.updateMany({
      where: { centreId: params.centreId, day: asDate(params.day) },
      data: { publishedAt: params.now },
    });
    if (count === 0) throw new DomainError("INVALID_INPUT", refuse("noMatchesToPublish"));
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "mentor.match.publish",
      entityType: "Centre",
      entityId: params.centreId,
      data: { day: params.day, published: count },
    });
    return { published: count };
  });
}

/**
 * The teams `mentorId` looks after at an event, by day (published matches only): the team's name,
 * centre, level, skills wanted and members as organisers see them (young people by nickname).
 */
export async function mentorsTeams(db: Db, params: { event: BoardEvent; mentorId: string }) {
  const rows = await db.mentorMatch.findMany({
    where: { eventId: params.event.id, mentorId: params.mentorId, publishedAt: { not: null } },
    orderBy: [{ day: "asc" }, { team: { name: "asc" } }],
    select: {
      day: true,
      centre: { select: { name: true } },
      team: {
        select: {
          id: true,
          name: true,
          wantedSkills: true,
          members: {
            orderBy: { joinedAt: "asc" },
            select: {
              user: {
                select: {
                  name: true,
                  alias: true,
                  registrations: {
                    where: { eventId: params.event.id },
                    select: { experience: true, ...AGE_FACTS_SELECT },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  return rows.map((r) => {
    const registrations = r.team.members.flatMap((m) => m.user.registrations);
    return {
      day: calendarDay(r.day),
      centre: r.centre.name,
      team: { id: r.team.id, name: r.team.name, skillsWanted: r.team.wantedSkills },
      level: teamLevel(registrations.map((x) => x.experience)),
      members: r.team.members.map((m) => {
        const registration = m.user.registrations[0];
        return registration
          ? organiserViewOf({ ...registration, user: m.user }, params.event).displayName
          : nameForOrganisers({ ...m.user, young: true });
      }),
    };
  });
}

/** A team's published mentors by day: the mentor's first name only. */
export async function teamsMentors(db: Db, params: { teamId: string }) {
  const rows = await db.mentorMatch.findMany({
    where: { teamId: params.teamId, publishedAt: { not: null } },
    orderBy: { day: "asc" },
    select: { day: true, mentor: { select: { name: true } } },
  });
  return rows.map((r) => ({ day: calendarDay(r.day), firstName: firstName(r.mentor.name) ?? "Your mentor" }));
}
