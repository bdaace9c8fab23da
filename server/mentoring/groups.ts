// Proposing learner groups for a coding-club style session at a centre on one day: learners of one
// experience level together, in groups of balanced size, each led by a mentor who may lead it. Pure: the
// same inputs and seed always give the same proposal, which organisers then adjust and publish.
import { EXPERIENCE_LEVELS, type ExperienceLevel } from "../registrations/schema.ts";
import { seededRandom, shuffled } from "../judging/random.ts";
import type { MatchMentor } from "./matching.ts";

export interface GroupLearner {
  /** The learner's registration id (unique among the learners). */
  id: string;
  /** Their experience level: a group holds learners of one level only. */
  level: ExperienceLevel;
  /** Under 18 (a young person at the event): only a vetted mentor may lead a group with them in it. */
  young: boolean;
  /** Mentors who led their group on earlier days of the event (published groups), most recent first. */
  previousMentorIds: readonly string[];
}

/**
 * A mentor as matching sees them (MatchMentor; their skills are not used here). `capacity` counts the
 * GROUPS they can lead that day (usually 1; 0: not coming).
 */
export type GroupMentor = Pick<MatchMentor, "id" | "levels" | "capacity" | "vetted">;

/** Why a learner was left without a group: no mentor present could ever lead a group of theirs. */
export type UngroupedReason =
  { kind: "NO_LEVEL"; level: ExperienceLevel } | { kind: "NO_VETTED"; level: ExperienceLevel };

/** Why a group has no mentor: everyone who could lead it leads as many groups as they can already. */
export interface UnledReason {
  kind: "ALL_FULL";
  /** How many mentors present could lead it (supporting its level; vetted when it has under-18s). */
  eligible: number;
  /** The group has someone under 18, so only vetted mentors count. */
  youngPeople: boolean;
}

export interface ProposedGroup {
  level: ExperienceLevel;
  /** 1, 2, … within its level, in the order of `groups`. */
  number: number;
  /** Its learners' ids, sorted. */
  learnerIds: string[];
  mentorId: string | null;
  /** Learners in it who had this mentor before (sorted); empty without a mentor. */
  returningIds: string[];
  /** Someone in it is under 18. */
  hasYoungPeople: boolean;
}

export interface GroupProposal {
  /** By level (new to coding first), then number. */
  groups: ProposedGroup[];
  /** Each learner left without a group, sorted by id, with the reason. */
  ungrouped: { learnerId: string; reason: UngroupedReason }[];
  /** Each group left without a mentor (by level and number), with the reason. */
  unled: { level: ExperienceLevel; number: number; reason: UnledReason }[];
}

/** Whether `mentor` may lead a group of `level`, with young people in it or not. */
export function mayLead(mentor: GroupMentor, group: { level: ExperienceLevel; young: boolean }): boolean {
  return mentor.levels.includes(group.level) && (mentor.vetted || !group.young);
}

/**
 * Why `learner` cannot be in any group here, or null when they can: no mentor present (capacity above 0)
 * supports their level, or they are under 18 and none of those is vetted. A mentor's room left does not
 * matter: a group led by nobody yet is still a group (see UnledReason).
 */
export function learnerReason(
  learner: GroupLearner,
  mentors: readonly GroupMentor[],
): UngroupedReason | null {
  const atLevel = mentors.filter((m) => m.capacity > 0 && m.levels.includes(learner.level));
  if (atLevel.length === 0) return { kind: "NO_LEVEL", level: learner.level };
  if (learner.young && !atLevel.some((m) => m.vetted)) return { kind: "NO_VETTED", level: learner.level };
  return null;
}

/**
 * Sizes of the fewest groups of at most `groupSize` that hold `count` learners, as even as they can be
 * (any two differ by at most 1), largest first: 9 with 8 → [5, 4]; 0 → []. Throws on a `groupSize`
 * that is not a whole number of at least 1.
 */
export function balancedSizes(count: number, groupSize: number): number[] {
  assertGroupSize(groupSize);
  if (count <= 0) return [];
  const groups = Math.ceil(count / groupSize);
  const base = Math.floor(count / groups);
  const bigger = count % groups;
  return Array.from({ length: groups }, (_, i) => (i < bigger ? base + 1 : base));
}

function assertGroupSize(groupSize: number) {
  if (!Number.isInteger(groupSize) || groupSize < 1) {
    throw new Error(`Invalid group size ${groupSize}: a group takes a whole number of learners, at least 1`);
  }
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const levelIndex = (level: ExperienceLevel) => EXPERIENCE_LEVELS.indexOf(level);

interface Slot {
  level: ExperienceLevel;
  size: number;
  /** Set aside for the level's under-18s: only a vetted mentor leads it. */
  forYoung: boolean;
  mentor: GroupMentor | null;
  members: GroupLearner[];
}

/**
 * Proposes learner groups at one centre for one day. `learners` and `mentors` have unique ids (throws
 * otherwise); `groupSize` is the most learners a group takes (the event's ratio of young people per
 * vetted adult, else DEFAULT_GROUP_SIZE: a whole number ≥ 1, throws otherwise); capacities are whole
 * numbers ≥ 0 (throws otherwise). Rules, in order:
 * 1. **Who can be grouped** (never broken): a learner is left out only when no mentor present supports
 *    their level, or they are under 18 and none of those is vetted (UngroupedReason): nobody here could
 *    ever lead their group.
 * 2. **Groups** (never broken): one level each; per level the fewest groups of at most `groupSize`, sizes
 *    differing by at most 1 (9 learners, size 8 → 5 and 4). Under-18s are put together in as few groups
 *    as their number needs, so the level's other groups can be led by a mentor who is not vetted.
 * 3. **Mentors** (never broken): one per group at most, supporting its level, vetted if anyone in it is
 *    under 18, leading at most `capacity` groups.
 * 4. **Continuity**: a mentor whom learners of a level had before leads a group at that level again when
 *    they have room (most returning learners first), and those learners go back to their group while it
 *    has room — an adult only while enough room for the level's under-18s stays in groups that may take
 *    them. Under-18s come first: their previous mentors, then the other groups set aside for under-18s,
 *    then adults' previous mentors, so a vetted mentor goes back to adults only when no group of
 *    under-18s needs them.
 * 5. The other groups get mentors hardest first (fewest eligible mentors), each the eligible mentor
 *    whom most of its level's learners had before, then one who is not vetted where that will do
 *    (keeping vetted ones for under-18s), then who supports fewest levels, then has most room, then
 *    comes first in a seeded order.
 * A group is left without a mentor only when every mentor who may lead it leads as many groups as they
 * can (UnledReason). Greedy, so not always the most groups led: organisers adjust before publishing.
 * The output does not depend on the order of `learners` or `mentors` (they are sorted by id first), and
 * is the same for the same inputs and `seed`.
 */
export function proposeGroups(params: {
  learners: readonly GroupLearner[];
  mentors: readonly GroupMentor[];
  groupSize: number;
  seed: string;
}): GroupProposal {
  const { groupSize } = params;
  assertGroupSize(groupSize);
  for (const m of params.mentors) {
    if (!Number.isInteger(m.capacity) || m.capacity < 0) {
      throw new Error(`Mentor ${m.id} has an invalid capacity ${m.capacity}`);
    }
  }
  for (const [what, list] of [
    ["learner", params.learners],
    ["mentor", params.mentors],
  ] as const) {
    if (new Set(list.map((x) => x.id)).size !== list.length) throw new Error(`Two ${what}s share an id`);
  }
  const mentors = [...params.mentors].sort(byId);
  const learners = [...params.learners].sort(byId);
  const random = seededRandom(params.seed);
  const mentorRank = new Map(shuffled(mentors, random).map((m, i) => [m.id, i]));
  const learnerRank = new Map(shuffled(learners, random).map((l, i) => [l.id, i]));
  const rankOf = (l: GroupLearner) => learnerRank.get(l.id) ?? 0;
  const mentorById = new Map(mentors.map((m) => [m.id, m]));
  const room = new Map(mentors.map((m) => [m.id, m.capacity]));
  const hasRoom = (m: GroupMentor) => (room.get(m.id) ?? 0) > 0;

  // 1. Who can be grouped.
  const ungrouped: GroupProposal["ungrouped"] = [];
  const grouped: GroupLearner[] = [];
  for (const learner of learners) {
    const reason = learnerReason(learner, mentors);
    if (reason) ungrouped.push({ learnerId: learner.id, reason });
    else grouped.push(learner);
  }
  /** The mentor a learner goes back to: the most recent previous one present who may lead them. */
  const previousOf = new Map<string, GroupMentor>();
  for (const learner of grouped) {
    const previous = learner.previousMentorIds
      .map((id) => mentorById.get(id))
      .find(
        (m): m is GroupMentor =>
          m !== undefined && m.capacity > 0 && mayLead(m, { level: learner.level, young: learner.young }),
      );
    if (previous) previousOf.set(learner.id, previous);
  }

  // 2. The groups of each level: sizes, and which are set aside for under-18s (the largest first).
  const slots: Slot[] = [];
  for (const level of EXPERIENCE_LEVELS) {
    const here = grouped.filter((l) => l.level === level);
    let young = here.filter((l) => l.young).length;
    for (const size of balancedSizes(here.length, groupSize)) {
      slots.push({ level, size, forYoung: young > 0, mentor: null, members: [] });
      young -= size;
    }
  }
  const lead = (slot: Slot, mentor: GroupMentor) => {
    slot.mentor = mentor;
    room.set(mentor.id, (room.get(mentor.id) ?? 0) - 1);
  };
  const mayTake = (mentor: GroupMentor, slot: Slot) =>
    hasRoom(mentor) && mayLead(mentor, { level: slot.level, young: slot.forYoung });

  // 4. Continuity: mentors with the most returning learners at a level first.
  const claims = new Map<
    string,
    { level: ExperienceLevel; mentor: GroupMentor; count: number; young: boolean }
  >();
  for (const learner of grouped) {
    const mentor = previousOf.get(learner.id);
    if (!mentor) continue;
    const key = `${learner.level}\u0000${mentor.id}`;
    const claim = claims.get(key) ?? { level: learner.level, mentor, count: 0, young: false };
    claim.count += 1;
    claim.young ||= learner.young;
    claims.set(key, claim);
  }
  const claimOrder = [...claims.values()].sort(
    (a, b) =>
      b.count - a.count ||
      levelIndex(a.level) - levelIndex(b.level) ||
      (mentorRank.get(a.mentor.id) ?? 0) - (mentorRank.get(b.mentor.id) ?? 0),
  );
  const honour = (claim: (typeof claimOrder)[number]) => {
    // A mentor already leading a group at the level has one for the learners coming back.
    if (slots.some((s) => s.level === claim.level && s.mentor?.id === claim.mentor.id)) return;
    const free = slots.filter(
      (s) => s.level === claim.level && s.mentor === null && mayTake(claim.mentor, s),
    );
    // Under-18s coming back take a group set aside for under-18s; adults only, one that is not.
    const slot = free.find((s) => s.forYoung === claim.young) ?? free[0];
    if (slot) lead(slot, claim.mentor);
  };

  // 5. The other groups, hardest first (see fillOpen below for the order).
  const eligibleCount = (slot: Slot) =>
    mentors.filter((m) => m.capacity > 0 && mayLead(m, { level: slot.level, young: slot.forYoung })).length;
  /** How many learners of `level` would come back to `mentor` (who leads no group there yet). */
  const claimed = (mentor: GroupMentor, level: ExperienceLevel) =>
    slots.some((s) => s.level === level && s.mentor?.id === mentor.id)
      ? 0
      : (claims.get(`${level}\u0000${mentor.id}`)?.count ?? 0);
  const pickMentor = (slot: Slot, young: boolean) =>
    mentors
      .filter((m) => hasRoom(m) && mayLead(m, { level: slot.level, young }))
      .sort(
        (a, b) =>
          claimed(b, slot.level) - claimed(a, slot.level) ||
          Number(a.vetted) - Number(b.vetted) ||
          a.levels.length - b.levels.length ||
          (room.get(b.id) ?? 0) - (room.get(a.id) ?? 0) ||
          (mentorRank.get(a.id) ?? 0) - (mentorRank.get(b.id) ?? 0),
      )[0];
  const fillOpen = (which: (slot: Slot) => boolean) => {
    const open = slots
      .map((slot, index) => ({ slot, index }))
      .filter(({ slot }) => slot.mentor === null && which(slot))
      .sort((a, b) => eligibleCount(a.slot) - eligibleCount(b.slot) || a.index - b.index);
    for (const { slot } of open) {
      const mentor = pickMentor(slot, slot.forYoung);
      if (mentor) lead(slot, mentor);
    }
  };
  // Under-18s first: their previous mentors, then the other groups set aside for them; then adults'
  // previous mentors, then the rest. So a vetted mentor goes to adults they had before only when no
  // group of under-18s needs them.
  for (const claim of claimOrder) if (claim.young) honour(claim);
  fillOpen((slot) => slot.forYoung);
  for (const claim of claimOrder) if (!claim.young) honour(claim);
  fillOpen(() => true);

  // Learners into the groups, level by level.
  for (const level of EXPERIENCE_LEVELS) {
    const here = slots.filter((s) => s.level === level);
    const members = grouped.filter((l) => l.level === level).sort((a, b) => rankOf(a) - rankOf(b));
    const returningTo = (slot: Slot) =>
      slot.mentor === null ? 0 : members.filter((l) => previousOf.get(l.id)?.id === slot.mentor?.id).length;
    // The larger sizes go to the groups most learners return to, within those set aside for under-18s
    // and within the others (so the room set aside for under-18s stays the same).
    for (const forYoung of [true, false]) {
      const these = here.filter((s) => s.forYoung === forYoung);
      const sizes = these.map((s) => s.size).sort((a, b) => b - a);
      these
        .map((slot, index) => ({ slot, index, returning: returningTo(slot) }))
        .sort((a, b) => b.returning - a.returning || a.index - b.index)
        .forEach(({ slot }, i) => {
          slot.size = sizes[i] ?? slot.size;
        });
    }
    const left = (s: Slot) => s.size - s.members.length;
    // A group may take under-18s when set aside for them, or led by a vetted mentor, or by nobody yet
    // (it will then need a vetted mentor).
    const takesYoung = (s: Slot) => s.forYoung || s.mentor === null || s.mentor.vetted;
    const placed = new Set<string>();
    const place = (learner: GroupLearner, slot: Slot) => {
      slot.members.push(learner);
      placed.add(learner.id);
    };
    const youngWaiting = () => members.filter((l) => l.young && !placed.has(l.id)).length;
    const youngRoom = () => here.filter(takesYoung).reduce((n, s) => n + left(s), 0);
    const previousSlot = (learner: GroupLearner) => {
      const mentor = previousOf.get(learner.id);
      return mentor ? here.find((s) => s.mentor?.id === mentor.id && left(s) > 0) : undefined;
    };
    // Returning under-18s (their previous mentor is vetted), then returning adults while the under-18s
    // still fit, then the other under-18s, then the other adults (in groups not needing a vetted mentor
    // first).
    for (const learner of members.filter((l) => l.young)) {
      const slot = previousSlot(learner);
      if (slot) place(learner, slot);
    }
    for (const learner of members.filter((l) => !l.young)) {
      const slot = previousSlot(learner);
      if (slot && (!takesYoung(slot) || youngRoom() - 1 >= youngWaiting())) place(learner, slot);
    }
    for (const learner of members.filter((l) => l.young && !placed.has(l.id))) {
      const slot = here.find((s) => takesYoung(s) && left(s) > 0);
      if (!slot) throw new Error("unreachable: the room set aside for under-18s holds them all");
      place(learner, slot);
    }
    for (const learner of members.filter((l) => !l.young && !placed.has(l.id))) {
      const slot = here.find((s) => !takesYoung(s) && left(s) > 0) ?? here.find((s) => left(s) > 0);
      if (!slot) throw new Error("unreachable: the groups' sizes add up to the level's learners");
      place(learner, slot);
    }
  }

  // A group still without a mentor may find one now that who is in it is known (a group set aside for
  // under-18s that ended up with adults only).
  for (const slot of slots) {
    if (slot.mentor !== null) continue;
    const mentor = pickMentor(
      slot,
      slot.members.some((l) => l.young),
    );
    if (mentor) lead(slot, mentor);
  }

  const groups: ProposedGroup[] = [];
  const unled: GroupProposal["unled"] = [];
  for (const level of EXPERIENCE_LEVELS) {
    const here = slots
      .map((slot, index) => ({ slot, index }))
      .filter(({ slot }) => slot.level === level)
      .sort(
        (a, b) =>
          b.slot.size - a.slot.size ||
          Number(a.slot.mentor === null) - Number(b.slot.mentor === null) ||
          a.index - b.index,
      );
    here.forEach(({ slot }, i) => {
      const young = slot.members.some((l) => l.young);
      const mentorId = slot.mentor?.id ?? null;
      const learnerIds = slot.members.map((l) => l.id).sort();
      groups.push({
        level,
        number: i + 1,
        learnerIds,
        mentorId,
        returningIds:
          mentorId === null
            ? []
            : slot.members
                .filter((l) => l.previousMentorIds.includes(mentorId))
                .map((l) => l.id)
                .sort(),
        hasYoungPeople: young,
      });
      if (mentorId === null) {
        unled.push({
          level,
          number: i + 1,
          reason: {
            kind: "ALL_FULL",
            eligible: mentors.filter((m) => m.capacity > 0 && mayLead(m, { level, young })).length,
            youngPeople: young,
          },
        });
      }
    });
  }
  return { groups, ungrouped, unled };
}

const LEVEL_WORDS: Record<ExperienceLevel, string> = {
  NEW: "learners new to coding",
  SOME: "learners with some experience",
  CONFIDENT: "confident coders",
};

/** A learner's reason for having no group, as a sentence for organisers. */
export function ungroupedText(reason: UngroupedReason): string {
  switch (reason.kind) {
    case "NO_LEVEL":
      return `No mentor here supports ${LEVEL_WORDS[reason.level]}`;
    case "NO_VETTED":
      return `Under 18, and no mentor here who supports ${LEVEL_WORDS[reason.level]} is vetted`;
  }
}

/** A group's reason for having no mentor, as a sentence for organisers. */
export function unledText(reason: UnledReason): string {
  const who = reason.youngPeople ? "vetted mentor" : "mentor";
  const why = reason.youngPeople ? " (someone in it is under 18)" : "";
  return reason.eligible === 1
    ? `The one ${who} who could lead this group${why} already leads as many groups as they can`
    : `All ${reason.eligible} ${who}s who could lead this group${why} already lead as many groups as they can`;
}
