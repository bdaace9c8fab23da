// What the register form, the form that changes the answers and the waiting-list forms say, and the
// problems they can show, for a page in another language (messageTable). Read by the pages on the server:
// never import it in the browser (it reads the catalogues); the forms get the words it builds as props.
import type { ErrorSummaryWords } from "../../app/_components/error-summary.tsx";
import type { AnswerFieldsWords } from "../../app/[locale]/events/[slug]/register/answer-fields.tsx";
import type { RegisterFormWords } from "../../app/[locale]/events/[slug]/register/register-form.tsx";
import type {
  WaitingListWords,
  WaitingPlace,
} from "../../app/[locale]/events/[slug]/register/waiting-list.tsx";
import { problemWords, type RefusalRefs } from "../consent/form-messages.ts";
import type { ProblemWords } from "../consent/problem-words.ts";
import { DEFAULT_LOCALE, type SiteLocale } from "../http/locales.mjs";
import { messageIn, translatorFor, type MessageRef } from "../i18n/messages.ts";
import { formatDateRangeInZone, formatInZone } from "../time/zoned.ts";
import { EXPERIENCE_LEVELS, MAX_TAG_LENGTH, MAX_TAGS, SKILLS } from "./labels.ts";
import {
  ADULT_AGE,
  dateOnlyValue,
  formatCalendarDate,
  type CalendarDate,
  type RegistrationRules,
} from "./rules.ts";

const problem = (key: string, values?: MessageRef["values"]): MessageRef => ({
  namespace: "RegistrationProblems",
  key,
  ...(values ? { values } : {}),
});
const forms = (key: "fixFields" | "somethingWrong" | "signedOut"): MessageRef => ({
  namespace: "Forms",
  key,
});
const atMost = (...limits: number[]) =>
  limits.map((max): MessageRef => ({ namespace: "Forms", key: "atMost", values: { max } }));

/**
 * Refusals the server words in fixed English, shown as they come (a code that carries several of them, or
 * field problems, cannot be worded by its code): form-messages.test.ts finds each English text in the file
 * that says it.
 */
export const SERVER_MESSAGES = {
  alreadyRegistered: "server/registrations/commands.ts",
  codeChanged: "server/registrations/commands.ts",
  chooseFromList: "server/registrations/commands.ts",
  answersClosed: "server/registrations/commands.ts",
  leaveTeamFirst: "server/registrations/commands.ts",
  centreFull: "server/waiting-list/commands.ts",
  waitlistClosed: "server/waiting-list/commands.ts",
  alreadyHavePlace: "server/waiting-list/commands.ts",
  centreOfEvent: "server/waiting-list/commands.ts",
  alreadyOnList: "server/waiting-list/commands.ts",
  placesLeft: "server/waiting-list/commands.ts",
  notOnList: "server/waiting-list/commands.ts",
  eventNotFound: "server/trpc.ts",
  serverError: "server/trpc.ts",
  databaseUnavailable: "server/db/unavailable.ts",
} as const;

const server = (key: keyof typeof SERVER_MESSAGES) => problem(key);

/** Messages of other forms' namespaces that these forms meet too, word for word. */
const registrationNotFound: MessageRef = { namespace: "RegistrationActions", key: "notFound" };
const registerFirst: MessageRef = { namespace: "ConsentForms", key: "registerFirst" };
const guardianOwnEmail: MessageRef = { namespace: "ConsentForms", key: "guardianOwnEmail" };
const invalidEmail: MessageRef = { namespace: "RegistrationActions", key: "invalidEmail" };

/** What any of these forms can be told by the server whatever it sends, and the session ending. */
const ANY_REQUEST: readonly MessageRef[] = [
  server("eventNotFound"),
  server("serverError"),
  server("databaseUnavailable"),
  forms("somethingWrong"),
  forms("signedOut"),
];

/** The centre, experience and skills (both registration forms). */
const ANSWER_MESSAGES: readonly MessageRef[] = [
  problem("chooseCentre"),
  server("chooseFromList"),
  server("centreFull"),
  problem("chooseExperience"),
  problem("tagLength", { max: MAX_TAG_LENGTH }),
  problem("tagCharacters"),
  problem("tooManyTags"),
  problem("atMostTags", { max: MAX_TAGS }),
];

/**
 * The calendar date an event starts on, as a page in `locale` says it: in English as the form always
 * said it ("2026-06-14", which the schema's minimum-age message repeats), in another language with its
 * month's name ("14 Meh 2026").
 */
export function startDateIn(locale: SiteLocale, date: CalendarDate): string {
  if (locale === DEFAULT_LOCALE) return formatCalendarDate(date);
  const day = dateOnlyValue(date);
  return formatDateRangeInZone(day, day, "UTC", locale);
}

/** The registration rules that a problem's words name (an age, the day the event starts). */
type AgeRules = Pick<RegistrationRules, "minimumAge" | "consentAge" | "digitalConsentAge" | "eventStart">;

/** "Participants must be at least … on …": the date as `locale` says it. */
const tooYoung = (rules: AgeRules, locale: SiteLocale) =>
  problem("tooYoung", { age: rules.minimumAge ?? 0, date: startDateIn(locale, rules.eventStart) });

/**
 * Every problem the register form can show for an event with `rules`: registerInputFor's own messages
 * (the event's rules, with its ages and start date, included), the server's refusals that carry words
 * and the ones every form shares.
 */
export function registerMessages(rules: AgeRules): MessageRef[] {
  return [
    problem("enterName"),
    ...atMost(80, 30),
    problem("aliasCharacters"),
    ...ANSWER_MESSAGES,
    problem("enterDateOfBirth"),
    problem("dateNotExist"),
    problem("checkYear"),
    invalidEmail,
    problem("acceptCodeOfConduct"),
    problem("futureBirth"),
    tooYoung(rules, DEFAULT_LOCALE),
    problem("guardianRegisters", { age: rules.digitalConsentAge }),
    problem("chooseNickname", { age: Math.max(ADULT_AGE, rules.consentAge) }),
    problem("guardianEmailNeeded", { age: rules.consentAge }),
    guardianOwnEmail,
    server("alreadyRegistered"),
    server("codeChanged"),
    forms("fixFields"),
    ...ANY_REQUEST,
  ];
}

/**
 * What the register form needs to say its problems in `locale` (nothing in English): registerMessages,
 * with the day the event starts said as the page says it.
 */
export function registerProblemWords(locale: SiteLocale, rules: AgeRules): ProblemWords {
  const words = problemWords(locale, registerMessages(rules));
  if (locale === DEFAULT_LOCALE) return words;
  const english = messageIn(DEFAULT_LOCALE, tooYoung(rules, DEFAULT_LOCALE));
  return { ...words, table: { ...words.table, [english]: messageIn(locale, tooYoung(rules, locale)) } };
}

/** Registering while registration is not open (the server names when it opened or closed, in English). */
export const REGISTER_REFUSALS: RefusalRefs = { PHASE_CLOSED: problem("notOpen") };

/** Changing the centre, experience and skills (updateRegistrationInputFor, and the command's refusals). */
export const UPDATE_MESSAGES: readonly MessageRef[] = [
  ...ANSWER_MESSAGES,
  server("answersClosed"),
  server("leaveTeamFirst"),
  registrationNotFound,
  registerFirst,
  forms("fixFields"),
  ...ANY_REQUEST,
];

/** Joining a full centre's waiting list (joinWaitingListInput, and its refusals). */
export const JOIN_WAITING_LIST_MESSAGES: readonly MessageRef[] = [
  problem("chooseExperience"),
  server("waitlistClosed"),
  server("alreadyHavePlace"),
  server("centreOfEvent"),
  server("alreadyOnList"),
  server("placesLeft"),
  forms("fixFields"),
  ...ANY_REQUEST,
];

/** Leaving a waiting list, or turning down the place it offers. */
export const LEAVE_WAITING_LIST_MESSAGES: readonly MessageRef[] = [server("notOnList"), ...ANY_REQUEST];

/** The error summary's own words in `locale`; none in English, where it says them itself. */
export function errorSummaryWords(locale: SiteLocale): ErrorSummaryWords | undefined {
  if (locale === DEFAULT_LOCALE) return undefined;
  const t = translatorFor(locale, "RegistrationProblems");
  return { signInAgain: t("signInAgain"), comeBack: t("comeBack"), restored: t("restored") };
}

/** The centre, experience and skills fields (AnswerFields) in `locale`. */
export function answerFieldsWords(locale: SiteLocale): AnswerFieldsWords {
  const t = translatorFor(locale, "AnswerFields");
  const levels = translatorFor(locale, "ExperienceLevel");
  const page = translatorFor(locale, "RegistrationPage");
  return {
    centre: t("centre"),
    centreHint: t("centreHint"),
    chooseCentre: t("chooseCentre"),
    full: t("full"),
    experience: t("experience"),
    skills: t("skills"),
    skillsLegend: t("skillsLegend"),
    skillsHint: t("skillsHint"),
    tags: t("tags"),
    tagsLabel: t("tagsLabel"),
    tagsHint: t("tagsHint", { max: MAX_TAGS }),
    levels: Object.fromEntries(
      EXPERIENCE_LEVELS.map((level) => [level, levels(level)]),
    ) as AnswerFieldsWords["levels"],
    skillNames: Object.fromEntries(
      SKILLS.map((skill) => [skill, page(`skill.${skill}`)]),
    ) as AnswerFieldsWords["skillNames"],
  };
}

/** What the register form needs to know to say its words, from the event and the person's account. */
export interface RegisterFacts {
  youngAge: number;
  consentAge: number;
  minimumAge: number | null;
  /** The day the event starts, as the page says it (startDateIn). */
  startDate: string;
  codeOfConductVersion: string;
  /** The name on the profile a guardian registers (may be empty), and the guardian's address; null otherwise. */
  child: { name: string; guardian: string } | null;
}

/** The register form's words in `locale`, with the event's ages and dates filled in. */
export function registerFormWords(locale: SiteLocale, facts: RegisterFacts): RegisterFormWords {
  const t = translatorFor(locale, "Register");
  const { youngAge, consentAge, minimumAge, startDate: date } = facts;
  return {
    registeringChild: facts.child
      ? t("registeringChild", {
          name: facts.child.name || t("yourChild"),
          consentAge,
          guardian: facts.child.guardian,
        })
      : null,
    name: t("name"),
    nameHint: t("nameHint", { youngAge }),
    alias: t("alias"),
    aliasLabel: t("aliasLabel", { youngAge }),
    aliasHint: t("aliasHint", { youngAge }),
    dateOfBirth: t("dateOfBirth"),
    // No minimum, or 0, says nothing about one (as the form always did).
    dateOfBirthHint: minimumAge
      ? t("dateOfBirthHintMinimum", { date, minimumAge })
      : t("dateOfBirthHint", { date }),
    guardianEmail: t("guardianEmail"),
    guardianEmailLabel: t("guardianEmailLabel", { consentAge }),
    guardianEmailHint: t("guardianEmailHint", { consentAge }),
    codeOfConduct: t("codeOfConduct"),
    acceptCodeOfConduct: t("acceptCodeOfConduct", { version: facts.codeOfConductVersion }),
    readCodeOfConduct: t("readCodeOfConduct"),
    register: t("register"),
    registering: t("registering"),
  };
}

/** The waiting-list forms' own words in `locale`; `joined` is a template the browser fills ({position}). */
export function waitingListWords(locale: SiteLocale): WaitingListWords {
  const t = translatorFor(locale, "WaitingLists");
  return {
    leaving: t("leaving"),
    joinTitle: t("joinTitle"),
    joinBody: t("joinBody"),
    fullCentre: t("fullCentre"),
    experience: t("experience"),
    chooseOne: t("chooseOne"),
    join: t("join"),
    joining: t("joining"),
    joined: t.raw("joined") as string,
  };
}

/** One of the person's places on a waiting list, as waitingList.mine gives it. */
export interface WaitingEntry {
  centre: { id: string; name: string };
  status: "WAITING" | "OFFERED";
  /** 1 = next to be offered a place. */
  position: number;
  offerExpiresAt: Date | null;
}

/**
 * A place on a waiting list as the page shows it in `locale`: its position ("3rd", "3ydd") or the place
 * kept and until when, in the event's zone.
 */
export function waitingPlace(locale: SiteLocale, entry: WaitingEntry, timeZone: string): WaitingPlace {
  const t = translatorFor(locale, "WaitingLists");
  const centre = entry.centre.name;
  const offered = entry.status === "OFFERED";
  const until = entry.offerExpiresAt ? formatInZone(entry.offerExpiresAt, timeZone, { locale }) : "";
  return {
    centreId: entry.centre.id,
    label: t("listLabel", { centre }),
    title: offered ? t("offeredTitle", { centre }) : t("waitingTitle", { centre }),
    body: offered ? t("offeredBody", { centre, until }) : t("waitingBody", { position: entry.position }),
    leave: offered ? t("turnDown", { centre }) : t("leave", { centre }),
  };
}
