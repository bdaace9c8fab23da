// What the starter-project procedures do (who may call them: starters.authz.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { refusal } from "../test/outcome.ts";
import { now, startersWorld } from "./starters.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const as = (user: SessionUser) => callerFor(tdb.db, user, now);
const base = { summary: "Chart something from open data in three steps.", links: [] as string[] };

describe("starter projects", () => {
  it("lists the participant's own level first, and leaves out starters of unpublished challenges", async () => {
    const w = await startersWorld(tdb.db);
    const organisation = await makeOrganisation(tdb.db, { members: [] });
    const draft = await makeChallenge(tdb.db, {
      eventId: w.event.id,
      organisationId: organisation.id,
      status: "SUBMITTED",
    });
    await as(w.organiser).starters.create({
      eventId: w.event.id,
      ...base,
      title: "Confident: an API",
      level: "CONFIDENT",
    });
    await as(w.organiser).starters.create({
      eventId: w.event.id,
      ...base,
      title: "Some: a quiz",
      level: "SOME",
    });
    await as(w.organiser).starters.create({
      eventId: w.event.id,
      ...base,
      title: "Hidden",
      challengeId: draft.id,
    });
    // The participant has some experience (makeParticipant): SOME first, then the easiest.
    const seen = await as(w.participant).starters.list({ eventId: w.event.id });
    expect(seen.map((s) => s.title)).toEqual(["Some: a quiz", "Bus stops near you", "Confident: an API"]);
    await tdb.db.registration.updateMany({
      where: { userId: w.participant.id },
      data: { experience: "NEW" },
    });
    const beginner = await as(w.participant).starters.list({ eventId: w.event.id });
    expect(beginner[0]?.title).toBe("Bus stops near you");
    // Organisers see them all, the unpublished challenge's too.
    expect((await as(w.organiser).starters.manage({ eventId: w.event.id })).starters).toHaveLength(4);
  });

  it("lets a sponsor write only for its own challenges, and refuses bad links with field errors", async () => {
    const w = await startersWorld(tdb.db);
    const none = await refusal(
      as(w.sponsor).starters.create({ eventId: w.event.id, ...base, title: "No challenge" }),
    );
    expect(none.fields.challengeId).toEqual(["Choose the challenge it belongs to"]);
    const organisation = await makeOrganisation(tdb.db, { members: [] });
    const theirs = await makeChallenge(tdb.db, {
      eventId: w.event.id,
      organisationId: organisation.id,
      status: "PUBLISHED",
    });
    const notMine = await refusal(
      as(w.sponsor).starters.create({
        eventId: w.event.id,
        ...base,
        title: "Not mine",
        challengeId: theirs.id,
      }),
    );
    expect(notMine.fields.challengeId).toEqual(["Choose one of your challenges"]);
    const organiserStarter = await as(w.organiser).starters.create({
      eventId: w.event.id,
      ...base,
      title: "General",
    });
    expect(
      (await refusal(as(w.sponsor).starters.delete({ eventId: w.event.id, starterId: organiserStarter.id })))
        .code,
    ).toBe("NOT_FOUND");
    const manage = await as(w.sponsor).starters.manage({ eventId: w.event.id });
    expect(manage.starters.map((s) => s.title)).toEqual(["Bus stops near you"]);
    expect(manage.challenges.map((c) => c.id)).toEqual([w.challengeId]);

    const badLinks = await refusal(
      as(w.sponsor).starters.create({
        eventId: w.event.id,
        ...base,
        title: "Links",
        challengeId: w.challengeId,
        links: ["http://example.org/plain", "", "javascript:alert(1)"],
      }),
    );
    expect(badLinks.code).toBe("BAD_REQUEST");
    expect(Object.keys(badLinks.fields)).toEqual(["links"]);
    const tooMany = await refusal(
      as(w.organiser).starters.create({
        eventId: w.event.id,
        ...base,
        title: "Links",
        links: ["https://a.example", "https://b.example", "https://c.example", "https://d.example"],
      }),
    );
    expect(tooMany.fields.links?.[0]).toMatch(/at most 3/);
    const blankDropped = await as(w.organiser).starters.create({
      eventId: w.event.id,
      ...base,
      title: "Blank links",
      links: ["", "https://example.org/tutorial", " "],
    });
    const row = await tdb.db.starterProject.findUniqueOrThrow({ where: { id: blankDropped.id } });
    expect(row.links).toEqual(["https://example.org/tutorial"]);
  });

  it("updates and deletes, each audited", async () => {
    const w = await startersWorld(tdb.db);
    await as(w.sponsor).starters.update({
      eventId: w.event.id,
      starterId: w.starterId,
      ...base,
      title: "Bus stops, timed",
      challengeId: w.challengeId,
    });
    expect((await tdb.db.starterProject.findUniqueOrThrow({ where: { id: w.starterId } })).title).toBe(
      "Bus stops, timed",
    );
    await as(w.organiser).starters.delete({ eventId: w.event.id, starterId: w.starterId });
    expect(await tdb.db.starterProject.count({ where: { id: w.starterId } })).toBe(0);
    const actions = await tdb.db.auditLog.findMany({
      where: { entityId: w.starterId },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(["starter.delete", "starter.update"]);
  });
});
