import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { OfferDecisionWords } from "./offer-decision";
import type { RatioFormWords } from "./ratio-form";
import type { VettingFormWords } from "./vetting-form";

type Translate<N extends "MentorOfferDecision" | "MentorRatioForm" | "MentorVettingForm"> = Awaited<
  ReturnType<typeof getTranslations<N>>
>;

/** What OfferDecision says about one offer (the "MentorOfferDecision" messages, with the person named). */
export function offerDecisionWords(t: Translate<"MentorOfferDecision">, person: string): OfferDecisionWords {
  return {
    ...labelsOf((key) => t(key), ["chooseCentre", "accept", "decline", "declined"] as const),
    where: t("where", { person }),
    accepted: t("accepted", { person }),
  };
}

/** What RatioForm says (the "MentorRatioForm" messages). */
export function ratioFormWords(t: Translate<"MentorRatioForm">): RatioFormWords {
  return labelsOf((key) => t(key), ["heading", "label", "hint", "saving", "save", "saved"] as const);
}

/** What VettingForm says about one adult (the "MentorVettingForm" messages, with the person named). */
export function vettingFormWords(t: Translate<"MentorVettingForm">, person: string): VettingFormWords {
  return {
    labels: labelsOf((key) => t(key), [
      "check",
      "checkDetail",
      "checkedOn",
      "expiresOn",
      "verifiedBy",
      "trainingOn",
    ] as const),
    ...labelsOf((key) => t(key), [
      "update",
      "record",
      "chooseCheck",
      "checkDetailHint",
      "expiresOnHint",
      "verifiedByHint",
      "noCertificate",
      "saving",
      "save",
    ] as const),
    saved: t("saved", { person }),
  };
}
