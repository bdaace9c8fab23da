import { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { EventFormWords } from "./event-form";
import { timeZoneComboboxWords } from "./time-zone-combobox-words";

/** Plain messages of the event form (the "EventForm" messages). */
const PLAIN = [
  "name",
  "slug",
  "description",
  "contactEmail",
  "codeOfConduct",
  "organiserEmail",
  "timeZone",
  "timeZoneChange",
  "teamMinSize",
  "teamMaxSize",
  "minimumAge",
  "consentAge",
  "consentAgeHint",
  "digitalConsentAge",
  "digitalConsentAgeHint",
  "about",
  "slugHint",
  "contactEmailOptional",
  "contactEmailHint",
  "codeOfConductOptional",
  "codeOfConductHint",
  "organiserEmailHint",
  "when",
  "timeZoneHint",
  "keepClockTimes",
  "keepInstants",
  "cannotRead",
  "teamsAndAge",
  "saving",
  "create",
  "save",
  "saved",
] as const;

/** Raw templates the form fills in the browser (zones and times chosen there). */
const TEMPLATES = [
  "zoneChange",
  "keepClockTimesExplained",
  "keepInstantsExplained",
  "wouldStart",
  "inZoneUntilChosen",
  "inZone",
  "savedKeepInstants",
  "savedKeepClockTimes",
] as const;

/** The event form's words (and its time-zone picker's), for the pages that create or edit an event. */
export async function eventFormWords(): Promise<EventFormWords> {
  const [t, timeZone] = await Promise.all([
    getTranslations("EventForm"),
    getTranslations("TimeZoneCombobox"),
  ]);
  return {
    ...labelsOf((key) => t(key), PLAIN),
    ...labelsOf((key) => t.raw(key) as string, TEMPLATES),
    timeZoneWords: timeZoneComboboxWords(timeZone),
  };
}
