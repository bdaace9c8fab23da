import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { GalleryControlWords, ProjectDecisionWords } from "./submission-actions";

type Translate = Awaited<ReturnType<typeof getTranslations<"SubmissionActions">>>;

const GALLERY = [
  "openAfterDeadline",
  "openTrigger",
  "openTitle",
  "openBody1",
  "openBody2",
  "openConfirm",
  "opening",
  "opened",
  "closeTrigger",
  "closeTitle",
  "closeBody1",
  "closeConfirm",
  "closing",
  "closedDone",
] as const;

const DECISION = [
  "reinstateTrigger",
  "reinstateBody",
  "reinstateConfirm",
  "reinstating",
  "disqualifyTrigger",
  "disqualifyBody1",
  "disqualifyBody2",
  "disqualifyConfirm",
  "disqualifying",
  "reason",
  "reasonHint",
] as const;

/** The gallery control's words (the "SubmissionActions" messages), read on the server. */
export function galleryControlWords(t: Translate): GalleryControlWords {
  return {
    ...labelsOf((key) => t(key), GALLERY),
    closed: t.raw("closed") as string,
    openedEarly: t.raw("openedEarly") as string,
    closeBody2: t.raw("closeBody2") as string,
  };
}

/** The words of the decision on one project (the "SubmissionActions" messages), read on the server. */
export function projectDecisionWords(t: Translate): ProjectDecisionWords {
  return {
    ...labelsOf((key) => t(key), DECISION),
    disqualified: t.raw("disqualified") as string,
    reinstated: t.raw("reinstated") as string,
    reinstateTitle: t.raw("reinstateTitle") as string,
    disqualifyTitle: t.raw("disqualifyTitle") as string,
  };
}
