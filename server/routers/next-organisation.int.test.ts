// An organisation's public "What happened next" (next.forOrganisation): across the events where it set
// published challenges, and the events it runs, the projects' latest visible news credited to teams, its
// outcomes, and counts by latest news. Who may call: next.authz.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectUpdateKind } from "../next/rules.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { codeOf } from "../test/outcome.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

const DAY = 86_400_000;
// makeEvent puts each submission deadline 9 days after its `now`; `after` is past all of them.
const springNow = new Date("2026-03-01T12:00:00.000Z");
const autumnNow = new Date("2026-10-01T12:00:00.000Z");
const after = new Date("2026-12-20T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const anyone = () => callerFor(tdb.db, null, after);

type Update = { kind: ProjectUpdateKind; text: string; daysAfter: number; hidden?: boolean };

/**
 * A team (captained by a named participant) at `eventId` with a project entered for `challengeIds`, and
 * its updates, written by the captain `daysAfter` days after `after`.
 */
async function project(options: {
  eventId: string;
  title: string;
  challengeIds?: string[];
  status?: "DRAFT" | "SUBMITTED" | "WITHDRAWN";
  updates: Update[];
  person?: { name: string; alias: string };
}) {
  const captain = await makeParticipant(tdb.db, {
    eventId: options.eventId,
    name: options.person?.name,
    alias: options.person?.alias,
  });
  const team = await makeTeam(tdb.db, { eventId: options.eventId, captain, name: `${options.title} team` });
  const submission = await tdb.db.submission.create({
    data: {
      eventId: options.eventId,
      teamId: team.id,
      title: options.title,
      status: options.status ?? "SUBMITTED",
      submittedAt: options.status === "DRAFT" ? null : springNow,
      challenges: { create: (options.challengeIds ?? []).map((id) => ({ challenge: { connect: { id } } })) },
    },
    select: { id: true },
  });
  for (const update of options.updates) {
    await tdb.db.projectUpdate.create({
      data: {
        eventId: options.eventId,
        submissionId: submission.id,
        kind: update.kind,
        text: update.text,
        authorId: captain.id,
        createdAt: new Date(after.getTime() + update.daysAfter * DAY),
        hiddenAt: update.hidden ? after : null,
        hiddenReason: update.hidden ? "A phone number." : null,
      },
    });
  }
  return { id: submission.id, captain, team };
}

async function world() {
  const sponsor = await makeUser(tdb.db, { name: "Grace Hopper" });
  const acme = await makeOrganisation(tdb.db, {
    name: "Acme Transit",
    members: [{ userId: sponsor.id, role: "OWNER" }],
  });
  const rival = await makeOrganisation(tdb.db, { name: "Rival Rail", members: [] });
  const spring = await makeEvent(tdb.db, { now: springNow, status: "ARCHIVED", name: "Spring Jam" });
  const autumn = await makeEvent(tdb.db, { now: autumnNow, name: "Autumn Jam" });
  const draftEvent = await makeEvent(tdb.db, { now: autumnNow, status: "DRAFT", name: "Secret Jam" });
  const challenge = (organisationId: string, eventId: string, title: string, published = true) =>
    makeChallenge(tdb.db, { organisationId, eventId, title, status: published ? "PUBLISHED" : "DRAFT" });
  const buses = await challenge(acme.id, spring.id, "Buses on time");
  const trams = await challenge(acme.id, autumn.id, "Trams for everyone");
  const draftChallenge = await challenge(acme.id, autumn.id, "Not yet published", false);
  const hiddenEventChallenge = await challenge(acme.id, draftEvent.id, "At a draft event");
  const rivalChallenge = await challenge(rival.id, autumn.id, "Rails and trails");
  return {
    sponsor,
    acme,
    rival,
    spring,
    autumn,
    draftEvent,
    buses,
    trams,
    draftChallenge,
    hiddenEventChallenge,
    rivalChallenge,
  };
}

describe("an organisation's What happened next", () => {
  it("counts the latest news of the projects of its challenges across its events, credited to teams", async () => {
    const w = await world();
    const busBuddy = await project({
      eventId: w.spring.id,
      title: "Bus Buddy",
      challengeIds: [w.buses.id],
      person: { name: "Ada Lovelace", alias: "Countess" },
      updates: [
        { kind: "STILL_BUILDING", text: "Adding live times.", daysAfter: 0 },
        { kind: "LAUNCHED", text: "It's live for everyone.", daysAfter: 2 },
      ],
    });
    await project({
      eventId: w.autumn.id,
      title: "Tram Tracker",
      challengeIds: [w.trams.id],
      updates: [{ kind: "FUNDED", text: "A grant from the council.", daysAfter: 1 }],
    });
    // Entered for both: counted once, shown under each of its challenges.
    await project({
      eventId: w.autumn.id,
      title: "Ticket Fox",
      challengeIds: [w.trams.id, w.rivalChallenge.id],
      updates: [{ kind: "USED", text: "Two schools use it.", daysAfter: 3 }],
    });
    await tdb.db.challengeOutcome.create({
      data: { challengeId: w.buses.id, text: "We piloted Bus Buddy at two depots.", authorId: w.sponsor.id },
    });

    const page = await anyone().next.forOrganisation({ slug: w.acme.slug });
    expect(page.organisation).toEqual({ name: "Acme Transit", slug: w.acme.slug });
    const count = (kind: ProjectUpdateKind) => page.counts.find((c) => c.kind === kind)?.count;
    expect(page.counts.map((c) => c.label)).toEqual([
      "Still building",
      "Launched",
      "Used by someone",
      "Funded",
      "Became a business",
      "Something else",
    ]);
    expect([count("STILL_BUILDING"), count("LAUNCHED"), count("USED"), count("FUNDED")]).toEqual([
      0, 1, 1, 1,
    ]);
    // The newer event first.
    expect(page.challenges.map((c) => [c.title, c.event.name])).toEqual([
      ["Trams for everyone", "Autumn Jam"],
      ["Buses on time", "Spring Jam"],
    ]);
    const [trams, buses] = page.challenges;
    expect(trams?.projects.map((p) => [p.title, p.teamName, p.latest.label])).toEqual([
      ["Ticket Fox", "Ticket Fox team", "Used by someone"],
      ["Tram Tracker", "Tram Tracker team", "Funded"],
    ]);
    expect(buses).toMatchObject({
      slug: w.buses.slug,
      event: { slug: w.spring.slug, name: "Spring Jam" },
      outcomes: [{ text: "We piloted Bus Buddy at two depots." }],
      projects: [
        {
          id: busBuddy.id,
          title: "Bus Buddy",
          latest: { kind: "LAUNCHED", text: "It's live for everyone." },
        },
      ],
    });
    expect(page.events).toEqual([]);

    // No person: not the team member (name, alias, email), not the sponsor.
    const text = JSON.stringify(page);
    for (const personal of [
      "Ada",
      "Lovelace",
      "Countess",
      busBuddy.captain.email,
      busBuddy.captain.id,
      "Grace",
      "Hopper",
      w.sponsor.email,
      w.sponsor.id,
    ])
      expect(text).not.toContain(personal);
  });

  it("leaves out other organisations' challenges, hidden updates, drafts, unsubmitted projects and events nobody can see", async () => {
    const w = await world();
    await project({
      eventId: w.autumn.id,
      title: "Rival Only",
      challengeIds: [w.rivalChallenge.id],
      updates: [{ kind: "BUSINESS", text: "We started a company.", daysAfter: 0 }],
    });
    await tdb.db.challengeOutcome.create({
      data: { challengeId: w.rivalChallenge.id, text: "Rival hired a team." },
    });
    await project({
      eventId: w.autumn.id,
      title: "Quiet Hidden",
      challengeIds: [w.trams.id],
      updates: [{ kind: "LAUNCHED", text: "Call me on 07700 900000.", daysAfter: 0, hidden: true }],
    });
    // Its latest update is hidden: the visible one before it is its latest news.
    await project({
      eventId: w.autumn.id,
      title: "Half Hidden",
      challengeIds: [w.trams.id],
      updates: [
        { kind: "STILL_BUILDING", text: "Still at it.", daysAfter: 0 },
        { kind: "FUNDED", text: "My own email is in here.", daysAfter: 1, hidden: true },
      ],
    });
    await project({
      eventId: w.autumn.id,
      title: "Draft Challenge Entry",
      challengeIds: [w.draftChallenge.id],
      updates: [{ kind: "USED", text: "Used in a draft.", daysAfter: 0 }],
    });
    await tdb.db.challengeOutcome.create({
      data: { challengeId: w.draftChallenge.id, text: "Never public." },
    });
    await project({
      eventId: w.draftEvent.id,
      title: "Secret Project",
      challengeIds: [w.hiddenEventChallenge.id],
      updates: [{ kind: "OTHER", text: "Nobody may see this.", daysAfter: 0 }],
    });
    await tdb.db.challengeOutcome.create({
      data: { challengeId: w.hiddenEventChallenge.id, text: "At an event nobody sees." },
    });
    await project({
      eventId: w.autumn.id,
      title: "Withdrawn Project",
      challengeIds: [w.trams.id],
      status: "WITHDRAWN",
      updates: [{ kind: "LAUNCHED", text: "Withdrawn but posted.", daysAfter: 0 }],
    });

    const page = await anyone().next.forOrganisation({ slug: w.acme.slug });
    expect(page.challenges.map((c) => c.title)).toEqual(["Trams for everyone"]);
    expect(page.challenges[0]?.outcomes).toEqual([]);
    expect(page.challenges[0]?.projects.map((p) => [p.title, p.latest.text])).toEqual([
      ["Half Hidden", "Still at it."],
    ]);
    expect(page.counts.filter((c) => c.count > 0)).toEqual([
      { kind: "STILL_BUILDING", label: "Still building", count: 1 },
    ]);
    const text = JSON.stringify(page);
    for (const absent of [
      "Rival",
      "07700",
      "My own email",
      "Quiet Hidden",
      "Draft Challenge Entry",
      "Never public",
      "Secret",
      "Nobody may see",
      "At an event nobody sees",
      "Withdrawn",
    ])
      expect(text).not.toContain(absent);

    // The other organisation's page has its own, and none of Acme's.
    const rival = await anyone().next.forOrganisation({ slug: w.rival.slug });
    expect(
      rival.challenges.map((c) => [c.title, c.outcomes.map((o) => o.text), c.projects.map((p) => p.title)]),
    ).toEqual([["Rails and trails", ["Rival hired a team."], ["Rival Only"]]]);
    expect(rival.counts.find((c) => c.kind === "BUSINESS")?.count).toBe(1);
    expect(JSON.stringify(rival)).not.toContain("Half Hidden");
  });

  it("includes the projects of the events it runs, once each, and none of its draft events", async () => {
    const w = await world();
    const run = await makeEvent(tdb.db, { now: autumnNow, name: "Acme's Own Jam" });
    const draftRun = await makeEvent(tdb.db, { now: autumnNow, status: "DRAFT", name: "Acme's Next Jam" });
    await tdb.db.event.updateMany({
      where: { id: { in: [run.id, draftRun.id] } },
      data: { organisationId: w.acme.id },
    });
    const own = await challenge(w, run.id);
    await project({
      eventId: run.id,
      title: "Open Project",
      updates: [{ kind: "LAUNCHED", text: "Launched at the jam.", daysAfter: 0 }],
    });
    await project({
      eventId: run.id,
      title: "Challenge Project",
      challengeIds: [own.id],
      updates: [{ kind: "USED", text: "Used by the depot.", daysAfter: 1 }],
    });
    await project({
      eventId: run.id,
      title: "Hidden Project",
      updates: [{ kind: "OTHER", text: "Hidden.", daysAfter: 0, hidden: true }],
    });
    await project({
      eventId: draftRun.id,
      title: "Draft Run Project",
      updates: [{ kind: "FUNDED", text: "At a draft.", daysAfter: 0 }],
    });

    const page = await anyone().next.forOrganisation({ slug: w.acme.slug });
    expect(page.events.map((e) => [e.name, e.slug, e.projects.map((p) => p.title)])).toEqual([
      ["Acme's Own Jam", run.slug, ["Open Project"]],
    ]);
    expect(page.challenges.map((c) => [c.title, c.projects.map((p) => p.title)])).toEqual([
      ["Own challenge", ["Challenge Project"]],
    ]);
    expect(page.counts.filter((c) => c.count > 0).map((c) => [c.kind, c.count])).toEqual([
      ["LAUNCHED", 1],
      ["USED", 1],
    ]);
    expect(JSON.stringify(page)).not.toContain("Draft Run Project");
  });

  it("is NOT_FOUND for an organisation that does not exist, and refuses a malformed address", async () => {
    expect(await codeOf(anyone().next.forOrganisation({ slug: "no-such-organisation" }))).toBe("NOT_FOUND");
    expect(await codeOf(anyone().next.forOrganisation({ slug: "Not A Slug!" }))).toBe("BAD_REQUEST");
  });

  it("says nothing yet for an organisation with no news", async () => {
    const w = await world();
    const page = await anyone().next.forOrganisation({ slug: w.acme.slug });
    expect(page).toMatchObject({ challenges: [], events: [] });
    expect(page.counts.every((c) => c.count === 0)).toBe(true);
  });
});

function challenge(w: Awaited<ReturnType<typeof world>>, eventId: string) {
  return makeChallenge(tdb.db, {
    organisationId: w.acme.id,
    eventId,
    title: "Own challenge",
    status: "PUBLISHED",
  });
}
