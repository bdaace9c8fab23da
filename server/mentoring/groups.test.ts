import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXPERIENCE_LEVELS, type ExperienceLevel } from "../registrations/schema.ts";
import {
  balancedSizes,
  learnerReason,
  mayLead,
  proposeGroups,
  ungroupedText,
  unledText,
  type GroupLearner,
  type GroupMentor,
  type GroupProposal,
} from "./groups.ts";
import { DEFAULT_GROUP_SIZE, groupLabel, groupSizeFor } from "./rules.ts";

const level = fc.constantFrom<ExperienceLevel>(...EXPERIENCE_LEVELS);

/** A centre on a day: up to 8 mentors and 40 learners, learners remembering some earlier mentors. */
const session = fc
  .record({
    mentors: fc.array(
      fc.record({
        levels: fc.subarray([...EXPERIENCE_LEVELS], { minLength: 1 }),
        capacity: fc.integer({ min: 0, max: 3 }),
        vetted: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    learners: fc.array(
      fc.record({ level, young: fc.boolean(), previous: fc.array(fc.nat(7), { maxLength: 2 }) }),
      { maxLength: 40 },
    ),
    groupSize: fc.integer({ min: 1, max: 10 }),
    seed: fc.string({ maxLength: 8 }),
  })
  .map(({ mentors, learners, groupSize, seed }) => {
    const ms: GroupMentor[] = mentors.map((m, i) => ({ id: `m${i}`, ...m }));
    const ls: GroupLearner[] = learners.map((l, i) => ({
      id: `r${String(i).padStart(2, "0")}`,
      level: l.level,
      young: l.young,
      previousMentorIds: [...new Set(l.previous.map((n) => `m${n}`))],
    }));
    return { mentors: ms, learners: ls, groupSize, seed };
  });

type Session = { mentors: GroupMentor[]; learners: GroupLearner[]; groupSize: number; seed: string };

const learnerOf = (s: Session, id: string) => {
  const learner = s.learners.find((l) => l.id === id);
  if (!learner) throw new Error(`unknown learner ${id}`);
  return learner;
};
const mentorOf = (s: Session, id: string) => {
  const mentor = s.mentors.find((m) => m.id === id);
  if (!mentor) throw new Error(`unknown mentor ${id}`);
  return mentor;
};
/** The learner's mentor to go back to: the most recent previous one present who may lead them. */
const previousOf = (s: Session, learner: GroupLearner) =>
  learner.previousMentorIds
    .map((id) => s.mentors.find((m) => m.id === id))
    .find((m) => m !== undefined && m.capacity > 0 && mayLead(m, learner));

describe("proposeGroups (properties)", () => {
  it("places every learner once, in a group of their level or left out with a reason", () => {
    fc.assert(
      fc.property(session, (s) => {
        const { groups, ungrouped } = proposeGroups(s);
        const placed = [...groups.flatMap((g) => g.learnerIds), ...ungrouped.map((u) => u.learnerId)];
        expect(placed.sort()).toEqual(s.learners.map((l) => l.id).sort());
        for (const g of groups) {
          expect(g.learnerIds.length).toBeGreaterThan(0);
          for (const id of g.learnerIds) expect(learnerOf(s, id).level).toBe(g.level);
          expect(g.hasYoungPeople).toBe(g.learnerIds.some((id) => learnerOf(s, id).young));
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never puts more than groupSize in a group, and keeps sizes within a level within 1 of each other", () => {
    fc.assert(
      fc.property(session, (s) => {
        const { groups } = proposeGroups(s);
        for (const lvl of EXPERIENCE_LEVELS) {
          const sizes = groups.filter((g) => g.level === lvl).map((g) => g.learnerIds.length);
          for (const size of sizes) expect(size).toBeLessThanOrEqual(s.groupSize);
          if (sizes.length > 0) expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
          // The fewest groups that hold the level's learners.
          const count = sizes.reduce((a, b) => a + b, 0);
          expect(sizes.length).toBe(Math.ceil(count / s.groupSize));
          // Numbered 1, 2, … within the level.
          expect(groups.filter((g) => g.level === lvl).map((g) => g.number)).toEqual(
            sizes.map((_, i) => i + 1),
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never breaks a mentor's eligibility: level, vetting with under-18s, capacity", () => {
    fc.assert(
      fc.property(session, (s) => {
        const { groups } = proposeGroups(s);
        for (const g of groups) {
          if (g.mentorId === null) continue;
          const mentor = mentorOf(s, g.mentorId);
          expect(mentor.levels).toContain(g.level);
          if (g.hasYoungPeople) expect(mentor.vetted).toBe(true);
        }
        for (const m of s.mentors) {
          expect(groups.filter((g) => g.mentorId === m.id).length).toBeLessThanOrEqual(m.capacity);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("leaves a learner out only when nobody here could lead them, and a group unled only when everyone who could is full", () => {
    fc.assert(
      fc.property(session, (s) => {
        const proposal = proposeGroups(s);
        for (const u of proposal.ungrouped) {
          const learner = learnerOf(s, u.learnerId);
          expect(s.mentors.some((m) => m.capacity > 0 && mayLead(m, learner))).toBe(false);
          expect(learnerReason(learner, s.mentors)).toEqual(u.reason);
          expect(ungroupedText(u.reason).length).toBeGreaterThan(20);
        }
        for (const l of s.learners) {
          if (s.mentors.some((m) => m.capacity > 0 && mayLead(m, l))) {
            expect(proposal.groups.some((g) => g.learnerIds.includes(l.id))).toBe(true);
          }
        }
        const led = (id: string) => proposal.groups.filter((g) => g.mentorId === id).length;
        const unledGroups = proposal.groups.filter((g) => g.mentorId === null);
        expect(proposal.unled.map((u) => [u.level, u.number])).toEqual(
          unledGroups.map((g) => [g.level, g.number]),
        );
        for (const u of proposal.unled) {
          const group = { level: u.level, young: u.reason.youngPeople };
          const eligible = s.mentors.filter((m) => m.capacity > 0 && mayLead(m, group));
          expect(u.reason.eligible).toBe(eligible.length);
          expect(eligible.length).toBeGreaterThan(0);
          for (const m of eligible) expect(led(m.id)).toBe(m.capacity);
          expect(unledText(u.reason)).toMatch(/could lead this group/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("is deterministic for the same inputs and seed", () => {
    fc.assert(
      fc.property(session, (s) => {
        expect(proposeGroups(s)).toEqual(proposeGroups(s));
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same proposal whatever the order of the learners and mentors", () => {
    fc.assert(
      fc.property(
        session.chain((s) =>
          fc.record({
            s: fc.constant(s),
            learners: fc.shuffledSubarray(s.learners, { minLength: s.learners.length }),
            mentors: fc.shuffledSubarray(s.mentors, { minLength: s.mentors.length }),
          }),
        ),
        ({ s, learners, mentors }) => {
          expect(proposeGroups({ ...s, learners, mentors })).toEqual(proposeGroups(s));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("records who is back with a mentor they had, and nobody else", () => {
    fc.assert(
      fc.property(session, (s) => {
        for (const g of proposeGroups(s).groups) {
          const expected =
            g.mentorId === null
              ? []
              : g.learnerIds.filter((id) => learnerOf(s, id).previousMentorIds.includes(g.mentorId ?? ""));
          expect(g.returningIds).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("sends every learner back to their previous mentor when that is feasible", () => {
    // Feasible: every mentor vetted and with room for every group, at most
    // as many previous mentors at a level as the level has groups, and no more learners coming back to
    // one mentor at a level than the level's smallest group holds.
    let checked = 0;
    fc.assert(
      fc.property(session, (raw) => {
        const s: Session = {
          ...raw,
          mentors: raw.mentors.map((m) => ({
            ...m,
            vetted: true,
            levels: [...EXPERIENCE_LEVELS],
            capacity: 50,
          })),
        };
        const claims = new Map<string, number>();
        for (const l of s.learners) {
          const previous = previousOf(s, l);
          if (previous)
            claims.set(`${l.level}/${previous.id}`, (claims.get(`${l.level}/${previous.id}`) ?? 0) + 1);
        }
        for (const lvl of EXPERIENCE_LEVELS) {
          const sizes = balancedSizes(s.learners.filter((l) => l.level === lvl).length, s.groupSize);
          const mine = [...claims].filter(([key]) => key.startsWith(`${lvl}/`));
          if (mine.length > sizes.length) return;
          if (mine.some(([, count]) => count > Math.min(...sizes))) return;
        }
        if (claims.size === 0) return;
        checked += 1;
        const { groups } = proposeGroups(s);
        for (const l of s.learners) {
          const previous = previousOf(s, l);
          if (!previous) continue;
          const group = groups.find((g) => g.learnerIds.includes(l.id));
          expect(group?.mentorId).toBe(previous.id);
          expect(group?.returningIds).toContain(l.id);
        }
      }),
      { numRuns: 600 },
    );
    expect(checked).toBeGreaterThan(30);
  });

  it("never leaves out an under-18 for an adult's continuity: the room for under-18s is kept", () => {
    fc.assert(
      fc.property(session, (s) => {
        const { groups, ungrouped } = proposeGroups(s);
        for (const l of s.learners.filter((x) => x.young)) {
          const canBeLed = s.mentors.some((m) => m.capacity > 0 && m.vetted && m.levels.includes(l.level));
          expect(ungrouped.some((u) => u.learnerId === l.id)).toBe(!canBeLed);
          if (canBeLed) expect(groups.some((g) => g.learnerIds.includes(l.id))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("proposeGroups (examples)", () => {
  const mentor = (id: string, over: Partial<GroupMentor> = {}): GroupMentor => ({
    id,
    levels: ["NEW", "SOME", "CONFIDENT"],
    capacity: 1,
    vetted: true,
    ...over,
  });
  const learners = (prefix: string, count: number, over: Partial<GroupLearner> = {}): GroupLearner[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `${prefix}${String(i).padStart(2, "0")}`,
      level: "NEW",
      young: true,
      previousMentorIds: [],
      ...over,
    }));
  const sizes = (p: GroupProposal) => p.groups.map((g) => [g.level, g.number, g.learnerIds.length]);

  it("splits 9 learners new to coding into groups of 5 and 4 with a size of 8, not 8 and 1", () => {
    const proposal = proposeGroups({
      learners: learners("n", 9),
      mentors: [mentor("a"), mentor("b")],
      groupSize: 8,
      seed: "x",
    });
    expect(sizes(proposal)).toEqual([
      ["NEW", 1, 5],
      ["NEW", 2, 4],
    ]);
    expect(proposal.groups.map((g) => g.mentorId).sort()).toEqual(["a", "b"]);
    expect(proposal.unled).toEqual([]);
    expect(proposal.ungrouped).toEqual([]);
  });

  it("never mixes levels, even when one group would hold everyone", () => {
    const proposal = proposeGroups({
      learners: [...learners("n", 2), ...learners("s", 2, { level: "SOME" })],
      mentors: [mentor("a", { capacity: 2 })],
      groupSize: 8,
      seed: "x",
    });
    expect(sizes(proposal)).toEqual([
      ["NEW", 1, 2],
      ["SOME", 1, 2],
    ]);
    expect(proposal.groups.every((g) => g.mentorId === "a")).toBe(true);
  });

  it("puts under-18s together so a mentor who is not vetted can lead the adults", () => {
    // 4 young people and 4 adults, groups of at most 4: the young ones with the vetted mentor.
    const proposal = proposeGroups({
      learners: [...learners("y", 4), ...learners("a", 4, { young: false })],
      mentors: [mentor("unvetted", { vetted: false }), mentor("vetted")],
      groupSize: 4,
      seed: "any",
    });
    const ledBy = (id: string) => proposal.groups.find((g) => g.mentorId === id)?.learnerIds;
    expect(ledBy("vetted")).toEqual(["y00", "y01", "y02", "y03"]);
    expect(ledBy("unvetted")).toEqual(["a00", "a01", "a02", "a03"]);
  });

  it("never gives a group with an under-18 to a mentor who is not vetted, and says why it has none", () => {
    const proposal = proposeGroups({
      learners: [...learners("y", 3), ...learners("a", 1, { young: false })],
      mentors: [mentor("unvetted", { vetted: false }), mentor("vetted", { capacity: 0 })],
      groupSize: 8,
      seed: "x",
    });
    // The vetted mentor is not coming: the under-18s have no group; the adult has one, led.
    expect(proposal.ungrouped.map((u) => [u.learnerId, ungroupedText(u.reason)])).toEqual([
      ["y00", "Under 18, and no mentor here who supports learners new to coding is vetted"],
      ["y01", "Under 18, and no mentor here who supports learners new to coding is vetted"],
      ["y02", "Under 18, and no mentor here who supports learners new to coding is vetted"],
    ]);
    expect(proposal.groups).toEqual([
      {
        level: "NEW",
        number: 1,
        learnerIds: ["a00"],
        mentorId: "unvetted",
        returningIds: [],
        hasYoungPeople: false,
      },
    ]);
  });

  it("names a level nobody supports, and a group everyone who could lead is too busy for", () => {
    const proposal = proposeGroups({
      learners: [...learners("c", 1, { level: "CONFIDENT" }), ...learners("n", 12)],
      mentors: [mentor("m", { levels: ["NEW"] })],
      groupSize: 8,
      seed: "x",
    });
    expect(proposal.ungrouped.map((u) => ungroupedText(u.reason))).toEqual([
      "No mentor here supports confident coders",
    ]);
    expect(sizes(proposal)).toEqual([
      ["NEW", 1, 6],
      ["NEW", 2, 6],
    ]);
    expect(proposal.unled).toHaveLength(1);
    const [unled] = proposal.unled;
    if (!unled) throw new Error("one group has no mentor");
    expect(unledText(unled.reason)).toBe(
      "The one vetted mentor who could lead this group (someone in it is under 18) already leads as many groups as they can",
    );
    expect(unledText({ kind: "ALL_FULL", eligible: 3, youngPeople: false })).toBe(
      "All 3 mentors who could lead this group already lead as many groups as they can",
    );
  });

  it("sends learners back to the mentor they had, who leads their level again", () => {
    // Yesterday: r00–r02 with Ann, r03–r05 with Bo. Today both come again; seeds vary the rest.
    const yesterday = [
      ...learners("r0", 3, { previousMentorIds: ["ann"] }).map((l, i) => ({ ...l, id: `r0${i}` })),
      ...learners("r1", 3, { previousMentorIds: ["bo", "ann"] }).map((l, i) => ({ ...l, id: `r0${i + 3}` })),
    ];
    for (const seed of ["a", "b", "c", "d"]) {
      const proposal = proposeGroups({
        learners: [...yesterday, ...learners("z", 4)],
        mentors: [mentor("ann"), mentor("bo"), mentor("cy")],
        groupSize: 4,
        seed,
      });
      const ann = proposal.groups.find((g) => g.mentorId === "ann");
      const bo = proposal.groups.find((g) => g.mentorId === "bo");
      expect(ann?.returningIds).toEqual(["r00", "r01", "r02"]);
      expect(bo?.returningIds).toEqual(["r03", "r04", "r05"]);
      expect(sizes(proposal).map(([, , n]) => n)).toEqual([4, 3, 3]);
    }
  });

  it("keeps room for under-18s rather than an adult's old mentor", () => {
    // One group of 2 only Vee (vetted) can lead with young people; the adult had Vee before, but the two
    // young people need the places.
    const proposal = proposeGroups({
      learners: [
        ...learners("y", 2),
        { id: "adult", level: "NEW", young: false, previousMentorIds: ["vee"] },
        ...learners("x", 1, { young: false }),
      ],
      mentors: [mentor("vee"), mentor("una", { vetted: false })],
      groupSize: 2,
      seed: "x",
    });
    expect(proposal.ungrouped).toEqual([]);
    const vee = proposal.groups.find((g) => g.mentorId === "vee");
    expect(vee?.learnerIds).toEqual(["y00", "y01"]);
    expect(proposal.groups.find((g) => g.mentorId === "una")?.learnerIds).toEqual(["adult", "x00"]);
  });

  it("gives the same answer for the same seed, and may differ for another", () => {
    const input = {
      learners: learners("n", 10),
      mentors: [mentor("a"), mentor("b"), mentor("c")],
      groupSize: 4,
    };
    const one = proposeGroups({ ...input, seed: "centre/2026-12-01" });
    expect(proposeGroups({ ...input, seed: "centre/2026-12-01" })).toEqual(one);
    const seeds = ["1", "2", "3", "4", "5", "6"].map((seed) =>
      JSON.stringify(proposeGroups({ ...input, seed }).groups),
    );
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it("refuses a group size, capacity or ids that make no sense", () => {
    const none = { learners: [], mentors: [], seed: "x" };
    expect(() => proposeGroups({ ...none, groupSize: 0 })).toThrow(/Invalid group size/);
    expect(() => proposeGroups({ ...none, groupSize: 2.5 })).toThrow(/Invalid group size/);
    expect(() => proposeGroups({ ...none, mentors: [mentor("m", { capacity: -1 })], groupSize: 8 })).toThrow(
      /invalid capacity/,
    );
    expect(() =>
      proposeGroups({ ...none, learners: [...learners("a", 1), ...learners("a", 1)], groupSize: 8 }),
    ).toThrow(/share an id/);
  });
});

describe("group sizes and labels", () => {
  it("balances sizes: the fewest groups, differing by at most one", () => {
    expect(balancedSizes(9, 8)).toEqual([5, 4]);
    expect(balancedSizes(16, 8)).toEqual([8, 8]);
    expect(balancedSizes(17, 8)).toEqual([6, 6, 5]);
    expect(balancedSizes(0, 8)).toEqual([]);
    fc.assert(
      fc.property(fc.nat(200), fc.integer({ min: 1, max: 30 }), (count, size) => {
        const s = balancedSizes(count, size);
        expect(s.reduce((a, b) => a + b, 0)).toBe(count);
        expect(s.length).toBe(Math.ceil(count / size));
        if (s.length > 0) {
          expect(Math.max(...s)).toBeLessThanOrEqual(size);
          expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("takes the size from the event's ratio, else the default, and names groups", () => {
    expect(groupSizeFor(6)).toBe(6);
    expect(groupSizeFor(null)).toBe(DEFAULT_GROUP_SIZE);
    expect(groupLabel("New to coding", 2)).toBe("New to coding 2");
  });
});
