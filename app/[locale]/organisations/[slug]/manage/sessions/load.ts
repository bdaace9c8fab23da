import "server-only";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import type { SessionFormValues } from "./session-form";

/** An empty session form: a Tuesday club after school, in London, starting today's date left to fill in. */
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
  bookingUrl: "",
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
