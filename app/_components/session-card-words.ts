// The words a weekly session's card says (SessionCards), in one language: English from the directory's own
// rules for pages not translated yet, or a page's catalogue ("OrganisationPage" club messages). Plain
// TypeScript, no JSX, so a unit test holds the catalogue's English to the rules' English.
import { agesLabel, breakDates, costLabel, DIRECTORY_MAX_AGE, weekdayName } from "~/server/directory/rules";
import { EXPERIENCE_LABELS, type ExperienceLevel } from "~/server/registrations/labels";
import { formatDateRangeInZone, type DateLocale } from "~/server/time/zoned";

/** What a card needs to say when a session meets. */
export interface SessionTimesText {
  /** ISO weekday, 1 Monday … 7 Sunday. */
  weekday: number;
  startTime: string;
  endTime: string;
  timeZone: string;
}

/** A break in the session's meetings: local dates "YYYY-MM-DD", both days included, and its name ("" for none). */
export interface SessionBreakText {
  startsOn: string;
  endsOn: string;
  name: string;
}

/** Every word a session card says, in one language, and the language of its dates and links. */
export interface SessionCardWords {
  locale: DateLocale;
  /** Before the organisation's name: "Run by". */
  runBy: string;
  /** "Every Saturday, 10:00–12:00.", naming the zone when it is not Europe/London. */
  when: (session: SessionTimesText) => string;
  /** Before the next meeting's date: "Next:". */
  next: string;
  /** "No meeting 15–19 Feb 2027 (Half term)." */
  noMeeting: (pause: SessionBreakText) => string;
  online: string;
  /** "Age 9", "Ages 9–14", "Ages 16 and over". */
  ages: (minAge: number, maxAge: number) => string;
  level: (level: ExperienceLevel) => string;
  /** "Free", "£3.50 a session". */
  cost: (costPence: number) => string;
  book: string;
  /** What the booking link says to a screen reader after `book`: "at Code Club (opens a new tab)". */
  bookAt: (title: string) => string;
  /** The link to the club page's booking panel, for a club that takes bookings here: "Book a place here". */
  bookHere: string;
  /** What that link says to a screen reader after `bookHere`: "at Code Club". */
  bookHereAt: (title: string) => string;
}

/** The cards' English, from the directory's rules: what pages not translated yet show. */
export const ENGLISH_SESSION_CARD_WORDS: SessionCardWords = {
  locale: "en-GB",
  runBy: "Run by",
  when: (s) =>
    `Every ${weekdayName(s.weekday)}, ${s.startTime}–${s.endTime}` +
    `${s.timeZone === "Europe/London" ? "" : ` (${s.timeZone} time)`}.`,
  next: "Next:",
  noMeeting: (pause) => `No meeting ${breakDates(pause)}${pause.name ? ` (${pause.name})` : ""}.`,
  online: "Online",
  ages: agesLabel,
  level: (level) => EXPERIENCE_LABELS[level],
  cost: costLabel,
  book: "Book a place",
  bookAt: (title) => `at ${title} (opens a new tab)`,
  bookHere: "Book a place here",
  bookHereAt: (title) => `at ${title}`,
};

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The "OrganisationPage" messages a card reads (keys under the namespace). */
export type SessionCardKey =
  | "club.runBy"
  | "club.every"
  | "club.everyElsewhere"
  | "club.next"
  | "club.noMeeting"
  | "club.noMeetingNamed"
  | "club.online"
  | "club.age"
  | "club.agesFrom"
  | "club.ages"
  | "club.free"
  | "club.cost"
  | "club.book"
  | "club.bookAt"
  | "club.bookHere"
  | "club.bookHereAt"
  | `club.weekday.${Weekday}`;

/** A price in pence as a card writes it: 350 → "£3.50", 400 → "£4" (as costLabel does). */
export function poundsText(costPence: number): string {
  const pounds = Math.floor(costPence / 100);
  const pence = costPence % 100;
  return `£${pounds}${pence === 0 ? "" : `.${String(pence).padStart(2, "0")}`}`;
}

/** A break's local dates as a card says them, in `locale`: "15–19 Feb 2027", "15–19 Chw 2027". */
function breakDatesIn(pause: SessionBreakText, locale: DateLocale): string {
  // Local calendar dates: midnight UTC of each, read in UTC, is that day.
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  return formatDateRangeInZone(day(pause.startsOn), day(pause.endsOn), "UTC", locale);
}

/**
 * The cards' words from a page's catalogue: `say` reads an "OrganisationPage" message, `level` an
 * "ExperienceLevel" one, and dates are written in `locale`. The English equals ENGLISH_SESSION_CARD_WORDS
 * (session-card-words.test.ts).
 */
export function sessionCardWords(
  say: (key: SessionCardKey, values?: Record<string, string | number>) => string,
  level: (level: ExperienceLevel) => string,
  locale: DateLocale,
): SessionCardWords {
  return {
    locale,
    runBy: say("club.runBy"),
    when: (s) =>
      say(s.timeZone === "Europe/London" ? "club.every" : "club.everyElsewhere", {
        weekday: say(`club.weekday.${s.weekday as Weekday}`),
        start: s.startTime,
        end: s.endTime,
        timeZone: s.timeZone,
      }),
    next: say("club.next"),
    noMeeting: (pause) => {
      const dates = breakDatesIn(pause, locale);
      return pause.name
        ? say("club.noMeetingNamed", { dates, name: pause.name })
        : say("club.noMeeting", { dates });
    },
    online: say("club.online"),
    ages: (minAge, maxAge) => {
      if (minAge === maxAge) return say("club.age", { age: minAge });
      if (maxAge >= DIRECTORY_MAX_AGE) return say("club.agesFrom", { min: minAge });
      return say("club.ages", { min: minAge, max: maxAge });
    },
    level,
    cost: (costPence) =>
      costPence <= 0 ? say("club.free") : say("club.cost", { price: poundsText(costPence) }),
    book: say("club.book"),
    bookAt: (title) => say("club.bookAt", { title }),
    bookHere: say("club.bookHere"),
    bookHereAt: (title) => say("club.bookHereAt", { title }),
  };
}
