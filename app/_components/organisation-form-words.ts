import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { OrganisationFormWords } from "./organisation-form";

const WORDS = [
  "name",
  "kind",
  "website",
  "logo",
  "description",
  "formLabel",
  "saved",
  "websiteOptional",
  "websiteHint",
  "logoOptional",
  "logoHint",
  "descriptionOptional",
  "saving",
  "saveDetails",
  "create",
] as const;

type Translate = Awaited<ReturnType<typeof getTranslations<"OrganisationForm">>>;

/** The organisation form's words (the "OrganisationForm" messages), read on the server by its pages. */
export function organisationFormWords(t: Translate): OrganisationFormWords {
  return labelsOf((key) => t(key), WORDS);
}
