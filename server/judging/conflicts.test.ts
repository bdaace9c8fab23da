import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conflictPairs, normaliseAffiliation, type ConflictEntry, type ConflictJudge } from "./conflicts.ts";

const judge = (over: Partial<ConflictJudge> = {}): ConflictJudge => ({
  id: "J",
  userId: "uJ",
  affiliation: null,
  declaredTeamIds: [],
  declaredOrganisationIds: [],
  leadOrMentorCentreIds: [],
  ...over,
});
const entry = (over: Partial<ConflictEntry> = {}): ConflictEntry => ({
  id: "E",
  teamId: "T",
  memberUserIds: ["u1", "u2"],
  memberAffiliations: [null, "Hill School"],
  centreId: "C",
  organisationIds: ["O"],
  ...over,
});
const reasons = (j: ConflictJudge, e: ConflictEntry, finals = false) =>
  conflictPairs([j], [e], { finals }).map((c) => c.reason);

describe("conflictPairs", () => {
  it.each([
    ["a declared team", judge({ declaredTeamIds: ["T"] }), "Judge J declared a conflict with team T."],
    [
      "a declared organisation",
      judge({ declaredOrganisationIds: ["O"] }),
      "Judge J declared a conflict with organisation O, whose challenge this entry entered.",
    ],
    ["membership of the team", judge({ userId: "u2" }), "Judge J is a member of team T."],
    [
      "a shared affiliation, ignoring case, spaces and accents",
      judge({ affiliation: "  hill  SCHOÓL " }),
      "Judge J shares an affiliation (hill  SCHOÓL) with a member of team T.",
    ],
  ])("finds %s", (_, j, reason) => {
    expect(reasons(j, entry())).toEqual([reason]);
  });

  it("counts a centre's lead or mentor only in finals", () => {
    const lead = judge({ leadOrMentorCentreIds: ["C"] });
    expect(reasons(lead, entry())).toEqual([]);
    expect(reasons(lead, entry(), true)).toEqual([
      "Judge J leads or mentors at centre C, where this entry comes from (finals).",
    ]);
    expect(reasons(lead, entry({ centreId: null }), true)).toEqual([]);
  });

  it("never matches an empty affiliation", () => {
    expect(reasons(judge({ affiliation: "   " }), entry({ memberAffiliations: ["", " ", null] }))).toEqual(
      [],
    );
  });

  it("joins every reason for one pair into one conflict", () => {
    const out = conflictPairs([judge({ declaredTeamIds: ["T"], userId: "u1" })], [entry()], {
      finals: false,
    });
    expect(out).toEqual([
      {
        judge: "J",
        entry: "E",
        reason: "Judge J declared a conflict with team T. Judge J is a member of team T.",
      },
    ]);
  });

  it("normalises affiliations", () => {
    expect(normaliseAffiliation(" Lycée  Victor Hugo ")).toBe("lyceevictorhugo");
    expect(normaliseAffiliation(null)).toBe("");
  });

  it("gives the same pairs whatever the order of judges and entries, sorted", () => {
    const arb = fc.array(fc.constantFrom("T1", "T2", "T3"), { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(arb, { minLength: 1, maxLength: 5 }), (declared) => {
        const judges = declared.map((d, i) => judge({ id: `J${i}`, userId: `u${i}`, declaredTeamIds: d }));
        const entries = ["T1", "T2", "T3"].map((t) => entry({ id: `E${t}`, teamId: t, memberUserIds: [] }));
        const a = conflictPairs(judges, entries, { finals: false });
        expect(conflictPairs([...judges].reverse(), [...entries].reverse(), { finals: false })).toEqual(a);
        expect(a.length).toBe(declared.reduce((s, d) => s + new Set(d).size, 0));
      }),
    );
  });
});
