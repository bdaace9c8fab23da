// Response templates through the procedures: writing them with clear field errors, listing by use,
// copying from another event the organiser runs (never from someone else's).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { refusal } from "../test/outcome.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";
import { formatInZone } from "../time/zoned.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function organisedEvents() {
  const organiser = await makeUser(tdb.db);
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const earlier = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  return { organiser, event, earlier, as: callerFor(tdb.db, organiser, now) };
}

describe("writing templates", () => {
  it("creates, lists by use, updates and deletes; audits each change", async () => {
    const { event, as } = await organisedEvents();
    const { id } = await as.templates.create({
      eventId: event.id,
      title: "Link the data",
      body: "Thanks for {challenge}! Please link the open data it uses before {deadline}.",
      uses: ["CHALLENGE_CHANGES", "CHALLENGE_CHANGES"],
    });
    await as.templates.create({
      eventId: event.id,
      title: "Well done",
      body: "Well done, {team}: judges loved your demo.",
      uses: ["FEEDBACK"],
    });
    expect((await as.templates.list({ eventId: event.id })).map((t) => t.title)).toEqual([
      "Link the data",
      "Well done",
    ]);
    const forChallenges = await as.templates.list({ eventId: event.id, use: "CHALLENGE_CHANGES" });
    expect(forChallenges).toEqual([expect.objectContaining({ id, uses: ["CHALLENGE_CHANGES"] })]);
    await as.templates.update({
      eventId: event.id,
      templateId: id,
      title: "Link the open data",
      body: "Please link the data {challenge} uses.",
      uses: ["CHALLENGE_CHANGES", "ANNOUNCEMENT"],
    });
    expect(await as.templates.list({ eventId: event.id, use: "ANNOUNCEMENT" })).toEqual([
      expect.objectContaining({ title: "Link the open data" }),
    ]);
    await as.templates.delete({ eventId: event.id, templateId: id });
    expect(await as.templates.list({ eventId: event.id, use: "ANNOUNCEMENT" })).toEqual([]);
    const actions = await tdb.db.auditLog.findMany({
      where: { eventId: event.id, entityType: "ResponseTemplate" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "template.create",
      "template.create",
      "template.delete",
      "template.update",
    ]);
  });

  it("says what is wrong: unknown placeholders, a taken title, no use, another event's template", async () => {
    const { event, earlier, as } = await organisedEvents();
    expect(
      await refusal(
        as.templates.create({
          eventId: event.id,
          title: "Hi",
          body: "Dear {name}, about {teem}",
          uses: [],
        }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fields: {
        title: ["Give it a title of at least 3 characters"],
        body: ["{name}, {teem} aren't placeholders: use {team}, {challenge}, {event}, {deadline}"],
        uses: ["Choose at least one place it can be used"],
      },
    });
    const fields = { title: "Thanks", body: "Thank you, {team}.", uses: ["FEEDBACK" as const] };
    await as.templates.create({ eventId: event.id, ...fields });
    expect(await refusal(as.templates.create({ eventId: event.id, ...fields }))).toMatchObject({
      code: "CONFLICT",
      fields: { title: ["This event already has a template with that title: choose another"] },
    });
    // A template of another event (the organiser's own, even) is not this event's to change.
    const { id } = await as.templates.create({ eventId: earlier.id, ...fields });
    expect(
      await refusal(as.templates.update({ eventId: event.id, templateId: id, ...fields })),
    ).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(as.templates.delete({ eventId: event.id, templateId: id }))).toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("using a template", () => {
  it("fills in the event, its deadline in the event's zone, and this event's challenge and team only", async () => {
    const { event, earlier, as } = await organisedEvents();
    const { submissionDeadline } = await tdb.db.event.update({
      where: { id: event.id },
      data: { name: "Code Fest", timeZone: "Europe/London" },
      select: { submissionDeadline: true },
    });
    // Written out in the event's zone, the way every page writes it (formatInZone is tested on its own).
    const due = formatInZone(submissionDeadline, "Europe/London");
    expect(due).toMatch(/ (GMT|BST)$/);
    await as.templates.create({
      eventId: event.id,
      title: "Nearly there",
      body: "{team}: your answer to {challenge} at {event} is due {deadline}.",
      uses: ["FEEDBACK", "CHALLENGE_CHANGES"],
    });
    await as.templates.create({
      eventId: event.id,
      title: "News",
      body: "News from {event}.",
      uses: ["ANNOUNCEMENT"],
    });
    const organisation = await makeOrganisation(tdb.db, { members: [] });
    const challenge = await makeChallenge(tdb.db, {
      eventId: event.id,
      organisationId: organisation.id,
      title: "Cleaner air",
    });
    const captain = await makeParticipant(tdb.db, { eventId: event.id });
    const team = await makeTeam(tdb.db, { eventId: event.id, captain, name: "Pixel Pals" });
    const elsewhere = await makeTeam(tdb.db, {
      eventId: earlier.id,
      captain: await makeParticipant(tdb.db, { eventId: earlier.id }),
      name: "Not Ours",
    });
    const filled = await as.templates.forUse({
      eventId: event.id,
      use: "FEEDBACK",
      challengeId: challenge.id,
      teamId: team.id,
    });
    expect(filled).toEqual([
      {
        id: expect.any(String) as string,
        title: "Nearly there",
        text: `Pixel Pals: your answer to Cleaner air at Code Fest is due ${due}.`,
      },
    ]);
    // Another event's team is not filled in: the placeholder stays for the organiser to complete.
    const [other] = await as.templates.forUse({
      eventId: event.id,
      use: "CHALLENGE_CHANGES",
      teamId: elsewhere.id,
    });
    expect(other?.text).toBe(`{team}: your answer to {challenge} at Code Fest is due ${due}.`);
    // A judge of the event uses feedback templates in their feedback box, and no others.
    const judge = await makeUser(tdb.db);
    await tdb.db.eventRole.create({ data: { eventId: event.id, userId: judge.id, role: "JUDGE" } });
    const asJudge = callerFor(tdb.db, judge, now);
    const [forJudge] = await asJudge.templates.forUse({
      eventId: event.id,
      use: "FEEDBACK",
      teamId: team.id,
    });
    expect(forJudge?.text).toBe(`Pixel Pals: your answer to {challenge} at Code Fest is due ${due}.`);
    expect(await refusal(asJudge.templates.forUse({ eventId: event.id, use: "ANNOUNCEMENT" }))).toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    expect(await refusal(asJudge.templates.list({ eventId: event.id }))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("copying templates to the next event", () => {
  it("copies every template of an earlier event, renaming clashes, and can be repeated", async () => {
    const { event, earlier, as } = await organisedEvents();
    await as.templates.create({
      eventId: earlier.id,
      title: "Thanks",
      body: "Thank you, {team}.",
      uses: ["FEEDBACK"],
    });
    await as.templates.create({
      eventId: earlier.id,
      title: "Welcome",
      body: "Welcome to {event}!",
      uses: ["ANNOUNCEMENT"],
    });
    await as.templates.create({
      eventId: event.id,
      title: "Thanks",
      body: "Cheers, {team}.",
      uses: ["FEEDBACK"],
    });
    expect((await as.templates.manage({ eventId: event.id })).sources).toEqual([
      { id: earlier.id, name: expect.any(String) as string, templates: 2 },
    ]);
    expect(await as.templates.copy({ eventId: event.id, fromEventId: earlier.id })).toEqual({ copied: 2 });
    expect(await as.templates.copy({ eventId: event.id, fromEventId: earlier.id })).toEqual({ copied: 2 });
    const titles = (await as.templates.list({ eventId: event.id })).map((t) => t.title);
    expect([...titles].sort()).toEqual(
      ["Thanks", "Thanks (copy)", "Thanks (copy 2)", "Welcome", "Welcome (copy)"].sort(),
    );
  });

  it("never copies from an event the caller does not organise, nor from one with no templates", async () => {
    const { event, as } = await organisedEvents();
    const stranger = await makeUser(tdb.db);
    const theirs = await makeEvent(tdb.db, { now, roles: [{ userId: stranger.id, role: "ORGANISER" }] });
    await callerFor(tdb.db, stranger, now).templates.create({
      eventId: theirs.id,
      title: "Secret",
      body: "Only for {event}.",
      uses: ["ANNOUNCEMENT"],
    });
    expect((await as.templates.manage({ eventId: event.id })).sources).toEqual([]);
    expect(await refusal(as.templates.copy({ eventId: event.id, fromEventId: theirs.id }))).toMatchObject({
      code: "NOT_FOUND",
      fields: { fromEventId: ["Choose one of your other events with templates"] },
    });
    expect(await as.templates.list({ eventId: event.id })).toEqual([]);
  });
});
