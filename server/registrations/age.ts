// A participant's age at the event, which needs time-zone arithmetic (Temporal). Kept apart from
// rules.ts, which the registration forms import, so the forms do not carry the Temporal polyfill.
import { Temporal } from "temporal-polyfill";
import { isYoungPerson, nameForOrganisers, type PersonNames } from "../people/rules.ts";
import {
  ageBand,
  ageBandLabel,
  ageOn,
  calendarDateOf,
  type CalendarDate,
  type RegistrationRules,
} from "./rules.ts";

/** The calendar date of `instant` in `timeZone`. */
export function dateInZone(instant: Date, timeZone: string): CalendarDate {
  const z = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(timeZone);
  return { year: z.year, month: z.month, day: z.day };
}

export interface EventStart {
  startsAt: Date;
  timeZone: string;
}

/** Age on the day the event starts, in the event's zone. */
export function ageAtEventStart(dateOfBirth: CalendarDate, event: EventStart): number {
  return ageOn(dateOfBirth, dateInZone(event.startsAt, event.timeZone));
}

/** What a registration keeps of a person's age: the date of birth, or (once retention has deleted it) the age at the start. */
export interface AgeFacts {
  dateOfBirth: Date | null;
  ageAtStart: number | null;
}

/** The select for AgeFacts on a Registration. */
export const AGE_FACTS_SELECT = { dateOfBirth: true, ageAtStart: true } as const;

/**
 * A registered person's age in whole years on the day the event starts (in its zone): from the date of
 * birth, or the age kept when the retention job deleted it (server/retention). With neither (which a
 * CHECK constraint prevents) 0: the youngest, so the private choices follow.
 */
export function registrantAge(facts: AgeFacts, event: EventStart): number {
  if (facts.dateOfBirth) return ageAtEventStart(calendarDateOf(facts.dateOfBirth), event);
  return facts.ageAtStart ?? 0;
}

/**
 * The rules for an event (its start in its own zone, age settings, whether it has centres) at `now`,
 * as seen by the person with `ownEmail` (registered by the guardian at `registeringGuardian`, if any).
 */
export function registrationRulesOf(params: {
  event: EventStart;
  settings: { minimumAge: number | null; consentAge: number; digitalConsentAge: number };
  now: Date;
  ownEmail: string | null;
  /** The guardian's address when a guardian acts for a child's profile they keep. */
  registeringGuardian?: string | null;
  centreRequired: boolean;
}): RegistrationRules {
  return {
    centreRequired: params.centreRequired,
    eventStart: dateInZone(params.event.startsAt, params.event.timeZone),
    today: dateInZone(params.now, params.event.timeZone),
    minimumAge: params.settings.minimumAge,
    consentAge: params.settings.consentAge,
    digitalConsentAge: params.settings.digitalConsentAge,
    ownEmail: params.ownEmail,
    registeringGuardian: params.registeringGuardian ?? null,
  };
}

/**
 * How organisers and centre leads see a registered person: their name as nameForOrganisers gives it (a
 * young person — by their age at the event's start and its consent age — by alias, or first name and
 * initial) and their age band's label, never the date of birth itself.
 */
export function organiserViewOf(
  person: AgeFacts & { user: PersonNames },
  event: EventStart & { consentAge: number },
): { displayName: string; ageBandLabel: string } {
  const age = registrantAge(person, event);
  return {
    displayName: nameForOrganisers({
      ...person.user,
      young: isYoungPerson({ age, consentAge: event.consentAge }),
    }),
    ageBandLabel: ageBandLabel(ageBand(age)),
  };
}
