// The message catalogues (server/i18n/messages/<locale>.json, ICU message syntax) and what happens when a
// message is missing. en-GB is complete; a catalogue of another language holds the namespaces translated so
// far (TRANSLATED_NAMESPACES), and messages.test.ts fails when one of them lacks a key, has an extra one, or
// a message's arguments differ from the English.
import { createTranslator, type IntlError } from "use-intl/core";
import { DEFAULT_LOCALE } from "../http/locales.mjs";
import { log } from "../log.ts";
import cy from "./messages/cy.json";
import enGB from "./messages/en-GB.json";

/** The complete catalogue's shape: next-intl checks message keys against it (global.d.ts). */
export type Messages = typeof enGB;

/**
 * Every catalogue written, served or not yet (a language joins LOCALES, server/http/locales.mjs, once its
 * translated namespaces cover the pages that are offered in it).
 */
export const CATALOGUES = { "en-GB": enGB, cy } as const;

/** The language of each catalogue, and the namespaces it translates (the rest fall back to English). */
export const TRANSLATED_NAMESPACES: Record<keyof typeof CATALOGUES, readonly (keyof Messages)[]> = {
  "en-GB": Object.keys(enGB) as (keyof Messages)[],
  cy: [
    "Site",
    "NotFound",
    "Nav",
    "Home",
    "Phase",
    "Milestone",
    "Event",
    "EventAside",
    "Timeline",
    "Capability",
    "Awards",
    "Announcements",
    "Centres",
    "Challenges",
    "TeamLinks",
    "Registration",
    "Gallery",
    "CodeOfConduct",
    "Finals",
    "YourHome",
    "NextStep",
    "RegistrationStatus",
    "SubmissionStatus",
    "Acting",
    "ProjectUpdateKind",
    "WhatNext",
    "Forms",
    "Concern",
    "SignIn",
    "SignInMail",
    "ConsentMail",
    "Mail",
    "RegistrationMail",
    "Directory",
    "OrganisationPage",
    "ExperienceLevel",
    "CertificateCheck",
    "AreaPage",
    "ChallengePage",
    "ProjectPage",
    "RegistrationPage",
    "RegistrationActions",
    "Consent",
    "ConsentForms",
    "Register",
    "AnswerFields",
    "WaitingLists",
    "RegistrationEdit",
    "RegistrationProblems",
    "ClubBookingMail",
    "ClubBookingErrors",
    "ClubPage",
  ],
};

/** messagesOf's merged catalogues, by locale. */
const MERGED = new Map<keyof typeof CATALOGUES, Messages>();

/**
 * The messages for `locale` (a served one of LOCALES, or a catalogue in progress, in tests): its catalogue's translated namespaces over the English ones,
 * so a namespace not yet translated reads in English rather than failing.
 */
export function messagesOf(locale: keyof typeof CATALOGUES): Messages {
  if (locale === DEFAULT_LOCALE) return enGB;
  // The catalogues never change while the server runs: merge each language once, not on every request and
  // every translatorFor call (capabilityNotice runs on request paths).
  const cached = MERGED.get(locale);
  if (cached) return cached;
  const catalogue: Partial<Messages> = CATALOGUES[locale];
  const merged: Record<string, unknown> = { ...enGB };
  for (const namespace of TRANSLATED_NAMESPACES[locale]) merged[namespace] = catalogue[namespace];
  MERGED.set(locale, merged as Messages);
  return merged as Messages;
}

/**
 * next-intl's onError. A missing message or a bad argument is a bug: outside production it throws, so the
 * page (and its end-to-end test) fails; in production it is logged and the fallback (the key's path) shows.
 */
export function reportIntlError(error: IntlError): void {
  if (process.env.APP_ENV !== "production") throw error;
  log.error("message catalogue", { code: error.code, message: error.message });
}

/**
 * A translator for one namespace in `locale`, for text made outside a page's React tree (domain sentences
 * such as capabilityNotice, emails): use-intl's createTranslator (what next-intl's are built on) over
 * messagesOf(locale), with the pages' error handling. `t(key, values)` as in a page.
 */
export function translatorFor<N extends keyof Messages>(locale: keyof typeof CATALOGUES, namespace: N) {
  return createTranslator({ locale, messages: messagesOf(locale), namespace, onError: reportIntlError });
}

/** One message of a catalogue: its namespace, its key in that namespace, and its arguments. */
export interface MessageRef {
  namespace: keyof Messages;
  key: string;
  values?: Record<string, string | number>;
}

/** The text of `ref` in `locale`, formatted with its values. Throws outside production for a missing key. */
export function messageIn(locale: keyof typeof CATALOGUES, { namespace, key, values }: MessageRef): string {
  const t = translatorFor(locale, namespace) as unknown as (k: string, v?: MessageRef["values"]) => string;
  return t(key, values);
}

/**
 * A form's messages in `locale`, keyed by their English text: what the shared schemas and the server
 * say, which the browser swaps for the page's language before showing them (translateProblem in
 * app/_components/form-errors.ts). { "Use at most 200 characters": "Defnyddiwch 200 nod ar y mwyaf" }.
 * Empty for English. A test holds the English of each entry to the schema's own message.
 */
export function messageTable(
  locale: keyof typeof CATALOGUES,
  refs: readonly MessageRef[],
): Record<string, string> {
  if (locale === DEFAULT_LOCALE) return {};
  const table: Record<string, string> = {};
  for (const ref of refs) table[messageIn(DEFAULT_LOCALE, ref)] = messageIn(locale, ref);
  return table;
}
