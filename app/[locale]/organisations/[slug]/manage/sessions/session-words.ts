import type { getTranslations } from "next-intl/server";
import { timeZoneComboboxWords } from "~/app/_components/time-zone-combobox-words";
import { labelsOf } from "~/server/i18n/labels";
import type { SessionActionsWords, SessionFormValues, SessionFormWords } from "./session-form";

const FIELDS = [
  "title",
  "description",
  "weekday",
  "startTime",
  "endTime",
  "timeZone",
  "startsOn",
  "endsOn",
  "mode",
  "venueName",
  "addressLine",
  "postcodeDistrict",
  "minAge",
  "maxAge",
  "level",
  "cost",
  "bookings",
  "bookingUrl",
  "placesHere",
  "breaks",
] as const satisfies readonly (keyof SessionFormValues)[];

const FORM = [
  "saved",
  "titleHint",
  "descriptionHint",
  "startTimeHint",
  "endTimeHint",
  "startsOnHint",
  "endsOnHint",
  "breaksHint",
  "venueNameHint",
  "postcodeDistrictHint",
  "maxAgeHint",
  "costHint",
  "bookingUrlHint",
  "bookElsewhere",
  "bookElsewhereHint",
  "bookHere",
  "bookHereHint",
  "placesHereHint",
  "placesHereMissing",
  "saving",
  "saveChanges",
  "add",
] as const;

const ACTIONS = ["takeOut", "publish", "delete", "deleteBody", "yesDelete", "deleting"] as const;
const ACTION_TEMPLATES = ["unpublished", "published", "deleteTitle", "deleted"] as const;

type Translate = Awaited<ReturnType<typeof getTranslations<"SessionForm">>>;
type TimeZoneTranslate = Awaited<ReturnType<typeof getTranslations<"TimeZoneCombobox">>>;

/** The session form's words (the "SessionForm" and "TimeZoneCombobox" messages), read on the server. */
export function sessionFormWords(t: Translate, timeZone: TimeZoneTranslate): SessionFormWords {
  return {
    ...labelsOf((key) => t(key), FORM),
    label: labelsOf((key) => t(`label.${key}`), FIELDS),
    added: t.raw("added") as string,
    everyDay: t.raw("everyDay") as string,
    timeZone: timeZoneComboboxWords(timeZone),
  };
}

/** A session row's actions' words (the "SessionForm" messages), read on the server. */
export function sessionActionsWords(t: Translate): SessionActionsWords {
  return {
    ...labelsOf((key) => t(key), ACTIONS),
    ...labelsOf((key) => t.raw(key) as string, ACTION_TEMPLATES),
  };
}
