/**
 * How a person is named, and to whom. Pure: the queries behind every page that lists people, the
 * emails about people and their tests all name people through these functions, so a young person is
 * named the same way everywhere.
 *
 * Registration collects a name (at least a first name) from everyone and a nickname (alias) from every
 * young person, before a guardian is asked for consent, and a young person cannot remove their
 * nickname while registered (server/users/commands.ts). The fallbacks below therefore only ever show
 * for accounts registered before names were asked for.
 */
import { ADULT_AGE } from "../registrations/rules.ts";

/** A person's names as stored on their account. */
export interface PersonNames {
  name: string | null;
  alias: string | null;
}

/** Said instead of a name that was never given (older registrations only; see above). */
export const UNNAMED_PARTICIPANT = "A participant";

/**
 * Whether someone of `age` at the event start is a young person: under 18, or under the event's
 * consent age if that is higher. Young people are shown to other participants by nickname only, and
 * need one to register.
 */
export function isYoungPerson(params: { age: number; consentAge: number }): boolean {
  return params.age < youngAgeLimit(params.consentAge);
}

/** The age below which someone is a young person at an event with this consent age. */
export function youngAgeLimit(consentAge: number): number {
  return Math.max(ADULT_AGE, consentAge);
}

const clean = (value: string | null): string => value?.trim() ?? "";

/** The first word of a name, or null when there is none. */
export function firstName(name: string | null): string | null {
  return clean(name).split(/\s+/)[0] || null;
}

/** "Ada L." for "Ada King Lovelace" (first name and the last name's initial), "Ada" for "Ada". */
export function nameWithInitial(name: string | null): string | null {
  const [first, ...rest] = clean(name).split(/\s+/).filter(Boolean);
  if (!first) return null;
  const initial = rest.at(-1)?.charAt(0).toUpperCase();
  return initial ? `${first} ${initial}.` : first;
}

/**
 * How other participants (team pages, the team finder, team emails) see a person: a young person by
 * nickname only, never by name; an adult by name (or nickname). Never an email address.
 */
export function nameForParticipants(person: PersonNames & { young: boolean }): string {
  const alias = clean(person.alias);
  if (person.young) return alias || UNNAMED_PARTICIPANT;
  return clean(person.name) || alias || UNNAMED_PARTICIPANT;
}

/**
 * How organisers and centre leads (lists, CSV exports) see a person: adults by name; young people by
 * nickname, or first name and initial when they have none. Never a young person's full name: a
 * spreadsheet travels further than the app.
 */
export function nameForOrganisers(person: PersonNames & { young: boolean }): string {
  const alias = clean(person.alias);
  if (person.young) return alias || nameWithInitial(person.name) || UNNAMED_PARTICIPANT;
  return clean(person.name) || alias || UNNAMED_PARTICIPANT;
}

/**
 * How a guardian is told who a consent is for: by first name only, because the email may be read by
 * anyone with access to that inbox (the nickname when no name was given).
 */
export function nameForGuardian(person: PersonNames): string {
  return firstName(person.name) ?? (clean(person.alias) || UNNAMED_PARTICIPANT);
}

/** How a person is greeted in an email to themselves: their first name, or their nickname. */
export function greetingName(person: PersonNames): string | null {
  return firstName(person.name) ?? (clean(person.alias) || null);
}
