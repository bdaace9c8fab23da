import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { CreateTeamWords, FinderOptInWords, RequestToJoinWords } from "./finder-actions";

/** The words of the team finder's forms (the "TeamFinderForms" messages), read on the server. */
const CREATE_TEAM = [
  "teamName",
  "wantedSkills",
  "wantedSkillsOptional",
  "wantedSkillsHint",
  "creating",
  "createTeam",
] as const;

const FINDER_OPT_IN = [
  "note",
  "noteOptional",
  "noteHint",
  "saved",
  "listed",
  "notListed",
  "listLater",
  "saving",
  "updateListing",
  "listMe",
  "removeListing",
] as const;

/** Plain messages, and two raw templates (`{team}`) that the button fills in. */
const REQUEST_TO_JOIN = ["asked", "withdrawRequest", "withdrawBody", "withdrawing", "askToJoin"] as const;

type Translate = Awaited<ReturnType<typeof getTranslations<"TeamFinderForms">>>;
type LookingTranslate = Awaited<ReturnType<typeof getTranslations<"LookingForMembers">>>;

/** For CreateTeamForm: its own words, and the finder checkbox's label from "LookingForMembers". */
export function createTeamWords(t: Translate, looking: LookingTranslate): CreateTeamWords {
  return { ...labelsOf((key) => t(key), CREATE_TEAM), showInFinder: looking("showInFinder") };
}

export function finderOptInWords(t: Translate): FinderOptInWords {
  return labelsOf((key) => t(key), FINDER_OPT_IN);
}

/** For RequestToJoinButton, on the finder and on "My team" (requests the caller has made). */
export function requestToJoinWords(t: Translate): RequestToJoinWords {
  return {
    ...labelsOf((key) => t(key), REQUEST_TO_JOIN),
    toJoin: t.raw("toJoin") as string,
    withdrawTitle: t.raw("withdrawTitle") as string,
  };
}
