// Who may call each mentoring procedure. Run by mentoring.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo, scopedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeCentre } from "../test/registration-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");
/** The event's first day (it runs 1–3 December, Europe/London: timelineAround). */
export const DAY = "2026-12-01";

export interface MentoringWorld extends AuthWorld {
  event: { id: string; slug: string };
  organiser: SessionUser;
  safeguardingLead: SessionUser;
  /** Leads the centre where the mentors and the team are. */
  lead: SessionUser;
  /** Leads another centre of the same event. */
  otherLead: SessionUser;
  centreId: string;
  /** Mentor at the lead's centre: offer accepted, vetted, signed in on site. */
  mentor: SessionUser;
  /** Another mentor there, not signed in. */
  mentor2: SessionUser;
  /** Offered to mentor; not decided yet. */
  volunteer: SessionUser;
  offerId: string;
  /** Captain of the team at the lead's centre (a draft match with the mentor on DAY). */
  captain: SessionUser;
  teamId: string;
  /** Registered, in no team. */
  participant: SessionUser;
  /** Organiser of another event. */
  other: SessionUser;
}

export async function mentoringWorld(db: Db): Promise<MentoringWorld> {
  const person = () => makeUser(db, { name: "Sam Example" });
  const [organiser, safeguardingLead, lead, otherLead, mentor, mentor2, volunteer, other] = await Promise.all(
    [person(), person(), person(), person(), person(), person(), person(), person()],
  );
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: safeguardingLead.id, role: "SAFEGUARDING_LEAD" },
    ],
  });
  const [centre, otherCentre] = await Promise.all([makeCentre(db, event.id), makeCentre(db, event.id)]);
  await db.eventRole.createMany({
    data: [
      { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
      { eventId: event.id, userId: otherLead.id, role: "CENTRE_LEAD", centreId: otherCentre.id },
      { eventId: event.id, userId: mentor.id, role: "MENTOR", centreId: centre.id },
      { eventId: event.id, userId: mentor2.id, role: "MENTOR", centreId: centre.id },
    ],
  });
  const day = new Date(`${DAY}T00:00:00Z`);
  await db.mentorOffer.create({
    data: {
      eventId: event.id,
      userId: mentor.id,
      centreId: centre.id,
      levels: ["NEW", "SOME", "CONFIDENT"],
      days: [day],
      capacity: 2,
      status: "ACCEPTED",
    },
  });
  const offer = await db.mentorOffer.create({
    data: { eventId: event.id, userId: volunteer.id, centreId: centre.id, levels: ["NEW"], days: [day] },
    select: { id: true },
  });
  await db.vettingRecord.create({
    data: {
      eventId: event.id,
      userId: mentor.id,
      check: "DBS_ENHANCED_BARRED",
      checkedOn: new Date("2025-01-10T00:00:00Z"),
      expiresOn: new Date("2028-01-10T00:00:00Z"),
      verifiedBy: "Sam at the library",
    },
  });
  await db.staffVisit.create({
    data: { eventId: event.id, centreId: centre.id, userId: mentor.id, checkedInAt: now },
  });
  const [captain, participant] = await Promise.all([
    makeParticipant(db, { eventId: event.id, centreId: centre.id }),
    makeParticipant(db, { eventId: event.id, centreId: centre.id }),
  ]);
  const team = await makeTeam(db, { eventId: event.id, captain });
  await db.team.update({ where: { id: team.id }, data: { centreId: centre.id } });
  await db.mentorMatch.create({
    data: { eventId: event.id, centreId: centre.id, teamId: team.id, mentorId: mentor.id, day },
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  return {
    event,
    organiser: organiser,
    safeguardingLead: safeguardingLead,
    lead: lead,
    otherLead: otherLead,
    centreId: centre.id,
    mentor: mentor,
    mentor2: mentor2,
    volunteer: volunteer,
    offerId: offer.id,
    captain,
    teamId: team.id,
    participant,
    other: other,
  };
}

// The matching board: the centre's lead (and organisers); the lead of another centre does not find it.
const centreManager = scopedTo<MentoringWorld>(
  (w) => w.lead,
  (w) => w.otherLead,
);

const organiserOnly = restrictedTo<MentoringWorld>(
  (w) => w.organiser,
  (w) => w.lead,
);

export const mentoringAuthorization: AuthCases<MentoringWorld> = {
  // Anyone signed in who can see the event may offer to mentor, from another event too.
  "mentoring.offerForm": {
    right: (w) => w.volunteer,
    wrong: (w) => w.participant,
    call: (c, w) => c.mentoring.offerForm({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  },
  "mentoring.offer": {
    right: (w) => w.volunteer,
    wrong: (w) => w.participant,
    call: (c, w) =>
      c.mentoring.offer({ eventId: w.event.id, levels: ["NEW"], days: [DAY], capacity: 1, adult: true }),
    expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" },
  },
  // Only someone with an offer has one to withdraw.
  "mentoring.withdrawOffer": {
    right: (w) => w.volunteer,
    wrong: (w) => w.participant,
    call: (c, w) => c.mentoring.withdrawOffer({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "NOT_FOUND", signedOut: "UNAUTHORIZED", other: "NOT_FOUND" },
  },
  "mentoring.people": {
    right: (w) => w.safeguardingLead,
    wrong: (w) => w.mentor,
    call: (c, w) => c.mentoring.people({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "mentoring.decideOffer": organiserOnly((c, w) =>
    c.mentoring.decideOffer({ eventId: w.event.id, offerId: w.offerId, decision: "ACCEPT" }),
  ),
  "mentoring.recordVetting": {
    right: (w) => w.safeguardingLead,
    wrong: (w) => w.lead,
    call: (c, w) =>
      c.mentoring.recordVetting({
        eventId: w.event.id,
        userId: w.volunteer.id,
        check: "DBS_ENHANCED_BARRED",
        checkedOn: "2026-01-05",
        expiresOn: "2029-01-05",
        verifiedBy: "Priya (safeguarding lead)",
      }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "mentoring.setRatio": organiserOnly((c, w) =>
    c.mentoring.setRatio({ eventId: w.event.id, youngPeoplePerVettedAdult: 8 }),
  ),
  "mentoring.onSite": {
    right: (w) => w.lead,
    wrong: (w) => w.mentor,
    call: (c, w) => c.mentoring.onSite({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  // Signing someone else in: the lead of their centre; the lead of another centre is refused.
  "mentoring.signIn": {
    right: (w) => w.lead,
    wrong: (w) => w.otherLead,
    call: (c, w) => c.mentoring.signIn({ eventId: w.event.id, centreId: w.centreId, userId: w.mentor2.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "mentoring.signOut": {
    right: (w) => w.lead,
    wrong: (w) => w.otherLead,
    call: (c, w) => c.mentoring.signOut({ eventId: w.event.id, centreId: w.centreId, userId: w.mentor.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "mentoring.board": centreManager((c, w) =>
    c.mentoring.board({ eventId: w.event.id, centreId: w.centreId, day: DAY }),
  ),
  "mentoring.propose": centreManager((c, w) =>
    c.mentoring.propose({ eventId: w.event.id, centreId: w.centreId, day: DAY }),
  ),
  "mentoring.setMatch": centreManager((c, w) =>
    c.mentoring.setMatch({
      eventId: w.event.id,
      centreId: w.centreId,
      day: DAY,
      teamId: w.teamId,
      mentorId: w.mentor.id,
    }),
  ),
  "mentoring.publish": centreManager((c, w) =>
    c.mentoring.publish({ eventId: w.event.id, centreId: w.centreId, day: DAY }),
  ),
  "mentoring.myTeams": {
    right: (w) => w.mentor,
    wrong: (w) => w.participant,
    call: (c, w) => c.mentoring.myTeams({ eventId: w.event.id }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
  "mentoring.teamMentors": {
    right: (w) => w.captain,
    wrong: (w) => w.participant,
    call: (c, w) => c.mentoring.teamMentors({ eventId: w.event.id, teamId: w.teamId }),
    expect: { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
  },
};
