// Who may call each finals procedure. Run by finals.authz.int.test.ts; coverage.test.ts checks that
// every procedure in the router has an entry here.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, openToAll, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

export const now = new Date("2026-12-24T12:00:00.000Z");
const eventNow = new Date("2026-12-01T12:00:00.000Z");

export interface FinalsWorld extends AuthWorld {
  event: { id: string; slug: string };
  organiser: SessionUser;
  /** A judge of the event: a role, but not one that runs the show. */
  judge: SessionUser;
  /** Organiser of another event. */
  other: SessionUser;
  submissionId: string;
}

export async function finalsWorld(db: Db): Promise<FinalsWorld> {
  const [organiser, judge, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, {
    now: eventNow,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  await makeEvent(db, { now: eventNow, roles: [{ userId: other.id, role: "ORGANISER" }] });
  const member = await makeParticipant(db, { eventId: event.id });
  const team = await makeTeam(db, { eventId: event.id, captain: member });
  const submission = await db.submission.create({
    data: {
      eventId: event.id,
      teamId: team.id,
      title: "Bus Buddy",
      status: "SUBMITTED",
      submittedAt: eventNow,
    },
    select: { id: true },
  });
  // A running order of one, not started: the right caller can start the show.
  await db.finalsShow.create({
    data: { eventId: event.id, slots: { create: { submissionId: submission.id, position: 0 } } },
    select: { id: true },
  });
  return { event, organiser, judge, other, submissionId: submission.id };
}

const organisers = restrictedTo<FinalsWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

// Public: anyone, signed in or not.
const anyone = openToAll<FinalsWorld>();

export const finalsAuthorization: AuthCases<FinalsWorld> = {
  "finals.forEvent": anyone((c, w) => c.finals.forEvent({ slug: w.event.slug })),
  "finals.forOrganisers": organisers((c, w) => c.finals.forOrganisers({ eventId: w.event.id })),
  "finals.presenter": organisers((c, w) => c.finals.presenter({ eventId: w.event.id })),
  "finals.saveSettings": organisers((c, w) =>
    c.finals.saveSettings({ eventId: w.event.id, title: "Grand final", minutesPerEntry: 4, streamUrl: "" }),
  ),
  "finals.setOrder": organisers((c, w) =>
    c.finals.setOrder({ eventId: w.event.id, submissionIds: [w.submissionId] }),
  ),
  "finals.step": organisers((c, w) =>
    c.finals.step({ eventId: w.event.id, version: 1, step: { kind: "start" } }),
  ),
};
