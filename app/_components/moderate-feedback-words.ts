import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { ModerateFeedbackWords } from "./moderate-feedback";

type Translate = Awaited<ReturnType<typeof getTranslations<"ModerateFeedback">>>;

/** The words of ModerateFeedback's button and outcome (the "ModerateFeedback" messages), read on the server. */
export function moderateFeedbackWords(t: Translate): ModerateFeedbackWords {
  return labelsOf((key) => t(key), ["withdrawn", "approved", "withdraw", "approve"] as const);
}
