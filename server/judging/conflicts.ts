// Conflicts of interest, from facts about people to the judge–entry pairs assignment must avoid.
import { refusals } from "../i18n/refusals.ts";
import type { AssignmentConflict } from "./assignment.ts";

/** This module's refusals ("JudgingErrors"): the words of a conflict's reason. */
const refuse = refusals("JudgingErrors");

export type ConflictJudge = {
  id: string;
  userId: string;
  affiliation?: string | null;
  declaredTeamIds: readonly string[];
  declaredOrganisationIds: readonly string[];
  /** Centres where this judge is a centre lead or a mentor. */
  leadOrMentorCentreIds: readonly string[];
};
export type ConflictEntry = {
  id: string;
  teamId: string;
  memberUserIds: readonly string[];
  memberAffiliations: readonly (string | null)[];
  centreId: string | null;
  /** Organisations whose challenges the entry entered. */
  organisationIds: readonly string[];
};

/**
 * An affiliation as compared: accents removed (NFKD, combining marks dropped), lower case, no
 * whitespace at all, so "  St Mary’s  " ~ "st mary’s" and "Lycée" ~ "lycee". Empty stays empty.
 */
export function normaliseAffiliation(value: string | null | undefined): string {
  return (value ?? "").normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/gu, "");
}

/**
 * Every judge–entry pair that must not be assigned, one per pair, its reason the sentences of every rule
 * that applies (in this order): the judge declared a conflict with the entry's team; the judge declared
 * a conflict with an organisation whose challenge the entry entered; the judge is on the team; the
 * judge's affiliation equals a team member's ({@link normaliseAffiliation}; an empty affiliation never
 * matches); and, in finals only (`finals: true`), the judge leads or mentors at the entry's centre.
 * Output sorted by judge id, then entry id. Pure; no errors.
 */
export function conflictPairs(
  judges: readonly ConflictJudge[],
  entries: readonly ConflictEntry[],
  options: { finals: boolean },
): AssignmentConflict[] {
  const out: AssignmentConflict[] = [];
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const judge of [...judges].sort(byId)) {
    const mine = normaliseAffiliation(judge.affiliation);
    for (const entry of [...entries].sort(byId)) {
      const reasons: string[] = [];
      if (judge.declaredTeamIds.includes(entry.teamId)) {
        reasons.push(refuse("declaredTeamConflict", { judge: judge.id, team: entry.teamId }).text);
      }
      const organisations = entry.organisationIds.filter((o) => judge.declaredOrganisationIds.includes(o));
      for (const o of [...new Set(organisations)].sort()) {
        reasons.push(refuse("declaredOrganisationConflict", { judge: judge.id, organisation: o }).text);
      }
      if (entry.memberUserIds.includes(judge.userId)) {
        reasons.push(refuse("memberOfTeam", { judge: judge.id, team: entry.teamId }).text);
      }
      if (mine !== "" && entry.memberAffiliations.some((a) => normaliseAffiliation(a) === mine)) {
        reasons.push(
          refuse("sharesAffiliation", {
            judge: judge.id,
            affiliation: String(judge.affiliation?.trim()),
            team: entry.teamId,
          }).text,
        );
      }
      if (options.finals && entry.centreId !== null && judge.leadOrMentorCentreIds.includes(entry.centreId)) {
        reasons.push(refuse("leadsOrMentorsAtCentre", { judge: judge.id, centre: entry.centreId }).text);
      }
      if (reasons.length > 0) out.push({ judge: judge.id, entry: entry.id, reason: reasons.join(" ") });
    }
  }
  return out;
}
