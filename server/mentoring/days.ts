// The days of an event in its own time zone, as mentoring counts them.
import { dateInZone } from "../registrations/age.ts";
import { daysBetween } from "./rules.ts";

/** A day ("YYYY-MM-DD") as the database's DATE columns hold it (midnight UTC); calendarDay reads it back. */
export const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** "YYYY-MM-DD" of `instant` in `timeZone`. */
export function dayInZone(instant: Date, timeZone: string): string {
  const d = dateInZone(instant, timeZone);
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** The event facts mentoring needs: its days run from the start to the submission deadline. */
export interface MentoringEvent {
  id: string;
  timeZone: string;
  startsAt: Date;
  submissionDeadline: Date;
}

/** The event's days ("YYYY-MM-DD" in its zone): from the day it starts to the day projects are due. */
export function eventDays(event: Omit<MentoringEvent, "id">): string[] {
  return daysBetween(
    dayInZone(event.startsAt, event.timeZone),
    dayInZone(event.submissionDeadline, event.timeZone),
  );
}
