import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { RoundFormWords } from "./round-form";

type Translate = Awaited<ReturnType<typeof getTranslations<"RoundForm">>>;

/** Plain messages of the round form; the rest are templates the browser fills (`t.raw`). */
const PLAIN = [
  "chooseSource",
  "chooseSourceField",
  "thatRound",
  "saved",
  "copyFrom",
  "name",
  "scope",
  "centreId",
  "challengeId",
  "judgesPerEntry",
  "scaleMin",
  "scaleMax",
  "opensAt",
  "closesAt",
  "criteria",
  "choose",
  "nameHint",
  "scopeFixed",
  "judgesPerEntryHint",
  "whenLegend",
  "rubricFixed",
  "rubricIntro",
  "chooseRoundOption",
  "copying",
  "copyCriteria",
  "guidanceHint",
  "remove",
  "addCriterion",
  "saving",
  "saveChanges",
  "createRound",
] as const;

const TEMPLATES = [
  "copied",
  "criterionName",
  "criterionGuidance",
  "criterionWeight",
  "zoneHint",
  "removeWhich",
  "maxCriteria",
] as const;

/** The words of RoundForm (the "RoundForm" messages), read on the server by the pages that show the form. */
export function roundFormWords(t: Translate): RoundFormWords {
  return {
    ...labelsOf((key) => t(key), PLAIN),
    ...labelsOf((key) => t.raw(key) as string, TEMPLATES),
  };
}
