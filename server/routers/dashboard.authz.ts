// Who may call the dashboard and announcements procedures. Run by dashboard.authz.int.test.ts.
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import { type AuthCases, type AuthWorld, restrictedTo } from "../test/authorization.ts";
import { makeEvent, makeUser } from "../test/factories.ts";

export const now = new Date("2026-11-24T12:00:00.000Z");

export interface DashboardWorld extends AuthWorld {
  event: { id: string; slug: string };
  announcementId: string;
  organiser: SessionUser;
  judge: SessionUser;
  /** The organiser of another event. */
  other: SessionUser;
}

export async function dashboardWorld(db: Db): Promise<DashboardWorld> {
  const [organiser, judge, other] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  const event = await makeEvent(db, {
    now,
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      { userId: judge.id, role: "JUDGE" },
    ],
  });
  await makeEvent(db, { now, roles: [{ userId: other.id, role: "ORGANISER" }] });
  const announcement = await db.announcement.create({
    data: { eventId: event.id, title: "Doors open", body: "Doors open at 9.", authorId: organiser.id },
    select: { id: true },
  });
  return { event, organiser, judge, other, announcementId: announcement.id };
}

const organiserOnly = restrictedTo<DashboardWorld>(
  (w) => w.organiser,
  (w) => w.judge,
);

export const dashboardAuthorization: AuthCases<DashboardWorld> = {
  "dashboard.overview": organiserOnly((c, w) => c.dashboard.overview({ eventId: w.event.id })),
  "dashboard.exportTeamsCsv": organiserOnly((c, w) => c.dashboard.exportTeamsCsv({ eventId: w.event.id })),
  "dashboard.exportSubmissionsCsv": organiserOnly((c, w) =>
    c.dashboard.exportSubmissionsCsv({ eventId: w.event.id }),
  ),
  "announcements.create": organiserOnly((c, w) =>
    c.announcements.create({ eventId: w.event.id, title: "Doors open", body: "Doors open at 9." }),
  ),
  "announcements.update": organiserOnly((c, w) =>
    c.announcements.update({
      eventId: w.event.id,
      announcementId: w.announcementId,
      title: "Doors open at ten",
      body: "Doors open at 10, not 9.",
    }),
  ),
  "announcements.delete": organiserOnly((c, w) =>
    c.announcements.delete({ eventId: w.event.id, announcementId: w.announcementId }),
  ),
  "announcements.list": {
    right: (w) => w.judge,
    wrong: null,
    call: (c, w) => c.announcements.list({ slug: w.event.slug }),
    expect: { right: "ok", wrong: "ok", signedOut: "ok", other: "ok" },
  },
};
