// What the help queue shows: the mentors' queue of their centres, and a team's own request with its
// place in the queue. Expired requests (their day is over) are never shown.
import "server-only";
import type { Db } from "../db/create.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { StaffCentre } from "../events/queries.ts";
import { dayInZone, teamsWithYoungPeople, vettingOf } from "../mentoring/queries.ts";
import { isVettedOn } from "../mentoring/vetting.ts";
import { firstName, nameWithInitial } from "../people/rules.ts";
import { formatTimeInZone } from "../time/zoned.ts";
import {
  clockTime,
  HELP_TOPIC_LABELS,
  HELP_TOPIC_SHORT,
  mayClaim,
  minutesWaiting,
  onTheWayLabel,
  positionLabel,
  positionOf,
  sortQueue,
  waitingLabel,
} from "./rules.ts";
import { HELP_TOPICS, type HelpTopic } from "./schema.ts";

/** The event's facts the help queue needs: its zone (the day), and its start and consent age (who is young). */
export interface HelpEvent {
  id: string;
  timeZone: string;
  startsAt: Date;
  consentAge: number;
}

/** Reads the HelpEvent facts of event `eventId` (which the procedure has already found). */
export async function helpEventOf(db: Db, eventId: string): Promise<HelpEvent> {
  return db.event.findUniqueOrThrow({
    where: { id: eventId },
    select: { id: true, timeZone: true, startsAt: true, consentAge: true },
  });
}

/** Open (waiting or claimed) and not expired at `now`. */
export function openAt(now: Date) {
  return {
    status: { in: ["WAITING", "CLAIMED"] },
    expiresAt: { gt: now },
  } satisfies Prisma.HelpRequestWhereInput;
}

/** The topics as the team's form offers them: `{ value, label }` in order. */
export function topicChoices(): { value: HelpTopic; label: string }[] {
  return HELP_TOPICS.map((value) => ({ value, label: HELP_TOPIC_LABELS[value] }));
}

/** The ids and times of the requests waiting at `centreId` at `now`, for positions. */
function waitingAt(db: Db, params: { centreId: string; now: Date }) {
  return db.helpRequest.findMany({
    where: { centreId: params.centreId, status: "WAITING", expiresAt: { gt: params.now } },
    select: { id: true, createdAt: true },
  });
}

/** A team's request as the team sees it. */
export interface TeamHelpRequest {
  id: string;
  topic: HelpTopic;
  topicLabel: string;
  description: string;
  location: string;
  status: "WAITING" | "CLAIMED";
  /** Among the requests waiting at the centre (1: next); null once claimed. */
  position: number | null;
  /** Whole minutes since it was raised, and the same in words ("4 min"). */
  minutesWaiting: number;
  waitingLabel: string;
  /** The claiming mentor's first name; null while waiting (or when they gave no name). */
  claimedBy: string | null;
  /** Where the request stands, for the team: "You are 3rd in the queue", "A mentor, Sam, is on the way". */
  statusLabel: string;
}

/** What a team sees of the help queue. */
export interface TeamHelp {
  /** The team's centre; null when the team has none (it cannot ask for help: no mentors to ask). */
  centre: { id: string; name: string } | null;
  /** Its open request, if any. */
  open: TeamHelpRequest | null;
  /** When no request is open: its latest request resolved today, with the time in the event's zone. */
  lastResolved: { topicLabel: string; resolvedAtLabel: string } | null;
  topics: { value: HelpTopic; label: string }[];
}

/**
 * What team `teamId` (of event `eventId`, in `timeZone`) sees at `now`: its centre, its open request
 * with its place among those waiting at the centre (oldest first) and the first name of the mentor who
 * claimed it, or else its latest request resolved and not yet expired. Never another team's request.
 */
export async function teamHelp(
  db: Db,
  params: { eventId: string; timeZone: string; teamId: string; now: Date },
): Promise<TeamHelp> {
  const team = await db.team.findFirstOrThrow({
    where: { id: params.teamId, eventId: params.eventId },
    select: { centre: { select: { id: true, name: true } } },
  });
  const topics = topicChoices();
  const open = await db.helpRequest.findFirst({
    where: { eventId: params.eventId, teamId: params.teamId, ...openAt(params.now) },
    select: {
      id: true,
      centreId: true,
      topic: true,
      description: true,
      location: true,
      status: true,
      createdAt: true,
      claimedBy: { select: { name: true } },
    },
  });
  if (open && (open.status === "WAITING" || open.status === "CLAIMED")) {
    const waiting =
      open.status === "WAITING" ? await waitingAt(db, { centreId: open.centreId, now: params.now }) : [];
    const minutes = minutesWaiting(open.createdAt, params.now);
    const position = open.status === "WAITING" ? positionOf(open.id, waiting) : null;
    const claimedBy = open.status === "CLAIMED" ? firstName(open.claimedBy?.name ?? null) : null;
    return {
      centre: team.centre,
      open: {
        id: open.id,
        topic: open.topic,
        topicLabel: HELP_TOPIC_LABELS[open.topic],
        description: open.description,
        location: open.location,
        status: open.status,
        position,
        minutesWaiting: minutes,
        waitingLabel: waitingLabel(minutes),
        claimedBy,
        statusLabel:
          open.status === "CLAIMED"
            ? onTheWayLabel(claimedBy)
            : positionLabel(position ?? waiting.length + 1),
      },
      lastResolved: null,
      topics,
    };
  }
  const resolved = await db.helpRequest.findFirst({
    where: {
      eventId: params.eventId,
      teamId: params.teamId,
      status: "RESOLVED",
      resolvedAt: { not: null },
      expiresAt: { gt: params.now },
    },
    orderBy: [{ resolvedAt: "desc" }, { id: "desc" }],
    select: { topic: true, resolvedAt: true },
  });
  return {
    centre: team.centre,
    open: null,
    lastResolved:
      resolved?.resolvedAt != null
        ? {
            topicLabel: HELP_TOPIC_LABELS[resolved.topic],
            resolvedAtLabel: clockTime(resolved.resolvedAt, params.timeZone),
          }
        : null,
    topics,
  };
}

/** The most requests the queue lists: far more than a centre's mentors could see to in a day. */
export const QUEUE_LIMIT = 200;

const queueSelect = {
  id: true,
  centreId: true,
  teamId: true,
  topic: true,
  description: true,
  location: true,
  status: true,
  createdAt: true,
  claimedAt: true,
  claimedById: true,
  team: { select: { name: true } },
  claimedBy: { select: { name: true } },
} satisfies Prisma.HelpRequestSelect;

/** One open request as the mentors' queue shows it. */
export interface QueueItem {
  id: string;
  centre: { id: string; name: string };
  teamName: string;
  topic: HelpTopic;
  topicLabel: string;
  description: string;
  location: string;
  status: "WAITING" | "CLAIMED";
  /** Among the requests waiting at its centre (1: next); null once claimed. */
  position: number | null;
  /** Whole minutes since it was raised, and the same in words. */
  minutesWaiting: number;
  waitingLabel: string;
  /** Who claimed it ("Sam L."), whether that is the caller; null while waiting. */
  claimedBy: { name: string; isMine: boolean } | null;
  /** The team has someone under 18: only a vetted adult (or the lead) may go to it alone. */
  needsVettedAdult: boolean;
  /** The caller may claim it (waiting, and the safeguarding rule allows: server/help/rules.ts mayClaim). */
  canClaim: boolean;
  /** The caller may resolve or release it: claimed by them, or they lead its centre. */
  canFinish: boolean;
}

/** The mentors' queue. */
export interface HelpQueue {
  requests: QueueItem[];
  /** The caller's vetting is in date today (in the event's zone). */
  vettedToday: boolean;
  /** When it was read, in the event's zone ("14:05:09 GMT"). */
  updatedAtLabel: string;
}

/**
 * The open, unexpired requests at `centres` (the caller's, from centreStaffProcedure; only `centreId`
 * when it is one of them, else all of them) at `now`: waiting ones first, then claimed ones,
 * each oldest first, at most QUEUE_LIMIT. Each says how long it has waited and whether the caller
 * (`userId`) may claim it — a mentor whose vetting is not in date today may not claim a request from a
 * team with someone under 18 (teamsWithYoungPeople); leads and organisers may claim any.
 */
export async function helpQueue(
  db: Db,
  params: { eventId: string; centres: readonly StaffCentre[]; centreId?: string; userId: string; now: Date },
): Promise<HelpQueue> {
  const event = await helpEventOf(db, params.eventId);
  const updatedAtLabel = formatTimeInZone(params.now, event.timeZone);
  const chosen = params.centres.filter((c) => c.id === params.centreId);
  const centres = chosen.length > 0 ? chosen : params.centres;
  const byId = new Map(centres.map((c) => [c.id, c]));
  const today = dayInZone(params.now, event.timeZone);
  const vetting = await vettingOf(db, { eventId: event.id, userIds: [params.userId] });
  const vettedToday = isVettedOn(vetting.get(params.userId) ?? null, today);
  if (centres.length === 0) return { requests: [], vettedToday, updatedAtLabel };
  const rows = await db.helpRequest.findMany({
    where: { eventId: event.id, centreId: { in: [...byId.keys()] }, ...openAt(params.now) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: QUEUE_LIMIT,
    select: queueSelect,
  });
  const young = await teamsWithYoungPeople(db, { event, teamIds: rows.map((r) => r.teamId) });
  const open = rows.flatMap((r) =>
    r.status === "WAITING" || r.status === "CLAIMED" ? [{ ...r, status: r.status }] : [],
  );
  const requests = sortQueue(open).flatMap((r): QueueItem[] => {
    const centre = byId.get(r.centreId);
    if (!centre) return [];
    const waitingHere = open.filter((o) => o.status === "WAITING" && o.centreId === r.centreId);
    const minutes = minutesWaiting(r.createdAt, params.now);
    const needsVettedAdult = young.has(r.teamId);
    const isMine = r.claimedById === params.userId;
    return [
      {
        id: r.id,
        centre: { id: centre.id, name: centre.name },
        teamName: r.team.name,
        topic: r.topic,
        topicLabel: HELP_TOPIC_SHORT[r.topic],
        description: r.description,
        location: r.location,
        status: r.status,
        position: r.status === "WAITING" ? positionOf(r.id, waitingHere) : null,
        minutesWaiting: minutes,
        waitingLabel: waitingLabel(minutes),
        claimedBy:
          r.status === "CLAIMED"
            ? { name: nameWithInitial(r.claimedBy?.name ?? null) ?? "A mentor", isMine }
            : null,
        needsVettedAdult,
        canClaim:
          r.status === "WAITING" &&
          mayClaim({ asLead: centre.asLead, teamHasYoungPeople: needsVettedAdult, vettedToday }),
        canFinish: r.status === "CLAIMED" && (isMine || centre.asLead),
      },
    ];
  });
  return { requests, vettedToday, updatedAtLabel };
}
