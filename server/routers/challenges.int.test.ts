// What the challenges procedures do (who may call them is challenges.authz.int.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { codeOf } from "../test/outcome.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";
import { details } from "./challenges.authz.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function world() {
  const [organiser, member, admin, rivalMember, rivalOrganiser] = await Promise.all([
    makeUser(tdb.db, { name: "Olive Organiser" }),
    makeUser(tdb.db, { name: "Sam Sponsor" }),
    makeUser(tdb.db, { admin: true }),
    makeUser(tdb.db),
    makeUser(tdb.db),
  ]);
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const rivalEvent = await makeEvent(tdb.db, {
    now,
    roles: [{ userId: rivalOrganiser.id, role: "ORGANISER" }],
  });
  const organisation = await makeOrganisation(tdb.db, { members: [{ userId: member.id, role: "MEMBER" }] });
  const rival = await makeOrganisation(tdb.db, { members: [{ userId: rivalMember.id, role: "OWNER" }] });
  return {
    organiser,
    member,
    admin,
    rivalMember,
    rivalOrganiser,
    event,
    rivalEvent,
    organisation,
    rival,
    sponsor: callerFor(tdb.db, member, now).challenges,
    reviewer: callerFor(tdb.db, organiser, now).challenges,
    publicCaller: callerFor(tdb.db, null, now).challenges,
  };
}

describe("challenges.create", () => {
  it("drafts a challenge for a published event with a slug from the title, unique per event", async () => {
    const w = await world();
    const input = { organisationId: w.organisation.id, eventId: w.event.id, details };
    const first = await w.sponsor.create(input);
    const second = await w.sponsor.create(input);
    const elsewhere = await w.sponsor.create({ ...input, eventId: w.rivalEvent.id });
    expect([first.slug, second.slug, elsewhere.slug]).toEqual([
      "buses-on-time",
      "buses-on-time-2",
      "buses-on-time",
    ]);
    expect(first.status).toBe("DRAFT");
    expect(first.resources).toEqual(details.resources);
    expect(first.history.map((h) => [h.fromStatus, h.toStatus, h.actorName])).toEqual([
      [null, "DRAFT", "Sam Sponsor"],
    ]);
  });

  it.each(["DRAFT", "ARCHIVED"] as const)("refuses a %s event as if it did not exist", async (status) => {
    const w = await world();
    const hidden = await makeEvent(tdb.db, { now, status });
    expect(
      await codeOf(w.sponsor.create({ organisationId: w.organisation.id, eventId: hidden.id, details })),
    ).toBe("NOT_FOUND");
  });
});

describe("the review cycle", () => {
  it("goes draft → submitted → changes requested → submitted → approved → published, recording every step", async () => {
    const w = await world();
    const org = { organisationId: w.organisation.id };
    const ev = { eventId: w.event.id };
    const draft = await w.sponsor.create({ ...org, eventId: w.event.id, details });
    const id = { challengeId: draft.id };

    // Organisers don't see drafts.
    expect(await w.reviewer.listForReview(ev)).toEqual([]);
    expect(await codeOf(w.reviewer.approve({ ...ev, ...id }))).toBe("NOT_FOUND");

    expect((await w.sponsor.submit({ ...org, ...id })).status).toBe("SUBMITTED");
    // Submitting again is a no-op: no second history entry.
    expect((await w.sponsor.submit({ ...org, ...id })).history).toHaveLength(2);
    // With the organisers: no edits, no publishing before approval.
    expect(await codeOf(w.sponsor.update({ ...org, ...id, details }))).toBe("CONFLICT");
    expect(await codeOf(w.reviewer.publish({ ...ev, ...id }))).toBe("CONFLICT");
    // A comment is required to send it back.
    expect(await codeOf(w.reviewer.requestChanges({ ...ev, ...id, comment: "  " }))).toBe("BAD_REQUEST");
    const sentBack = await w.reviewer.requestChanges({ ...ev, ...id, comment: "Link the timetable data." });
    expect(sentBack.status).toBe("CHANGES_REQUESTED");

    const edited = await w.sponsor.update({ ...org, ...id, details: { ...details, prize: "£1,000" } });
    expect(edited.prize).toBe("£1,000");
    await w.sponsor.submit({ ...org, ...id });
    await w.reviewer.approve({ ...ev, ...id });
    // Approving again is a no-op.
    await w.reviewer.approve({ ...ev, ...id });
    expect(await codeOf(w.sponsor.update({ ...org, ...id, details }))).toBe("CONFLICT");
    // Not public until published.
    const bySlug = { slug: w.event.slug, challengeSlug: draft.slug };
    expect(await codeOf(w.publicCaller.bySlug(bySlug))).toBe("NOT_FOUND");
    const published = await w.reviewer.publish({ ...ev, ...id });
    expect(published.publishedAt?.toISOString()).toBe(now.toISOString());
    await w.reviewer.publish({ ...ev, ...id });

    // The sponsor sees every step, who made it and the organiser's comment.
    const seen = await w.sponsor.byIdForOrganisation({ ...org, ...id });
    expect(seen.history.map((h) => [h.fromStatus, h.toStatus, h.actorName, h.comment])).toEqual([
      [null, "DRAFT", "Sam Sponsor", null],
      ["DRAFT", "SUBMITTED", "Sam Sponsor", null],
      ["SUBMITTED", "CHANGES_REQUESTED", "Olive Organiser", "Link the timetable data."],
      ["CHANGES_REQUESTED", "SUBMITTED", "Sam Sponsor", null],
      ["SUBMITTED", "APPROVED", "Olive Organiser", null],
      ["APPROVED", "PUBLISHED", "Olive Organiser", null],
    ]);
    const audit = await tdb.db.auditLog.findMany({
      where: { entityId: draft.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, eventId: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "challenge.create",
      "challenge.submit",
      "challenge.requestChanges",
      "challenge.update",
      "challenge.submit",
      "challenge.approve",
      "challenge.publish",
    ]);
    expect(new Set(audit.map((a) => a.eventId))).toEqual(new Set([w.event.id]));

    // Each step that happened told the other side once (repeats sent nothing): organisers on submit,
    // the organisation's members on review and publishing, with the comment and a link.
    const mail = await tdb.db.outboxEmail.findMany({
      where: { to: { in: [w.organiser.email, w.member.email] }, subject: { contains: details.title } },
      orderBy: { createdAt: "asc" },
      select: { to: true, subject: true, text: true, link: true },
    });
    expect(mail.map((m) => [m.to, m.subject.split(":")[0]])).toEqual([
      [w.organiser.email, `Challenge to review for Event ${w.event.slug}`],
      [w.member.email, "Changes requested"],
      [w.organiser.email, `Challenge to review for Event ${w.event.slug}`],
      [w.member.email, "Approved"],
      [w.member.email, "Published"],
    ]);
    expect(mail[1]?.text).toContain("Their comment: Link the timetable data.");
    expect(mail[0]?.link).toBe(`http://localhost:3000/manage/events/${w.event.id}/challenges`);
    expect(mail[1]?.link).toBe(
      `http://localhost:3000/organisations/${w.organisation.slug}/manage/challenges/${draft.id}`,
    );

    // Public now: on the event and at its own address, without the history or comments.
    const listed = await w.publicCaller.listPublished({ slug: w.event.slug });
    expect(listed.map((c) => c.id)).toEqual([draft.id]);
    const page = await w.publicCaller.bySlug(bySlug);
    expect(page).toMatchObject({ title: details.title, prize: "£1,000", event: { slug: w.event.slug } });
    expect(JSON.stringify(page)).not.toContain("Link the timetable data");
    expect(page).not.toHaveProperty("history");
  });

  it("lets a platform admin review, and no one review through another event", async () => {
    const w = await world();
    const submitted = await makeChallenge(tdb.db, {
      organisationId: w.organisation.id,
      eventId: w.event.id,
      status: "SUBMITTED",
    });
    const rival = callerFor(tdb.db, w.rivalOrganiser, now).challenges;
    // The rival organiser names their own event: the challenge is not in it.
    expect(await codeOf(rival.approve({ eventId: w.rivalEvent.id, challengeId: submitted.id }))).toBe(
      "NOT_FOUND",
    );
    expect(await rival.listForReview({ eventId: w.rivalEvent.id })).toEqual([]);
    const admin = callerFor(tdb.db, w.admin, now).challenges;
    expect((await admin.approve({ eventId: w.event.id, challengeId: submitted.id })).status).toBe("APPROVED");
  });
});

describe("visibility", () => {
  it("hides unpublished challenges from the public and other organisations", async () => {
    const w = await world();
    const base = { organisationId: w.organisation.id, eventId: w.event.id };
    const statuses = ["DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED"] as const;
    const hidden = await Promise.all(statuses.map((status) => makeChallenge(tdb.db, { ...base, status })));
    const shown = await makeChallenge(tdb.db, { ...base, status: "PUBLISHED" });
    const rivalCaller = callerFor(tdb.db, w.rivalMember, now).challenges;
    for (const challenge of hidden) {
      const bySlug = { slug: w.event.slug, challengeSlug: challenge.slug };
      expect(await codeOf(w.publicCaller.bySlug(bySlug))).toBe("NOT_FOUND");
      expect(await codeOf(rivalCaller.bySlug(bySlug))).toBe("NOT_FOUND");
      // Through their own organisation, a rival finds nothing of ours.
      expect(
        await codeOf(
          rivalCaller.byIdForOrganisation({ organisationId: w.rival.id, challengeId: challenge.id }),
        ),
      ).toBe("NOT_FOUND");
      expect(
        await codeOf(rivalCaller.update({ organisationId: w.rival.id, challengeId: challenge.id, details })),
      ).toBe("NOT_FOUND");
      expect(
        await codeOf(rivalCaller.submit({ organisationId: w.rival.id, challengeId: challenge.id })),
      ).toBe("NOT_FOUND");
    }
    expect((await w.publicCaller.listPublished({ slug: w.event.slug })).map((c) => c.id)).toEqual([shown.id]);
    expect(await rivalCaller.listForOrganisation({ organisationId: w.rival.id })).toEqual([]);
    // The organisers' list: everything but drafts, waiting ones first.
    const review = await w.reviewer.listForReview({ eventId: w.event.id });
    expect(review.map((c) => c.status)).toEqual(["SUBMITTED", "APPROVED", "CHANGES_REQUESTED", "PUBLISHED"]);
  });

  it("404s challenges of a draft event to the public", async () => {
    const w = await world();
    const draftEvent = await makeEvent(tdb.db, { now, status: "DRAFT" });
    const challenge = await makeChallenge(tdb.db, {
      organisationId: w.organisation.id,
      eventId: draftEvent.id,
      status: "PUBLISHED",
    });
    expect(
      await codeOf(w.publicCaller.bySlug({ slug: draftEvent.slug, challengeSlug: challenge.slug })),
    ).toBe("NOT_FOUND");
    expect(await codeOf(w.publicCaller.listPublished({ slug: draftEvent.slug }))).toBe("NOT_FOUND");
  });

  it("reads damaged resources JSON as no resources", async () => {
    const w = await world();
    const challenge = await makeChallenge(tdb.db, {
      organisationId: w.organisation.id,
      eventId: w.event.id,
      status: "PUBLISHED",
    });
    await tdb.db.challenge.update({
      where: { id: challenge.id },
      data: { resources: [{ name: "x", url: "javascript:alert(1)" }] },
    });
    const page = await w.publicCaller.bySlug({ slug: w.event.slug, challengeSlug: challenge.slug });
    expect(page.resources).toEqual([]);
  });
});

describe("concurrency", () => {
  it.skipIf(!onRealPostgres)(
    "records one approval when two organisers approve at the same moment",
    async () => {
      const w = await world();
      const second = await makeUser(tdb.db);
      await tdb.db.eventRole.create({ data: { eventId: w.event.id, userId: second.id, role: "ORGANISER" } });
      const challenge = await makeChallenge(tdb.db, {
        organisationId: w.organisation.id,
        eventId: w.event.id,
        status: "SUBMITTED",
      });
      const input = { eventId: w.event.id, challengeId: challenge.id };
      const results = await Promise.all([
        codeOf(w.reviewer.approve(input)),
        codeOf(callerFor(tdb.db, second, now).challenges.approve(input)),
      ]);
      // One wins; the other either sees it approved (no-op) or loses the race cleanly.
      expect(results.every((r) => r === "ok" || r === "CONFLICT")).toBe(true);
      expect(results).toContain("ok");
      expect(
        await tdb.db.challengeStatusChange.count({
          where: { challengeId: challenge.id, toStatus: "APPROVED" },
        }),
      ).toBe(1);
    },
  );
});

describe("challenges.listForOrganisation: how many teams took the challenge on", () => {
  it("counts submitted and still-drafting projects that entered it, and no withdrawn or disqualified ones", async () => {
    const w = await world();
    const challenge = await makeChallenge(tdb.db, {
      organisationId: w.organisation.id,
      eventId: w.event.id,
      status: "PUBLISHED",
    });
    const other = await makeChallenge(tdb.db, {
      organisationId: w.rival.id,
      eventId: w.event.id,
      status: "PUBLISHED",
    });
    const statuses = ["SUBMITTED", "SUBMITTED", "DRAFT", "WITHDRAWN", "DISQUALIFIED"] as const;
    for (const [i, status] of statuses.entries()) {
      const captain = await makeParticipant(tdb.db, { eventId: w.event.id });
      const team = await makeTeam(tdb.db, { eventId: w.event.id, captain, name: `Team ${i}` });
      await tdb.db.submission.create({
        data: {
          eventId: w.event.id,
          teamId: team.id,
          title: `Project ${i}`,
          status,
          challenges: {
            create: [{ challengeId: challenge.id }, ...(i === 0 ? [{ challengeId: other.id }] : [])],
          },
        },
      });
    }
    const [mine] = await w.sponsor.listForOrganisation({ organisationId: w.organisation.id });
    expect(mine?.teams).toEqual({ submitted: 2, working: 1 });
    // Counts only: no team or project names reach the sponsor.
    expect(JSON.stringify(mine)).not.toContain("Project 0");
    expect(JSON.stringify(mine)).not.toContain("Team 0");
    const [theirs] = await callerFor(tdb.db, w.rivalMember, now).challenges.listForOrganisation({
      organisationId: w.rival.id,
    });
    expect(theirs?.teams).toEqual({ submitted: 1, working: 0 });
  });
});
