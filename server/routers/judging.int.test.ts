// What the judging procedures do (who may call them: judging.authz.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { refusal as failure } from "../test/outcome.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeUser } from "../test/factories.ts";
import { makeJudgingWorld, makeSubmittedEntry, roundDetails } from "../test/judging-factories.ts";
import { makeCentre } from "../test/registration-factories.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describe("rounds and assignment", () => {
  it("gives every entry k judges with loads within one, and judges see only their released queue", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 5, judges: 3 });
    const judge = callerFor(tdb.db, world.judges[0] ?? null, now);
    // Before the assignment is released, the queue is empty and says so.
    expect((await judge.judging.queue({ roundId: world.round.id })).round.released).toBe(false);

    const result = await world.as.judging.assign({ roundId: world.round.id });
    expect(result).toMatchObject({ entries: 5, judges: 3, shortfalls: [], connected: true });
    const view = await world.as.judging.round({ roundId: world.round.id });
    expect(view.entries.every((e) => e.judges === 2)).toBe(true);
    const loads = view.judges.map((j) => j.progress.total);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(10);

    // Opening needs a released assignment.
    expect((await failure(world.as.judging.move({ roundId: world.round.id, to: "OPEN" }))).code).toBe(
      "PRECONDITION_FAILED",
    );
    await world.as.judging.release({ roundId: world.round.id });
    await world.as.judging.move({ roundId: world.round.id, to: "OPEN" });

    const queue = await judge.judging.queue({ roundId: world.round.id });
    expect(queue.queue).toHaveLength(loads[0] ?? -1);
    expect(queue.progress.summary).toBe(`0 of ${queue.queue.length} done`);
    expect(queue.queue[0]?.entry).toMatchObject({
      version: 1,
      tagline: "A tagline",
      technologies: ["TypeScript"],
    });
  });

  it("re-running the assignment is deterministic and never moves a scored pair", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 6, judges: 3, open: true });
    const before = await world.as.judging.round({ roundId: world.round.id });
    const judge = world.judges[0];
    if (!judge) throw new Error("no judge");
    const as = callerFor(tdb.db, judge, now);
    const queue = await as.judging.queue({ roundId: world.round.id });
    const first = queue.queue[0];
    const criterion = queue.criteria[0];
    if (!first || !criterion) throw new Error("empty queue");
    await as.judging.saveScore({
      roundId: world.round.id,
      assignmentId: first.id,
      criterionId: criterion.id,
      value: 4,
      writtenAt: now.getTime() - 1000,
    });
    const again = await world.as.judging.assign({ roundId: world.round.id });
    expect(again.assignmentsAdded).toBe(0);
    expect(again.assignmentsRemoved).toBe(0);
    const after = await world.as.judging.round({ roundId: world.round.id });
    expect(after.assignments.map((a) => a.id).sort()).toEqual(before.assignments.map((a) => a.id).sort());

    // A judge drops out: what they scored stays, the rest is freed and given to the others.
    const removed = await world.as.judging.removeJudge({ roundId: world.round.id, judgeId: judge.judgeId });
    expect(removed.freed).toBe((queue.queue.length ?? 0) - 1);
    const rebalanced = await world.as.judging.assign({ roundId: world.round.id });
    const view = await world.as.judging.round({ roundId: world.round.id });
    expect(view.assignments.some((a) => a.id === first.id && a.scoredCriteria === 1)).toBe(true);
    // Each entry has k judges still in the round (the scored pair counts for its entry too).
    for (const entry of view.entries) expect(entry.judges).toBeGreaterThanOrEqual(2);
    expect(rebalanced.shortfalls).toEqual([]);
    // The removed judge no longer reaches the round.
    expect((await failure(as.judging.queue({ roundId: world.round.id }))).code).toBe("NOT_FOUND");
  });

  it("gives a judge who joins after release a share of unscored entries, moving nothing scored", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 4, judges: 2, open: true });
    const first = world.judges[0];
    if (!first) throw new Error("world");
    const as = callerFor(tdb.db, first, now);
    const queue = await as.judging.queue({ roundId: world.round.id });
    const scored = queue.queue[0];
    if (!scored) throw new Error("empty queue");
    await as.judging.saveScore({
      roundId: world.round.id,
      assignmentId: scored.id,
      criterionId: queue.criteria[0]?.id ?? "",
      value: 2,
      writtenAt: 1,
    });
    const late = await makeUser(tdb.db, { name: "Late Judge" });
    await world.as.judging.inviteJudge({ roundId: world.round.id, email: late.email, affiliation: "" });
    await callerFor(tdb.db, late, now).judging.respond({ roundId: world.round.id, accept: true });
    await world.as.judging.assign({ roundId: world.round.id });
    const view = await world.as.judging.round({ roundId: world.round.id });
    expect(view.judges.map((j) => j.progress.total).sort()).toEqual([2, 3, 3]);
    expect(view.assignments.find((a) => a.id === scored.id)).toMatchObject({
      judgeId: first.judgeId,
      scoredCriteria: 1,
    });
    expect(view.entries.every((e) => e.judges === 2)).toBe(true);
  });

  it("keeps judges away from conflicted entries and says which entries are short and why", async () => {
    const world = await makeJudgingWorld(tdb.db, {
      now,
      entries: 2,
      judges: 2,
      details: { judgesPerEntry: 2 },
    });
    const [a, b] = world.judges;
    const [first] = world.entries;
    if (!a || !b || !first) throw new Error("world");
    await callerFor(tdb.db, a, now).judging.declareConflict({
      roundId: world.round.id,
      kind: "TEAM",
      teamId: first.team.id,
      organisationId: null,
      note: "",
    });
    const result = await world.as.judging.assign({ roundId: world.round.id });
    expect(result.shortfalls).toHaveLength(1);
    expect(result.shortfalls[0]).toMatchObject({ assigned: 1, needed: 2 });
    expect(result.shortfalls[0]?.reason).toMatch(/conflict/i);
    const view = await world.as.judging.round({ roundId: world.round.id });
    const entryId = view.entries.find((e) => e.title === first.submission.title)?.id ?? "";
    expect(view.assignments.some((x) => x.judgeId === a.judgeId && x.entryId === entryId)).toBe(false);
    // Adding the pair by hand is refused with the reason.
    const refused = await failure(
      world.as.judging.addAssignment({ roundId: world.round.id, judgeId: a.judgeId, entryId }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toMatch(/can't judge that entry/);
  });

  it("keeps a judge away from a team that shares their affiliation, and free-text conflicts wait for a decision", async () => {
    const world = await makeJudgingWorld(tdb.db, {
      now,
      entries: 0,
      judges: 0,
      details: { judgesPerEntry: 1 },
    });
    await makeSubmittedEntry(tdb.db, {
      eventId: world.event.id,
      title: "School project",
      affiliation: "Leeds Grammar",
    });
    await makeSubmittedEntry(tdb.db, { eventId: world.event.id, title: "Club project" });
    const teacher = await makeUser(tdb.db, { name: "Teacher" });
    const invited = await world.as.judging.inviteJudge({
      roundId: world.round.id,
      email: teacher.email,
      affiliation: "  leeds grammar ",
    });
    const as = callerFor(tdb.db, teacher, now);
    await as.judging.respond({ roundId: world.round.id, accept: true });
    const declared = await as.judging.declareConflict({
      roundId: world.round.id,
      kind: "OTHER",
      teamId: null,
      organisationId: null,
      note: "My niece is at this event",
    });
    expect(declared.resolution).toBe("PENDING");
    await world.as.judging.resolveConflict({
      roundId: world.round.id,
      conflictId: declared.id,
      resolution: "DISMISSED",
    });
    await world.as.judging.assign({ roundId: world.round.id });
    const view = await world.as.judging.round({ roundId: world.round.id });
    const mine = view.assignments
      .filter((x) => x.judgeId === invited.id)
      .map((x) => view.entries.find((e) => e.id === x.entryId)?.title);
    expect(mine).toEqual(["Club project"]);
    expect(view.conflicts).toEqual([expect.objectContaining({ kind: "OTHER", resolution: "DISMISSED" })]);
  });

  it("refuses a round whose form is wrong, naming every field at once", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 0, judges: 0 });
    const bad = await failure(
      world.as.judging.create({
        eventId: world.event.id,
        details: { ...roundDetails(), name: "", scope: "HEAT", scaleMin: 5, scaleMax: 3, criteria: [] },
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
  });

  it("locks the rubric once the first score is in", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 2, judges: 2, open: true });
    const judge = world.judges[0];
    if (!judge) throw new Error("world");
    const as = callerFor(tdb.db, judge, now);
    const queue = await as.judging.queue({ roundId: world.round.id });
    await as.judging.saveScore({
      roundId: world.round.id,
      assignmentId: queue.queue[0]?.id ?? "",
      criterionId: queue.criteria[0]?.id ?? "",
      value: 3,
      writtenAt: now.getTime(),
    });
    const changed = await failure(
      world.as.judging.update({ roundId: world.round.id, details: roundDetails({ scaleMax: 10 }) }),
    );
    expect(changed.code).toBe("PRECONDITION_FAILED");
    // Guidance and the name can still improve.
    await world.as.judging.update({
      roundId: world.round.id,
      details: roundDetails({
        name: "Main judging (day 2)",
        criteria: [
          { name: "Impact", guidance: "Who does it help, and how much?", weight: 2 },
          { name: "Execution", guidance: "Does it work?", weight: 1 },
        ],
      }),
    });
    const view = await world.as.judging.round({ roundId: world.round.id });
    expect(view.criteria[0]?.guidance).toBe("Who does it help, and how much?");
  });
});

describe("scoring", () => {
  async function openRound() {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 3, judges: 2, open: true });
    const judge = world.judges[0];
    if (!judge) throw new Error("world");
    const as = callerFor(tdb.db, judge, now);
    const queue = await as.judging.queue({ roundId: world.round.id });
    const item = queue.queue[0];
    const [impact, execution] = queue.criteria;
    if (!item || !impact || !execution) throw new Error("empty queue");
    return { world, as, queue, item, impact, execution };
  }

  it("keeps a retried write once and never lets an older write overwrite a newer one", async () => {
    const { world, as, item, impact } = await openRound();
    const write = (value: number | null, writtenAt: number) =>
      as.judging.saveScore({
        roundId: world.round.id,
        assignmentId: item.id,
        criterionId: impact.id,
        value,
        writtenAt,
      });
    const t = now.getTime() - 60_000;
    expect(await write(3, t)).toMatchObject({ value: 3, applied: true });
    // The same write again (a retry after a lost response): nothing changes, nothing is logged.
    expect(await write(3, t)).toMatchObject({ value: 3, applied: false });
    // A newer write wins; an older one arriving late (queued offline) is ignored.
    expect(await write(5, t + 2000)).toMatchObject({ value: 5, applied: true });
    expect(await write(2, t + 1000)).toMatchObject({ value: 5, applied: false });
    // Clearing is a write too, and an older write can't bring the cleared score back.
    expect(await write(null, t + 3000)).toMatchObject({ value: null, applied: true });
    expect(await write(4, t + 2500)).toMatchObject({ value: null, applied: false });
    const log = await world.as.judging.scoreLog({ roundId: world.round.id });
    expect(log.map((c) => [c.oldValue, c.newValue])).toEqual([
      [5, null],
      [3, 5],
      [null, 3],
    ]);
    expect(log[0]).toMatchObject({ judge: "Judge 1", criterion: "Impact" });
  });

  it("clamps a device clock that runs ahead, so a fast phone can't make its writes unbeatable", async () => {
    const { world, as, item, impact } = await openRound();
    const write = (value: number, writtenAt: number) =>
      as.judging.saveScore({
        roundId: world.round.id,
        assignmentId: item.id,
        criterionId: impact.id,
        value,
        writtenAt,
      });
    expect(await write(2, now.getTime() + 3_600_000)).toMatchObject({ applied: true });
    const stored = await as.judging.queue({ roundId: world.round.id });
    const score = stored.queue.find((q) => q.id === item.id)?.scores[0];
    expect(score?.writtenAt).toBe(now.getTime());
  });

  it("marks the assignment scored when every criterion has a score, and progress follows", async () => {
    const { world, as, item, impact, execution } = await openRound();
    for (const criterion of [impact, execution]) {
      await as.judging.saveScore({
        roundId: world.round.id,
        assignmentId: item.id,
        criterionId: criterion.id,
        value: 4,
        writtenAt: now.getTime(),
      });
    }
    const queue = await as.judging.queue({ roundId: world.round.id });
    expect(queue.queue.find((q) => q.id === item.id)?.status).toBe("SCORED");
    expect(queue.progress.done).toBe(1);
    expect(queue.progress.allDone).toBe(queue.queue.length === 1);
    // The scored entry moves to the end of the queue.
    expect(queue.queue.at(-1)?.id).toBe(item.id);
  });

  it("refuses a score off the scale, a criterion of another round and another judge's assignment", async () => {
    const { world, as, item, impact } = await openRound();
    const offScale = await failure(
      as.judging.saveScore({
        roundId: world.round.id,
        assignmentId: item.id,
        criterionId: impact.id,
        value: 9,
        writtenAt: 1,
      }),
    );
    expect(offScale).toMatchObject({
      code: "BAD_REQUEST",
      fields: { value: ["Choose a score from 1 to 5"] },
    });

    const other = await makeJudgingWorld(tdb.db, { now, entries: 1, judges: 1, open: true });
    const otherCriterion = (await other.as.judging.round({ roundId: other.round.id })).criteria[0];
    const wrongCriterion = await failure(
      as.judging.saveScore({
        roundId: world.round.id,
        assignmentId: item.id,
        criterionId: otherCriterion?.id ?? "",
        value: 3,
        writtenAt: 1,
      }),
    );
    expect(wrongCriterion.code).toBe("NOT_FOUND");

    const second = world.judges[1];
    if (!second) throw new Error("world");
    // The second judge writing to the first judge's assignment: not theirs, so it doesn't exist for them.
    const theirs = await failure(
      callerFor(tdb.db, second, now).judging.saveScore({
        roundId: world.round.id,
        assignmentId: item.id,
        criterionId: impact.id,
        value: 3,
        writtenAt: 1,
      }),
    );
    expect(theirs.code).toBe("NOT_FOUND");
  });

  it("stops scoring when the round closes, and shows no other judge's scores", async () => {
    const { world, as, item, impact } = await openRound();
    await as.judging.saveScore({
      roundId: world.round.id,
      assignmentId: item.id,
      criterionId: impact.id,
      value: 4,
      writtenAt: 1,
    });
    const second = world.judges[1];
    if (!second) throw new Error("world");
    const theirQueue = await callerFor(tdb.db, second, now).judging.queue({ roundId: world.round.id });
    // The second judge's queue holds only their own (empty) scores.
    expect(theirQueue.queue.flatMap((q) => q.scores)).toEqual([]);

    await world.as.judging.move({ roundId: world.round.id, to: "CLOSED" });
    const closed = await failure(
      as.judging.saveScore({
        roundId: world.round.id,
        assignmentId: item.id,
        criterionId: impact.id,
        value: 2,
        writtenAt: 2,
      }),
    );
    expect(closed).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "The round has closed: scores can no longer change.",
    });
  });

  it("sends a skipped entry to the back of the queue and keeps flags for the organisers", async () => {
    const { world, as, queue } = await openRound();
    const [first, second] = queue.queue;
    if (!first || !second) throw new Error("needs two entries");
    await as.judging.mark({ roundId: world.round.id, assignmentId: first.id, mark: "SKIPPED", reason: "" });
    const after = await as.judging.queue({ roundId: world.round.id });
    expect(after.queue[0]?.id).toBe(second.id);
    expect(after.queue.findIndex((q) => q.id === first.id)).toBe(after.queue.length - 1);
    expect(after.progress.allDone).toBe(false);

    const flagless = await failure(
      as.judging.mark({ roundId: world.round.id, assignmentId: second.id, mark: "FLAGGED", reason: "" }),
    );
    expect(flagless.code).toBe("BAD_REQUEST");
    await as.judging.mark({
      roundId: world.round.id,
      assignmentId: second.id,
      mark: "FLAGGED",
      reason: "Looks copied",
    });
    const view = await world.as.judging.round({ roundId: world.round.id });
    expect(view.flags).toEqual([expect.objectContaining({ reason: "Looks copied", judge: "Judge 1" })]);
  });

  it("keeps feedback for the team unseen until a manager approves it, and a change needs approval again", async () => {
    const { world, as, item } = await openRound();
    await as.judging.saveNotes({
      roundId: world.round.id,
      assignmentId: item.id,
      privateNote: "Strong demo",
      feedback: "Great idea!",
    });
    let view = await world.as.judging.round({ roundId: world.round.id });
    expect(view.assignments.find((a) => a.id === item.id)).toMatchObject({
      feedback: "Great idea!",
      feedbackApproved: false,
    });
    await world.as.judging.moderateFeedback({
      roundId: world.round.id,
      assignmentId: item.id,
      approve: true,
    });
    view = await world.as.judging.round({ roundId: world.round.id });
    expect(view.assignments.find((a) => a.id === item.id)?.feedbackApproved).toBe(true);
    await as.judging.saveNotes({
      roundId: world.round.id,
      assignmentId: item.id,
      privateNote: "Strong demo",
      feedback: "Great idea, well built!",
    });
    view = await world.as.judging.round({ roundId: world.round.id });
    expect(view.assignments.find((a) => a.id === item.id)?.feedbackApproved).toBe(false);
  });

  it("lets a centre lead moderate feedback for their own centre's teams only, without judge names", async () => {
    const { world, as, item } = await openRound();
    await as.judging.saveNotes({
      roundId: world.round.id,
      assignmentId: item.id,
      privateNote: "Only for me",
      feedback: "Brilliant pitch",
    });
    const lead = await makeUser(tdb.db, { name: "Lena Lead" });
    const elsewhere = await makeUser(tdb.db, { name: "Omar Other-Centre" });
    const otherCentre = await makeCentre(tdb.db, world.event.id);
    await tdb.db.eventRole.createMany({
      data: [
        { eventId: world.event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: world.centre.id },
        { eventId: world.event.id, userId: elsewhere.id, role: "CENTRE_LEAD", centreId: otherCentre.id },
      ],
    });
    const asLead = callerFor(tdb.db, lead, now);
    const asElsewhere = callerFor(tdb.db, elsewhere, now);
    const list = await asLead.judging.centreFeedback({ eventId: world.event.id });
    expect(list).toEqual([
      expect.objectContaining({ assignmentId: item.id, feedback: "Brilliant pitch", approved: false }),
    ]);
    // Neither the judge's name nor their private note reaches the centre lead.
    expect(JSON.stringify(list)).not.toMatch(/Judge 1|Only for me/);
    expect(await asElsewhere.judging.centreFeedback({ eventId: world.event.id })).toEqual([]);
    expect(
      (
        await failure(
          asElsewhere.judging.moderateCentreFeedback({
            eventId: world.event.id,
            assignmentId: item.id,
            approve: true,
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    await asLead.judging.moderateCentreFeedback({
      eventId: world.event.id,
      assignmentId: item.id,
      approve: true,
    });
    const view = await world.as.judging.round({ roundId: world.round.id });
    expect(view.assignments.find((a) => a.id === item.id)?.feedbackApproved).toBe(true);
  });
});

describe("invitations", () => {
  it("invites by email once, lists the round on the judge's page and declines politely", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 1, judges: 0 });
    const email = "new.judge@example.test";
    const first = await world.as.judging.inviteJudge({ roundId: world.round.id, email, affiliation: "" });
    const again = await world.as.judging.inviteJudge({
      roundId: world.round.id,
      email: email.toUpperCase(),
      affiliation: "",
    });
    expect(again.id).toBe(first.id);
    const sent = await tdb.db.outboxEmail.findMany({ where: { to: email }, select: { subject: true } });
    expect(sent).toEqual([{ subject: `Will you judge "Main judging" at ${world.event.name}?` }]);

    const user = await tdb.db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, email: true, name: true, isPlatformAdmin: true },
    });
    const as = callerFor(tdb.db, user, now);
    expect(await as.judging.myRounds()).toEqual([expect.objectContaining({ status: "INVITED" })]);
    await as.judging.respond({ roundId: world.round.id, accept: false });
    expect((await failure(as.judging.queue({ roundId: world.round.id }))).code).toBe("FORBIDDEN");
  });
  it("shows managers an invited judge by the address they typed, and their name only once they accept", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 1, judges: 0 });
    const person = await makeUser(tdb.db, { name: "Kit Zebrafinch" });
    await world.as.judging.inviteJudge({ roundId: world.round.id, email: person.email, affiliation: "" });
    const judgeNames = async () =>
      (await world.as.judging.round({ roundId: world.round.id })).judges.map((j) => j.name);
    expect(await judgeNames()).toEqual([person.email]);
    expect(JSON.stringify(await world.as.judging.round({ roundId: world.round.id }))).not.toContain(
      "Zebrafinch",
    );
    await callerFor(tdb.db, person, now).judging.respond({ roundId: world.round.id, accept: true });
    expect(await judgeNames()).toEqual(["Kit Zebrafinch"]);
  });
});

describe("sponsors", () => {
  it("manage their challenge's round and no other, and can't create rounds", async () => {
    const { judgingWorld } = await import("./judging.authz.ts");
    const world = await judgingWorld(tdb.db);
    const as = callerFor(tdb.db, world.sponsor, now);
    const view = await as.judging.round({ roundId: world.challengeRound.id });
    expect(view.round).toMatchObject({ name: "Sponsor's prize", scope: "CHALLENGE" });
    // The round's page reads the event from the round: the sponsor may not list the event's rounds.
    expect(view.event).toMatchObject({ id: world.event.id });
    expect((await failure(as.judging.rounds({ eventId: world.event.id }))).code).toBe("FORBIDDEN");
    // Their challenge's page links the round.
    const { challenge } = await tdb.db.round.findUniqueOrThrow({
      where: { id: world.challengeRound.id },
      select: { challenge: { select: { id: true, organisationId: true } } },
    });
    if (!challenge) throw new Error("world");
    const mine = await as.challenges.byIdForOrganisation({
      organisationId: challenge.organisationId,
      challengeId: challenge.id,
    });
    expect(mine.rounds).toEqual([{ id: world.challengeRound.id, name: "Sponsor's prize", status: "DRAFT" }]);
    await as.judging.inviteJudge({
      roundId: world.challengeRound.id,
      email: "their.engineer@example.test",
      affiliation: "",
    });
    expect((await failure(as.judging.round({ roundId: world.round.id }))).code).toBe("NOT_FOUND");
    expect(
      (
        await failure(
          as.judging.rubricToCopy({ roundId: world.challengeRound.id, fromRoundId: world.round.id }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (await failure(as.judging.create({ eventId: world.event.id, details: roundDetails() }))).code,
    ).toBe("FORBIDDEN");
  });
});

/** Every judge scores every entry they hold: judge i gives `value(i, title)` on every criterion. */
async function scoreAll(
  world: Awaited<ReturnType<typeof makeJudgingWorld>>,
  value: (judge: number, title: string) => number,
) {
  for (const [index, judge] of world.judges.entries()) {
    const as = callerFor(tdb.db, judge, now);
    const queue = await as.judging.queue({ roundId: world.round.id });
    for (const item of queue.queue) {
      for (const criterion of queue.criteria) {
        await as.judging.saveScore({
          roundId: world.round.id,
          assignmentId: item.id,
          criterionId: criterion.id,
          value: value(index, item.entry.title),
          writtenAt: now.getTime(),
        });
      }
      await as.judging.saveNotes({
        roundId: world.round.id,
        assignmentId: item.id,
        privateNote: "",
        feedback: `Feedback from judge ${index + 1}`,
      });
    }
  }
}

describe("results", () => {
  it("says nothing is scored yet, then gives raw and adjusted results with explanations and diagrams", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 3, judges: 2, open: true });
    expect(await world.as.judging.results({ roundId: world.round.id })).toMatchObject({
      scored: 0,
      results: null,
    });
    // Judge 1 gives 5s (lenient), judge 2 gives 2s (harsh), to every entry they hold.
    await scoreAll(world, (judge) => (judge === 0 ? 5 : 2));
    const { results, diagrams, scored } = await world.as.judging.results({ roundId: world.round.id });
    expect(scored).toBe(3 * 2 * 2);
    if (!results || !diagrams) throw new Error("no results");
    expect(results.entries).toHaveLength(3);
    // k = 2 and two judges: both judges scored every entry, so every raw mean is (5 + 2) / 2.
    for (const entry of results.entries) expect(entry.raw).toBeCloseTo(3.5, 9);
    expect(results.entries.map((e) => e.rank).sort()).toEqual([1, 2, 3]);
    // Equal entries: the order is settled by the stated tie-break, and shown as such.
    expect(results.entries.every((e) => e.tiedByTieBreak)).toBe(true);
    const lenient = results.judges.find((j) => j.judge === "Judge 1");
    expect(lenient?.bias).toBeGreaterThan(0);
    expect(results.entries[0]?.explanation.sentences.length).toBeGreaterThan(0);
    expect(results.entries[0]?.team).toMatch(/^Team /);
    for (const svg of Object.values(diagrams)) expect(svg).toMatch(/^<svg[^>]*role="img"/);

    // Why is one above the other: equal scores, so the tie-break decided, and both judges scored both.
    const [first, second] = results.entries;
    if (!first?.entryId || !second?.entryId) throw new Error("no entry ids");
    const why = await world.as.judging.compare({
      roundId: world.round.id,
      a: second.entryId,
      b: first.entryId,
    });
    expect(why).toMatchObject({ above: first.entry, below: second.entry, decidedByTieBreak: true });
    expect(why.sharedJudges).toHaveLength(2);
    expect(
      (
        await failure(
          world.as.judging.compare({ roundId: world.round.id, a: first.entryId, b: first.entryId }),
        )
      ).code,
    ).toBe("BAD_REQUEST");
  });
});

describe("scores judged on paper", () => {
  it("imports a CSV all or nothing, names every bad line, adds missing pairs and logs replaced scores", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 3, judges: 2, open: true });
    const [one, two] = world.judges;
    if (!one || !two) throw new Error("no judges");
    const titles = world.entries.map((e) => e.submission.title);
    const rows = titles.flatMap((title, i) =>
      [one, two].flatMap((judge, j) =>
        ["Impact", "execution"].map(
          (criterion) => `"${title}",${judge.email.toUpperCase()},${criterion},${((i + j) % 5) + 1}`,
        ),
      ),
    );
    const csv = ["entry,judge,criterion,score", ...rows].join("\n");

    // Three different problems: every one is named, by line, and nothing is stored.
    const bad = [
      "entry,judge,criterion,score",
      `"${titles[0]}",${one.email},Impact,3`,
      `No such project,${one.email},Impact,3`,
      `"${titles[1]}",stranger@example.test,Impact,3`,
      `"${titles[2]}",${two.email},,3`,
      `"${titles[0]}",${one.email},Impact,4`,
    ].join("\n");
    const refused = await failure(world.as.judging.importScores({ roundId: world.round.id, csv: bad }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(/^Nothing was imported: 4 problems/);
    expect(refused.message).toContain("Line 3: no entry in this round is called");
    expect(refused.message).toContain('Line 4: "stranger@example.test" is not a judge of this round');
    expect(refused.message).toContain("Line 5: the round has 2 criteria");
    expect(refused.message).toContain("Line 6: the same judge, entry and criterion as line 2");
    expect(await world.as.judging.scoreLog({ roundId: world.round.id })).toEqual([]);
    const offScale = await failure(
      world.as.judging.importScores({
        roundId: world.round.id,
        csv: `entry,judge,criterion,score\n"${titles[0]}",${one.email},Impact,9`,
      }),
    );
    expect(offScale.message).toContain("outside the scale 1–5");

    const first = await world.as.judging.importScores({ roundId: world.round.id, csv });
    // k = 2 with two judges: both already held every entry, so no pair was added.
    expect(first).toEqual({ scores: 12, replaced: 0, assignmentsAdded: 0 });
    const view = await world.as.judging.round({ roundId: world.round.id });
    expect(view.assignments.every((a) => a.status === "SCORED")).toBe(true);
    const { results } = await world.as.judging.results({ roundId: world.round.id });
    expect(results?.entries).toHaveLength(3);

    // Importing again with one changed score replaces it and logs the change as the organiser's.
    const changed = csv.replace(/,Impact,(\d)/, ",Impact,5");
    const second = await world.as.judging.importScores({ roundId: world.round.id, csv: changed });
    expect(second).toMatchObject({ scores: 12, replaced: 1 });
    const log = await world.as.judging.scoreLog({ roundId: world.round.id });
    expect(log).toHaveLength(13);
  });

  it("refuses a round that is not open yet, and a judge with a conflict of interest", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 2, judges: 2 });
    const [one] = world.judges;
    const [entry] = world.entries;
    if (!one || !entry) throw new Error("world");
    const csv = `entry,judge,criterion,score\n"${entry.submission.title}",${one.email},Impact,3`;
    expect((await failure(world.as.judging.importScores({ roundId: world.round.id, csv }))).code).toBe(
      "PRECONDITION_FAILED",
    );
    await callerFor(tdb.db, one, now).judging.declareConflict({
      roundId: world.round.id,
      kind: "TEAM",
      teamId: entry.team.id,
      organisationId: null,
      note: "",
    });
    await world.as.judging.assign({ roundId: world.round.id });
    await world.as.judging.release({ roundId: world.round.id });
    await world.as.judging.move({ roundId: world.round.id, to: "OPEN" });
    const refused = await failure(world.as.judging.importScores({ roundId: world.round.id, csv }));
    expect(refused.message).toMatch(/Line 2: .* can't judge/);
  });
});

describe("awards, finals and publishing", () => {
  it("names winners, publishes them to everyone, emails the teams and shows each team its moderated feedback", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 4, judges: 2, open: true });
    await scoreAll(world, (_judge, title) => Number(title.slice(-1)) + 1);
    await world.as.judging.move({ roundId: world.round.id, to: "CLOSED" });
    const results = await world.as.judging.results({ roundId: world.round.id });
    const top = results.results?.entries.find((e) => e.rank === 1);
    expect(top?.submissionId).toBe(world.entries[3]?.submission.id);

    const award = await world.as.judging.createAward({
      roundId: world.round.id,
      kind: "OVERALL",
      name: "Winner",
      place: 1,
      division: null,
      note: "",
    });
    const both = [world.entries[3]?.submission.id ?? "", world.entries[2]?.submission.id ?? ""];
    const accidentalTie = await failure(
      world.as.judging.setAwardWinners({
        roundId: world.round.id,
        awardId: award.id,
        submissionIds: both,
        tiedByDecision: false,
      }),
    );
    expect(accidentalTie).toMatchObject({
      code: "BAD_REQUEST",
      fields: { tiedByDecision: [expect.stringMatching(/shared by decision/)] },
    });
    const outsider = await makeJudgingWorld(tdb.db, { now, entries: 1, judges: 0 });
    const notAnEntry = await failure(
      world.as.judging.setAwardWinners({
        roundId: world.round.id,
        awardId: award.id,
        submissionIds: [outsider.entries[0]?.submission.id ?? ""],
        tiedByDecision: false,
      }),
    );
    expect(notAnEntry.code).toBe("NOT_FOUND");
    await world.as.judging.setAwardWinners({
      roundId: world.round.id,
      awardId: award.id,
      submissionIds: [both[0] ?? ""],
      tiedByDecision: false,
    });

    const anyone = callerFor(tdb.db, null, now);
    expect(await anyone.judging.publicAwards({ slug: world.event.slug })).toEqual([]);
    const captain = world.entries[3]?.captain;
    const team = world.entries[3]?.team;
    if (!captain || !team) throw new Error("world");
    const asTeam = callerFor(tdb.db, captain, now);
    expect(await asTeam.judging.teamFeedback({ eventId: world.event.id, teamId: team.id })).toEqual([]);

    // Approve one judge's feedback for the winning team only.
    const view = await world.as.judging.round({ roundId: world.round.id });
    const winningEntry = view.entries.find((e) => e.submissionId === both[0]);
    const [approved] = view.assignments.filter((a) => a.entryId === winningEntry?.id);
    await world.as.judging.moderateFeedback({
      roundId: world.round.id,
      assignmentId: approved?.id ?? "",
      approve: true,
    });

    await world.as.judging.move({ roundId: world.round.id, to: "PUBLISHED" });
    expect(await anyone.judging.publicAwards({ slug: world.event.slug })).toEqual([
      expect.objectContaining({
        name: "Winner",
        place: 1,
        winners: [expect.objectContaining({ title: "Project 4", shared: false })],
      }),
    ]);
    expect(
      await anyone.judging.publicAwards({
        slug: world.event.slug,
        submissionId: world.entries[0]?.submission.id,
      }),
    ).toEqual([]);
    const mails = await tdb.db.outboxEmail.findMany({
      where: { kind: "results-published", to: { in: world.entries.map((e) => e.captain.email) } },
    });
    expect(mails).toHaveLength(4);
    // Publishing again sends nothing more.
    await world.as.judging.move({ roundId: world.round.id, to: "PUBLISHED" });
    expect(await tdb.db.outboxEmail.count({ where: { kind: "results-published", to: captain.email } })).toBe(
      1,
    );

    const feedback = await asTeam.judging.teamFeedback({ eventId: world.event.id, teamId: team.id });
    expect(feedback).toEqual([
      {
        roundId: world.round.id,
        round: "Main judging",
        feedback: [expect.stringMatching(/^Feedback from judge/)],
        scores: null,
      },
    ]);
    await world.as.judging.setTeamVisibility({ roundId: world.round.id, showScoresToTeams: true });
    const withScores = await asTeam.judging.teamFeedback({ eventId: world.event.id, teamId: team.id });
    expect(withScores[0]?.scores).toEqual([
      { criterion: "Impact", judges: 2, mean: 5, scale: [1, 5] },
      { criterion: "Execution", judges: 2, mean: 5, scale: [1, 5] },
    ]);

    const scoresCsv = await world.as.judging.exportScoresCsv({ roundId: world.round.id });
    expect(scoresCsv.csv.trimEnd().split("\r\n")).toHaveLength(1 + 4 * 2 * 2);
    expect(scoresCsv.csv.split("\r\n")[0]).toBe(
      "judge,judge_email,entry,team,criterion,weight,score,typed_at",
    );
    const resultsCsv = await world.as.judging.exportResultsCsv({ roundId: world.round.id });
    expect(resultsCsv.csv.split("\r\n")[1]).toMatch(/^1,Project 4,Team /);
    const awardsCsv = await world.as.judging.exportAwardsCsv({ eventId: world.event.id });
    expect(awardsCsv.csv.split("\r\n")[1]).toMatch(/^Main judging,Winner,OVERALL,1,,Project 4,Team .*,no$/);
  });

  it("promotes the top entries of a closed round into the finals, and others by hand with a reason", async () => {
    const world = await makeJudgingWorld(tdb.db, { now, entries: 4, judges: 2, open: true });
    const finals = await world.as.judging.create({
      eventId: world.event.id,
      details: roundDetails({ name: "Finals", scope: "FINALS" }),
    });
    const early = await failure(
      world.as.judging.promoteTop({ roundId: finals.id, fromRoundId: world.round.id, count: 2 }),
    );
    expect(early.code).toBe("PRECONDITION_FAILED");
    await scoreAll(world, (_judge, title) => Number(title.slice(-1)));
    await world.as.judging.move({ roundId: world.round.id, to: "CLOSED" });
    expect(
      await world.as.judging.promoteTop({ roundId: finals.id, fromRoundId: world.round.id, count: 2 }),
    ).toEqual({ promoted: 2, tieAtCutOff: false });
    // Promoting again adds nothing.
    expect(
      (await world.as.judging.promoteTop({ roundId: finals.id, fromRoundId: world.round.id, count: 2 }))
        .promoted,
    ).toBe(0);
    await world.as.judging.promoteByHand({
      roundId: finals.id,
      submissionId: world.entries[0]?.submission.id ?? "",
      reason: "The judges' wildcard",
    });
    const entries = await tdb.db.roundEntry.findMany({
      where: { roundId: finals.id },
      orderBy: { submission: { title: "asc" } },
      select: { promotedFromRoundId: true, promotionReason: true, submission: { select: { title: true } } },
    });
    expect(entries).toEqual([
      {
        promotedFromRoundId: null,
        promotionReason: "The judges' wildcard",
        submission: { title: "Project 1" },
      },
      { promotedFromRoundId: world.round.id, promotionReason: null, submission: { title: "Project 3" } },
      { promotedFromRoundId: world.round.id, promotionReason: null, submission: { title: "Project 4" } },
    ]);
    // Only a finals round takes promotions.
    const notFinals = await failure(
      world.as.judging.promoteByHand({
        roundId: world.round.id,
        submissionId: world.entries[0]?.submission.id ?? "",
        reason: "Because",
      }),
    );
    expect(notFinals.code).toBe("BAD_REQUEST");
  });
});
