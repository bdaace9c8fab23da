import "server-only";
import type { Db } from "../db/create.ts";
import { toCsv } from "../export/csv.ts";
import { ageAtEventStart, ageBand, ageBandLabel, calendarDateOf, AGE_BANDS } from "../registrations/rules.ts";

interface DashboardEvent {
  id: string;
  slug: string;
  startsAt: Date;
  timeZone: string;
}

const countBy = <T extends string>(values: readonly T[]): Record<string, number> =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

/**
 * The organisers' overview: counts only, so no personal data leaves the database. Withdrawn
 * registrations are counted apart from the rest.
 */
export async function eventDashboard(db: Db, params: { event: DashboardEvent }) {
  const eventId = params.event.id;
  const [registrations, teams, submissions, challengesAwaitingReview, settings] = await Promise.all([
    db.registration.findMany({
      where: { eventId },
      select: { status: true, experience: true, dateOfBirth: true, centre: { select: { name: true } } },
    }),
    db.team.findMany({
      where: { eventId },
      select: { lookingForMembers: true, _count: { select: { members: true } } },
    }),
    db.submission.findMany({
      where: { eventId },
      select: { status: true, challenges: { select: { challenge: { select: { title: true } } } } },
    }),
    db.challenge.count({ where: { eventId, status: "SUBMITTED" } }),
    db.event.findUniqueOrThrow({ where: { id: eventId }, select: { teamMinSize: true } }),
  ]);
  const active = registrations.filter((r) => r.status !== "WITHDRAWN");
  const bands = countBy(
    active.map((r) => ageBand(ageAtEventStart(calendarDateOf(r.dateOfBirth), params.event))),
  );
  const submitted = submissions.filter((s) => s.status === "SUBMITTED");
  return {
    registrations: {
      total: active.length,
      withdrawn: registrations.length - active.length,
      byStatus: countBy(registrations.map((r) => r.status)),
      byCentre: countBy(active.map((r) => r.centre?.name ?? "No centre")),
      byAgeBand: AGE_BANDS.map((band) => ({ label: ageBandLabel(band), count: bands[band] ?? 0 })),
      byExperience: countBy(active.map((r) => r.experience)),
    },
    teams: {
      total: teams.length,
      complete: teams.filter((t) => t._count.members >= settings.teamMinSize).length,
      lookingForMembers: teams.filter((t) => t.lookingForMembers).length,
    },
    submissions: {
      byStatus: countBy(submissions.map((s) => s.status)),
      byChallenge: countBy(submitted.flatMap((s) => s.challenges.map((c) => c.challenge.title))),
    },
    challengesAwaitingReview,
  };
}

export type EventDashboard = Awaited<ReturnType<typeof eventDashboard>>;

/** Teams for a spreadsheet: no people's names or contacts, which organisers have in the registrations export. */
export async function teamsCsv(db: Db, params: { event: DashboardEvent }) {
  const teams = await db.team.findMany({
    where: { eventId: params.event.id },
    orderBy: { name: "asc" },
    select: {
      name: true,
      lookingForMembers: true,
      wantedSkills: true,
      centre: { select: { name: true } },
      _count: { select: { members: true } },
      submission: { select: { status: true } },
    },
  });
  return {
    filename: `${params.event.slug}-teams.csv`,
    csv: toCsv(
      ["Team", "Centre", "Members", "Looking for members", "Wanted skills", "Project status"],
      teams.map((t) => [
        t.name,
        t.centre?.name ?? "",
        t._count.members,
        t.lookingForMembers ? "yes" : "no",
        t.wantedSkills.join("; "),
        t.submission?.status ?? "none",
      ]),
    ),
  };
}

/** Projects for a spreadsheet (what judges and sponsors need to find them). */
export async function submissionsCsv(db: Db, params: { event: DashboardEvent }) {
  const submissions = await db.submission.findMany({
    where: { eventId: params.event.id },
    orderBy: { title: "asc" },
    select: {
      id: true,
      title: true,
      status: true,
      submittedAt: true,
      repositoryUrl: true,
      demoUrl: true,
      videoUrl: true,
      team: { select: { name: true, centre: { select: { name: true } } } },
      challenges: { select: { challenge: { select: { title: true } } } },
    },
  });
  return {
    filename: `${params.event.slug}-projects.csv`,
    csv: toCsv(
      [
        "Project id",
        "Title",
        "Team",
        "Centre",
        "Status",
        "Submitted at (UTC)",
        "Challenges",
        "Repository",
        "Demo",
        "Video",
      ],
      submissions.map((s) => [
        s.id,
        s.title,
        s.team.name,
        s.team.centre?.name ?? "",
        s.status,
        s.submittedAt?.toISOString() ?? "",
        s.challenges.map((c) => c.challenge.title).join("; "),
        s.repositoryUrl ?? "",
        s.demoUrl ?? "",
        s.videoUrl ?? "",
      ]),
    ),
  };
}
