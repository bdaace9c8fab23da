// Who may call each checkin procedure. Run by checkin.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo, scopedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeCentre } from "../test/registration-factories.ts";
import { makeYoungPersonWithConsent } from "../test/checkin-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface CheckinWorld extends AuthWorld {
  event: { id: string };
  organiser: SessionUser;
  /** Leads the centre the young person is registered at. */
  lead: SessionUser;
  /** Leads another centre of the same event. */
  otherLead: SessionUser;
  /** An adult registered at the lead's centre, with no role, not checked in. */
  participant: SessionUser;
  participantRegistrationId: string;
  /** The young person: consent given, one authorised adult, checked in (so they can be checked out). */
  young: SessionUser;
  registrationId: string;
  collectorId: string;
  /** The guardian's consent link. */
  token: string;
  /** Organiser of another event. */
  other: SessionUser;
}

export async function checkinWorld(db: Db): Promise<CheckinWorld> {
  const [organiser, lead, otherLead, participant, other] = await Promise.all([
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
    makeUser(db),
  ]);
  const event = await makeEvent(db, {
    now,
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  const [centre, otherCentre] = await Promise.all([makeCentre(db, event.id), makeCentre(db, event.id)]);
  await db.eventRole.createMany({
    data: [
      { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
      { eventId: event.id, userId: otherLead.id, role: "CENTRE_LEAD", centreId: otherCentre.id },
    ],
  });
  const registration = await db.registration.create({
    data: {
      eventId: event.id,
      userId: participant.id,
      centreId: centre.id,
      experience: "SOME",
      dateOfBirth: new Date("1990-05-05T00:00:00Z"),
      status: "CONFIRMED",
      codeOfConductVersion: "2026-1",
      codeOfConductAt: now,
    },
    select: { id: true },
  });
  const young = await makeYoungPersonWithConsent(db, { eventId: event.id, centreId: centre.id, now });
  await db.attendance.create({
    data: { registrationId: young.registrationId, centreId: centre.id, checkedInAt: now },
    select: { id: true },
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return {
    event,
    organiser,
    lead,
    otherLead,
    participant,
    participantRegistrationId: registration.id,
    young: young.user,
    registrationId: young.registrationId,
    collectorId: young.collectorId,
    token: young.token,
    other,
  };
}

// The desk of the event's centre leads and organisers; a participant has no desk.
const deskOnly = restrictedTo<CheckinWorld>(
  (w) => w.lead,
  (w) => w.participant,
);

// One person's check-in or check-out: only at their own centre (another centre's lead does not find them).
const theirCentreOnly = scopedTo<CheckinWorld>(
  (w) => w.lead,
  (w) => w.otherLead,
);

export const checkinAuthorization: AuthCases<CheckinWorld> = {
  "checkin.desk": deskOnly((c, w) => c.checkin.desk({ eventId: w.event.id, search: "" })),
  // The world's young person is already in; the participant (an adult at the same centre) is not.
  "checkin.checkIn": theirCentreOnly((c, w) =>
    c.checkin.checkIn({ eventId: w.event.id, registrationId: w.participantRegistrationId }),
  ),
  "checkin.checkOut": theirCentreOnly((c, w) =>
    c.checkin.checkOut({
      eventId: w.event.id,
      registrationId: w.registrationId,
      choice: { kind: "collector", collectorId: w.collectorId },
    }),
  ),
  // Public: the consent link is the authority, but the young person themselves is refused.
  "checkin.setCollection": {
    right: (w) => w.organiser,
    wrong: (w) => w.young,
    call: (c, w) =>
      c.checkin.setCollection({
        token: w.token,
        mayLeaveAlone: false,
        collectors: [{ name: "Sam Patel", relationship: "aunt" }],
      }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "ok", other: "ok" },
  },
};
