import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXPERIENCE_LEVELS, type ExperienceLevel } from "../registrations/schema.ts";
import { mayMentor, proposeMatches, unmatchedText, type MatchMentor, type MatchTeam } from "./matching.ts";

const SKILLS = ["python", "web", "scratch", "data", "design", "robots"];

const level = fc.constantFrom<ExperienceLevel>(...EXPERIENCE_LEVELS);
const skills = fc.subarray(SKILLS);

/** A centre: up to 12 mentors and 30 teams, teams remembering some earlier mentors. */
const centre = fc
  .record({
    mentors: fc.array(
      fc.record({
        skills,
        levels: fc.subarray([...EXPERIENCE_LEVELS], { minLength: 1 }),
        capacity: fc.integer({ min: 0, max: 4 }),
        vetted: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    teams: fc.array(
      fc.record({
        level,
        skillsWanted: skills,
        hasYoungPeople: fc.boolean(),
        previous: fc.array(fc.nat(11), { maxLength: 2 }),
      }),
      { maxLength: 30 },
    ),
    seed: fc.string({ maxLength: 8 }),
  })
  .map(({ mentors, teams, seed }) => {
    const ms: MatchMentor[] = mentors.map((m, i) => ({ id: `m${i}`, ...m }));
    const ts: MatchTeam[] = teams.map((t, i) => ({
      id: `t${i}`,
      level: t.level,
      skillsWanted: t.skillsWanted,
      hasYoungPeople: t.hasYoungPeople,
      previousMentorIds: t.previous.map((n) => `m${n}`),
    }));
    return { mentors: ms, teams: ts, seed };
  });

describe("proposeMatches (properties)", () => {
  it("never breaks eligibility: level, vetting for young people, capacity; each team at most once", () => {
    fc.assert(
      fc.property(centre, ({ mentors, teams, seed }) => {
        const { assignments, unmatched } = proposeMatches({ teams, mentors, seed });
        expect(assignments.length + unmatched.length).toBe(teams.length);
        expect(new Set([...assignments, ...unmatched].map((a) => a.teamId)).size).toBe(teams.length);
        for (const a of assignments) {
          const mentor = mentors.find((m) => m.id === a.mentorId);
          const team = teams.find((t) => t.id === a.teamId);
          expect(mentor && team && mayMentor(mentor, team)).toBe(true);
        }
        for (const m of mentors) {
          expect(assignments.filter((a) => a.mentorId === m.id).length).toBeLessThanOrEqual(m.capacity);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves a team unmatched only when no eligible mentor has room, and says why", () => {
    fc.assert(
      fc.property(centre, ({ mentors, teams, seed }) => {
        const { assignments, unmatched } = proposeMatches({ teams, mentors, seed });
        const used = (id: string) => assignments.filter((a) => a.mentorId === id).length;
        for (const u of unmatched) {
          const team = teams.find((t) => t.id === u.teamId);
          if (!team) throw new Error("unknown team");
          for (const m of mentors) if (mayMentor(m, team)) expect(used(m.id)).toBe(m.capacity);
          expect(unmatchedText(u.reason).length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic for the same inputs and seed", () => {
    fc.assert(
      fc.property(centre, ({ mentors, teams, seed }) => {
        expect(proposeMatches({ teams, mentors, seed })).toEqual(proposeMatches({ teams, mentors, seed }));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps every team's previous mentor when each has room for all the teams they had", () => {
    fc.assert(
      fc.property(centre, ({ mentors, teams, seed }) => {
        // Give every mentor room for every team that remembers them.
        const roomy = mentors.map((m) => ({
          ...m,
          capacity: Math.max(m.capacity, teams.filter((t) => t.previousMentorIds.includes(m.id)).length),
        }));
        const { assignments } = proposeMatches({ teams, mentors: roomy, seed });
        for (const team of teams) {
          const previous = team.previousMentorIds
            .map((id) => roomy.find((m) => m.id === id))
            .find((m) => m !== undefined && mayMentor(m, team) && m.capacity > 0);
          if (!previous) continue;
          const a = assignments.find((x) => x.teamId === team.id);
          expect(a).toMatchObject({ mentorId: previous.id, kept: true });
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("proposeMatches (examples)", () => {
  const mentor = (id: string, over: Partial<MatchMentor> = {}): MatchMentor => ({
    id,
    skills: [],
    levels: ["NEW", "SOME", "CONFIDENT"],
    capacity: 1,
    vetted: true,
    ...over,
  });
  const team = (id: string, over: Partial<MatchTeam> = {}): MatchTeam => ({
    id,
    level: "NEW",
    skillsWanted: [],
    hasYoungPeople: true,
    previousMentorIds: [],
    ...over,
  });

  it("prefers the mentor who shares the skills a team asked for, whatever the case", () => {
    const { assignments } = proposeMatches({
      teams: [team("t", { skillsWanted: ["Python", "web"] })],
      mentors: [mentor("a", { skills: ["design"] }), mentor("b", { skills: ["python", "WEB "] })],
      seed: "x",
    });
    expect(assignments).toEqual([
      { teamId: "t", mentorId: "b", kept: false, sharedSkills: ["python", "web"] },
    ]);
  });

  it("never puts an unvetted mentor with young people, and says so", () => {
    const proposal = proposeMatches({
      teams: [team("young"), team("adults", { hasYoungPeople: false })],
      mentors: [mentor("unvetted", { vetted: false, capacity: 2 })],
      seed: "x",
    });
    expect(proposal.assignments.map((a) => a.teamId)).toEqual(["adults"]);
    expect(proposal.unmatched).toEqual([{ teamId: "young", reason: { kind: "NO_VETTED" } }]);
    expect(unmatchedText({ kind: "NO_VETTED" })).toBe(
      "The team has someone under 18, and no mentor here who supports its level is vetted",
    );
  });

  it("places the hardest team first, so a specialist is not used up by a team anyone could help", () => {
    // Only "c" supports confident teams; "n" supports new ones. Input order puts the easy team first.
    const { assignments, unmatched } = proposeMatches({
      teams: [team("easy", { level: "NEW" }), team("hard", { level: "CONFIDENT" })],
      mentors: [mentor("c", { levels: ["NEW", "CONFIDENT"] }), mentor("n", { levels: ["NEW"] })],
      seed: "any",
    });
    expect(unmatched).toEqual([]);
    expect(assignments.map((a) => [a.teamId, a.mentorId])).toEqual([
      ["easy", "n"],
      ["hard", "c"],
    ]);
  });

  it("names a level nobody supports, and a full house", () => {
    const { unmatched } = proposeMatches({
      teams: [team("pro", { level: "CONFIDENT" }), team("a"), team("b")],
      mentors: [mentor("m", { levels: ["NEW"] })],
      seed: "x",
    });
    expect(unmatched.map((u) => [u.teamId, unmatchedText(u.reason)])).toEqual([
      ["pro", "No mentor here supports teams of confident coders"],
      [
        expect.stringMatching(/^[ab]$/) as string,
        "The one mentor who could help is looking after as many teams as they can",
      ],
    ]);
  });

  it("refuses a capacity that is not a whole number of teams", () => {
    expect(() => proposeMatches({ teams: [], mentors: [mentor("m", { capacity: 1.5 })], seed: "x" })).toThrow(
      /invalid capacity/,
    );
  });
});
