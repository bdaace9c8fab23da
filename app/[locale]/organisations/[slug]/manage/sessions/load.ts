import "server-only";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { breaksText } from "~/server/directory/schema";
import type { SessionFormValues } from "./session-form";

/**
 * An empty session form: a Tuesday club after school, in London, starting today's date left to fill in,
 * booked on the club's own page.
 */
export const emptySession: SessionFormValues = {
  title: "",
  description: "",
  weekday: "2",
  startTime: "17:00",
  endTime: "18:30",
  timeZone: "Europe/London",
  startsOn: "",
  endsOn: "",
  mode: "IN_PERSON",
  venueName: "",
  addressLine: "",
  postcodeDistrict: "",
  minAge: "8",
  maxAge: "12",
  level: "NEW",
  cost: "",
  bookings: "elsewhere",
  bookingUrl: "",
  placesHere: "",
  breaks: "",
};

/**
 * Loads the organisation (by slug) and its sessions for a member; null when the caller is not one.
 * Shared by the list and the edit page.
 */
export async function loadSessions(slug: string) {
  const caller = await serverCaller();
  return orForbidden(
    (async () => {
      const { id } = await caller.organisations.bySlug({ slug });
      const [forMembers, sessions] = await Promise.all([
        caller.organisations.forMembers({ organisationId: id }),
        caller.directory.sessions({ organisationId: id }),
      ]);
      return { organisation: forMembers.organisation, myRole: forMembers.myRole, ...sessions };
    })(),
  );
}

type LoadedSession = NonNullable<Awaited<ReturnType<typeof loadSessions>>>["sessions"][number];

/** A pounds-and-pence price as the form shows it ("" for free). */
function poundsText(costPence: number): string {
  if (costPence === 0) return "";
  return (costPence / 100).toFixed(2);
}

/**
 * One of the loaded sessions as its form shows it: every field as text, and its way of booking ("here"
 * with its number of places, or "elsewhere" on its booking page).
 */
export function sessionFormValues(session: LoadedSession): SessionFormValues & { id: string } {
  return {
    id: session.id,
    title: session.title,
    description: session.description,
    weekday: String(session.weekday),
    startTime: session.startTime,
    endTime: session.endTime,
    timeZone: session.timeZone,
    startsOn: session.startsOn.toISOString().slice(0, 10),
    endsOn: session.endsOn ? session.endsOn.toISOString().slice(0, 10) : "",
    breaks: breaksText(session.breaks),
    mode: session.mode,
    venueName: session.venueName,
    addressLine: session.addressLine,
    postcodeDistrict: session.postcodeDistrict,
    minAge: String(session.minAge),
    maxAge: String(session.maxAge),
    level: session.level,
    cost: poundsText(session.costPence),
    bookings: session.placesHere === null ? "elsewhere" : "here",
    bookingUrl: session.bookingUrl,
    placesHere: session.placesHere === null ? "" : String(session.placesHere),
  };
}
