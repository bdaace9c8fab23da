import { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { ConflictsWords, InvitationWords } from "./invitation-panel";
import type { OutboxWords } from "./score-outbox";
import type { ScoringWords } from "./scoring";

const INVITATION = ["question", "declined", "accepting", "accept", "decline"] as const;

const CONFLICTS = [
  "declaredDone",
  "affiliationHeading",
  "affiliation",
  "affiliationLabel",
  "affiliationHint",
  "saving",
  "saveAffiliation",
  "affiliationSaved",
  "heading",
  "intro",
  "none",
  "kindLabel",
  "team",
  "organisation",
  "details",
  "legend",
  "chooseTeam",
  "chooseOrganisation",
  "whatConflict",
  "detailsOptional",
  "declaring",
  "declare",
] as const;
const RESOLUTIONS = ["PENDING", "UPHELD", "DISMISSED"] as const;
const KINDS = ["TEAM", "ORGANISATION", "OTHER"] as const;

const SCORING = [
  "laterKept",
  "signedOut",
  "yourEntries",
  "yourScores",
  "nextEntry",
  "savingNotes",
  "notesSaved",
  "notesOffline",
  "notes",
  "privateNote",
  "privateNoteHint",
  "feedback",
  "feedbackHint",
  "notesUnsaved",
  "otherActions",
  "skip",
  "backToScoring",
  "teamAbsent",
  "flag",
  "flagReason",
  "sending",
  "sendFlag",
] as const;
/** Filled in the browser (fillTemplate): plain `{name}` arguments only. */
const SCORING_TEMPLATES = ["progress", "progressAllDone", "entry", "flaggedBecause", "scoreFrom"] as const;
const SCORE_STATES = ["waiting", "saving", "unscored", "saved"] as const;
const FINISHED = ["SCORED", "SKIPPED", "ABSENT", "FLAGGED"] as const;
/** outboxSummary's templates, filled in the browser. */
const OUTBOX = ["allSaved", "offline", "sending", "waiting", "oneScore", "scores"] as const;

/** The words of InvitationAnswer (the "JudgeInvitation" messages). */
export async function invitationWords(): Promise<InvitationWords> {
  const t = await getTranslations("JudgeInvitation");
  return labelsOf((key) => t(key), INVITATION);
}

/** The words of ConflictsPanel (the "JudgeConflicts" messages). */
export async function conflictsWords(): Promise<ConflictsWords> {
  const t = await getTranslations("JudgeConflicts");
  return {
    ...labelsOf((key) => t(key), CONFLICTS),
    resolution: labelsOf((key) => t(`resolution.${key}`), RESOLUTIONS),
    kind: labelsOf((key) => t(`kind.${key}`), KINDS),
    choice: labelsOf((key) => t(`choice.${key}`), KINDS),
  };
}

/** The words of Scoring (the "JudgingScoring" messages); its templates and the outbox's are raw. */
export async function scoringWords(): Promise<ScoringWords> {
  const t = await getTranslations("JudgingScoring");
  return {
    ...labelsOf((key) => t(key), SCORING),
    ...labelsOf((key) => t.raw(key) as string, SCORING_TEMPLATES),
    state: labelsOf((key) => t(`state.${key}`), SCORE_STATES),
    assignment: labelsOf((key) => t(`assignment.${key}`), FINISHED),
    outbox: labelsOf((key) => t.raw(`outbox.${key}`) as string, OUTBOX) satisfies OutboxWords,
  };
}
