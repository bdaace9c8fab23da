// Timely prompts with an injected clock: each goes to the right people, once, inside its window, never in
// the quiet hours of the event's zone, not to someone who turned reminders off, not when the organisers
// switched it off; organisers reword them and read a preview. Who may call: prompts.authz.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDuePrompts } from "../prompts/commands.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeJudgingWorld } from "../test/judging-factories.ts";
import { refusal } from "../test/outcome.ts";
import { makeCentre, makeRegistration, registrationFor } from "../test/registration-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

// Monday 7 December 2026 in London (GMT): 10:00 is daytime, 23:00 and 06:00 are in the quiet hours.
const at = (time: string) => new Date(`2026-12-07T${time}:00.000Z`);
const HOUR = 3_600_000;

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

/** An event starting `startsIn` hours after 10:00 with its deadline `deadlineIn` hours after it. */
async function eventAt(params: { startsIn: number; deadlineIn: number; timeZone?: string }) {
  const organiser = await makeUser(tdb.db, { name: "Olive Organiser" });
  const event = await makeEvent(tdb.db, {
    now: at("10:00"),
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
    ...(params.timeZone ? { timeZone: params.timeZone } : {}),
  });
  const base = at("10:00").getTime();
  await tdb.db.event.update({
    where: { id: event.id },
    data: {
      registrationClosesAt: new Date(base + (params.startsIn - 1) * HOUR),
      startsAt: new Date(base + params.startsIn * HOUR),
      submissionDeadline: new Date(base + params.deadlineIn * HOUR),
      judgingClosesAt: new Date(base + (params.deadlineIn + 48) * HOUR),
      resultsAt: new Date(base + (params.deadlineIn + 72) * HOUR),
    },
  });
  return { event, asOrganiser: callerFor(tdb.db, organiser, at("10:00")) };
}

async function mailTo(email: string) {
  return tdb.db.outboxEmail.findMany({
    where: { to: email, kind: "prompt" },
    select: { subject: true, text: true },
  });
}

describe("registration closing soon", () => {
  it("goes to people who began the form and did not register, once, and forgets them when they do", async () => {
    // Registration closes at 10:00 + 30 h.
    const { event } = await eventAt({ startsIn: 31, deadlineIn: 60 });
    const centre = await makeCentre(tdb.db, event.id);
    const [began, finished, browsed] = await Promise.all([
      makeUser(tdb.db, { name: "Bea Began" }),
      makeUser(tdb.db, { name: "Fin Finished" }),
      makeUser(tdb.db, { name: "Bo Browsed" }),
    ]);
    const start = (user: { id: string; email: string; name: string | null }, when = at("09:00")) =>
      callerFor(tdb.db, { ...user, isPlatformAdmin: false }, when).registrations.markStarted({
        eventId: event.id,
      });
    expect(await start(began)).toEqual({ recorded: true });
    expect(await start(began, at("09:30"))).toEqual({ recorded: true });
    expect(await start(finished)).toEqual({ recorded: true });
    // Registering through the form forgets that they began.
    await callerFor(tdb.db, { ...finished, isPlatformAdmin: false }, at("09:40")).registrations.register({
      eventId: event.id,
      ...registrationFor({ centreId: centre.id }),
    });
    expect(await tdb.db.registrationStart.count({ where: { eventId: event.id } })).toBe(1);
    // Someone registered already is not recorded; nor is anyone once registration has closed.
    expect(await start(finished, at("09:50"))).toEqual({ recorded: false });
    expect(await start(browsed, new Date(at("10:00").getTime() + 31 * HOUR))).toEqual({ recorded: false });

    await sendDuePrompts(tdb.db, { now: at("10:00") });
    const [mail] = await mailTo(began.email);
    expect(mail?.subject).toMatch(new RegExp(`^Registration for ${event.name} closes `));
    expect(mail?.text).toContain("Hello Bea,");
    expect(mail?.text).toContain(`/events/${event.slug}/register`);
    expect(mail?.text).toContain("Finish registering");
    // Fin registered (and, in no team yet, has that reminder instead); Bo never began.
    for (const other of [finished, browsed]) {
      expect((await mailTo(other.email)).filter((m) => m.subject.startsWith("Registration for"))).toEqual([]);
    }
    await sendDuePrompts(tdb.db, { now: at("12:00") });
    expect(await mailTo(began.email)).toHaveLength(1);

    // A day after registration closed, nobody's start is kept.
    await sendDuePrompts(tdb.db, { now: new Date(at("10:00").getTime() + 55 * HOUR) });
    expect(await tdb.db.registrationStart.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("waits until two days before registration closes, and not for someone who withdrew", async () => {
    const { event } = await eventAt({ startsIn: 70, deadlineIn: 100 });
    const early = await makeUser(tdb.db);
    await callerFor(tdb.db, { ...early, isPlatformAdmin: false }, at("09:00")).registrations.markStarted({
      eventId: event.id,
    });
    await sendDuePrompts(tdb.db, { now: at("10:00") });
    expect(await mailTo(early.email)).toEqual([]);
    // Began, then registered and withdrew (a registration in any state means they finished the form).
    await makeRegistration(tdb.db, { eventId: event.id, userId: early.id, status: "WITHDRAWN" });
    await sendDuePrompts(tdb.db, { now: new Date(at("10:00").getTime() + 30 * HOUR) });
    expect(await mailTo(early.email)).toEqual([]);
  });
});

describe("no team yet", () => {
  it("goes to confirmed participants without a team, once, from two days before the start", async () => {
    const { event } = await eventAt({ startsIn: 30, deadlineIn: 60 });
    const alone = await makeParticipant(tdb.db, { eventId: event.id, name: "Alex Alone" });
    const captain = await makeParticipant(tdb.db, { eventId: event.id, name: "Cat Captain" });
    await makeTeam(tdb.db, { eventId: event.id, captain });
    const pending = await makeParticipant(tdb.db, { eventId: event.id, status: "PENDING_CONSENT" });
    const withdrawn = await makeParticipant(tdb.db, { eventId: event.id, status: "WITHDRAWN" });

    await sendDuePrompts(tdb.db, { now: at("10:00") });
    const [mail] = await mailTo(alone.email);
    expect(mail?.subject).toBe(`Find your team for ${event.name}`);
    expect(mail?.text).toContain("Hello Alex,");
    expect(mail?.text).toContain(`/events/${event.slug}/teams`);
    for (const other of [captain, pending, withdrawn]) expect(await mailTo(other.email)).toEqual([]);
    // Once: the next sweeps send it no more.
    await sendDuePrompts(tdb.db, { now: at("10:10") });
    await sendDuePrompts(tdb.db, { now: at("15:00") });
    expect(await mailTo(alone.email)).toHaveLength(1);
  });

  it("waits until two days before, and stops once hacking has started", async () => {
    const { event } = await eventAt({ startsIn: 50, deadlineIn: 80 });
    const alone = await makeParticipant(tdb.db, { eventId: event.id });
    await sendDuePrompts(tdb.db, { now: at("10:00") });
    expect(await mailTo(alone.email)).toEqual([]);
    const late = await eventAt({ startsIn: -1, deadlineIn: 40 });
    const started = await makeParticipant(tdb.db, { eventId: late.event.id });
    await sendDuePrompts(tdb.db, { now: at("10:00") });
    expect(await mailTo(started.email)).toEqual([]);
  });

  it("is never sent at night in the event's time zone, and goes in the morning", async () => {
    const { event } = await eventAt({ startsIn: 40, deadlineIn: 70 });
    const alone = await makeParticipant(tdb.db, { eventId: event.id });
    await sendDuePrompts(tdb.db, { now: at("23:00") });
    await sendDuePrompts(tdb.db, { now: new Date(at("06:00").getTime() + 24 * HOUR) });
    expect(await mailTo(alone.email)).toEqual([]);
    await sendDuePrompts(tdb.db, { now: new Date(at("08:00").getTime() + 24 * HOUR) });
    expect(await mailTo(alone.email)).toHaveLength(1);
  });

  it("follows the event's zone: 10:00 in London is 21:00 in Sydney, the quiet hours there", async () => {
    const { event } = await eventAt({ startsIn: 30, deadlineIn: 60, timeZone: "Australia/Sydney" });
    const alone = await makeParticipant(tdb.db, { eventId: event.id });
    await sendDuePrompts(tdb.db, { now: at("10:00") });
    expect(await mailTo(alone.email)).toEqual([]);
    // 23:00 in London is 10:00 in Sydney.
    await sendDuePrompts(tdb.db, { now: at("23:00") });
    expect(await mailTo(alone.email)).toHaveLength(1);
  });

  it("is not emailed to someone who turned reminders off, nor sent when the organisers switched it off", async () => {
    const { event, asOrganiser } = await eventAt({ startsIn: 30, deadlineIn: 60 });
    const quiet = await makeParticipant(tdb.db, { eventId: event.id });
    await tdb.db.user.update({ where: { id: quiet.id }, data: { emailOptOuts: ["PROMPTS"] } });
    await sendDuePrompts(tdb.db, { now: at("10:00") });
    expect(await mailTo(quiet.email)).toEqual([]);

    const other = await eventAt({ startsIn: 30, deadlineIn: 60 });
    const alone = await makeParticipant(tdb.db, { eventId: other.event.id });
    await other.asOrganiser.prompts.update({
      eventId: other.event.id,
      kind: "NO_TEAM",
      enabled: false,
      message: null,
    });
    await sendDuePrompts(tdb.db, { now: at("10:00") });
    expect(await mailTo(alone.email)).toEqual([]);
    // Switched on again, it goes.
    await other.asOrganiser.prompts.update({
      eventId: other.event.id,
      kind: "NO_TEAM",
      enabled: true,
      message: null,
    });
    await sendDuePrompts(tdb.db, { now: at("10:10") });
    expect(await mailTo(alone.email)).toHaveLength(1);
    void asOrganiser;
  });
});

describe("project not submitted", () => {
  it("goes to members of teams without a submitted project, the day before and two hours before", async () => {
    const { event } = await eventAt({ startsIn: -20, deadlineIn: 20 });
    const drafter = await makeParticipant(tdb.db, { eventId: event.id, name: "Dana Draft" });
    const friend = await makeParticipant(tdb.db, { eventId: event.id, name: "Fin Friend" });
    const drafting = await makeTeam(tdb.db, { eventId: event.id, captain: drafter, members: [friend] });
    await tdb.db.submission.create({ data: { eventId: event.id, teamId: drafting.id, title: "Half done" } });
    const empty = await makeParticipant(tdb.db, { eventId: event.id, name: "Eve Empty" });
    await makeTeam(tdb.db, { eventId: event.id, captain: empty });
    const done = await makeParticipant(tdb.db, { eventId: event.id, name: "Sam Submitted" });
    const doneTeam = await makeTeam(tdb.db, { eventId: event.id, captain: done });
    await tdb.db.submission.create({
      data: {
        eventId: event.id,
        teamId: doneTeam.id,
        title: "All done",
        status: "SUBMITTED",
        submittedAt: at("09:00"),
      },
    });

    await sendDuePrompts(tdb.db, { now: at("10:00") });
    for (const member of [drafter, friend, empty]) expect(await mailTo(member.email)).toHaveLength(1);
    const [dayBefore] = await mailTo(friend.email);
    expect(dayBefore?.subject).toMatch(
      new RegExp(`^Your project for ${event.name} is due Tue 8 Dec 2026, 06:00 GMT$`),
    );
    expect(dayBefore?.text).toContain(`/events/${event.slug}/submission`);
    expect(await mailTo(done.email)).toEqual([]);

    // Two hours before the deadline (06:00 the next day is in the quiet hours: nothing then).
    const twoHoursBefore = new Date(at("10:00").getTime() + 18 * HOUR + 30 * 60_000);
    await sendDuePrompts(tdb.db, { now: twoHoursBefore });
    expect(await mailTo(friend.email)).toHaveLength(1);
    const later = await eventAt({ startsIn: -20, deadlineIn: 1 });
    const lastMinute = await makeParticipant(tdb.db, { eventId: later.event.id });
    await makeTeam(tdb.db, { eventId: later.event.id, captain: lastMinute });
    await sendDuePrompts(tdb.db, { now: at("10:00") });
    const [hours] = await mailTo(lastMinute.email);
    expect(hours?.subject).toBe("Two hours left to submit your project");
  });
});

describe("judges with scores to give", () => {
  it("reminds accepted judges with entries still waiting the day before the round closes", async () => {
    const world = await makeJudgingWorld(tdb.db, { now: at("10:00"), entries: 2, judges: 2, open: true });
    await tdb.db.round.update({
      where: { id: world.round.id },
      data: { closesAt: new Date(at("10:00").getTime() + 12 * HOUR) },
    });
    const [busy, finished] = world.judges;
    if (!busy || !finished) throw new Error("two judges");
    const judgeRow = await tdb.db.roundJudge.findFirstOrThrow({
      where: { roundId: world.round.id, userId: finished.id },
    });
    await tdb.db.assignment.updateMany({ where: { judgeId: judgeRow.id }, data: { status: "SCORED" } });
    await sendDuePrompts(tdb.db, { now: at("10:00") });
    const [mail] = await mailTo(busy.email);
    expect(mail?.subject).toBe(`Entries waiting for your scores at ${world.event.name}`);
    expect(mail?.text).toContain(`/judging/${world.round.id}`);
    expect(await mailTo(finished.email)).toEqual([]);
  });
});

describe("organisers' settings", () => {
  it("list each prompt with a preview, and use the organisers' message with its placeholders filled", async () => {
    const { event, asOrganiser } = await eventAt({ startsIn: 30, deadlineIn: 60 });
    const before = await asOrganiser.prompts.listForEvent({ eventId: event.id });
    expect(before.map((p) => [p.kind, p.enabled, p.sent])).toEqual([
      ["REGISTRATION_CLOSING", true, 0],
      ["NO_TEAM", true, 0],
      ["PROJECT_DAY_BEFORE", true, 0],
      ["PROJECT_HOURS_BEFORE", true, 0],
      ["JUDGE_SCORES", true, 0],
      ["FOLLOW_UP_1_MONTH", true, 0],
      ["FOLLOW_UP_3_MONTHS", true, 0],
      ["FOLLOW_UP_6_MONTHS", true, 0],
    ]);
    expect(before[2]?.preview.message).toContain(`Projects for ${event.name} are due by`);
    const refused = await refusal(
      asOrganiser.prompts.update({
        eventId: event.id,
        kind: "NO_TEAM",
        enabled: true,
        message: "Hi {team}!",
      }),
    );
    expect(refused.fields.message).toEqual(["Use only {event} and {deadline}: {team} can't be filled in."]);
    await asOrganiser.prompts.update({
      eventId: event.id,
      kind: "NO_TEAM",
      enabled: true,
      message: "Teams form at the welcome desk of {event} too. Hacking starts {deadline}.",
    });
    const alone = await makeParticipant(tdb.db, { eventId: event.id });
    await sendDuePrompts(tdb.db, { now: at("10:00") });
    const [mail] = await mailTo(alone.email);
    expect(mail?.text).toContain(`Teams form at the welcome desk of ${event.name} too. Hacking starts`);
    const after = await asOrganiser.prompts.listForEvent({ eventId: event.id });
    expect(after[1]?.sent).toBe(1);
    expect(after[1]?.message).toContain("welcome desk");
  });
});
