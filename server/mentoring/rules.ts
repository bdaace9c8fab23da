// Pure rules of mentoring: the days of an event, a team's level, who may be matched to whom.
import type { ExperienceLevel } from "../registrations/schema.ts";
import { EXPERIENCE_LEVELS } from "../registrations/schema.ts";

/** At most this many days of an event are offered to mentors and matched. */
export const MAX_EVENT_DAYS = 31;

/**
 * The calendar days from `first` to `last` ("YYYY-MM-DD", inclusive), at most MAX_EVENT_DAYS of them.
 * Empty when `last` is before `first`.
 */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const at = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  while (at <= end && days.length < MAX_EVENT_DAYS) {
    days.push(at.toISOString().slice(0, 10));
    at.setUTCDate(at.getUTCDate() + 1);
  }
  return days;
}

/** A day ("YYYY-MM-DD") as people read it: "Saturday 5 December". */
export function dayLabel(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });
}

/**
 * The level a team needs help at: its least experienced member's (NEW < SOME < CONFIDENT). Null for a
 * team with no members.
 */
export function teamLevel(levels: readonly ExperienceLevel[]): ExperienceLevel | null {
  let lowest: number | null = null;
  for (const level of levels) {
    const rank = EXPERIENCE_LEVELS.indexOf(level);
    if (lowest === null || rank < lowest) lowest = rank;
  }
  return lowest === null ? null : (EXPERIENCE_LEVELS[lowest] ?? null);
}

/** How many teams a mentor looks after when they made no offer (an organiser gave them the role directly). */
export const DEFAULT_MENTOR_CAPACITY = 2;

/** How many learners a group takes when the event sets no ratio of young people per vetted adult. */
export const DEFAULT_GROUP_SIZE = 8;

/** How many learner groups a mentor coming that day leads (one at a time, in a coding-club session). */
export const GROUPS_PER_MENTOR = 1;

/**
 * The most learners in a group: the event's ratio (one vetted adult for every N young people) when it
 * sets one, otherwise DEFAULT_GROUP_SIZE.
 */
export function groupSizeFor(youngPeoplePerVettedAdult: number | null): number {
  return youngPeoplePerVettedAdult ?? DEFAULT_GROUP_SIZE;
}

/** A group's name on the board and for its learners: "New to coding 1". */
export function groupLabel(levelLabel: string, number: number): string {
  return `${levelLabel} ${number}`;
}
