import "server-only";
import type { Db } from "../db/create.ts";
import { countsByKind, PROJECT_UPDATE_LABELS, type ProjectUpdateKind } from "./rules.ts";

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
