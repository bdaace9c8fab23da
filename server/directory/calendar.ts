// The directory as an iCalendar feed (RFC 5545), for a calendar app to subscribe to. Written by the
// `ics` library (as the event calendar is); this module decides what goes in. Pure.
import { createEvents, type EventAttributes } from "ics";
import { Temporal } from "temporal-polyfill";
import { clubPath } from "./booking-rules.ts";
import { nextMeeting, type SessionTimes } from "./rules.ts";

/** How many weeks of a weekly session's meetings the feed lists (calendar apps fetch it again daily). */
export const FEED_WEEKS = 12;

export interface FeedEvent {
  id: string;
  slug: string;
  name: string;
  startsAt: Date;
  submissionDeadline: Date;
}

export interface FeedSession extends SessionTimes {
  id: string;
  title: string;
  venueName: string;
  addressLine: string;
  postcodeDistrict: string;
  mode: "IN_PERSON" | "ONLINE";
  bookingUrl: string;
  /** Not null: booked on the club's page here (bookingUrl may be empty). */
  placesHere: number | null;
  organisation: { name: string };
}

/**
 * The meetings of a weekly session from `now` for FEED_WEEKS weeks (fewer when it ends sooner): start
 * and end instants, each read in the session's zone, so a change of the clocks never moves a meeting.
 */
export function upcomingMeetings(session: SessionTimes, now: Date): { start: Date; end: Date }[] {
  const meetings: { start: Date; end: Date }[] = [];
  let from = now;
  for (let week = 0; week < FEED_WEEKS; week++) {
    const meeting = nextMeeting(session, from);
    if (!meeting) break;
    meetings.push(meeting);
    from = new Date(meeting.end.getTime() + 1);
  }
  return meetings;
}

/**
 * The feed's text: every event (from the start of hacking to the submission deadline) and every meeting
 * of every session in the next FEED_WEEKS weeks, each linking to its page (`baseUrl` + path) or booking
 * page. Meetings are written one by one in UTC rather than as a weekly rule: a rule in UTC would shift by
 * an hour when the clocks change, and not every calendar reads a rule with a time zone. UIDs are stable
 * (a meeting's is the session's id and its date), so a calendar updates rather than duplicates.
 * Returns the text of an empty calendar when there is nothing. Throws Error when the library refuses.
 */
export function directoryCalendar(
  listing: { events: FeedEvent[]; sessions: FeedSession[] },
  baseUrl: string,
  now: Date,
): string {
  const base = {
    startInputType: "utc",
    startOutputType: "utc",
    endInputType: "utc",
    endOutputType: "utc",
    productId: "festival-of-code",
  } as const;
  const at = (d: Date) => d.getTime();
  const entries: EventAttributes[] = listing.events.map((event) => ({
    ...base,
    uid: `${event.id}-event@festival-of-code`,
    title: event.name,
    url: `${baseUrl}/events/${event.slug}`,
    description: `${event.name}: from the start of hacking to the submission deadline. ${baseUrl}/events/${event.slug}`,
    start: at(event.startsAt),
    end: at(event.submissionDeadline),
  }));
  for (const session of listing.sessions) {
    const where =
      session.mode === "ONLINE"
        ? "Online"
        : [session.venueName, session.addressLine, session.postcodeDistrict].filter(Boolean).join(", ");
    // A club that takes its bookings here is booked on its page; the rest on their own booking page.
    const bookAt = session.placesHere === null ? session.bookingUrl : `${baseUrl}${clubPath(session.id)}`;
    for (const meeting of upcomingMeetings(session, now)) {
      const date = Temporal.Instant.fromEpochMilliseconds(meeting.start.getTime())
        .toZonedDateTimeISO(session.timeZone)
        .toPlainDate()
        .toString();
      entries.push({
        ...base,
        uid: `${session.id}-${date}@festival-of-code`,
        title: `${session.title} (${session.organisation.name})`,
        url: bookAt,
        location: where,
        description: `Weekly, run by ${session.organisation.name}. Book a place: ${bookAt}`,
        start: at(meeting.start),
        end: at(meeting.end),
      });
    }
  }
  if (entries.length === 0) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nPRODID:festival-of-code\r\nMETHOD:PUBLISH\r\nX-PUBLISHED-TTL:PT1H\r\nEND:VCALENDAR\r\n";
  }
  const { error, value } = createEvents(entries);
  if (error || !value) throw new Error(`Could not write the calendar: ${error?.message ?? "no output"}`);
  return value;
}
