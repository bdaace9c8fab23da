import { randomUUID } from "node:crypto";
import type { SessionUser } from "../context.ts";
import type { Db } from "../db/create.ts";
import type { RoundDetails } from "../judging/schema.ts";
import { callerFor } from "./callers.ts";
import { makeEvent, makeUser } from "./factories.ts";
import { makeCentre } from "./registration-factories.ts";
import { makeParticipant } from "./team-factories.ts";

/** A round's form as an organiser fills it in: the whole event, two criteria on 1–5, k judges. */
export function roundDetails(overrides: Partial<RoundDetails> = {}): RoundDetails {
  return {
    name: "Main judging",
    scope: "EVENT",
    centreId: null,
    challengeId: null,
    judgesPerEntry: 2,
    scaleMin: 1,
    scaleMax: 5,
    opensAt: null,
    closesAt: null,
    criteria: [
      { name: "Impact", guidance: "Does it help the people the challenge is about?", weight: 2 },
      { name: "Execution", guidance: "Does it work?", weight: 1 },
    ],
    ...overrides,
  };
}

/**
 * A team of one (its captain, registered) with a project submitted at version 1, written directly.
 * `affiliation` goes on the captain's registration; `centreId` on the team.
 */
export async function makeSubmittedEntry(
  db: Db,
  params: { eventId: string; title?: string; centreId?: string; affiliation?: string; challengeId?: string },
) {
  const captain = await makeParticipant(db, { eventId: params.eventId, centreId: params.centreId });
  if (params.affiliation) {
    await db.registration.update({
      where: { id: captain.registrationId },
      data: { affiliation: params.affiliation },
    });
  }
  const title = params.title ?? `Project ${randomUUID().slice(0, 6)}`;
  const team = await db.team.create({
    data: {
      eventId: params.eventId,
      centreId: params.centreId ?? null,
      name: `Team ${randomUUID().slice(0, 6)}`,
      joinCode: randomUUID(),
      members: { create: { eventId: params.eventId, userId: captain.id, isCaptain: true } },
    },
    select: { id: true, name: true },
  });
  const submission = await db.submission.create({
    data: {
      eventId: params.eventId,
      teamId: team.id,
      title,
      tagline: "A tagline",
      description: "What it does.",
      status: "SUBMITTED",
      submittedAt: new Date("2026-11-20T12:00:00.000Z"),
      ...(params.challengeId ? { challenges: { create: { challengeId: params.challengeId } } } : {}),
      revisions: {
        create: {
          version: 1,
          snapshot: {
            title,
            tagline: "A tagline",
            description: "What it does.",
            repositoryUrl: null,
            demoUrl: null,
            videoUrl: null,
            technologies: ["TypeScript"],
            challengeIds: params.challengeId ? [params.challengeId] : [],
            imageIds: [],
          },
          submittedById: captain.id,
        },
      },
    },
    select: { id: true, title: true },
  });
  return { captain, team, submission };
}

/**
 * An event with `entries` submitted projects, an organiser, a round of it, and `judges` judges who were
 * invited and accepted. With `open`, the assignment is generated and released and the round is open.
 */
export async function makeJudgingWorld(
  db: Db,
  options: { now: Date; entries?: number; judges?: number; open?: boolean; details?: Partial<RoundDetails> },
) {
  const organiser = await makeUser(db, { name: "Olive Organiser" });
  const event = await makeEvent(db, {
    now: options.now,
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  const centre = await makeCentre(db, event.id);
  const entries = [];
  for (let i = 0; i < (options.entries ?? 4); i++) {
    entries.push(
      await makeSubmittedEntry(db, { eventId: event.id, title: `Project ${i + 1}`, centreId: centre.id }),
    );
  }
  const as = callerFor(db, organiser, options.now);
  const round = await as.judging.create({ eventId: event.id, details: roundDetails(options.details) });
  const judges: (SessionUser & { judgeId: string })[] = [];
  for (let i = 0; i < (options.judges ?? 3); i++) {
    const user = await makeUser(db, { name: `Judge ${i + 1}` });
    const judge = await as.judging.inviteJudge({ roundId: round.id, email: user.email, affiliation: "" });
    await callerFor(db, user, options.now).judging.respond({ roundId: round.id, accept: true });
    judges.push({ ...user, judgeId: judge.id });
  }
  if (options.open) {
    await as.judging.assign({ roundId: round.id });
    await as.judging.release({ roundId: round.id });
    await as.judging.move({ roundId: round.id, to: "OPEN" });
  }
  return { organiser, event, centre, entries, round, judges, as };
}
