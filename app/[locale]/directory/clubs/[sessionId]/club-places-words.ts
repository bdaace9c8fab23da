// The words of a club page's booking panel (ClubPlaces), read on the server: the "ClubPage" messages, and
// the server's refusals in the page's language. The panel runs in the browser and gets them as props, so
// no catalogue is sent to it.
import type { getTranslations } from "next-intl/server";
import { DEFAULT_LOCALE, type SiteLocale } from "~/server/http/locales.mjs";
import { labelsOf } from "~/server/i18n/labels";
import { messageTable, translatorFor, type MessageRef } from "~/server/i18n/messages";
import { errorSummaryWords } from "~/server/registrations/form-messages";
import type { ClubPlacesWords, ClubProblemWords, MessagePattern } from "./club-places";

type Translate = Awaited<ReturnType<typeof getTranslations<"ClubPage">>>;

/** The panel's messages said as they are. */
const PLAIN = [
  "checking",
  "failed",
  "full",
  "fullWaitingOne",
  "waitingHow",
  "noMeetings",
  "signInWhy",
  "signIn",
  "hasPlaceSelf",
  "giveUpSelf",
  "leaveSelf",
  "giveUpTitle",
  "giveUpBody",
  "giveUpConfirm",
  "givingUp",
  "leaveTitle",
  "leaveBody",
  "leaveConfirm",
  "leaving",
  "keep",
  "gaveUp",
  "leftList",
  "whoFor",
  "forYou",
  "you",
  "dateOfBirth",
  "dateOfBirthSelf",
  "dateOfBirthHint",
  "chooseWho",
  "enterDateOfBirth",
  "joinWaitingList",
  "booking",
  "booked",
  "joinedWaitingList",
] as const satisfies readonly (keyof ClubPlacesWords)[];

/** The panel's messages with a name or a number only the browser knows: raw, filled in there. */
const TEMPLATES = [
  "placesLeft",
  "fullWaiting",
  "hasPlace",
  "waitingSelf",
  "waiting",
  "giveUp",
  "leave",
  "forName",
  "dateOfBirthOf",
] as const satisfies readonly (keyof ClubPlacesWords)[];

const ORDINALS = ["one", "two", "few", "other"] as const;

/**
 * The booking panel's words (the "ClubPage" messages); `book` is the session card's "Book a place"
 * (sessionCardWords), the panel's heading and its button while places are free.
 */
export function clubPlacesWords(t: Translate, book: string): ClubPlacesWords {
  return {
    book,
    ...labelsOf((key) => t(key), PLAIN),
    ...labelsOf((key) => t.raw(key) as string, TEMPLATES),
    ordinal: labelsOf((key) => t.raw(`ordinal.${key}`) as string, ORDINALS),
  };
}

const clubErrors = (key: string): MessageRef => ({ namespace: "ClubBookingErrors", key });
const forms = (key: string): MessageRef => ({ namespace: "Forms", key });
const registration = (key: string): MessageRef => ({ namespace: "RegistrationProblems", key });

/**
 * What booking a place and giving it up can be told, word for word (the refusals of
 * server/directory/bookings.ts, the date of birth's schema, the session ending, the server failing).
 */
export const CLUB_BOOKING_MESSAGES: readonly MessageRef[] = [
  clubErrors("clubNotFound"),
  clubErrors("personNotFound"),
  clubErrors("notTakingBookings"),
  clubErrors("noMeetingsLeft"),
  clubErrors("alreadyBooked"),
  clubErrors("childNeedsGuardian"),
  clubErrors("bookingNotFound"),
  clubErrors("bornInFuture"),
  registration("enterDateOfBirth"),
  registration("dateNotExist"),
  registration("checkYear"),
  registration("serverError"),
  registration("databaseUnavailable"),
  forms("fixFields"),
  forms("somethingWrong"),
  forms("signedOut"),
];

/** The refusals that carry the person's age (known only to the server): matched by their English template. */
const AGE_REFUSALS = ["tooYoung", "tooYoungOpen", "tooOld"] as const;

/** How the panel says the server's problems in `locale`: nothing to change in English. */
export function clubProblemWords(locale: SiteLocale): ClubProblemWords {
  if (locale === DEFAULT_LOCALE) return { table: {}, patterns: [], summary: undefined };
  const english = translatorFor(DEFAULT_LOCALE, "ClubBookingErrors");
  const said = translatorFor(locale, "ClubBookingErrors");
  const patterns = new Map<string, MessagePattern>();
  for (const key of AGE_REFUSALS) {
    const template = english.raw(key) as string;
    patterns.set(template, { english: template, said: said.raw(key) as string });
  }
  return {
    table: messageTable(locale, CLUB_BOOKING_MESSAGES),
    patterns: [...patterns.values()],
    summary: errorSummaryWords(locale),
  };
}
