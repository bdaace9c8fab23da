import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { AutoRefreshWords } from "~/app/_components/auto-refresh";
import type { ModerateFeedbackWords } from "~/app/_components/moderate-feedback";
import { moderateFeedbackWords } from "~/app/_components/moderate-feedback-words";
import { labelsOf } from "~/server/i18n/labels";
import type { RoundFormWords } from "../round-form";
import { roundFormWords } from "../round-form-words";
import type { AwardFormWords } from "./award-form";
import type { AwardWinnersWords } from "./award-winners";
import type { FinalsPromotionWords } from "./finals-promotion";
import type { ImportScoresWords } from "./import-scores";
import type {
  AddJudgeWords,
  AssignmentWords,
  InviteJudgeWords,
  MoveWords,
  PickWords,
  ReassignWords,
  RemoveAssignmentWords,
  RemoveJudgeWords,
  ResolveConflictWords,
  StatusActionsWords,
} from "./round-actions";
import type { TeamVisibilityWords } from "./team-visibility";

/** The words of every client component on the round page, read on the server. */
export interface RoundPageWords {
  roundForm: RoundFormWords;
  status: StatusActionsWords;
  invite: InviteJudgeWords;
  removeJudge: RemoveJudgeWords;
  reassign: ReassignWords;
  addJudge: AddJudgeWords;
  conflict: ResolveConflictWords;
  assign: AssignmentWords;
  removeAssignment: RemoveAssignmentWords;
  finals: FinalsPromotionWords;
  awardForm: AwardFormWords;
  awardWinners: AwardWinnersWords;
  importScores: ImportScoresWords;
  teamVisibility: TeamVisibilityWords;
  moderate: ModerateFeedbackWords;
  autoRefresh: AutoRefreshWords;
}

const MOVE_KEYS = ["open", "close", "publish", "reopen", "unpublish"] as const;

/**
 * Everything the round page's client components say, from the "RoundForm", "RoundActions",
 * "FinalsPromotion", "AwardForm", "AwardWinners", "ImportScores", "TeamVisibility", "ModerateFeedback" and
 * "AutoRefresh" messages. Messages with values the browser knows are sent raw (`t.raw`, filled with
 * fillTemplate); `updatedAt` is when the page was rendered, for the live-update line.
 */
export async function roundPageWords({
  seconds,
  updatedAt,
}: {
  seconds: number;
  updatedAt: string;
}): Promise<RoundPageWords> {
  const [form, actions, finals, award, winners, importing, visibility, moderate, refresh] = await Promise.all(
    [
      getTranslations("RoundForm"),
      getTranslations("RoundActions"),
      getTranslations("FinalsPromotion"),
      getTranslations("AwardForm"),
      getTranslations("AwardWinners"),
      getTranslations("ImportScores"),
      getTranslations("TeamVisibility"),
      getTranslations("ModerateFeedback"),
      getTranslations("AutoRefresh"),
    ],
  );
  const raw = (key: Parameters<typeof actions.raw>[0]) => actions.raw(key) as string;
  const pick: PickWords = {
    chooseFirst: actions("pick.chooseFirst"),
    done: raw("pick.done"),
    choose: actions("pick.choose"),
  };
  return {
    roundForm: roundFormWords(form),
    status: {
      moves: Object.fromEntries(
        MOVE_KEYS.map((key): [string, MoveWords] => [
          key,
          {
            label: actions(`moves.${key}.label`),
            title: actions(`moves.${key}.title`),
            description: actions(`moves.${key}.description`),
            done: actions(`moves.${key}.done`),
          },
        ]),
      ) as StatusActionsWords["moves"],
      openBlocked: actions("status.openBlocked"),
      saving: actions("status.saving"),
    },
    invite: {
      email: actions("invite.email"),
      affiliation: actions("invite.affiliation"),
      affiliationOptional: actions("invite.affiliationOptional"),
      affiliationHint: actions("invite.affiliationHint"),
      invited: raw("invite.invited"),
      inviting: actions("invite.inviting"),
      invite: actions("invite.invite"),
    },
    removeJudge: {
      remove: actions("removeJudge.remove"),
      title: raw("removeJudge.title"),
      description: actions("removeJudge.description"),
      confirm: actions("removeJudge.confirm"),
      removing: actions("removeJudge.removing"),
      removed: raw("removeJudge.removed"),
    },
    reassign: {
      label: raw("reassign.label"),
      button: actions("reassign.button"),
      whose: raw("reassign.whose"),
      pending: actions("reassign.pending"),
      pick,
    },
    addJudge: {
      label: raw("addJudge.label"),
      button: actions("addJudge.button"),
      toWhat: raw("addJudge.toWhat"),
      pending: actions("addJudge.pending"),
      pick,
    },
    conflict: {
      upheld: actions("conflict.upheld"),
      dismissed: actions("conflict.dismissed"),
      uphold: actions("conflict.uphold"),
      dismiss: actions("conflict.dismiss"),
      whose: raw("conflict.whose"),
    },
    assign: {
      ...labelsOf((key) => actions(`assign.${key}`), [
        "closed",
        "assigning",
        "assigned",
        "assignAgain",
        "assignJudges",
        "release",
        "releaseTitle",
        "releaseDescription",
        "releaseConfirm",
        "releasing",
        "released",
        "connected",
        "enough",
        "anEntry",
      ] as const),
      ...labelsOf((key) => raw(`assign.${key}`), [
        "entriesOne",
        "entriesOther",
        "judgesOne",
        "judgesOther",
        "counts",
        "apart",
      ] as const),
    },
    removeAssignment: {
      takeAway: raw("removeAssignment.takeAway"),
      title: raw("removeAssignment.title"),
      description: actions("removeAssignment.description"),
      confirm: actions("removeAssignment.confirm"),
      removing: actions("removeAssignment.removing"),
      removed: actions("removeAssignment.removed"),
    },
    finals: {
      ...labelsOf((key) => finals(key), [
        "choose",
        "fromRound",
        "howMany",
        "promoted",
        "tie",
        "howManyHint",
        "promoting",
        "promoteTopN",
        "theProject",
        "project",
        "reason",
        "entriesOfRound",
        "chooseRoundFirst",
        "loading",
        "loadFailed",
        "allIn",
        "reasonHint",
        "promoteByHand",
        "noRounds",
        "promoteTopHeading",
        "mustBeClosed",
      ] as const),
      ...labelsOf((key) => finals.raw(key) as string, [
        "addedOne",
        "addedOther",
        "promoteTop",
        "inFinals",
      ] as const),
    },
    awardForm: {
      ...labelsOf((key) => award(key), [
        "kind",
        "name",
        "place",
        "division",
        "note",
        "choose",
        "nameHint",
        "placeHint",
        "divisionHint",
        "noteHint",
        "adding",
        "add",
      ] as const),
      added: award.raw("added") as string,
    },
    awardWinners: {
      ...labelsOf((key) => winners(key), [
        "severalWinners",
        "tickShared",
        "noEntries",
        "shared",
        "sharedHint",
        "saving",
        "save",
        "delete",
        "deleteDescription",
        "deleteConfirm",
        "deleting",
      ] as const),
      ...labelsOf((key) => winners.raw(key) as string, [
        "noWinnerNow",
        "saved",
        "legend",
        "ofAward",
        "deleteTitle",
        "deleted",
      ] as const),
    },
    importScores: {
      ...labelsOf((key) => importing(key), [
        "chooseFile",
        "tooLarge",
        "imported",
        "formLabel",
        "fileLabel",
        "import",
      ] as const),
      ...labelsOf((key) => importing.raw(key) as string, [
        "importedOne",
        "importedOther",
        "replacing",
        "pairsAdded",
      ] as const),
      hint: importing.rich("hint", { code: (chunks: ReactNode) => <code>{chunks}</code> }),
    },
    teamVisibility: labelsOf((key) => visibility(key), ["willSee", "willNotSee", "label", "hint"] as const),
    moderate: moderateFeedbackWords(moderate),
    autoRefresh: {
      live: refresh("live", { seconds, updatedAt }),
      paused: refresh("paused", { updatedAt }),
      pause: refresh("pause"),
      resume: refresh("resume"),
    },
  };
}
