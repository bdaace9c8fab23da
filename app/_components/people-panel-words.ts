import type { getTranslations } from "next-intl/server";
import { labelsOf } from "~/server/i18n/labels";
import type { AddPersonWords } from "./people-panel";

const ADD_PERSON = ["email", "role", "sending"] as const;

/** The words AddPersonForm says itself (the "PeoplePanel" messages), read on the server. */
export function addPersonWords(
  t: Awaited<ReturnType<typeof getTranslations<"PeoplePanel">>>,
): AddPersonWords {
  return labelsOf((key) => t(key), ADD_PERSON);
}
