import "server-only";
import type { Db } from "../db/create.ts";
import { challengeCardSelect, type ChallengeView } from "../challenges/queries.ts";
import { eventCoreSelect, type EventCore } from "../events/queries.ts";
import { appUrl } from "../http/app-url.ts";
import { publishedAwards } from "../judging/public-queries.ts";
import { isYoungPerson, nameForOrganisers } from "../people/rules.ts";
import { AGE_FACTS_SELECT, registrantAge } from "../registrations/age.ts";
import { galleryContext, galleryProjects } from "../submissions/queries.ts";
import { galleryIsOpen, galleryPageCount } from "../submissions/rules.ts";
import type { ApiChallenge, ApiEvent, ApiRegistration } from "./schema.ts";

/** An event's timeline and public page, as every API answer about events gives it. */
export function apiEventOf(event: EventCore): ApiEvent {
  return {
    id: event.id,
    slug: event.slug,
    name: event.name,
    timeZone: event.timeZone,
    registrationOpensAt: event.registrationOpensAt.toISOString(),
    registrationClosesAt: event.registrationClosesAt.toISOString(),
    startsAt: event.startsAt.toISOString(),
    submissionDeadline: event.submissionDeadline.toISOString(),
    judgingClosesAt: event.judgingClosesAt.toISOString(),
    resultsAt: event.resultsAt.toISOString(),
    url: appUrl(`/events/${event.slug}`),
  };
}

/** Published events, soonest first (at most 100), as the home page lists them. */
export async function apiEvents(db: Db): Promise<ApiEvent[]> {
  const rows = await db.event.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ startsAt: "asc" }, { name: "asc" }],
    take: 100,
    select: eventCoreSelect,
  });
  return rows.map(apiEventOf);
}

/** One published event with its description, team sizes, minimum age and contact address. */
export async function apiEventDetail(db: Db, params: { event: EventCore }) {
  const more = await db.event.findUniqueOrThrow({
    where: { id: params.event.id },
    select: { description: true, teamMinSize: true, teamMaxSize: true, minimumAge: true, contactEmail: true },
  });
  return { ...apiEventOf(params.event), ...more };
}

/** The event's published challenges, as its challenges page lists them. */
export async function apiPublishedChallenges(db: Db, params: { event: { id: string; slug: string } }) {
  const rows = await db.challenge.findMany({
    where: { eventId: params.event.id, status: "PUBLISHED" },
    orderBy: [{ publishedAt: "asc" }, { title: "asc" }],
    take: 200,
    select: challengeCardSelect,
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    sector: row.sector,
    prize: row.prize,
    organisation: { slug: row.organisation.slug, name: row.organisation.name },
    url: appUrl(`/events/${params.event.slug}/challenges/${row.slug}`),
  }));
}

/**
 * One page of the event's gallery, as the public sees it: `open` is false (and the list empty) until
 * the gallery opens. Teams by team name; no person is named.
 */
export async function apiGallery(
  db: Db,
  params: { event: { id: string; slug: string }; page: number; now: Date },
) {
  const context = await galleryContext(db, { eventId: params.event.id });
  if (!galleryIsOpen(context, params.now)) {
    return { open: false, page: params.page, pageCount: 0, total: 0, projects: [] };
  }
  const { projects, total } = await galleryProjects(db, { event: params.event, page: params.page });
  return {
    open: true,
    page: params.page,
    pageCount: galleryPageCount(total),
    total,
    projects: projects.map((p) => ({
      id: p.id,
      title: p.title,
      tagline: p.tagline,
      teamName: p.teamName,
      centre: p.centre,
      url: appUrl(`/events/${params.event.slug}/projects/${p.id}`),
    })),
  };
}

/** The event's published awards and their winning projects (server/judging/public-queries.ts). */
export async function apiResults(db: Db, params: { eventId: string }) {
  const awards = await publishedAwards(db, { eventId: params.eventId });
  return awards.map((award) => ({
    id: award.id,
    kind: award.kind,
    name: award.name,
    place: award.place,
    division: award.division,
    round: award.round,
    challenge: award.challenge,
    winners: award.winners.map((w) => ({
      projectId: w.submissionId,
      title: w.title,
      teamName: w.team,
      shared: w.shared,
    })),
  }));
}

/** A challenge as its organisation's API sees it: no history, no reviewers' names. */
export function apiChallengeOf(view: ChallengeView): ApiChallenge {
  return {
    id: view.id,
    slug: view.slug,
    title: view.title,
    summary: view.summary,
    problemStatement: view.problemStatement,
    sector: view.sector,
    resources: view.resources,
    successCriteria: view.successCriteria,
    prize: view.prize,
    status: view.status,
    event: { id: view.event.id, slug: view.event.slug, name: view.event.name },
    organisation: view.organisation,
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
    publishedAt: view.publishedAt?.toISOString() ?? null,
  };
}

/**
 * The event's registrations for an organiser's system: status, centre, team. A young person (under
 * the event's consent age, or 18) is never named; an adult by the name organisers see. No email, no
 * date of birth, no guardian, no consent details for anyone.
 */
export async function apiRegistrations(db: Db, params: { event: EventCore }): Promise<ApiRegistration[]> {
  const [rows, { consentAge }] = await Promise.all([
    db.registration.findMany({
      where: { eventId: params.event.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 10_000,
      select: {
        id: true,
        status: true,
        createdAt: true,
        ...AGE_FACTS_SELECT,
        centre: { select: { id: true, name: true } },
        user: {
          select: {
            name: true,
            alias: true,
            teamMembers: { where: { team: { eventId: params.event.id } }, select: { teamId: true } },
          },
        },
      },
    }),
    db.event.findUniqueOrThrow({ where: { id: params.event.id }, select: { consentAge: true } }),
  ]);
  return rows.map((row) => {
    const young = isYoungPerson({ age: registrantAge(row, params.event), consentAge });
    return {
      id: row.id,
      status: row.status,
      youngPerson: young,
      displayName: young ? null : nameForOrganisers({ name: row.user.name, alias: row.user.alias, young }),
      centre: row.centre,
      teamId: row.user.teamMembers[0]?.teamId ?? null,
      registeredAt: row.createdAt.toISOString(),
    };
  });
}

/** The event's teams: name, centre, members by registration id, and where their project stands. */
export async function apiTeams(db: Db, params: { eventId: string }) {
  const teams = await db.team.findMany({
    where: { eventId: params.eventId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 5_000,
    select: {
      id: true,
      name: true,
      centre: { select: { id: true, name: true } },
      submission: { select: { status: true } },
      members: {
        orderBy: { joinedAt: "asc" },
        select: {
          user: { select: { registrations: { where: { eventId: params.eventId }, select: { id: true } } } },
        },
      },
    },
  });
  return teams.map((team) => ({
    id: team.id,
    name: team.name,
    centre: team.centre,
    memberRegistrationIds: team.members.flatMap((m) => m.user.registrations.map((r) => r.id)),
    projectStatus: team.submission?.status ?? ("NONE" as const),
  }));
}
