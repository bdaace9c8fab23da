// Proposing which mentor looks after which team at a centre. Pure: the same inputs and seed always give
// the same proposal, which organisers then adjust and publish.
import type { ExperienceLevel } from "../registrations/schema.ts";
import { seededRandom, shuffled } from "../judging/random.ts";

export interface MatchTeam {
  id: string;
  /** The level the team needs help at: its least experienced member's. */
  level: ExperienceLevel;
  /** Skills the team asked for help with (compared case-insensitively). */
  skillsWanted: readonly string[];
  /** The team has a member under 18: only a vetted mentor may be matched to it. */
  hasYoungPeople: boolean;
  /** Mentors who looked after this team before (earlier days of the event), most recent first. */
  previousMentorIds: readonly string[];
}

export interface MatchMentor {
  id: string;
  /** Skills they can help with (compared case-insensitively). */
  skills: readonly string[];
  /** The experience levels they are happy to support. */
  levels: readonly ExperienceLevel[];
  /** How many teams they can look after at once (0: none today). */
  capacity: number;
  /** Their vetting is recorded and in date (organisers record it; see the vetting rules). */
  vetted: boolean;
}

/** Why a team was left without a mentor, in the organisers' words. */
export type UnmatchedReason =
  | { kind: "NO_LEVEL"; level: ExperienceLevel }
  | { kind: "NO_VETTED" }
  | { kind: "ALL_FULL"; eligible: number };

export interface MatchProposal {
  /** One per matched team, in the teams' input order. */
  assignments: { teamId: string; mentorId: string; kept: boolean; sharedSkills: string[] }[];
  /** Each team left without a mentor, in input order, with the reason. */
  unmatched: { teamId: string; reason: UnmatchedReason }[];
}

const norm = (skill: string) => skill.trim().toLowerCase();

/** Whether `mentor` may look after `team` at all: supports its level, and vetted where young people are. */
export function mayMentor(mentor: MatchMentor, team: MatchTeam): boolean {
  return mentor.levels.includes(team.level) && (mentor.vetted || !team.hasYoungPeople);
}

function sharedSkills(mentor: MatchMentor, team: MatchTeam): string[] {
  const offered = new Set(mentor.skills.map(norm));
  return [...new Set(team.skillsWanted.map(norm))].filter((s) => offered.has(s)).sort();
}

/**
 * Why `team` has no mentor among `mentors` (their capacities being the room each has left): nobody at its
 * level, nobody vetted where it needs it, or everyone eligible full.
 */
export function reasonFor(team: MatchTeam, mentors: readonly MatchMentor[]): UnmatchedReason {
  const atLevel = mentors.filter((m) => m.capacity > 0 && m.levels.includes(team.level));
  if (atLevel.length === 0) return { kind: "NO_LEVEL", level: team.level };
  const eligible = atLevel.filter((m) => mayMentor(m, team));
  if (eligible.length === 0) return { kind: "NO_VETTED" };
  return { kind: "ALL_FULL", eligible: eligible.length };
}

/**
 * Proposes mentor ↔ team matches at one centre (shapes above). Rules, in order:
 * 1. **Eligibility** (never broken): a mentor supports the team's level, is vetted if the team has
 *    someone under 18, and looks after at most `capacity` teams.
 * 2. **Continuity**: a team keeps a previous mentor (most recent first) while that mentor is eligible and
 *    has room (`kept: true`).
 * 3. The other teams are placed hardest first — fewest eligible mentors, ties in a seeded order — each
 *    with the eligible mentor who shares most of its wanted skills, then has the most room left, then
 *    comes first in a seeded order of mentors.
 * A team is left unmatched only when every eligible mentor is full (or none is eligible), so no unmatched
 * team could be given a mentor who still has room; each carries the reason. Greedy, so not always the
 * most matches possible when capacities are tight: organisers adjust the proposal before publishing it.
 * Deterministic for the same inputs and `seed`. Throws on a negative or fractional capacity.
 */
export function proposeMatches(params: {
  teams: readonly MatchTeam[];
  mentors: readonly MatchMentor[];
  seed: string;
}): MatchProposal {
  const { teams, mentors } = params;
  for (const m of mentors) {
    if (!Number.isInteger(m.capacity) || m.capacity < 0) {
      throw new Error(`Mentor ${m.id} has an invalid capacity ${m.capacity}`);
    }
  }
  const room = new Map(mentors.map((m) => [m.id, m.capacity]));
  const byId = new Map(mentors.map((m) => [m.id, m]));
  const chosen = new Map<string, { mentorId: string; kept: boolean }>();
  const random = seededRandom(params.seed);
  const mentorOrder = new Map(shuffled(mentors, random).map((m, i) => [m.id, i]));

  const take = (team: MatchTeam, mentor: MatchMentor, kept: boolean) => {
    chosen.set(team.id, { mentorId: mentor.id, kept });
    room.set(mentor.id, (room.get(mentor.id) ?? 0) - 1);
  };
  const hasRoom = (mentor: MatchMentor) => (room.get(mentor.id) ?? 0) > 0;

  for (const team of teams) {
    const previous = team.previousMentorIds
      .map((id) => byId.get(id))
      .find((m): m is MatchMentor => m !== undefined && mayMentor(m, team) && hasRoom(m));
    if (previous) take(team, previous, true);
  }

  const eligibleCount = (team: MatchTeam) =>
    mentors.filter((m) => mayMentor(m, team) && m.capacity > 0).length;
  const teamOrder = new Map(shuffled(teams, random).map((t, i) => [t.id, i]));
  const rest = teams
    .filter((t) => !chosen.has(t.id))
    .sort(
      (a, b) =>
        eligibleCount(a) - eligibleCount(b) || (teamOrder.get(a.id) ?? 0) - (teamOrder.get(b.id) ?? 0),
    );
  for (const team of rest) {
    const best = mentors
      .filter((m) => mayMentor(m, team) && hasRoom(m))
      .sort(
        (a, b) =>
          sharedSkills(b, team).length - sharedSkills(a, team).length ||
          (room.get(b.id) ?? 0) - (room.get(a.id) ?? 0) ||
          (mentorOrder.get(a.id) ?? 0) - (mentorOrder.get(b.id) ?? 0),
      )[0];
    if (best) take(team, best, false);
  }

  const assignments: MatchProposal["assignments"] = [];
  const unmatched: MatchProposal["unmatched"] = [];
  for (const team of teams) {
    const pick = chosen.get(team.id);
    const mentor = pick ? byId.get(pick.mentorId) : undefined;
    if (pick && mentor) {
      assignments.push({
        teamId: team.id,
        mentorId: mentor.id,
        kept: pick.kept,
        sharedSkills: sharedSkills(mentor, team),
      });
    } else {
      unmatched.push({ teamId: team.id, reason: reasonFor(team, mentors) });
    }
  }
  return { assignments, unmatched };
}

const LEVEL_WORDS: Record<ExperienceLevel, string> = {
  NEW: "new to coding",
  SOME: "with some experience",
  CONFIDENT: "of confident coders",
};

/** An unmatched team's reason as a sentence for organisers. */
export function unmatchedText(reason: UnmatchedReason): string {
  switch (reason.kind) {
    case "NO_LEVEL":
      return `No mentor here supports teams ${LEVEL_WORDS[reason.level]}`;
    case "NO_VETTED":
      return "The team has someone under 18, and no mentor here who supports its level is vetted";
    case "ALL_FULL":
      return reason.eligible === 1
        ? "The one mentor who could help is looking after as many teams as they can"
        : `All ${reason.eligible} mentors who could help are looking after as many teams as they can`;
  }
}
