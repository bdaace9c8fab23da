// "What happened next": teams post updates on their submitted project after the deadline, the public page
// credits them to the team and counts projects by their latest news, organisers hide what should not be
// public, sponsors record outcomes, and teams are asked 1, 3 and 6 months on. Who may call: next.authz.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendDuePrompts } from "../prompts/commands.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { codeOf, refusal } from "../test/outcome.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

const eventNow = new Date("2026-12-01T12:00:00.000Z");
// makeEvent puts the submission deadline 9 days after its `now`: 10 December 2026, 12:00 UTC.
const deadline = new Date("2026-12-10T12:00:00.000Z");
const after = new Date("2026-12-20T12:00:00.000Z");
const DAY = 86_400_000;

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function world() {
  const organiser = await makeUser(tdb.db);
  const event = await makeEvent(tdb.db, {
    now: eventNow,
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  const ada = await makeParticipant(tdb.db, { eventId: event.id, name: "Ada Lovelace", alias: "Countess" });
  const team = await makeTeam(tdb.db, { eventId: event.id, captain: ada, name: "Night Owls" });
  const submission = await tdb.db.submission.create({
    data: {
      eventId: event.id,
      teamId: team.id,
      title: "Bus Buddy",
      status: "SUBMITTED",
      submittedAt: eventNow,
    },
  });
  const drafter = await makeParticipant(tdb.db, { eventId: event.id });
  const draftTeam = await makeTeam(tdb.db, { eventId: event.id, captain: drafter });
  await tdb.db.submission.create({ data: { eventId: event.id, teamId: draftTeam.id, title: "Half done" } });
  const teamKey = { eventId: event.id, teamId: team.id };
  return {
    event,
    organiser,
    ada,
    team,
    submission,
    drafter,
    draftKey: { eventId: event.id, teamId: draftTeam.id },
    teamKey,
    asAda: (at: Date) => callerFor(tdb.db, ada, at),
    asOrganiser: callerFor(tdb.db, organiser, after),
  };
}

describe("teams' updates", () => {
  it("open after the deadline, for a submitted project only", async () => {
    const w = await world();
    const early = await refusal(
      w
        .asAda(new Date(deadline.getTime() - 1))
        .next.postUpdate({ ...w.teamKey, kind: "LAUNCHED", text: "Live!" }),
    );
    expect(early).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "Updates open once the submission deadline has passed.",
    });
    const draft = await refusal(
      callerFor(tdb.db, w.drafter, after).next.postUpdate({ ...w.draftKey, kind: "LAUNCHED", text: "Live!" }),
    );
    expect(draft.message).toBe("Only a submitted project can have updates.");
  });

  it("show on the public page credited to the team, never the person, with projects counted by their latest news", async () => {
    const w = await world();
    await w
      .asAda(after)
      .next.postUpdate({ ...w.teamKey, kind: "STILL_BUILDING", text: "Adding live bus times." });
    await w.asAda(new Date(after.getTime() + DAY)).next.postUpdate({
      ...w.teamKey,
      kind: "USED",
      text: "Our school uses it every morning.",
      url: "https://bus-buddy.example.org",
    });
    const page = await callerFor(tdb.db, null, after).next.forEvent({ slug: w.event.slug });
    expect(page.projects).toHaveLength(1);
    expect(page.projects[0]).toMatchObject({ title: "Bus Buddy", teamName: "Night Owls" });
    expect(page.projects[0]?.updates.map((u) => u.label)).toEqual(["Used by someone", "Still building"]);
    expect(page.counts.find((c) => c.kind === "USED")?.count).toBe(1);
    expect(page.counts.find((c) => c.kind === "STILL_BUILDING")?.count).toBe(0);
    const text = JSON.stringify(page);
    for (const personal of ["Ada", "Lovelace", "Countess", w.ada.email]) expect(text).not.toContain(personal);
  });

  it("say what is wrong with a form, and refuse a link that is not a web address", async () => {
    const w = await world();
    const bad = await refusal(
      w
        .asAda(after)
        .next.postUpdate({ ...w.teamKey, kind: "NOPE" as "USED", text: " ", url: "javascript:alert(1)" }),
    );
    expect(bad.fields).toEqual({
      kind: ["Choose what happened"],
      text: ["Say what happened, in a few words"],
      url: ["Enter a web address starting with https://"],
    });
  });

  it("can be hidden by the organisers, with a reason the team reads; a team removes only its own", async () => {
    const w = await world();
    const { id } = await w
      .asAda(after)
      .next.postUpdate({ ...w.teamKey, kind: "OTHER", text: "Follow me on my socials!" });
    await w.asOrganiser.next.hideUpdate({
      eventId: w.event.id,
      updateId: id,
      reason: "Personal links stay off public pages.",
    });
    const page = await callerFor(tdb.db, null, after).next.forEvent({ slug: w.event.slug });
    expect(page.projects).toEqual([]);
    const mine = await w.asAda(after).next.mine(w.teamKey);
    expect(mine[0]).toMatchObject({ hiddenReason: "Personal links stay off public pages." });
    const organisers = await w.asOrganiser.next.listForOrganisers({ eventId: w.event.id });
    expect(organisers[0]).toMatchObject({ teamName: "Night Owls", projectTitle: "Bus Buddy" });
    // Another team's member cannot remove it through their own team.
    const drafter = callerFor(tdb.db, w.drafter, after);
    expect(await codeOf(drafter.next.removeUpdate({ ...w.draftKey, updateId: id }))).toBe("NOT_FOUND");
    await w.asAda(after).next.removeUpdate({ ...w.teamKey, updateId: id });
    expect(await w.asAda(after).next.mine(w.teamKey)).toEqual([]);
  });
});

describe("hiding an update", () => {
  async function hiddenWorld() {
    const w = await world();
    const { id } = await w
      .asAda(after)
      .next.postUpdate({ ...w.teamKey, kind: "OTHER", text: "Follow me on my socials!" });
    const hidden = () =>
      tdb.db.projectUpdate.findUniqueOrThrow({
        where: { id },
        select: { hiddenAt: true, hiddenReason: true },
      });
    const audits = () =>
      tdb.db.auditLog.count({
        where: { action: "projectUpdate.hide", entityType: "ProjectUpdate", entityId: id },
      });
    return { ...w, updateId: id, hidden, audits };
  }

  it("twice keeps the first time and reason, and is recorded once", async () => {
    const w = await hiddenWorld();
    await w.asOrganiser.next.hideUpdate({
      eventId: w.event.id,
      updateId: w.updateId,
      reason: "Personal links.",
    });
    const later = callerFor(tdb.db, w.organiser, new Date(after.getTime() + DAY));
    await expect(
      later.next.hideUpdate({ eventId: w.event.id, updateId: w.updateId, reason: "Another reason." }),
    ).resolves.toBeUndefined();
    expect(await w.hidden()).toEqual({ hiddenAt: after, hiddenReason: "Personal links." });
    expect(await w.audits()).toBe(1);
    const mine = await w.asAda(after).next.mine(w.teamKey);
    expect(mine[0]).toMatchObject({ hiddenReason: "Personal links." });
  });

  it("by two organisers at once keeps one reason, recorded once, with the reason it keeps", async () => {
    const w = await hiddenWorld();
    const second = await makeUser(tdb.db);
    await tdb.db.eventRole.create({ data: { eventId: w.event.id, userId: second.id, role: "ORGANISER" } });
    const asSecond = callerFor(tdb.db, second, after);
    const [firstReason, secondReason] = ["Personal links.", "Not about the project."] as const;
    const reasons: string[] = [firstReason, secondReason];
    await Promise.all([
      w.asOrganiser.next.hideUpdate({ eventId: w.event.id, updateId: w.updateId, reason: firstReason }),
      asSecond.next.hideUpdate({ eventId: w.event.id, updateId: w.updateId, reason: secondReason }),
    ]);
    const { hiddenReason } = await w.hidden();
    expect(reasons).toContain(hiddenReason);
    const logged = await tdb.db.auditLog.findMany({
      where: { action: "projectUpdate.hide", entityId: w.updateId },
      select: { data: true },
    });
    expect(logged).toEqual([{ data: { reason: hiddenReason } }]);
  });

  it("is not for an organiser of another event: their event has no such update, and this one is not theirs", async () => {
    const w = await hiddenWorld();
    const elsewhere = await makeUser(tdb.db);
    const other = await makeEvent(tdb.db, {
      now: eventNow,
      roles: [{ userId: elsewhere.id, role: "ORGANISER" }],
    });
    const asElsewhere = callerFor(tdb.db, elsewhere, after);
    const reason = "Not allowed.";
    expect(
      await codeOf(asElsewhere.next.hideUpdate({ eventId: other.id, updateId: w.updateId, reason })),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(asElsewhere.next.hideUpdate({ eventId: w.event.id, updateId: w.updateId, reason })),
    ).toBe("FORBIDDEN");
    expect(await w.hidden()).toEqual({ hiddenAt: null, hiddenReason: null });
    expect(await w.audits()).toBe(0);
    const page = await callerFor(tdb.db, null, after).next.forEvent({ slug: w.event.slug });
    expect(page.projects.map((p) => p.updates.length)).toEqual([1]);
  });
});

describe("sponsors' outcomes", () => {
  it("are recorded for a published challenge after the deadline and shown on the event's page", async () => {
    const w = await world();
    const sponsor = await makeUser(tdb.db);
    const organisation = await makeOrganisation(tdb.db, {
      members: [{ userId: sponsor.id, role: "MEMBER" }],
    });
    const published = await makeChallenge(tdb.db, {
      organisationId: organisation.id,
      eventId: w.event.id,
      status: "PUBLISHED",
      title: "Buses on time",
    });
    const draft = await makeChallenge(tdb.db, { organisationId: organisation.id, eventId: w.event.id });
    const key = { organisationId: organisation.id };
    const early = await refusal(
      callerFor(tdb.db, sponsor, eventNow).next.postOutcome({
        ...key,
        challengeId: published.id,
        text: "Too early to say.",
      }),
    );
    expect(early.code).toBe("PRECONDITION_FAILED");
    const asSponsor = callerFor(tdb.db, sponsor, after);
    expect(
      await codeOf(asSponsor.next.postOutcome({ ...key, challengeId: draft.id, text: "Never published." })),
    ).toBe("NOT_FOUND");
    await asSponsor.next.postOutcome({
      ...key,
      challengeId: published.id,
      text: "Two teams are piloting with our depots.",
    });
    const page = await callerFor(tdb.db, null, after).next.forEvent({ slug: w.event.slug });
    expect(page.outcomes).toMatchObject([
      { challengeTitle: "Buses on time", text: "Two teams are piloting with our depots." },
    ]);
    const mine = await asSponsor.next.outcomesForOrganisation(key);
    expect(mine.map((c) => [c.title, c.outcomes.length])).toEqual([["Buses on time", 1]]);
  });
});

describe("asking teams what happened next", () => {
  it("emails members of submitted projects a month on, once; not teams that never submitted", async () => {
    const w = await world();
    const monthOn = new Date(deadline.getTime() + 31 * DAY);
    await sendDuePrompts(tdb.db, { now: monthOn });
    await sendDuePrompts(tdb.db, { now: new Date(monthOn.getTime() + 3_600_000) });
    const mails = await tdb.db.outboxEmail.findMany({ where: { to: w.ada.email, kind: "prompt" } });
    expect(mails.map((m) => m.subject)).toEqual([
      `What happened next with your project from ${w.event.name}?`,
    ]);
    expect(mails[0]?.text).toContain(`/events/${w.event.slug}/submission#what-happened-next`);
    expect(await tdb.db.outboxEmail.count({ where: { to: w.drafter.email, kind: "prompt" } })).toBe(0);
    // Three months on, the next one.
    await sendDuePrompts(tdb.db, { now: new Date(deadline.getTime() + 92 * DAY) });
    expect(await tdb.db.outboxEmail.count({ where: { to: w.ada.email, kind: "prompt" } })).toBe(2);
  });
});
