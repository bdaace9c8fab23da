import type { getTranslations } from "next-intl/server";
import type { TimeZoneComboboxWords } from "./time-zone-combobox";

type Translate = Awaited<ReturnType<typeof getTranslations<"TimeZoneCombobox">>>;

/** The time-zone picker's words (the "TimeZoneCombobox" messages), read on the server by its pages. */
export function timeZoneComboboxWords(t: Translate): TimeZoneComboboxWords {
  return {
    zones: t("zones"),
    noMatch: t("noMatch"),
    matchesOne: t.raw("matchesOne") as string,
    matchesOther: t.raw("matchesOther") as string,
  };
}
