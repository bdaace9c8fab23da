import "server-only";
import { z } from "zod";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import { AGE_FACTS_SELECT } from "../registrations/age.ts";
import { consentInForce } from "../registrations/queries.ts";
import { eventAccess } from "../events/queries.ts";
import { canSeeSubmission } from "./policy.ts";
import { GALLERY_PAGE_SIZE, galleryIsOpen, publicCreditOf } from "./rules.ts";

export const submissionSelect = {
  id: true,
  eventId: true,
  teamId: true,
  title: true,
  tagline: true,
  description: true,
  repositoryUrl: true,
  demoUrl: true,
  videoUrl: true,
  technologies: true,
  status: true,
  disqualifiedReason: true,
  version: true,
  submittedAt: true,
  updatedAt: true,
  challenges: { select: { challengeId: true } },
  images: {
    orderBy: { position: "asc" },
    select: { id: true, alt: true, contentType: true, position: true },
  },
  revisions: { orderBy: { version: "desc" }, take: 1, select: { version: true, createdAt: true } },
} satisfies Prisma.SubmissionSelect;

export type SubmissionView = Prisma.SubmissionGetPayload<{ select: typeof submissionSelect }>;

export function submissionOfTeam(db: Db, params: { eventId: string; teamId: string }) {
  return db.submission.findFirst({
    where: { eventId: params.eventId, teamId: params.teamId },
    select: submissionSelect,
  });
}

/** The published challenges a submission can enter. */
export function enterableChallenges(db: Db, params: { eventId: string }) {
  return db.challenge.findMany({
    where: { eventId: params.eventId, status: "PUBLISHED" },
    orderBy: { title: "asc" },
    select: { id: true, title: true, slug: true },
  });
}

export function submissionsForOrganisers(db: Db, params: { eventId: string }) {
  return db.submission.findMany({
    where: { eventId: params.eventId },
    orderBy: [{ status: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      submittedAt: true,
      disqualifiedReason: true,
      team: { select: { id: true, name: true, centre: { select: { name: true } } } },
      challenges: { select: { challenge: { select: { title: true } } } },
      // The first image is the project's thumbnail in the list.
      images: { orderBy: { position: "asc" }, take: 1, select: { id: true, alt: true } },
    },
  });
}

interface CreditRow {
  user: {
    name: string | null;
    alias: string | null;
    registrations: {
      dateOfBirth: Date | null;
      ageAtStart: number | null;
      consents: { publicCredit: boolean }[];
    }[];
  };
}

const creditSelect = {
  user: {
    select: {
      name: true,
      alias: true,
      registrations: {
        select: {
          ...AGE_FACTS_SELECT,
          consents: { ...consentInForce, select: { publicCredit: true } },
        },
      },
    },
  },
} as const;

/** The public credits of `members` (publicCreditOf each, by their registration at the event), in order. */
function creditsFor(members: CreditRow[], event: { startsAt: Date; timeZone: string; consentAge: number }) {
  return members.map((member) => publicCreditOf(member.user.registrations[0], member.user, event));
}

const publicProjectSelect = (eventId: string) =>
  ({
    id: true,
    title: true,
    tagline: true,
    description: true,
    repositoryUrl: true,
    demoUrl: true,
    videoUrl: true,
    technologies: true,
    submittedAt: true,
    images: { orderBy: { position: "asc" }, select: { id: true, alt: true } },
    challenges: { select: { challenge: { select: { id: true, title: true, slug: true } } } },
    team: {
      select: {
        name: true,
        centre: { select: { id: true, name: true } },
        members: {
          orderBy: { joinedAt: "asc" },
          select: {
            user: {
              select: {
                ...creditSelect.user.select,
                registrations: { ...creditSelect.user.select.registrations, where: { eventId } },
              },
            },
          },
        },
      },
    },
  }) satisfies Prisma.SubmissionSelect;

type PublicProjectRow = Prisma.SubmissionGetPayload<{ select: ReturnType<typeof publicProjectSelect> }>;

function toPublicProject(
  row: PublicProjectRow,
  event: { startsAt: Date; timeZone: string; consentAge: number },
) {
  const { team, challenges, ...rest } = row;
  return {
    ...rest,
    teamName: team.name,
    centre: team.centre,
    challenges: challenges.map((c) => c.challenge),
    credits: creditsFor(team.members, event),
  };
}

export type PublicProject = ReturnType<typeof toPublicProject>;

/** What a gallery card shows: no description, credits or members (those are on the project's page). */
const galleryCardSelect = {
  id: true,
  title: true,
  tagline: true,
  images: { orderBy: { position: "asc" }, take: 1, select: { id: true, alt: true } },
  team: { select: { name: true, centre: { select: { id: true, name: true } } } },
} satisfies Prisma.SubmissionSelect;

type GalleryCardRow = Prisma.SubmissionGetPayload<{ select: typeof galleryCardSelect }>;

function toGalleryCard({ team, ...rest }: GalleryCardRow) {
  return { ...rest, teamName: team.name, centre: team.centre };
}

/** One project as a gallery card: `{ id, title, tagline, images (the first only), teamName, centre }`. */
export type GalleryCard = ReturnType<typeof toGalleryCard>;

/**
 * One page of the public gallery: submitted projects of the event, optionally narrowed to a challenge
 * and/or a centre, ordered by title (then id, so pages never overlap), GALLERY_PAGE_SIZE per page.
 * Returns the page's cards and the total matching (for the page count). Only call once the gallery is open.
 */
export async function galleryProjects(
  db: Db,
  params: {
    event: { id: string };
    challengeId?: string | undefined;
    centreId?: string | undefined;
    /** 1-based. */
    page: number;
  },
): Promise<{ projects: GalleryCard[]; total: number }> {
  const where = {
    eventId: params.event.id,
    status: "SUBMITTED",
    ...(params.challengeId ? { challenges: { some: { challengeId: params.challengeId } } } : {}),
    ...(params.centreId ? { team: { centreId: params.centreId } } : {}),
  } satisfies Prisma.SubmissionWhereInput;
  const [rows, total] = await Promise.all([
    db.submission.findMany({
      where,
      orderBy: [{ title: "asc" }, { id: "asc" }],
      skip: (params.page - 1) * GALLERY_PAGE_SIZE,
      take: GALLERY_PAGE_SIZE,
      select: galleryCardSelect,
    }),
    db.submission.count({ where }),
  ]);
  return {
    projects: rows.map(toGalleryCard),
    total,
  };
}

export async function galleryProject(
  db: Db,
  params: {
    event: { id: string; startsAt: Date; timeZone: string; consentAge: number };
    submissionId: string;
  },
): Promise<PublicProject | null> {
  const row = await db.submission.findFirst({
    where: { id: params.submissionId, eventId: params.event.id, status: "SUBMITTED" },
    select: publicProjectSelect(params.event.id),
  });
  return row ? toPublicProject(row, params.event) : null;
}

/** Gallery settings and filter options of an event. */
export function galleryContext(db: Db, params: { eventId: string }) {
  return db.event.findUniqueOrThrow({
    where: { id: params.eventId },
    select: {
      id: true,
      status: true,
      startsAt: true,
      timeZone: true,
      consentAge: true,
      submissionDeadline: true,
      galleryOpenedAt: true,
      centres: { orderBy: { name: "asc" }, select: { id: true, name: true } },
      challenges: {
        where: { status: "PUBLISHED" },
        orderBy: { title: "asc" },
        select: { id: true, title: true },
      },
    },
  });
}

/** An image's storage key, if the image belongs to a submission the caller may see. */
export function imageRecord(db: Db, params: { imageId: string }) {
  return db.submissionImage.findUnique({
    where: { id: params.imageId },
    select: {
      storageKey: true,
      contentType: true,
      submission: { select: { id: true, eventId: true, teamId: true, status: true } },
    },
  });
}

/**
 * An image with its bytes' location, when `viewer` may see its submission (a team member, the event's
 * organisers and judges, or anyone once the project is in the open gallery); otherwise null.
 */
export async function visibleImage(
  db: Db,
  params: { imageId: string; userId: string | null; now: Date },
): Promise<{ storageKey: string; contentType: string } | null> {
  const image = await imageRecord(db, { imageId: params.imageId });
  if (!image) return null;
  const [access, gallery] = await Promise.all([
    eventAccess(db, { eventId: image.submission.eventId, userId: params.userId }),
    galleryContext(db, { eventId: image.submission.eventId }),
  ]);
  if (!access) return null;
  const visible = canSeeSubmission({
    viewer: { userId: params.userId, isPlatformAdmin: access.isPlatformAdmin, eventRoles: access.roles },
    viewerTeamId: access.membership?.teamId ?? null,
    submission: image.submission,
    galleryOpen: galleryIsOpen(gallery, params.now),
  });
  return visible ? { storageKey: image.storageKey, contentType: image.contentType } : null;
}

/** What a submitted version held (SubmissionRevision.snapshot); older snapshots may lack fields. */
const snapshotShape = z.object({
  title: z.string().catch(""),
  tagline: z.string().catch(""),
  description: z.string().catch(""),
  repositoryUrl: z.string().nullable().catch(null),
  demoUrl: z.string().nullable().catch(null),
  videoUrl: z.string().nullable().catch(null),
  technologies: z.array(z.string()).catch([]),
  challengeIds: z.array(z.string()).catch([]),
  imageIds: z.array(z.string()).catch([]),
});

export type RevisionSnapshot = z.infer<typeof snapshotShape>;

/** A revision's stored snapshot, with defaults for fields older snapshots lack. */
export function parseRevisionSnapshot(snapshot: unknown): RevisionSnapshot {
  return snapshotShape.parse(snapshot ?? {});
}

const HISTORY_ACTIONS = [
  "submission.create",
  "submission.submit",
  "submission.withdraw",
  "submission.disqualify",
  "submission.disqualify.reason",
  "submission.reinstate",
] as const;

/**
 * One project as its event's organisers see it before deciding on it: the current content, images,
 * links, team (with names and addresses), challenges, every submitted version and the status history.
 * null when the project is not in this event.
 */
export async function submissionForOrganisers(db: Db, params: { eventId: string; submissionId: string }) {
  const submission = await db.submission.findFirst({
    where: { id: params.submissionId, eventId: params.eventId },
    select: {
      id: true,
      title: true,
      tagline: true,
      description: true,
      repositoryUrl: true,
      demoUrl: true,
      videoUrl: true,
      technologies: true,
      status: true,
      disqualifiedReason: true,
      version: true,
      submittedAt: true,
      createdAt: true,
      updatedAt: true,
      images: { orderBy: { position: "asc" }, select: { id: true, alt: true } },
      challenges: { select: { challenge: { select: { id: true, title: true } } } },
      team: {
        select: {
          id: true,
          name: true,
          centre: { select: { name: true } },
          members: {
            orderBy: { joinedAt: "asc" },
            select: { isCaptain: true, user: { select: { id: true, name: true, email: true } } },
          },
        },
      },
      revisions: {
        orderBy: { version: "desc" },
        select: { id: true, version: true, createdAt: true, snapshot: true, submittedById: true },
      },
    },
  });
  if (!submission) return null;
  const [history, challenges, submitters] = await Promise.all([
    db.auditLog.findMany({
      where: {
        eventId: params.eventId,
        entityType: "Submission",
        entityId: submission.id,
        action: { in: [...HISTORY_ACTIONS] },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true,
        action: true,
        createdAt: true,
        data: true,
        actor: { select: { name: true, email: true } },
      },
    }),
    db.challenge.findMany({ where: { eventId: params.eventId }, select: { id: true, title: true } }),
    db.user.findMany({
      where: { id: { in: submission.revisions.flatMap((r) => (r.submittedById ? [r.submittedById] : [])) } },
      select: { id: true, name: true, email: true },
    }),
  ]);
  const challengeTitle = new Map(challenges.map((c) => [c.id, c.title]));
  const current = new Set(submission.images.map((i) => i.id));
  const who = new Map(submitters.map((u) => [u.id, u.name ?? u.email]));
  const { revisions, challenges: entered, ...rest } = submission;
  return {
    ...rest,
    challenges: entered.map((c) => c.challenge),
    revisions: revisions.map((revision) => {
      const snapshot = snapshotShape.parse(revision.snapshot ?? {});
      return {
        id: revision.id,
        version: revision.version,
        createdAt: revision.createdAt,
        submittedBy: revision.submittedById ? (who.get(revision.submittedById) ?? null) : null,
        ...snapshot,
        challengeTitles: snapshot.challengeIds.map(
          (id) => challengeTitle.get(id) ?? "A challenge since removed",
        ),
        // Removed images' files are deleted, so only the ones still kept can be shown.
        imageIds: snapshot.imageIds.filter((id) => current.has(id)),
        removedImages: snapshot.imageIds.filter((id) => !current.has(id)).length,
      };
    }),
    history: history.map((entry) => {
      const data = historyData.parse(entry.data ?? {});
      return {
        id: entry.id,
        action: entry.action,
        createdAt: entry.createdAt,
        actor: entry.actor ? (entry.actor.name ?? entry.actor.email) : null,
        reason: data.reason ?? null,
        version: data.version ?? null,
      };
    }),
  };
}

const historyData = z.object({
  reason: z.string().optional().catch(undefined),
  version: z.number().optional().catch(undefined),
});

export type SubmissionForOrganisers = NonNullable<Awaited<ReturnType<typeof submissionForOrganisers>>>;
