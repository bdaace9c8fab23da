import { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { CentreFieldsWords, CentreFormWords, DeleteCentreWords } from "./centre-form";

const FIELD_NAMES = [
  "name",
  "capacity",
  "addressLine",
  "postcodeDistrict",
  "openingTimes",
  "accessibilityNotes",
] as const;

const FIELDS = [
  "capacityHint",
  "addressLabel",
  "addressHint",
  "postcodeLabel",
  "postcodeHint",
  "openingLabel",
  "openingHint",
  "accessLabel",
  "accessHint",
] as const;

/** The centre's fields' words ("CentreDetails" and "CentreForm"), for the organisers' and a venue's forms. */
export async function centreFieldsWords(): Promise<CentreFieldsWords> {
  const [names, form] = await Promise.all([getTranslations("CentreDetails"), getTranslations("CentreForm")]);
  return { names: labelsOf((key) => names(key), FIELD_NAMES), ...labelsOf((key) => form(key), FIELDS) };
}

/** The organisers' centre form's words (adding or editing a centre). */
export async function centreFormWords(): Promise<CentreFormWords> {
  const [fields, t] = await Promise.all([centreFieldsWords(), getTranslations("CentreForm")]);
  return {
    fields,
    ...labelsOf((key) => t(key), ["saved", "saving", "save", "add"] as const),
    added: t.raw("added") as string,
  };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"CentreForm">>>;

/** Deleting the centre `name`: its button and confirmation. */
export function deleteCentreWords(t: Translate, name: string): DeleteCentreWords {
  return {
    delete: t("delete"),
    deleteTitle: t("deleteTitle", { name }),
    deleteBody: t("deleteBody"),
    deleteConfirm: t("deleteConfirm"),
    deleting: t("deleting"),
  };
}
