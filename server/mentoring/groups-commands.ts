// Learner groups at a centre for a day (coding-club style sessions): the board, the proposal, moving
// learners, choosing mentors, publishing, and what mentors and learners then see.
import { audit } from "../audit.ts";
import type { Db, Tx } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { firstName, isYoungPerson, UNNAMED_PARTICIPANT } from "../people/rules.ts";
import { AGE_FACTS_SELECT, organiserViewOf, registrantAge } from "../registrations/age.ts";
import { EXPERIENCE_LABELS, EXPERIENCE_LEVELS, type ExperienceLevel } from "../registrations/schema.ts";
import { eventDays } from "./days.ts";
import {
  learnerReason,
  mayLead,
  proposeGroups,
  ungroupedText,
  unledText,
  type GroupLearner,
  type GroupMentor,
} from "./groups.ts";
import { asDate } from "./days.ts";
import { assertEventDay, centreMentors, type BoardEvent } from "./match-commands.ts";
import { GROUPS_PER_MENTOR, groupLabel, groupSizeFor } from "./rules.ts";
import { calendarDay } from "./vetting.ts";

/** This module's refusals ("MentoringErrors"). */
const refuse = refusals("MentoringErrors");

/** The event facts groups need: the board's, and the ratio that sets the most learners in a group. */
export interface GroupEvent extends BoardEvent {
  youngPeoplePerVettedAdult: number | null;
}

type CentreDay = { event: GroupEvent; centreId: string; day: string };

const levelRank = (level: ExperienceLevel) => EXPERIENCE_LEVELS.indexOf(level);
const byLabel = (
  a: { level: ExperienceLevel; label: string },
  b: { level: ExperienceLevel; label: string },
) => levelRank(a.level) - levelRank(b.level) || a.label.localeCompare(b.label, "en", { numeric: true });

/**
 * What grouping works from at `centreId` on `day`. Learners: the CONFIRMED registrations at the centre
 * (registrations have no days, so everyone confirmed is expected every day of the event), each with the
 * name organisers see, their level, whether they are a young person (under 18, or the event's consent
 * age if higher), and the mentors of their earlier days' published groups, most recent first. Mentors:
 * centreMentors, each leading GROUPS_PER_MENTOR groups on a day they come (0 otherwise).
 */
async function groupFacts(db: Db, params: CentreDay) {
  const { event, centreId, day } = params;
  const [registrations, mentors] = await Promise.all([
    db.registration.findMany({
      where: { eventId: event.id, centreId, status: "CONFIRMED" },
      select: {
        id: true,
        experience: true,
        ...AGE_FACTS_SELECT,
        user: { select: { name: true, alias: true } },
        groups: {
          where: {
            day: { lt: asDate(day) },
            group: { eventId: event.id, publishedAt: { not: null }, mentorId: { not: null } },
          },
          orderBy: { day: "desc" },
          select: { group: { select: { mentorId: true } } },
        },
      },
    }),
    centreMentors(db, params),
  ]);
  const learners = registrations
    .map((r) => ({
      id: r.id,
      name: organiserViewOf(r, event).displayName,
      level: r.experience,
      young: isYoungPerson({ age: registrantAge(r, event), consentAge: event.consentAge }),
      previousMentorIds: [
        ...new Set(r.groups.flatMap((g) => (g.group.mentorId === null ? [] : [g.group.mentorId]))),
      ],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  const groupMentors = mentors.map((m) => ({
    ...m,
    capacity: m.available ? GROUPS_PER_MENTOR : 0,
  }));
  return { learners, mentors: groupMentors };
}

/** The day's groups at the centre with their members' registration ids, by level and label. */
async function groupsOfDay(db: Db | Tx, params: { centreId: string; day: string }) {
  const groups = await db.learnerGroup.findMany({
    where: { centreId: params.centreId, day: asDate(params.day) },
    select: {
      id: true,
      level: true,
      label: true,
      mentorId: true,
      publishedAt: true,
      members: { select: { registrationId: true } },
    },
  });
  return groups.sort(byLabel);
}

/** Serialises changes to one centre's groups (the same row lock taking a place at the centre uses). */
async function lockCentre(tx: Tx, params: { eventId: string; centreId: string }) {
  await tx.$queryRaw`
    SELECT id FROM "Centre" WHERE id = ${params.centreId} AND "eventId" = ${params.eventId} FOR UPDATE`;
}

type Learner = Awaited<ReturnType<typeof groupFacts>>["learners"][number];
type Mentor = Awaited<ReturnType<typeof groupFacts>>["mentors"][number];

function mentorRefusal(mentor: Mentor, group: { label: string; level: ExperienceLevel }, young: boolean) {
  if (!mentor.available)
    return new DomainError("NOT_ELIGIBLE", refuse("mentorNotComing", { mentor: mentor.name }));
  if (!mentor.levels.includes(group.level)) {
    return new DomainError(
      "NOT_ELIGIBLE",
      refuse("mentorLevelUnsupported", {
        mentor: mentor.name,
        group: group.label,
        level: EXPERIENCE_LABELS[group.level].toLowerCase(),
      }),
    );
  }
  if (young && !mentor.vetted) {
    return new DomainError(
      "NOT_ELIGIBLE",
      refuse("mentorNotVetted", { mentor: mentor.name, who: group.label }),
    );
  }
  return null;
}

/**
 * The groups board of `centreId` on `day` (one of the event's days: a field error otherwise): the most
 * learners in a group; each group (by level, then label) with its members (the names organisers see,
 * whether under 18, whether back with a mentor they had), its mentor (or why it has none), and the
 * mentors who may lead it; each learner in no group with the reason (ungroupedText, or "not in a group
 * yet" while some group could take them); each mentor with the groups they lead; whether it is published.
 */
export async function groupBoard(db: Db, params: CentreDay) {
  assertEventDay(params.event, params.day);
  const [facts, groups] = await Promise.all([groupFacts(db, params), groupsOfDay(db, params)]);
  const learnerById = new Map(facts.learners.map((l) => [l.id, l]));
  const led = new Map<string, number>();
  for (const g of groups) if (g.mentorId) led.set(g.mentorId, (led.get(g.mentorId) ?? 0) + 1);
  const roomLeft = (m: Mentor) => m.capacity - (led.get(m.id) ?? 0);
  const groupSize = groupSizeFor(params.event.youngPeoplePerVettedAdult);
  const grouped = new Set<string>();
  const boardGroups = groups.map((g) => {
    const members = g.members
      .map((m) => learnerById.get(m.registrationId))
      .filter((l): l is Learner => l !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name, "en"));
    for (const m of members) grouped.add(m.id);
    const young = members.some((m) => m.young);
    const mentor = g.mentorId ? facts.mentors.find((m) => m.id === g.mentorId) : undefined;
    const eligible = facts.mentors.filter((m) => m.capacity > 0 && mayLead(m, { level: g.level, young }));
    let problem: string | null = null;
    if (g.mentorId && !mentor) problem = "Its mentor no longer mentors at this centre: choose another";
    else if (mentor) problem = mentorRefusal(mentor, g, young)?.message ?? null;
    else {
      problem = eligible.some((m) => roomLeft(m) > 0)
        ? "No mentor yet"
        : eligible.length === 0
          ? young
            ? "Someone in it is under 18, and no mentor here who supports its level is vetted"
            : "No mentor here supports its level"
          : unledText({ kind: "ALL_FULL", eligible: eligible.length, youngPeople: young });
    }
    return {
      id: g.id,
      level: g.level,
      label: g.label,
      hasYoungPeople: young,
      mentor: mentor ? { id: mentor.id, name: mentor.name } : null,
      members: members.map((m) => ({
        registrationId: m.id,
        name: m.name,
        young: m.young,
        returning: mentor !== undefined && m.previousMentorIds.includes(mentor.id),
      })),
      full: members.length >= groupSize,
      eligibleMentorIds: eligible.map((m) => m.id),
      problem,
    };
  });
  const ungrouped = facts.learners
    .filter((l) => !grouped.has(l.id))
    .map((l) => {
      const reason = learnerReason(l, facts.mentors);
      return {
        registrationId: l.id,
        name: l.name,
        level: l.level,
        young: l.young,
        reason: reason ? ungroupedText(reason) : "Not in a group yet",
      };
    });
  return {
    day: params.day,
    days: eventDays(params.event),
    groupSize,
    publishedAt: groups.find((g) => g.publishedAt)?.publishedAt ?? null,
    groups: boardGroups,
    ungrouped,
    mentors: facts.mentors.map((m) => ({
      id: m.id,
      name: m.name,
      available: m.available,
      levels: m.levels,
      vetted: m.vetted,
      capacity: m.capacity,
      groups: led.get(m.id) ?? 0,
    })),
  };
}

/**
 * Proposes the learner groups of `centreId` on `day` (server/mentoring/groups.ts proposeGroups, seeded by
 * the centre and day, so proposing twice gives the same answer; at most the event's ratio of learners a
 * group, else DEFAULT_GROUP_SIZE) and stores them as drafts labelled "New to coding 1", …, replacing the
 * day's groups (a published day becomes a draft again until it is published). Audited. Returns counts.
 */
export async function proposeDayGroups(db: Db, params: CentreDay & { actorId: string }) {
  assertEventDay(params.event, params.day);
  const facts = await groupFacts(db, params);
  const proposal = proposeGroups({
    learners: facts.learners satisfies GroupLearner[],
    mentors: facts.mentors satisfies GroupMentor[],
    groupSize: groupSizeFor(params.event.youngPeoplePerVettedAdult),
    seed: `${params.centreId}/${params.day}/groups`,
  });
  const day = asDate(params.day);
  await db.$transaction(async (tx) => {
    await lockCentre(tx, { eventId: params.event.id, centreId: params.centreId });
    await tx.learnerGroup.deleteMany({ where: { centreId: params.centreId, day } });
    // A learner grouped at another centre that day (before moving here) leaves that group.
    await tx.learnerGroupMember.deleteMany({
      where: { day, registrationId: { in: facts.learners.map((l) => l.id) } },
    });
    for (const g of proposal.groups) {
      await tx.learnerGroup.create({
        data: {
          eventId: params.event.id,
          centreId: params.centreId,
          day,
          level: g.level,
          label: groupLabel(EXPERIENCE_LABELS[g.level], g.number),
          mentorId: g.mentorId,
          members: { create: g.learnerIds.map((registrationId) => ({ registrationId })) },
        },
        select: { id: true },
      });
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "learner.groups.propose",
      entityType: "Centre",
      entityId: params.centreId,
      data: {
        day: params.day,
        groups: proposal.groups.length,
        ungrouped: proposal.ungrouped.length,
        unled: proposal.unled.length,
      },
    });
  });
  return {
    groups: proposal.groups.length,
    grouped: proposal.groups.reduce((n, g) => n + g.learnerIds.length, 0),
    ungrouped: proposal.ungrouped.length,
    unled: proposal.unled.length,
  };
}

/** The first "<level> n" label not used at the centre that day. */
function nextLabel(level: ExperienceLevel, groups: readonly { label: string }[]) {
  const used = new Set(groups.map((g) => g.label));
  let n = 1;
  while (used.has(groupLabel(EXPERIENCE_LABELS[level], n))) n += 1;
  return groupLabel(EXPERIENCE_LABELS[level], n);
}

/**
 * Moves the learner `registrationId` (confirmed at `centreId`; NOT_FOUND otherwise) into the group `to`
 * of that centre and day (NOT_FOUND otherwise), or into a new group at their level ("NEW", labelled with
 * the next free number and no mentor yet). Refused: a group of another level (INVALID_INPUT: groups
 * never mix levels), a full group (CONFLICT: at most the event's ratio of learners, else
 * DEFAULT_GROUP_SIZE), and an under-18 into a group whose mentor is not vetted (NOT_ELIGIBLE). A group left
 * empty is deleted. On a published day the change is published at once. Audited. Returns
 * `{ groupId, label }`.
 */
export async function moveLearner(
  db: Db,
  params: CentreDay & {
    registrationId: string;
    to: string;
    actorId: string;
    now: Date;
  },
) {
  assertEventDay(params.event, params.day);
  const facts = await groupFacts(db, params);
  const learner = facts.learners.find((l) => l.id === params.registrationId);
  if (!learner) throw new DomainError("NOT_FOUND", refuse("learnerNotFound"));
  const groupSize = groupSizeFor(params.event.youngPeoplePerVettedAdult);
  const learnerIds = new Set(facts.learners.map((l) => l.id));
  const day = asDate(params.day);
  try {
    return await db.$transaction(async (tx) => {
      await lockCentre(tx, { eventId: params.event.id, centreId: params.centreId });
      const groups = await groupsOfDay(tx, params);
      const published = groups.some((g) => g.publishedAt !== null);
      const from = groups.find((g) => g.members.some((m) => m.registrationId === learner.id));
      let target: { id: string; label: string };
      if (params.to === "NEW") {
        target = await tx.learnerGroup.create({
          data: {
            eventId: params.event.id,
            centreId: params.centreId,
            day,
            level: learner.level,
            label: nextLabel(learner.level, groups),
            publishedAt: published ? params.now : null,
          },
          select: { id: true, label: true },
        });
      } else {
        const group = groups.find((g) => g.id === params.to);
        if (!group) throw new DomainError("NOT_FOUND", refuse("groupNotFound"));
        if (group.id === from?.id) return { groupId: group.id, label: group.label };
        if (group.level !== learner.level) {
          throw new DomainError(
            "INVALID_INPUT",
            refuse("groupLevelMismatch", {
              learner: learner.name,
              learnerLevel: EXPERIENCE_LABELS[learner.level].toLowerCase(),
              group: group.label,
              groupLevel: EXPERIENCE_LABELS[group.level].toLowerCase(),
            }),
            { to: [refuse("chooseGroupAtLevel").text] },
          );
        }
        const size = group.members.filter((m) => learnerIds.has(m.registrationId)).length;
        if (size >= groupSize) {
          throw new DomainError("CONFLICT", refuse("groupFull", { group: group.label, size: String(size) }));
        }
        const mentor = group.mentorId ? facts.mentors.find((m) => m.id === group.mentorId) : undefined;
        if (learner.young && mentor && !mentor.vetted) {
          throw new DomainError(
            "NOT_ELIGIBLE",
            refuse("groupMentorNotVetted", {
              learner: learner.name,
              group: group.label,
              mentor: mentor.name,
            }),
          );
        }
        target = group;
      }
      await tx.learnerGroupMember.upsert({
        where: { registrationId_day: { registrationId: learner.id, day } },
        create: { groupId: target.id, registrationId: learner.id, day },
        update: { groupId: target.id },
        select: { id: true },
      });
      if (from && from.members.length === 1) {
        await tx.learnerGroup.delete({ where: { id: from.id }, select: { id: true } });
      }
      await audit(tx, {
        actorId: params.actorId,
        eventId: params.event.id,
        action: "learner.groups.move",
        entityType: "Registration",
        entityId: learner.id,
        data: { day: params.day, from: from?.id ?? null, to: target.id },
      });
      return { groupId: target.id, label: target.label };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("CONFLICT", refuse("groupsChanged"));
    }
    throw error;
  }
}

/**
 * Sets (or, with null, clears) the mentor of group `groupId` at `centreId` on `day` (NOT_FOUND for a group
 * or mentor not there). The mentor must be coming that day, support the group's level and be vetted when
 * someone in it is under 18 (NOT_ELIGIBLE otherwise), and lead fewer groups that day than they can
 * (CONFLICT). On a published day the change is published at once. Audited.
 */
export async function setGroupMentor(
  db: Db,
  params: CentreDay & { groupId: string; mentorId: string | null; actorId: string },
) {
  assertEventDay(params.event, params.day);
  const facts = await groupFacts(db, params);
  const learnerById = new Map(facts.learners.map((l) => [l.id, l]));
  return db.$transaction(async (tx) => {
    await lockCentre(tx, { eventId: params.event.id, centreId: params.centreId });
    const groups = await groupsOfDay(tx, params);
    const group = groups.find((g) => g.id === params.groupId);
    if (!group) throw new DomainError("NOT_FOUND", refuse("groupNotFound"));
    if (params.mentorId !== null) {
      const mentor = facts.mentors.find((m) => m.id === params.mentorId);
      if (!mentor) throw new DomainError("NOT_FOUND", refuse("mentorNotFound"));
      // Members no longer confirmed here (withdrawn, moved) are not at the session: they don't count.
      const young = group.members.some((m) => learnerById.get(m.registrationId)?.young === true);
      const refusal = mentorRefusal(mentor, group, young);
      if (refusal) throw refusal;
      const leading = groups.filter((g) => g.mentorId === mentor.id && g.id !== group.id).length;
      if (leading >= mentor.capacity) {
        throw new DomainError(
          "CONFLICT",
          refuse("mentorLeadsEnough", { mentor: mentor.name, count: leading }),
        );
      }
    }
    await tx.learnerGroup.update({
      where: { id: group.id },
      data: { mentorId: params.mentorId },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "learner.groups.mentor",
      entityType: "LearnerGroup",
      entityId: group.id,
      data: { day: params.day, mentorId: params.mentorId },
    });
    return { groupId: group.id, mentorId: params.mentorId };
  });
}

/**
 * Publishes the learner groups of `centreId` on `day`: learners then see their group and its mentor's
 * first name, mentors their groups. INVALID_INPUT when there is nothing to publish. Audited. Returns
 * `{ published }` (a count of groups).
 */
export async function publishDayGroups(db: Db, params: CentreDay & { actorId: string; now: Date }) {
  assertEventDay(params.event, params.day);
  return db.$transaction(async (tx) => {
    await lockCentre(tx, { eventId: params.event.id, centreId: params.centreId });
    const { count } = await tx.learnerGroup.updateMany({
      where: { centreId: params.centreId, day: asDate(params.day) },
      data: { publishedAt: params.now },
    });
    if (count === 0) {
      throw new DomainError("INVALID_INPUT", refuse("noGroupsToPublish"));
    }
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "learner.groups.publish",
      entityType: "Centre",
      entityId: params.centreId,
      data: { day: params.day, published: count },
    });
    return { published: count };
  });
}

/** A learner as their mentor sees them: first name only (the nickname without one). */
function nameForMentor(user: { name: string | null; alias: string | null }): string {
  return firstName(user.name) ?? (user.alias?.trim() || UNNAMED_PARTICIPANT);
}

/**
 * The published groups `mentorId` leads at an event, by day: centre, label, level, how many learners and
 * their first names (only: a mentor needs what to call them, nothing more), those still confirmed there.
 */
export async function mentorsGroups(db: Db, params: { eventId: string; mentorId: string }) {
  const rows = await db.learnerGroup.findMany({
    where: { eventId: params.eventId, mentorId: params.mentorId, publishedAt: { not: null } },
    orderBy: [{ day: "asc" }, { label: "asc" }],
    select: {
      id: true,
      day: true,
      level: true,
      label: true,
      centreId: true,
      centre: { select: { name: true } },
      members: {
        select: {
          registration: {
            select: { status: true, centreId: true, user: { select: { name: true, alias: true } } },
          },
        },
      },
    },
  });
  return rows.map((g) => {
    const names = g.members
      .filter((m) => m.registration.status === "CONFIRMED" && m.registration.centreId === g.centreId)
      .map((m) => nameForMentor(m.registration.user))
      .sort((a, b) => a.localeCompare(b, "en"));
    return {
      id: g.id,
      day: calendarDay(g.day),
      centre: g.centre.name,
      label: g.label,
      level: g.level,
      count: names.length,
      firstNames: names,
    };
  });
}

/** A learner's published groups by day: its label and level, and its mentor's first name (null: none yet). */
export async function learnersGroups(db: Db, params: { registrationId: string }) {
  const rows = await db.learnerGroupMember.findMany({
    where: { registrationId: params.registrationId, group: { publishedAt: { not: null } } },
    orderBy: { day: "asc" },
    select: {
      day: true,
      group: { select: { label: true, level: true, mentor: { select: { name: true } } } },
    },
  });
  return rows.map((r) => ({
    day: calendarDay(r.day),
    label: r.group.label,
    level: r.group.level,
    mentorFirstName: r.group.mentor ? (firstName(r.group.mentor.name) ?? "Your mentor") : null,
  }));
}
