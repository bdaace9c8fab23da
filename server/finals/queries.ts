// The finals show: what organisers, the presenter and the audience read. Rules in rules.ts.
import "server-only";
import type { Prisma } from "../db/generated/client.ts";
import { AGE_FACTS_SELECT } from "../registrations/age.ts";
import type { Db, Tx } from "../db/create.ts";
import { consentInForce } from "../registrations/queries.ts";
import {
  showPhase,
  streamCreditOf,
  streamEmbed,
  timerAt,
  type ShowPhase,
  type StreamEmbed,
} from "./rules.ts";

const showSelect = {
  id: true,
  title: true,
  minutesPerEntry: true,
  streamUrl: true,
  currentSlotId: true,
  timerStartedAt: true,
  timerElapsedSeconds: true,
  startedAt: true,
  endedAt: true,
  version: true,
} satisfies Prisma.FinalsShowSelect;

/** A show's settings before an organiser has saved any (the show row is made on the first save). */
const NO_SHOW = {
  id: null,
  title: "Finals",
  minutesPerEntry: 5,
  streamUrl: null,
  currentSlotId: null,
  timerStartedAt: null,
  timerElapsedSeconds: 0,
  startedAt: null,
  endedAt: null,
  version: 1,
} as const;

const slotProjectSelect = {
  id: true,
  title: true,
  tagline: true,
  team: { select: { name: true, centre: { select: { name: true } } } },
} satisfies Prisma.SubmissionSelect;

/** Ids of the event's submitted projects: the only ones a running order may hold. */
export async function eligibleProjectIds(db: Db | Tx, params: { eventId: string }): Promise<Set<string>> {
  const rows = await db.submission.findMany({
    where: { eventId: params.eventId, status: "SUBMITTED" },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

/**
 * The organisers' page: the show's settings and state, the running order (slot id, position, project,
 * when it first went on stage), every submitted project that could join it, and the event's finals
 * rounds with their entries (to add a round's finalists in one go). Before the first save the show is
 * reported with its defaults (`id: null`).
 */
export async function finalsForOrganisers(db: Db, params: { eventId: string }) {
  const [show, candidates, rounds] = await Promise.all([
    db.finalsShow.findUnique({
      where: { eventId: params.eventId },
      select: {
        ...showSelect,
        slots: {
          orderBy: { position: "asc" },
          select: { id: true, position: true, presentedAt: true, submission: { select: slotProjectSelect } },
        },
      },
    }),
    db.submission.findMany({
      where: { eventId: params.eventId, status: "SUBMITTED" },
      orderBy: [{ title: "asc" }, { id: "asc" }],
      select: slotProjectSelect,
    }),
    db.round.findMany({
      where: { eventId: params.eventId, scope: "FINALS" },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        name: true,
        entries: {
          where: { submission: { status: "SUBMITTED" } },
          orderBy: { createdAt: "asc" },
          select: { submissionId: true },
        },
      },
    }),
  ]);
  const project = (p: (typeof candidates)[number]) => ({
    id: p.id,
    title: p.title,
    tagline: p.tagline,
    teamName: p.team.name,
    centreName: p.team.centre?.name ?? null,
  });
  const { slots = [], ...settings } = show ?? { ...NO_SHOW, slots: [] };
  return {
    show: { ...settings, phase: showPhase(settings), embed: streamEmbed(settings.streamUrl) },
    slots: slots.map((s) => ({
      id: s.id,
      position: s.position,
      presentedAt: s.presentedAt,
      project: project(s.submission),
    })),
    candidates: candidates.map(project),
    finalsRounds: rounds.map((r) => ({
      id: r.id,
      name: r.name,
      submissionIds: r.entries.map((e) => e.submissionId),
    })),
  };
}

/** What the audience sees of a project on stage: no description (the presenter's view has it). */
const stageProjectSelect = (eventId: string) =>
  ({
    ...slotProjectSelect,
    challenges: { select: { challenge: { select: { title: true, status: true } } } },
    team: {
      select: {
        name: true,
        centre: { select: { name: true } },
        members: {
          orderBy: { joinedAt: "asc" },
          select: {
            user: {
              select: {
                name: true,
                alias: true,
                registrations: {
                  where: { eventId },
                  select: {
                    ...AGE_FACTS_SELECT,
                    consents: { ...consentInForce, select: { publicCredit: true, photo: true } },
                  },
                },
              },
            },
          },
        },
      },
    },
  }) satisfies Prisma.SubmissionSelect;

/** The presenter's extra: the project's page as the team wrote it. */
const presenterProjectSelect = {
  description: true,
  technologies: true,
  repositoryUrl: true,
  demoUrl: true,
  images: { orderBy: { position: "asc" }, take: 1, select: { id: true, alt: true } },
} satisfies Prisma.SubmissionSelect;

/** The running order as the audience sees it: position, title, team; whether it has presented. */
export interface LiveSlot {
  id: string;
  position: number;
  title: string;
  teamName: string;
  presented: boolean;
}

/** The project on stage, as the audience sees it (credits by streamCreditOf: null is "a team member"). */
export interface StageProject {
  slotId: string;
  title: string;
  tagline: string;
  teamName: string;
  centreName: string | null;
  challenges: string[];
  credits: (string | null)[];
}

/**
 * The live show as everyone following it sees it: one JSON-safe value sent to the public page and
 * its live stream of changes. Instants are ISO strings; `serverNow` lets a browser correct its clock
 * for the timer (remaining = total − elapsed − (now − timerStartedAt)).
 */
export interface LiveShow {
  version: number;
  title: string;
  phase: ShowPhase;
  minutesPerEntry: number;
  timer: { startedAt: string | null; elapsedSeconds: number; remainingSeconds: number; running: boolean };
  serverNow: string;
  embed: StreamEmbed | null;
  /** The stream's address when it is not one the page embeds (the page links to it). */
  streamLink: string | null;
  onStage: StageProject | null;
  upNext: LiveSlot | null;
  order: LiveSlot[];
}

/** The presenter's page of the project on stage, as presenterProjectSelect reads it. */
export type PresenterPage = Prisma.SubmissionGetPayload<{ select: typeof presenterProjectSelect }>;

/**
 * The live show of an event (call only for an event the caller may see), or null when it has no
 * running order yet.
 */
export async function liveShow(db: Db, params: { eventId: string; now: Date }): Promise<LiveShow | null> {
  return (await showWithStage(db, { ...params, withPage: false }))?.live ?? null;
}

/**
 * The presenter's projector view: the live show, plus the project page of the entry on stage
 * (description in Markdown, technologies, repository and demo links, first image). Null as liveShow.
 */
export async function presenterShow(db: Db, params: { eventId: string; now: Date }) {
  const found = await showWithStage(db, { ...params, withPage: true });
  return found ? { ...found.live, page: found.page } : null;
}

/**
 * The live show and, `withPage`, the page of the project on stage (null when nobody is on stage or the
 * page was not asked for): the show with its running order in one query, the entry on stage with its
 * credits (and page) in a second. Not one query: the running order holds up to MAX_FINALS_SLOTS
 * projects, and only the one on stage needs its members, consents and page.
 */
async function showWithStage(
  db: Db,
  params: { eventId: string; now: Date; withPage: boolean },
): Promise<{ live: LiveShow; page: PresenterPage | null } | null> {
  const show = await db.finalsShow.findUnique({
    where: { eventId: params.eventId },
    select: {
      ...showSelect,
      event: { select: { startsAt: true, timeZone: true, consentAge: true } },
      slots: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          presentedAt: true,
          submission: { select: { title: true, team: { select: { name: true } } } },
        },
      },
    },
  });
  if (!show || show.slots.length === 0) return null;
  const order: LiveSlot[] = show.slots.map((s) => ({
    id: s.id,
    position: s.position,
    title: s.submission.title,
    teamName: s.submission.team.name,
    presented: s.presentedAt !== null,
  }));
  const index = order.findIndex((s) => s.id === show.currentSlotId);
  const current = order[index];
  const stage = current
    ? await stageProject(db, {
        eventId: params.eventId,
        slotId: current.id,
        event: show.event,
        withPage: params.withPage,
      })
    : null;
  const embed = streamEmbed(show.streamUrl);
  const phase = showPhase(show);
  const live: LiveShow = {
    version: show.version,
    title: show.title,
    phase,
    minutesPerEntry: show.minutesPerEntry,
    timer: {
      startedAt: show.timerStartedAt?.toISOString() ?? null,
      elapsedSeconds: show.timerElapsedSeconds,
      ...timerAt(show, params.now),
    },
    serverNow: params.now.toISOString(),
    embed,
    streamLink: embed ? null : show.streamUrl,
    onStage: stage?.onStage ?? null,
    // Before the show: the first to present; during it: the one after the entry on stage.
    upNext: phase === "ENDED" ? null : (order[index + 1] ?? null),
    order,
  };
  return { live, page: stage?.page ?? null };
}

/** The slot `slotId` as the audience sees it and, `withPage`, its project page: one query. */
async function stageProject(
  db: Db,
  params: {
    eventId: string;
    slotId: string;
    event: { startsAt: Date; timeZone: string; consentAge: number };
    withPage: boolean;
  },
): Promise<{ onStage: StageProject; page: PresenterPage | null } | null> {
  const slot = await db.finalsSlot.findUnique({
    where: { id: params.slotId },
    select: {
      id: true,
      submission: {
        select: { ...stageProjectSelect(params.eventId), ...(params.withPage ? presenterProjectSelect : {}) },
      },
    },
  });
  if (!slot) return null;
  const { submission } = slot;
  return {
    onStage: {
      slotId: slot.id,
      title: submission.title,
      tagline: submission.tagline,
      teamName: submission.team.name,
      centreName: submission.team.centre?.name ?? null,
      challenges: submission.challenges
        .filter((c) => c.challenge.status === "PUBLISHED")
        .map((c) => c.challenge.title),
      credits: submission.team.members.map((m) =>
        streamCreditOf(m.user.registrations[0], m.user, params.event),
      ),
    },
    // Only the fields presenterProjectSelect names (asked for only with `withPage`).
    page: params.withPage
      ? {
          description: submission.description,
          technologies: submission.technologies,
          repositoryUrl: submission.repositoryUrl,
          demoUrl: submission.demoUrl,
          images: submission.images,
        }
      : null,
  };
}

export type PresenterShow = NonNullable<Awaited<ReturnType<typeof presenterShow>>>;

/** The show's version (0 before it exists): the live watchers read only this until it changes. */
export async function showVersion(db: Db, params: { eventId: string }): Promise<number> {
  const row = await db.finalsShow.findUnique({
    where: { eventId: params.eventId },
    select: { version: true },
  });
  return row?.version ?? 0;
}
