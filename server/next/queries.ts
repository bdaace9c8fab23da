import "server-only";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { countsByKind, latestPerProject, PROJECT_UPDATE_LABELS, type ProjectUpdateKind } from "./rules.ts";

/** This module's refusals ("NextErrors"). */
const refuse = refusals("NextErrors");

const publicUpdateSelect = {
  id: true,
  kind: true,
  text: true,
  url: true,
  createdAt: true,
} as const;

/**
 * An event's public "What happened next": every visible update of its submitted projects, grouped by
 * project (newest update first, projects by their newest update), credited to the team; the projects
 * counted by their latest update's kind; and what sponsors said came of their published challenges. No
 * person is named.
 */
export async function eventNext(db: Db, params: { eventId: string }) {
  const [updates, outcomes] = await Promise.all([
    db.projectUpdate.findMany({
      where: { eventId: params.eventId, hiddenAt: null, submission: { status: "SUBMITTED" } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 2_000,
      select: {
        ...publicUpdateSelect,
        submission: { select: { id: true, title: true, team: { select: { name: true } } } },
      },
    }),
    db.challengeOutcome.findMany({
      where: { challenge: { eventId: params.eventId, status: "PUBLISHED" } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: {
        id: true,
        text: true,
        url: true,
        createdAt: true,
        challenge: {
          select: { title: true, slug: true, organisation: { select: { name: true, slug: true } } },
        },
      },
    }),
  ]);
  const projects = new Map<
    string,
    {
      id: string;
      title: string;
      teamName: string;
      updates: {
        id: string;
        kind: ProjectUpdateKind;
        label: string;
        text: string;
        url: string | null;
        createdAt: Date;
      }[];
    }
  >();
  for (const { submission, ...update } of updates) {
    const project = projects.get(submission.id) ?? {
      id: submission.id,
      title: submission.title,
      teamName: submission.team.name,
      updates: [],
    };
    project.updates.push({ ...update, label: PROJECT_UPDATE_LABELS[update.kind] });
    projects.set(submission.id, project);
  }
  const list = [...projects.values()];
  return {
    projects: list,
    counts: countsByKind(list.map((p) => p.updates[0]?.kind ?? "OTHER")),
    outcomes: outcomes.map((o) => ({
      id: o.id,
      text: o.text,
      url: o.url,
      createdAt: o.createdAt,
      challengeTitle: o.challenge.title,
      challengeSlug: o.challenge.slug,
      organisation: o.challenge.organisation,
    })),
  };
}

/** A team's own updates (hidden ones too, with the organisers' reason), newest first. */
export async function teamUpdates(db: Db, params: { teamId: string }) {
  const rows = await db.projectUpdate.findMany({
    where: { submission: { teamId: params.teamId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { ...publicUpdateSelect, hiddenAt: true, hiddenReason: true },
  });
  return rows.map((row) => ({ ...row, label: PROJECT_UPDATE_LABELS[row.kind] }));
}

/** Every update of the event for its organisers (hidden ones too), newest first, with project and team. */
export async function updatesForOrganisers(db: Db, params: { eventId: string }) {
  const rows = await db.projectUpdate.findMany({
    where: { eventId: params.eventId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 2_000,
    select: {
      ...publicUpdateSelect,
      hiddenAt: true,
      hiddenReason: true,
      submission: { select: { id: true, title: true, team: { select: { name: true } } } },
    },
  });
  return rows.map(({ submission, ...row }) => ({
    ...row,
    label: PROJECT_UPDATE_LABELS[row.kind],
    projectId: submission.id,
    projectTitle: submission.title,
    teamName: submission.team.name,
  }));
}

/** The organisation's published challenges whose event's deadline has passed, each with its outcomes. */
export async function organisationOutcomes(db: Db, params: { organisationId: string; now: Date }) {
  return db.challenge.findMany({
    where: {
      organisationId: params.organisationId,
      status: "PUBLISHED",
      event: { submissionDeadline: { lte: params.now } },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      title: true,
      event: { select: { name: true, slug: true } },
      outcomes: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, text: true, url: true, createdAt: true },
      },
    },
  });
}

/** The events anyone may see (as canViewEvent for a signed-out visitor): published and archived ones. */
const publicEvent = { status: { not: "DRAFT" } } satisfies Prisma.EventWhereInput;

/**
 * An organisation's public "What happened next" across its events: its published challenges at events
 * anyone can see, each with the organisation's outcomes and the projects that entered it with their latest
 * visible update (credited to the team); the events it runs (as an operator), with the latest visible
 * update of each of their other submitted projects; and all those projects counted by their latest news.
 * Only challenges and events with something to show are listed. No person is named. NOT_FOUND for an
 * unknown organisation (every organisation is public, as organisations.bySlug has it).
 */
export async function organisationNext(db: Db, params: { slug: string }) {
  const organisation = await db.organisation.findUnique({
    where: { slug: params.slug },
    select: { id: true, slug: true, name: true },
  });
  if (!organisation) throw new DomainError("NOT_FOUND", refuse("organisationNotFound"));
  const itsChallenge = {
    organisationId: organisation.id,
    status: "PUBLISHED",
    event: publicEvent,
  } satisfies Prisma.ChallengeWhereInput;
  const eventSelect = { id: true, name: true, slug: true, timeZone: true } as const;
  const [challenges, events, updates] = await Promise.all([
    db.challenge.findMany({
      where: itsChallenge,
      orderBy: [{ event: { startsAt: "desc" } }, { title: "asc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        title: true,
        slug: true,
        event: { select: eventSelect },
        outcomes: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 20,
          select: { id: true, text: true, url: true, createdAt: true },
        },
      },
    }),
    db.event.findMany({
      where: { organisationId: organisation.id, ...publicEvent },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: 50,
      select: eventSelect,
    }),
    db.projectUpdate.findMany({
      where: {
        hiddenAt: null,
        event: publicEvent,
        submission: { status: "SUBMITTED" },
        OR: [
          { event: { organisationId: organisation.id } },
          { submission: { challenges: { some: { challenge: itsChallenge } } } },
        ],
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 2_000,
      select: {
        ...publicUpdateSelect,
        eventId: true,
        submission: {
          select: {
            id: true,
            title: true,
            team: { select: { name: true } },
            challenges: { where: { challenge: itsChallenge }, select: { challengeId: true } },
          },
        },
      },
    }),
  ]);
  const latest = latestPerProject(
    updates.map(({ submission, eventId, ...update }) => ({
      projectId: submission.id,
      eventId,
      challengeIds: submission.challenges.map((c) => c.challengeId),
      project: { id: submission.id, title: submission.title, teamName: submission.team.name },
      update: { ...update, label: PROJECT_UPDATE_LABELS[update.kind] },
    })),
  );
  const projectsOf = (keep: (p: (typeof latest)[number]) => boolean) =>
    latest.filter(keep).map((p) => ({ ...p.project, latest: p.update }));
  const challengeIds = new Set(challenges.map((c) => c.id));
  const eventIds = new Set(events.map((e) => e.id));
  return {
    organisation: { name: organisation.name, slug: organisation.slug },
    counts: countsByKind(
      latest
        .filter((p) => eventIds.has(p.eventId) || p.challengeIds.some((id) => challengeIds.has(id)))
        .map((p) => p.update.kind),
    ),
    challenges: challenges
      .map(({ id, title, slug, event, outcomes }) => ({
        id,
        title,
        slug,
        event,
        outcomes,
        projects: projectsOf((p) => p.challengeIds.includes(id)),
      }))
      .filter((c) => c.outcomes.length > 0 || c.projects.length > 0),
    // Its events' other projects: those entered for one of its challenges are listed there.
    events: events
      .map((event) => ({
        ...event,
        projects: projectsOf(
          (p) => p.eventId === event.id && !p.challengeIds.some((id) => challengeIds.has(id)),
        ),
      }))
      .filter((e) => e.projects.length > 0),
  };
}
