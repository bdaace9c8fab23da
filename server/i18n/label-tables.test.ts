// The domain's label tables (statuses, kinds, checks, topics) are what English pages and the API show;
// the catalogue holds the same words under one namespace per table, for pages in other languages and so
// that every word people read lives in a catalogue. This test keeps each pair equal.
import { describe, expect, it } from "vitest";
import { PERMISSION_LABELS } from "../api-tokens/rules.ts";
import { SESSION_MODE_LABELS } from "../directory/schema.ts";
import { COST_LABELS, MODE_LABELS, WHEN_LABELS } from "../directory/rules.ts";
import { EVENT_STATUS_LABELS } from "../events/schema.ts";
import { HELP_TOPIC_LABELS } from "../help/rules.ts";
import { IMPORT_FIELD_LABELS } from "../imports/devpost.ts";
import {
  ASSIGNMENT_STATUS_LABELS,
  AWARD_KIND_LABELS,
  ROUND_SCOPE_LABELS,
  ROUND_STATUS_LABELS,
} from "../judging/schema.ts";
import { MAIL_CATEGORY_TEXT } from "../mail/preferences.ts";
import { VETTING_CHECK_LABELS, VETTING_FLAG_LABELS } from "../mentoring/vetting.ts";
import { PROMPT_LABELS } from "../prompts/rules.ts";
import { SUBMISSION_STATUS_TEXT } from "../submissions/rules.ts";
import { RESPONSE_USE_LABELS } from "../templates/rules.ts";
import { VENUE_STATUS_LABELS } from "../venues/rules.ts";
import { WAITING_LIST_STATUS_LABELS } from "../waiting-list/schema.ts";
import { WEBHOOK_TYPE_LABELS } from "../webhooks/schema.ts";
import { CATALOGUES } from "./messages.ts";

const en = CATALOGUES["en-GB"];

/** A nested namespace read by dotted keys, as next-intl reads `t("challenge.status_changed")`. */
function byDottedKey(namespace: object, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], namespace);
}

describe("the domain's label tables and the en-GB catalogue", () => {
  const pairs: [string, object, Record<string, unknown>][] = [
    ["ApiPermission", en.ApiPermission, PERMISSION_LABELS],
    ["RoundScope", en.RoundScope, ROUND_SCOPE_LABELS],
    ["RoundStatus", en.RoundStatus, ROUND_STATUS_LABELS],
    ["AssignmentStatus", en.AssignmentStatus, ASSIGNMENT_STATUS_LABELS],
    ["AwardKind", en.AwardKind, AWARD_KIND_LABELS],
    ["SubmissionStatusText", en.SubmissionStatusText, SUBMISSION_STATUS_TEXT],
    ["WaitingListStatus", en.WaitingListStatus, WAITING_LIST_STATUS_LABELS],
    ["MailCategory", en.MailCategory, MAIL_CATEGORY_TEXT],
    ["ResponseUse", en.ResponseUse, RESPONSE_USE_LABELS],
    ["EventStatus", en.EventStatus, EVENT_STATUS_LABELS],
    ["VettingCheck", en.VettingCheck, VETTING_CHECK_LABELS],
    ["VettingFlag", en.VettingFlag, VETTING_FLAG_LABELS],
    ["ImportField", en.ImportField, IMPORT_FIELD_LABELS],
    ["PromptKind", en.PromptKind, PROMPT_LABELS],
    ["SessionMode", en.SessionMode, SESSION_MODE_LABELS],
    ["DirectoryWhen", en.DirectoryWhen, WHEN_LABELS],
    ["DirectoryCost", en.DirectoryCost, COST_LABELS],
    ["DirectoryMode", en.DirectoryMode, MODE_LABELS],
    ["HelpTopic", en.HelpTopic, HELP_TOPIC_LABELS],
    ["WebhookType", en.WebhookType, WEBHOOK_TYPE_LABELS],
    ["VenueStatus", en.VenueStatus, VENUE_STATUS_LABELS],
  ];

  it.each(pairs)("%s says what the table says, for every value", (_name, namespace, table) => {
    for (const [value, words] of Object.entries(table)) expect(byDottedKey(namespace, value)).toEqual(words);
  });

  it.each(pairs)("%s has no words the table lacks", (_name, namespace, table) => {
    const count = (o: object): number =>
      Object.values(o).reduce<number>(
        (n, v) =>
          n + (v && typeof v === "object" && !("label" in v) && !("title" in v) ? count(v as object) : 1),
        0,
      );
    expect(count(namespace)).toBe(Object.keys(table).length);
  });
});
