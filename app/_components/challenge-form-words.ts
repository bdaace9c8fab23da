import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import { MAX_RESOURCES } from "~/server/challenges/schema";
import type { ChallengeFormWords } from "./challenge-form";

const WORDS = [
  "chooseEvent",
  "event",
  "title",
  "summary",
  "problemStatement",
  "sector",
  "resources",
  "successCriteria",
  "prize",
  "saved",
  "eventHint",
  "summaryHint",
  "sectorHint",
  "resourcesLegend",
  "remove",
  "addLink",
  "saving",
  "saveChanges",
  "createDraft",
] as const;

type Translate = Awaited<ReturnType<typeof getTranslations<"ChallengeForm">>>;

/**
 * The challenge form's words (the "ChallengeForm" messages), read on the server by its pages: the
 * resource rows' `{number}` templates raw, for the form to fill in.
 */
export function challengeFormWords(t: Translate): ChallengeFormWords {
  return {
    ...labelsOf((key) => t(key), WORDS),
    linkName: t.raw("linkName") as string,
    linkAddress: t.raw("linkAddress") as string,
    removeLink: t.raw("removeLink") as string,
    upTo: t("upTo", { max: MAX_RESOURCES }),
  };
}
