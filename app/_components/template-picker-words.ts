import { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { TemplatePickerWords } from "./template-picker";

const KEYS = ["sendOften", "writeTemplate", "startFrom", "useIt"] as const;

/** The words of TemplatePicker (the "TemplatePicker" messages), read by the server page that renders it. */
export async function templatePickerWords(): Promise<TemplatePickerWords> {
  const t = await getTranslations("TemplatePicker");
  return labelsOf((key) => t(key), KEYS);
}
