// The problems the concern form can show, for a page in another language (messageTable).
import type { MessageRef } from "../i18n/messages.ts";

/**
 * Every problem the report form can show: reportConcernInput's own messages, the ones every form shares
 * and a refusal for too many tries; form-messages.test.ts holds the English of each to the schema's.
 */
export const CONCERN_FORM_MESSAGES: readonly MessageRef[] = [
  { namespace: "Concern", key: "descriptionTooShort" },
  ...[5000, 200, 120].map((max): MessageRef => ({ namespace: "Forms", key: "atMost", values: { max } })),
  { namespace: "Forms", key: "fixFields" },
  { namespace: "Forms", key: "somethingWrong" },
];
