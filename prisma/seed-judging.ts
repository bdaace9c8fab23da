/**
 * The judging demo (called by ./seed.ts): two more events, so a newcomer sees judging at once.
 *
 * - "Winter Open Data Day" (/winter-open-data-day) hacked yesterday and is being judged now: a round is
 *   open, judge@example.org has a queue with two entries scored, and two other judges are part-way.
 * - "Spring Data Jam" (/spring-data-jam) happened two months ago: its round's results are published,
 *   with places and a special award from its own results, and the judges' feedback approved for teams.
 *
 * Both have one centre, led by lead@example.org, who moderates the judges' feedback for its teams.
 *
 * Idempotent like the rest of the seed: events, people, teams and projects are upserted by natural key;
 * a round that exists is left as it is (its scores are never rewritten).
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../server/db/create.ts";
import { generateAssignment, releaseAssignment } from "../server/judging/assign-commands.ts";
import { roundCoreSelect, type RoundCore } from "../server/judging/access.ts";
import { computeResults } from "../server/judging/model.ts";
import { resultsInputOf } from "../server/judging/results-queries.ts";
import {
  DEMO_CENTRE_LEAD_EMAIL,
  DEMO_CODE_OF_CONDUCT_VERSION,
  DEMO_JUDGE_EMAIL,
  DEMO_ORGANISER_EMAIL,
} from "./seed-data.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** UTC midnight of `today`'s day plus `days` days and `hours` hours (London is on UTC in winter). */
function at(today: Date, days: number, hours: number): Date {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return new Date(midnight + days * DAY + hours * HOUR);
}

interface JudgingDemo {
  slug: string;
  name: string;
  description: string;
  /** Days from today of the hack day itself. */
  day: number;
  projects: { title: string; tagline: string; team: string; maker: string }[];
  round: string;
  /** Which judges have scored how many of their entries (all when omitted). */
  scored: Record<string, number | "all">;
  published: boolean;
}

const JUDGES = [DEMO_JUDGE_EMAIL, "judge2@example.org", "judge3@example.org"];

const PROJECTS = [
  {
    title: "Bus Buddy",
    tagline: "Tells you when to leave for the bus, not when it comes",
    team: "Route Finders",
  },
  { title: "Flood Watch", tagline: "River levels and road closures on one map", team: "Wet Feet" },
  { title: "Bin Day", tagline: "Never miss collection day again", team: "Trash Pandas" },
  { title: "Quiet Streets", tagline: "Walking routes that avoid traffic noise", team: "Hush" },
  { title: "Park Finder", tagline: "Green spaces near you, with what they have", team: "Leafy" },
  { title: "Air Check", tagline: "Air quality where you are, in plain words", team: "Breathe Easy" },
];

function demos(): JudgingDemo[] {
  const projects = (event: string) =>
    PROJECTS.map((p, i) => ({ ...p, maker: `maker${i + 1}.${event}@example.org` }));
  return [
    {
      slug: "winter-open-data-day",
      name: "Winter Open Data Day",
      description: "A one-day hack on the city's open data. Hacking is over; the judges are scoring now.",
      day: -1,
      projects: projects("winter"),
      round: "Main judging",
      scored: { [DEMO_JUDGE_EMAIL]: 2, "judge2@example.org": "all", "judge3@example.org": 1 },
      published: false,
    },
    {
      slug: "spring-data-jam",
      name: "Spring Data Jam",
      description: "Our spring hack day on open transport data. Results are out: see the winners below.",
      day: -60,
      projects: projects("spring"),
      round: "Judging",
      scored: Object.fromEntries(JUDGES.map((j) => [j, "all" as const])),
      published: true,
    },
  ];
}

/** A deterministic score for a judge and an entry: some judges are lenient, some entries are better. */
function demoScore(judgeIndex: number, entryTitle: string, criterion: number): number {
  const quality = [...entryTitle].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 3;
  const lenience = [1, 0, -1][judgeIndex] ?? 0;
  return Math.max(1, Math.min(5, 2 + quality + lenience + (criterion % 2)));
}

async function upsertUser(db: Db, email: string, name: string) {
  return db.user.upsert({ where: { email }, create: { email, name }, update: {}, select: { id: true } });
}

async function upsertDemoEvent(db: Db, demo: JudgingDemo, today: Date, organiserId: string) {
  const day = demo.day;
  const fields = {
    name: demo.name,
    description: demo.description,
    timeZone: "Europe/London",
    status: "PUBLISHED" as const,
    publishedAt: at(today, day - 30, 12),
    registrationOpensAt: at(today, day - 28, 9),
    registrationClosesAt: at(today, day - 1, 17),
    startsAt: at(today, day, 9),
    submissionDeadline: at(today, day, 16),
    judgingClosesAt: at(today, day + 3, 17),
    resultsAt: at(today, day + 4, 18),
    teamMinSize: 1,
    teamMaxSize: 4,
    minimumAge: 16,
    contactEmail: "hello@example.org",
  };
  const event = await db.event.upsert({
    where: { slug: demo.slug },
    create: { slug: demo.slug, ...fields },
    update: fields,
    select: { id: true },
  });
  const role = await db.eventRole.findFirst({
    where: { eventId: event.id, userId: organiserId, role: "ORGANISER", centreId: null },
    select: { id: true },
  });
  if (!role) {
    await db.eventRole.create({
      data: { eventId: event.id, userId: organiserId, role: "ORGANISER" },
      select: { id: true },
    });
  }
  return event;
}

/**
 * The event's one centre, led by lead@example.org: every demo team is there, so the lead moderates the
 * judges' feedback for them (Winter Open Data Day's is still waiting).
 */
async function upsertDemoCentre(db: Db, eventId: string): Promise<string> {
  const centre = await db.centre.upsert({
    where: { eventId_name: { eventId, name: "Central Library" } },
    create: {
      eventId,
      name: "Central Library",
      capacity: 40,
      addressLine: "Calverley Street",
      openingTimes: "9:00 to 17:00 on the day",
    },
    update: {},
    select: { id: true },
  });
  const lead = await upsertUser(db, DEMO_CENTRE_LEAD_EMAIL, "Leila Lead");
  const role = await db.eventRole.findFirst({
    where: { eventId, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
    select: { id: true },
  });
  if (!role) {
    await db.eventRole.create({
      data: { eventId, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
      select: { id: true },
    });
  }
  return centre.id;
}

async function upsertProject(
  db: Db,
  eventId: string,
  centreId: string,
  project: JudgingDemo["projects"][number],
  submittedAt: Date,
) {
  const maker = await upsertUser(db, project.maker, `${project.team} captain`);
  await db.registration.upsert({
    where: { eventId_userId: { eventId, userId: maker.id } },
    create: {
      eventId,
      userId: maker.id,
      experience: "SOME",
      skills: ["JavaScript"],
      dateOfBirth: new Date("1995-04-12T00:00:00.000Z"),
      status: "CONFIRMED",
      codeOfConductVersion: DEMO_CODE_OF_CONDUCT_VERSION,
      codeOfConductAt: submittedAt,
      centreId,
    },
    update: { codeOfConductAt: submittedAt, centreId },
    select: { id: true },
  });
  const team = await db.team.upsert({
    where: { eventId_name: { eventId, name: project.team } },
    create: {
      eventId,
      name: project.team,
      joinCode: `demo-${eventId.slice(-6)}-${project.team.toLowerCase().replaceAll(" ", "-")}`,
      centreId,
      members: { create: { eventId, userId: maker.id, isCaptain: true } },
    },
    update: { centreId },
    select: { id: true },
  });
  const snapshot = {
    title: project.title,
    tagline: project.tagline,
    description: `## What it does\n\n${project.tagline}.\n\n## How we built it\n\nOpen data from the council's portal, a small web app and a lot of tea.`,
    repositoryUrl: `https://example.org/code/${project.title.toLowerCase().replaceAll(" ", "-")}`,
    demoUrl: null,
    videoUrl: null,
    technologies: ["TypeScript", "Open data"],
    challengeIds: [],
    imageIds: [],
  };
  const existing = await db.submission.findUnique({ where: { teamId: team.id }, select: { id: true } });
  if (existing) return;
  await db.submission.create({
    data: {
      eventId,
      teamId: team.id,
      title: snapshot.title,
      tagline: snapshot.tagline,
      description: snapshot.description,
      repositoryUrl: snapshot.repositoryUrl,
      technologies: snapshot.technologies,
      status: "SUBMITTED",
      submittedAt,
      revisions: { create: { version: 1, snapshot, submittedById: maker.id, createdAt: submittedAt } },
    },
    select: { id: true },
  });
}

async function seedRound(db: Db, demo: JudgingDemo, eventId: string, organiserId: string, today: Date) {
  const exists = await db.round.findFirst({ where: { eventId, name: demo.round }, select: { id: true } });
  if (exists) return;
  const created = await db.round.create({
    data: {
      eventId,
      name: demo.round,
      scope: "EVENT",
      judgesPerEntry: 2,
      scaleMin: 1,
      scaleMax: 5,
      assignmentSeed: randomBytes(8).toString("hex"),
      createdById: organiserId,
      criteria: {
        create: [
          {
            position: 0,
            name: "Impact",
            guidance: "Would the people the data is about be better off?",
            weight: 2,
          },
          { position: 1, name: "Execution", guidance: "Does it work, and is it pleasant to use?", weight: 1 },
          { position: 2, name: "Presentation", guidance: "Could the team explain it clearly?", weight: 1 },
        ],
      },
    },
    select: { id: true },
  });
  const judgeIds: string[] = [];
  for (const [i, email] of JUDGES.entries()) {
    const user = await upsertUser(db, email, ["Jordan Judge", "Priya Patel", "Tom Okafor"][i] ?? "A judge");
    const judge = await db.roundJudge.create({
      data: {
        roundId: created.id,
        userId: user.id,
        status: "ACCEPTED",
        respondedAt: today,
        invitedById: organiserId,
      },
      select: { id: true },
    });
    judgeIds.push(judge.id);
    await db.eventRole
      .create({ data: { eventId, userId: user.id, role: "JUDGE" }, select: { id: true } })
      .catch(() => null);
  }
  const round = await db.round.findUniqueOrThrow({ where: { id: created.id }, select: roundCoreSelect });
  await generateAssignment(db, { actorId: organiserId, round });
  await releaseAssignment(db, { actorId: organiserId, round, now: today });
  const criteria = await db.rubricCriterion.findMany({
    where: { roundId: round.id },
    orderBy: { position: "asc" },
  });
  for (const [index, email] of JUDGES.entries()) {
    const assignments = await db.assignment.findMany({
      where: { judgeId: judgeIds[index] ?? "" },
      orderBy: { queueOrder: "asc" },
      select: { id: true, entry: { select: { submission: { select: { title: true } } } } },
    });
    const quota = demo.scored[email] ?? 0;
    const toScore = quota === "all" ? assignments : assignments.slice(0, quota);
    for (const a of toScore) {
      for (const [c, criterion] of criteria.entries()) {
        const value = demoScore(index, a.entry.submission.title, c);
        const writtenAt = new Date(today.getTime() - HOUR);
        await db.score.create({
          data: { assignmentId: a.id, criterionId: criterion.id, value, clientWrittenAt: writtenAt },
        });
        await db.scoreChange.create({
          data: {
            assignmentId: a.id,
            criterionId: criterion.id,
            newValue: value,
            clientWrittenAt: writtenAt,
            changedById: null,
          },
        });
      }
      await db.assignment.update({
        where: { id: a.id },
        data: {
          status: "SCORED",
          feedback: "A clear idea, well shown. Next: test it with the people it is for.",
        },
      });
    }
  }
  await db.round.update({
    where: { id: round.id },
    data: demo.published
      ? { status: "PUBLISHED", resultsPublishedAt: today, showScoresToTeams: true }
      : { status: "OPEN", closesAt: at(today, demo.day + 3, 17) },
  });
  if (demo.published) await seedAwards(db, round, organiserId, today);
}

/**
 * The published round's awards, from its own results: first, second and third place, and a special
 * award for the fourth. Every judge's feedback is approved for the teams.
 */
async function seedAwards(db: Db, round: RoundCore, organiserId: string, today: Date) {
  await db.assignment.updateMany({
    where: { roundId: round.id, feedback: { not: "" } },
    data: { feedbackApprovedAt: today, feedbackApprovedById: organiserId },
  });
  const { input, entryByLabel } = await resultsInputOf(db, {
    roundId: round.id,
    scale: [round.scaleMin, round.scaleMax],
  });
  const ranked = [...computeResults(input).entries].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity),
  );
  const awards = [
    { name: "Winner", place: 1, kind: "OVERALL" as const },
    { name: "Runner-up", place: 2, kind: "OVERALL" as const },
    { name: "Third place", place: 3, kind: "OVERALL" as const },
    { name: "Best use of open data", place: null, kind: "SPECIAL" as const },
  ];
  for (const [position, award] of awards.entries()) {
    const winner = entryByLabel.get(ranked[position]?.entry ?? "");
    if (!winner) continue;
    await db.award.create({
      data: {
        eventId: round.eventId,
        roundId: round.id,
        kind: award.kind,
        name: award.name,
        place: award.place,
        position,
        winners: { create: { submissionId: winner.submissionId } },
      },
      select: { id: true },
    });
  }
}

/** Writes the judging demo relative to `today`. */
export async function seedJudging(db: Db, today: Date): Promise<{ slug: string; name: string }[]> {
  const organiser = await upsertUser(db, DEMO_ORGANISER_EMAIL, "Olivia Organiser");
  const out = [];
  for (const demo of demos()) {
    const event = await upsertDemoEvent(db, demo, today, organiser.id);
    const submittedAt = at(today, demo.day, 15);
    const centreId = await upsertDemoCentre(db, event.id);
    for (const project of demo.projects) await upsertProject(db, event.id, centreId, project, submittedAt);
    await seedRound(db, demo, event.id, organiser.id, today);
    out.push({ slug: demo.slug, name: demo.name });
  }
  return out;
}
