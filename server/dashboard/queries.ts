import "server-only";
import type { Db } from "../db/create.ts";
import { toCsv } from "../export/csv.ts";
import { ageBand, ageBandLabel, AGE_BANDS } from "../registrations/rules.ts";
import { AGE_FACTS_SELECT, registrantAge } from "../registrations/age.ts";
import {
  EXPERIENCE_LABELS,
  EXPERIENCE_LEVELS,
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_STATUSES,
} from "../registrations/schema.ts";
import { SUBMISSION_STATUS_LABELS, SUBMISSION_STATUSES } from "../submissions/schema.ts";
import { hasEnoughMembers, isLookingForMembers } from "../teams/rules.ts";
import { NO_CENTRE } from "../centres/rules.ts";

interface DashboardEvent {
  id: string;
  slug: string;
  startsAt: Date;
  timeZone: string;
}

/** One labelled count per distinct value, in first-seen order (or `order`, when given, with zeros left out). */
function countBy<T extends string>(
  values: readonly T[],
  label: (value: T) => string,
  order?: readonly T[],
): { label: string; count: number }[] {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const keys = order ? order.filter((k) => counts.has(k)) : [...counts.keys()];
  return keys.map((key) => ({ label: label(key), count: counts.get(key) ?? 0 }));
}

/**
 * The organisers' overview: counts only, so no personal data leaves the database. Withdrawn
 * registrations are counted apart from the rest. Every count is labelled here with the same words the
 * rest of the product uses (REGISTRATION_STATUS_LABELS, EXPERIENCE_LABELS, SUBMISSION_STATUS_LABELS),
 * and teams are counted by the rules in teams/rules.ts, so the dashboard agrees with every other page.
 */
export async function eventDashboard(db: Db, params: { event: DashboardEvent }) {
  const eventId = params.event.id;
  const [registrations, teams, submissions, challengesAwaitingReview, settings] = await Promise.all([
    db.registration.findMany({
      where: { eventId },
      select: { status: true, experience: true, ...AGE_FACTS_SELECT, centre: { select: { name: true } } },
    }),
    db.team.findMany({
      where: { eventId },
      select: {
        lookingForMembers: true,
        centre: { select: { name: true } },
        _count: { select: { members: true } },
      },
    }),
    db.submission.findMany({
      where: { eventId },
      select: { status: true, challenges: { select: { challenge: { select: { title: true } } } } },
    }),
    db.challenge.count({ where: { eventId, status: "SUBMITTED" } }),
    db.event.findUniqueOrThrow({ where: { id: eventId }, select: { teamMinSize: true, teamMaxSize: true } }),
  ]);
  const active = registrations.filter((r) => r.status !== "WITHDRAWN");
  const bands = active.map((r) => ageBand(registrantAge(r, params.event)));
  const submitted = submissions.filter((s) => s.status === "SUBMITTED");
  const asIs = (value: string) => value;
  const teamCounts = teams.map((t) => ({
    lookingForMembers: t.lookingForMembers,
    memberCount: t._count.members,
  }));
  return {
    timeZone: params.event.timeZone,
    registrations: {
      total: active.length,
      withdrawn: registrations.length - active.length,
      byStatus: countBy(
        registrations.map((r) => r.status),
        (s) => REGISTRATION_STATUS_LABELS[s],
        REGISTRATION_STATUSES,
      ),
      byCentre: countBy(
        active.map((r) => r.centre?.name ?? NO_CENTRE),
        asIs,
      ),
      byAgeBand: AGE_BANDS.map((band) => ({
        label: ageBandLabel(band),
        count: bands.filter((b) => b === band).length,
      })),
      byExperience: countBy(
        active.map((r) => r.experience),
        (e) => EXPERIENCE_LABELS[e],
        EXPERIENCE_LEVELS,
      ),
    },
    teams: {
      total: teams.length,
      complete: teamCounts.filter((t) => hasEnoughMembers(t, settings.teamMinSize)).length,
      lookingForMembers: teamCounts.filter((t) => isLookingForMembers(t, settings.teamMaxSize)).length,
      byCentre: countBy(
        teams.map((t) => t.centre?.name ?? NO_CENTRE),
        asIs,
      ),
    },
    submissions: {
      byStatus: countBy(
        submissions.map((s) => s.status),
        (s) => SUBMISSION_STATUS_LABELS[s],
        SUBMISSION_STATUSES,
      ),
      byChallenge: countBy(
        submitted.flatMap((s) => s.challenges.map((c) => c.challenge.title)),
        asIs,
      ),
    },
    challengesAwaitingReview,
  };
}

export type EventDashboard = Awaited<ReturnType<typeof eventDashboard>>;

/** Teams for a spreadsheet: no people's names or contacts, which organisers have in the registrations export. */
export async function teamsCsv(db: Db, params: { event: DashboardEvent }) {
  const settings = await db.event.findUniqueOrThrow({
    where: { id: params.event.id },
    select: { teamMaxSize: true },
  });
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
        t.centre?.name ?? NO_CENTRE,
        t._count.members,
        isLookingForMembers(
          { lookingForMembers: t.lookingForMembers, memberCount: t._count.members },
          settings.teamMaxSize,
        )
          ? "Yes"
          : "No",
        t.wantedSkills.join("; "),
        t.submission ? SUBMISSION_STATUS_LABELS[t.submission.status] : "No project yet",
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
        s.team.centre?.name ?? NO_CENTRE,
        SUBMISSION_STATUS_LABELS[s.status],
        s.submittedAt?.toISOString() ?? "",
        s.challenges.map((c) => c.challenge.title).join("; "),
        s.repositoryUrl ?? "",
        s.demoUrl ?? "",
        s.videoUrl ?? "",
      ]),
    ),
  };
}
