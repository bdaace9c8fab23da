import type { getTranslations } from "next-intl/server";
import type { MentorChoiceWords, PlanWords } from "./board-actions";
import type { MoveLearnerWords } from "./group-actions";

type Translate = Awaited<ReturnType<typeof getTranslations<"MentorMatching">>>;

/** What the teams board's propose and publish buttons say (the "MentorMatching" messages). */
export function matchPlanWords(t: Translate): PlanWords {
  return {
    propose: t("proposeMatches"),
    proposeAgain: t("proposeMatchesAgain"),
    proposed: t("proposedMatches"),
    publish: t("publishMatches"),
    published: t("publishedMatches"),
    liveNote: t("matchesLiveNote"),
    draftNote: t("matchesDraftNote"),
  };
}

/** What the learner groups board's propose and publish buttons say. */
export function groupPlanWords(t: Translate): PlanWords {
  return {
    propose: t("proposeGroups"),
    proposeAgain: t("proposeGroupsAgain"),
    proposed: t("proposedGroups"),
    publish: t("publishGroups"),
    published: t("publishedGroups"),
    liveNote: t("groupsLiveNote"),
    draftNote: t("groupsDraftNote"),
  };
}

/** What the mentor select of the team or group called `name` says. */
export function mentorChoiceWords(t: Translate, name: string): MentorChoiceWords {
  return { mentorFor: t("mentorFor", { name }), noMentor: t("noMentor"), saved: t("saved") };
}

/** What the group select of the learner called `name` says. */
export function moveLearnerWords(t: Translate, name: string): MoveLearnerWords {
  return { moved: t("moved", { name }), notInGroup: t("notInGroup"), newGroup: t("newGroup") };
}
