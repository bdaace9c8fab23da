// The problems the guardian's consent forms and the "your registration" page's forms can show, for a page
// in another language (messageTable). Read by the pages on the server: never import it in the browser
// (it reads the catalogues); the forms get the words it builds (problem-words.ts) as props.
import type { SensitiveFormWords } from "../../app/_components/sensitive-form.tsx";
import type { DomainErrorCode } from "../errors.ts";
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { messageIn, messageTable, translatorFor, type MessageRef } from "../i18n/messages.ts";
import { LOOKALIKE_SCRIPTS } from "../names/rules.ts";
import type { ProblemWords } from "./problem-words.ts";

const forms = (key: "fixFields" | "somethingWrong" | "signedOut"): MessageRef => ({
  namespace: "Forms",
  key,
});
const atMost = (...limits: number[]) =>
  limits.map((max): MessageRef => ({ namespace: "Forms", key: "atMost", values: { max } }));
const consentForms = (key: string, values?: MessageRef["values"]): MessageRef => ({
  namespace: "ConsentForms",
  key,
  ...(values ? { values } : {}),
});

/**
 * Refusals the server words in fixed English that a form shows as they come (a code that carries several
 * of them, or field problems, cannot be worded by its code): form-messages.test.ts finds each English
 * text in the file that says it.
 */
export const SERVER_MESSAGES = {
  linkUsed: "server/registrations/commands.ts",
  linkExpired: "server/registrations/commands.ts",
  linkReplaced: "server/registrations/commands.ts",
  linkNotNeeded: "server/registrations/commands.ts",
  registerFirst: "server/trpc.ts",
  ownInfoByGuardian: "server/sensitive/commands.ts",
  emergencyNameMissing: "server/sensitive/rules.ts",
  emergencyRelatedMissing: "server/sensitive/rules.ts",
  emergencyPhoneMissing: "server/sensitive/rules.ts",
  addNameFirst: "server/registrations/commands.ts",
  guardianEmailNeeded: "server/registrations/commands.ts",
  guardianOwnEmail: "server/registrations/commands.ts",
  leaveTeamFirst: "server/registrations/commands.ts",
  alreadyWithdrawn: "server/registrations/commands.ts",
} as const;

const server = (key: keyof typeof SERVER_MESSAGES) => consentForms(key);

/** Giving consent (giveConsentInput, and the link's refusals that share the code CONFLICT). */
export const GIVE_CONSENT_MESSAGES: readonly MessageRef[] = [
  consentForms("typeFullName"),
  consentForms("attendNeeded"),
  ...atMost(120),
  server("linkUsed"),
  server("linkExpired"),
  server("linkReplaced"),
  server("linkNotNeeded"),
  forms("fixFields"),
  forms("somethingWrong"),
];

/** Changing the choices after consenting: only refusals, worded by their codes (consentRefusals). */
export const SCOPES_MESSAGES: readonly MessageRef[] = [forms("fixFields"), forms("somethingWrong")];

/** Withdrawing consent: only refusals, worded by their codes. */
export const WITHDRAW_CONSENT_MESSAGES: readonly MessageRef[] = [forms("somethingWrong")];

/** Who may collect the young person (setCollectionInput's collectors). */
export const COLLECTION_MESSAGES: readonly MessageRef[] = [
  consentForms("atLeast", { min: 2 }),
  ...atMost(120, 40),
  consentForms("relatedExample"),
  consentForms("tooManyAdults", { max: 6 }),
  forms("fixFields"),
  forms("somethingWrong"),
];

/** The event's sensitive questions (sensitiveAnswers), answered by a participant or their guardian. */
export const SENSITIVE_MESSAGES: readonly MessageRef[] = [
  ...atMost(1000, 120, 40, 30),
  consentForms("phoneCharacters"),
  server("emergencyNameMissing"),
  server("emergencyRelatedMissing"),
  server("emergencyPhoneMissing"),
  server("ownInfoByGuardian"),
  server("registerFirst"),
  forms("fixFields"),
  forms("somethingWrong"),
  forms("signedOut"),
];

/** Sending the consent email again (resendConsentInput, and its refusals with field problems). */
export const RESEND_MESSAGES: readonly MessageRef[] = [
  { namespace: "RegistrationActions", key: "invalidEmail" },
  server("addNameFirst"),
  server("guardianEmailNeeded"),
  server("guardianOwnEmail"),
  server("registerFirst"),
  forms("fixFields"),
  forms("somethingWrong"),
  forms("signedOut"),
];

/** Withdrawing from the event: its refusals share codes (CONFLICT, FORBIDDEN), so they are here. */
export const WITHDRAW_MESSAGES: readonly MessageRef[] = [
  server("leaveTeamFirst"),
  server("alreadyWithdrawn"),
  server("registerFirst"),
  forms("somethingWrong"),
  forms("signedOut"),
];

/** The alphabets mixedScriptWord names (server/names/rules.ts), by their English names. */
export const ALPHABETS = LOOKALIKE_SCRIPTS;

/**
 * What a form needs to show `refs` (and a name's mixed alphabets) in `locale`: nothing in English, where
 * every problem is shown as the schema or the server says it.
 */
export function problemWords(locale: SiteLocale, refs: readonly MessageRef[]): ProblemWords {
  if (locale === DEFAULT_LOCALE) return { table: {}, mixedScripts: null };
  const t = translatorFor(locale, "ConsentForms");
  return {
    table: messageTable(locale, refs),
    mixedScripts: {
      template: t.raw("mixedScripts") as string,
      alphabets: Object.fromEntries(ALPHABETS.map((name) => [name, t(`alphabets.${name}`)])),
    },
  };
}

/** Refusals a form words by their code (AttemptOptions.domainMessages) on a page in another language. */
export type RefusalRefs = Partial<Record<DomainErrorCode, MessageRef>>;

const tooMany: MessageRef = { namespace: "Forms", key: "tooMany" };
const selfConsent = consentForms("refuseSelf");

/** Giving consent: an unknown link, a text changed meanwhile, the young person answering for themselves. */
export const GIVE_CONSENT_REFUSALS: RefusalRefs = {
  NOT_FOUND: { namespace: "Consent", key: "problem.UNKNOWN" },
  STALE_VERSION: consentForms("refuseTextChanged"),
  SELF_CONSENT: selfConsent,
};
export const SCOPES_REFUSALS: RefusalRefs = {
  NOT_FOUND: consentForms("refuseNothingToChange"),
  SELF_CONSENT: selfConsent,
  RATE_LIMITED: tooMany,
};
export const WITHDRAW_CONSENT_REFUSALS: RefusalRefs = { NOT_FOUND: consentForms("refuseNothingToWithdraw") };
export const COLLECTION_REFUSALS: RefusalRefs = {
  NOT_FOUND: consentForms("refuseNotInForce"),
  SELF_CONSENT: selfConsent,
  RATE_LIMITED: tooMany,
};
/** INVALID_INPUT (an incomplete emergency contact) and FORBIDDEN carry their own words: the table's. */
export const SENSITIVE_REFUSALS: RefusalRefs = {
  NOT_FOUND: consentForms("refuseNotSaved"),
  SELF_CONSENT: selfConsent,
  RATE_LIMITED: tooMany,
};
/** INVALID_INPUT (a missing name, the guardian's address) and FORBIDDEN carry their own words: the table's. */
export const RESEND_REFUSALS: RefusalRefs = {
  NOT_FOUND: { namespace: "RegistrationActions", key: "notFound" },
  CONFLICT: { namespace: "RegistrationActions", key: "changedReload" },
  RATE_LIMITED: { namespace: "RegistrationActions", key: "justSent" },
};
/** CONFLICT and FORBIDDEN each carry two refusals: the table's. */
export const WITHDRAW_REFUSALS: RefusalRefs = {
  NOT_FOUND: { namespace: "RegistrationActions", key: "notFound" },
};

/** `refs` worded in `locale`, by code; none in English, where the server's own words stay. */
export function refusalsIn(locale: SiteLocale, refs: RefusalRefs): Partial<Record<string, string>> {
  if (locale === DEFAULT_LOCALE) return {};
  return Object.fromEntries(Object.entries(refs).map(([code, ref]) => [code, messageIn(locale, ref)]));
}

/**
 * What the sensitive-information form (app/_components/sensitive-form.tsx) says in `locale`: about the
 * person answering (`name` null) or about their young person (`name`, as the guardian sees it).
 */
export function sensitiveFormWords(locale: SiteLocale, name: string | null): SensitiveFormWords {
  const t = translatorFor(locale, "ConsentForms");
  return {
    heading: t("sensitiveHeading"),
    intro: name === null ? t("sensitiveIntroYou") : t("sensitiveIntroNamed", { name }),
    medical: t("medical"),
    medicalHint: t("medicalHint"),
    access: t("access"),
    accessHint: t("accessHint"),
    emergency: t("emergency"),
    emergencyName: t("emergencyName"),
    emergencyRelationship: t("emergencyRelationship"),
    emergencyPhone: t("emergencyPhone"),
    save: t("sensitiveSave"),
    saving: t("saving"),
    saved: t("sensitiveSaved"),
    signInAgain: translatorFor(locale, "RegistrationProblems")("signInAgain"),
  };
}

/** Everything the sensitive-information form needs in `locale`, for `name` as in sensitiveFormWords. */
export function sensitiveFormProps(locale: SiteLocale, name: string | null) {
  return {
    words: sensitiveFormWords(locale, name),
    problems: problemWords(locale, SENSITIVE_MESSAGES),
    refusals: refusalsIn(locale, SENSITIVE_REFUSALS),
  };
}
