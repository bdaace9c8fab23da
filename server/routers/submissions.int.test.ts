// What the submissions procedures do (who may call them: submissions.authz.ts).
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "../errors.ts";
import { callerFor } from "../test/callers.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makePublishedChallenge, tinyPngBase64 } from "../test/submission-factories.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

const created = new Date("2026-11-24T12:00:00.000Z");
const day = 24 * 3_600_000;
/** Hacking runs from created+7d to the deadline at created+9d (see timelineAround). */
const hacking = new Date(created.getTime() + 8 * day);
const deadline = new Date(created.getTime() + 9 * day);
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function failure(
  promise: Promise<unknown>,
): Promise<{ code: string; domain?: string; fields?: Record<string, string[]> }> {
  try {
    await promise;
    return { code: "ok" };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause as DomainError | undefined;
    return { code: error.code, domain: cause?.code, fields: cause?.fieldErrors };
  }
}

async function setup(options: { organiser?: boolean } = {}) {
  const organiser = await makeUser(tdb.db);
  const event = await makeEvent(tdb.db, {
    now: created,
    roles: options.organiser === false ? [] : [{ userId: organiser.id, role: "ORGANISER" }],
  });
  const challenge = await makePublishedChallenge(tdb.db, { eventId: event.id });
  const [a, b] = await Promise.all([
    makeParticipant(tdb.db, { eventId: event.id }),
    makeParticipant(tdb.db, { eventId: event.id }),
  ]);
  const team = await makeTeam(tdb.db, { eventId: event.id, captain: a, members: [b] });
  const content = {
    title: "Bus Buddy",
    tagline: "Never miss the bus",
    description: "Live bus times read aloud for people who find timetables hard.",
    repositoryUrl: "https://example.org/repo",
    demoUrl: "",
    videoUrl: "",
    technologies: ["TypeScript", "TypeScript", " Web Speech "],
    challengeIds: [challenge.id],
  };
  const as = (
    user: { id: string; email: string; name: string | null; isPlatformAdmin: boolean },
    now = hacking,
  ) => callerFor(tdb.db, user, now).submissions;
  const scope = { eventId: event.id, teamId: team.id };
  return { organiser, event, challenge, a, b, team, content, as, scope };
}

describe("saving and submitting", () => {
  it("creates, edits and submits, keeping a copy of every submitted version", async () => {
    const { a, content, as, scope } = await setup();
    const first = await as(a).save({ ...scope, expectedVersion: 0, ...content });
    expect(first).toMatchObject({ version: 1, status: "DRAFT", technologies: ["TypeScript", "Web Speech"] });

    const submitted = await as(a).submit({ ...scope, expectedVersion: 1 });
    expect(submitted.status).toBe("SUBMITTED");
    expect(submitted.revisions[0]?.version).toBe(1);

    // Submitting the same version again changes nothing.
    await as(a).submit({ ...scope, expectedVersion: 1 });
    expect(await tdb.db.submissionRevision.count({ where: { submissionId: first.id } })).toBe(1);

    // An edit after submitting stays submitted; the copy judges see is the last submitted one until
    // the team submits again.
    const edited = await as(a).save({ ...scope, expectedVersion: 1, ...content, title: "Bus Buddy 2" });
    expect(edited).toMatchObject({ version: 2, status: "SUBMITTED", title: "Bus Buddy 2" });
    expect(edited.revisions[0]?.version).toBe(1);
    await as(a).submit({ ...scope, expectedVersion: 2 });
    const revisions = await tdb.db.submissionRevision.findMany({
      where: { submissionId: first.id },
      orderBy: { version: "asc" },
      select: { version: true, snapshot: true },
    });
    expect(revisions.map((r) => [r.version, (r.snapshot as { title: string }).title])).toEqual([
      [1, "Bus Buddy"],
      [2, "Bus Buddy 2"],
    ]);
  });

  it("tells the second of two members saving the same version to reload, and keeps the first save", async () => {
    const { a, b, content, as, scope } = await setup();
    await as(a).save({ ...scope, expectedVersion: 0, ...content });
    await as(a).save({ ...scope, expectedVersion: 1, ...content, tagline: "from A" });
    const second = await failure(as(b).save({ ...scope, expectedVersion: 1, ...content, tagline: "from B" }));
    expect(second).toMatchObject({ code: "CONFLICT", domain: "STALE_VERSION" });
    const mine = await as(b).mine(scope);
    expect(mine.submission?.tagline).toBe("from A");
  });

  it("refuses to submit an incomplete project, saying which fields", async () => {
    const { a, content, as, scope } = await setup();
    await as(a).save({
      ...scope,
      expectedVersion: 0,
      ...content,
      description: "Too short",
      challengeIds: [],
    });
    const result = await failure(as(a).submit({ ...scope, expectedVersion: 1 }));
    expect(result.code).toBe("BAD_REQUEST");
    expect(Object.keys(result.fields ?? {}).sort()).toEqual(["challengeIds", "description"]);
  });

  it("refuses a challenge of another event", async () => {
    const { a, content, as, scope } = await setup();
    const elsewhere = await makeEvent(tdb.db, { now: created });
    const foreign = await makePublishedChallenge(tdb.db, { eventId: elsewhere.id });
    const result = await failure(
      as(a).save({ ...scope, expectedVersion: 0, ...content, challengeIds: [foreign.id] }),
    );
    expect(result).toMatchObject({
      code: "BAD_REQUEST",
      fields: { challengeIds: expect.any(Array) as unknown },
    });
  });

  it("changes nothing after the deadline, by the rule clock", async () => {
    const { a, content, as, scope } = await setup();
    await as(a).save({ ...scope, expectedVersion: 0, ...content });
    expect(
      (await failure(as(a, at(deadline, -1000)).save({ ...scope, expectedVersion: 1, ...content }))).code,
    ).toBe("ok");
    for (const when of [deadline, at(deadline, 1000)]) {
      expect(await failure(as(a, when).save({ ...scope, expectedVersion: 2, ...content }))).toMatchObject({
        code: "PRECONDITION_FAILED",
        domain: "PHASE_CLOSED",
      });
      expect((await failure(as(a, when).submit({ ...scope, expectedVersion: 2 }))).domain).toBe(
        "PHASE_CLOSED",
      );
      expect((await failure(as(a, when).withdraw(scope))).domain).toBe("PHASE_CLOSED");
    }
    // Before hacking starts nothing can be submitted either.
    expect((await failure(as(a, created).save({ ...scope, expectedVersion: 2, ...content }))).domain).toBe(
      "PHASE_CLOSED",
    );
  });
});

describe("images", () => {
  it("checks the bytes, not the claimed type, and allows at most five", async () => {
    const { a, content, as, scope } = await setup();
    await as(a).save({ ...scope, expectedVersion: 0, ...content });
    const svg = Buffer.from(
      "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
    ).toString("base64");
    expect(await failure(as(a).addImage({ ...scope, dataBase64: svg, alt: "A drawing" }))).toMatchObject({
      code: "BAD_REQUEST",
    });
    for (let i = 0; i < 5; i++)
      await as(a).addImage({ ...scope, dataBase64: tinyPngBase64, alt: `Shot ${i}` });
    expect(
      await failure(as(a).addImage({ ...scope, dataBase64: tinyPngBase64, alt: "Shot 6" })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      fields: { image: ["A project can have at most 5 images. Remove one first."] },
    });
  });

  it("refuses an image without a description, saying so at the field", async () => {
    const { a, content, as, scope } = await setup();
    const saved = await as(a).save({ ...scope, expectedVersion: 0, ...content });
    for (const alt of ["", "   "]) {
      const result = await failure(as(a).addImage({ ...scope, dataBase64: tinyPngBase64, alt }));
      expect(result.code).toBe("BAD_REQUEST");
    }
    const refusal: unknown = await as(a)
      .addImage({ ...scope, dataBase64: tinyPngBase64, alt: " " })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refusal).toBeInstanceOf(TRPCError);
    expect(JSON.stringify((refusal as TRPCError).cause)).toContain(
      "Describe the image for people who can't see it",
    );
    expect(await tdb.db.submissionImage.count({ where: { submissionId: saved.id } })).toBe(0);
  });

  it("gives a new image the slot a removed one freed", async () => {
    const { a, content, as, scope } = await setup();
    await as(a).save({ ...scope, expectedVersion: 0, ...content });
    await as(a).addImage({ ...scope, dataBase64: tinyPngBase64, alt: "first" });
    const two = await as(a).addImage({ ...scope, dataBase64: tinyPngBase64, alt: "second" });
    await as(a).removeImage({ ...scope, imageId: two.images[0]?.id ?? "" });
    const again = await as(a).addImage({ ...scope, dataBase64: tinyPngBase64, alt: "third" });
    const rows = await tdb.db.submissionImage.findMany({
      where: { submissionId: again.id },
      orderBy: { position: "asc" },
      select: { position: true, alt: true },
    });
    expect(rows).toEqual([
      { position: 0, alt: "third" },
      { position: 1, alt: "second" },
    ]);
  });

  // Two connections really overlap only on PostgreSQL (PGlite runs one query at a time).
  it.runIf(onRealPostgres)("lets exactly one of three uploads racing for the last slot in", async () => {
    const { a, b, content, as, scope } = await setup();
    await as(a).save({ ...scope, expectedVersion: 0, ...content });
    for (let i = 0; i < 4; i++) await as(a).addImage({ ...scope, dataBase64: tinyPngBase64, alt: `${i}` });
    const results = await Promise.allSettled([
      as(a).addImage({ ...scope, dataBase64: tinyPngBase64, alt: "race a" }),
      as(b).addImage({ ...scope, dataBase64: tinyPngBase64, alt: "race b" }),
      as(a).addImage({ ...scope, dataBase64: tinyPngBase64, alt: "race c" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) {
      const reason: unknown = r.reason;
      expect(reason).toBeInstanceOf(TRPCError);
      expect(await failure(Promise.reject(reason as TRPCError))).toMatchObject({
        code: "BAD_REQUEST",
        fields: { image: ["A project can have at most 5 images. Remove one first."] },
      });
    }
    const positions = await tdb.db.submissionImage.findMany({
      where: { submission: { teamId: scope.teamId } },
      select: { position: true },
      orderBy: { position: "asc" },
    });
    expect(positions.map((p) => p.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it("cannot remove another team's image (IDOR)", async () => {
    const first = await setup();
    await first.as(first.a).save({ ...first.scope, expectedVersion: 0, ...first.content });
    const withImage = await first
      .as(first.a)
      .addImage({ ...first.scope, dataBase64: tinyPngBase64, alt: "Screenshot" });
    const imageId = withImage.images[0]?.id ?? "";
    const intruder = await makeParticipant(tdb.db, { eventId: first.event.id });
    const theirTeam = await makeTeam(tdb.db, { eventId: first.event.id, captain: intruder });
    const result = await failure(
      first.as(intruder).removeImage({ eventId: first.event.id, teamId: theirTeam.id, imageId }),
    );
    expect(result.code).toBe("NOT_FOUND");
    expect(await tdb.db.submissionImage.count({ where: { id: imageId } })).toBe(1);
  });
});

describe("disqualification", () => {
  it("shows the team the reason and stops further changes", async () => {
    const { organiser, a, content, as, scope, event } = await setup();
    const saved = await as(a).save({ ...scope, expectedVersion: 0, ...content });
    await as(a).submit({ ...scope, expectedVersion: 1 });
    await as(organiser).disqualify({
      eventId: event.id,
      submissionId: saved.id,
      reason: "Built before the event",
    });
    const mine = await as(a).mine(scope);
    expect(mine.submission).toMatchObject({
      status: "DISQUALIFIED",
      disqualifiedReason: "Built before the event",
    });
    expect((await failure(as(a).save({ ...scope, expectedVersion: 1, ...content }))).code).toBe("FORBIDDEN");
  });

  it("cannot disqualify another event's project through this event", async () => {
    const one = await setup();
    const two = await setup();
    const saved = await two.as(two.a).save({ ...two.scope, expectedVersion: 0, ...two.content });
    const result = await failure(
      one
        .as(one.organiser)
        .disqualify({ eventId: one.event.id, submissionId: saved.id, reason: "Not mine to judge" }),
    );
    expect(result.code).toBe("NOT_FOUND");
  });
});

describe("organisers deciding about a project", () => {
  const outbox = (to: string[]) =>
    tdb.db.outboxEmail.findMany({
      where: { to: { in: to } },
      orderBy: { createdAt: "asc" },
      select: { to: true, kind: true, text: true },
    });

  it("read the whole project first: current content, every submitted version, team and history", async () => {
    const { organiser, a, b, content, as, scope, event, challenge } = await setup();
    const saved = await as(a).save({ ...scope, expectedVersion: 0, ...content });
    await as(a).addImage({ ...scope, dataBase64: tinyPngBase64, alt: "The app on a phone" });
    await as(a).submit({ ...scope, expectedVersion: 1 });
    await as(b).save({ ...scope, expectedVersion: 1, ...content, title: "Bus Buddy 2" });
    await as(b).submit({ ...scope, expectedVersion: 2 });

    const project = await as(organiser).byIdForOrganisers({ eventId: event.id, submissionId: saved.id });
    expect(project).toMatchObject({ title: "Bus Buddy 2", status: "SUBMITTED", version: 2 });
    expect(project.images.map((i) => i.alt)).toEqual(["The app on a phone"]);
    expect(project.challenges).toEqual([{ id: challenge.id, title: challenge.title }]);
    expect(project.team.members.map((m) => m.user.email).sort()).toEqual([a.email, b.email].sort());
    expect(project.revisions.map((r) => [r.version, r.title])).toEqual([
      [2, "Bus Buddy 2"],
      [1, "Bus Buddy"],
    ]);
    expect(project.revisions[1]).toMatchObject({
      description: content.description,
      repositoryUrl: "https://example.org/repo",
      challengeTitles: [challenge.title],
      imageIds: project.images.map((i) => i.id),
    });
    expect(project.history.map((h) => [h.action, h.version])).toEqual([
      ["submission.create", null],
      ["submission.submit", 1],
      ["submission.submit", 2],
    ]);
  });

  it("disqualify with a confirmation-worthy effect: the team is emailed the reason, and reinstating restores it", async () => {
    const { organiser, a, b, content, as, scope, event } = await setup();
    const saved = await as(a).save({ ...scope, expectedVersion: 0, ...content });
    await as(a).submit({ ...scope, expectedVersion: 1 });
    const ids = { eventId: event.id, submissionId: saved.id };

    expect(await as(organiser).disqualify({ ...ids, reason: "Built before the event" })).toEqual({
      changed: true,
    });
    const disqualifiedMail = await outbox([a.email, b.email]);
    expect(disqualifiedMail.map((m) => [m.to, m.kind]).sort()).toEqual(
      [
        [a.email, "project-disqualified"],
        [b.email, "project-disqualified"],
      ].sort(),
    );
    expect(disqualifiedMail[0]?.text).toContain("Built before the event");
    expect(disqualifiedMail[0]?.text).toContain(`/events/${event.slug}/submission`);

    // The same decision again is a no-op: no second email.
    expect(await as(organiser).disqualify({ ...ids, reason: "Built before the event" })).toEqual({
      changed: false,
    });
    expect(await outbox([a.email, b.email])).toHaveLength(2);

    expect(await as(organiser).reinstate(ids)).toEqual({ changed: true });
    const mine = await as(a).mine(scope);
    expect(mine.submission).toMatchObject({ status: "SUBMITTED", disqualifiedReason: null });
    const all = await outbox([a.email, b.email]);
    expect(all.filter((m) => m.kind === "project-reinstated")).toHaveLength(2);
    expect(all.find((m) => m.kind === "project-reinstated")?.text).toContain("submitted again");

    // Reinstating what is not disqualified changes nothing and emails nobody.
    expect(await as(organiser).reinstate(ids)).toEqual({ changed: false });
    expect(await outbox([a.email, b.email])).toHaveLength(4);

    const actions = await tdb.db.auditLog.findMany({
      where: { entityId: saved.id, action: { in: ["submission.disqualify", "submission.reinstate"] } },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(actions).toEqual([
      { action: "submission.disqualify", actorId: organiser.id },
      { action: "submission.reinstate", actorId: organiser.id },
    ]);
  });

  it("reinstates a draft as a draft and a withdrawn project as withdrawn", async () => {
    const { organiser, a, content, as, scope, event } = await setup();
    const saved = await as(a).save({ ...scope, expectedVersion: 0, ...content });
    const ids = { eventId: event.id, submissionId: saved.id };
    await as(organiser).disqualify({ ...ids, reason: "Looks copied" });
    await as(organiser).reinstate(ids);
    expect((await as(a).mine(scope)).submission?.status).toBe("DRAFT");

    await as(a).submit({ ...scope, expectedVersion: 1 });
    await as(a).withdraw(scope);
    await as(organiser).disqualify({ ...ids, reason: "Looks copied" });
    await as(organiser).reinstate(ids);
    expect((await as(a).mine(scope)).submission?.status).toBe("WITHDRAWN");
  });

  it("cannot read or reinstate another event's project through this event", async () => {
    const one = await setup();
    const two = await setup();
    const saved = await two.as(two.a).save({ ...two.scope, expectedVersion: 0, ...two.content });
    await two
      .as(two.organiser)
      .disqualify({ eventId: two.event.id, submissionId: saved.id, reason: "Copied" });
    const ids = { eventId: one.event.id, submissionId: saved.id };
    expect((await failure(one.as(one.organiser).byIdForOrganisers(ids))).code).toBe("NOT_FOUND");
    expect((await failure(one.as(one.organiser).reinstate(ids))).code).toBe("NOT_FOUND");
    expect((await two.as(two.a).mine(two.scope)).submission?.status).toBe("DISQUALIFIED");
  });

  it("refuses a reason that is too short, with the field named", async () => {
    const { organiser, a, content, as, scope, event } = await setup();
    const saved = await as(a).save({ ...scope, expectedVersion: 0, ...content });
    const result = await failure(
      as(organiser).disqualify({ eventId: event.id, submissionId: saved.id, reason: "no" }),
    );
    expect(result.code).toBe("BAD_REQUEST");
  });
});

describe("the public gallery", () => {
  it("opens at the deadline, lists only submitted projects, and credits young people only with consent", async () => {
    const { a, b, content, as, scope, event, challenge } = await setup();
    await tdb.db.user.update({ where: { id: a.id }, data: { name: "Ada Adult" } });
    // b is 12 at the event start, alias PixelFox; a guardian consents to attendance but not to credit.
    await tdb.db.user.update({ where: { id: b.id }, data: { name: "Sam Young", alias: "PixelFox" } });
    await tdb.db.registration.update({
      where: { id: b.registrationId },
      data: { dateOfBirth: new Date("2014-06-01T00:00:00.000Z") },
    });
    const consent = await tdb.db.guardianConsent.create({
      data: {
        registrationId: b.registrationId,
        guardianEmail: "guardian@example.test",
        tokenHash: `hash-${b.registrationId}`,
        expiresAt: deadline,
        consentedAt: created,
        attend: true,
        publicCredit: false,
      },
      select: { id: true },
    });
    const saved = await as(a).save({ ...scope, expectedVersion: 0, ...content });
    await as(a).submit({ ...scope, expectedVersion: 1 });

    const draftTeamCaptain = await makeParticipant(tdb.db, { eventId: event.id });
    const draftTeam = await makeTeam(tdb.db, { eventId: event.id, captain: draftTeamCaptain });
    await as(draftTeamCaptain).save({
      eventId: event.id,
      teamId: draftTeam.id,
      expectedVersion: 0,
      ...content,
      title: "Unfinished",
    });

    const visitor = (now: Date) => callerFor(tdb.db, null, now).submissions;
    const before = await visitor(at(deadline, -1000)).gallery({ slug: event.slug });
    expect(before).toMatchObject({ open: false, projects: [] });
    expect(
      (await failure(visitor(at(deadline, -1000)).project({ slug: event.slug, submissionId: saved.id })))
        .code,
    ).toBe("NOT_FOUND");

    const after = await visitor(deadline).gallery({ slug: event.slug });
    expect(after.open).toBe(true);
    expect(after.projects.map((p) => p.title)).toEqual(["Bus Buddy"]);
    // A card names no one: credits are on the project's own page.
    expect(JSON.stringify(after)).not.toContain("Ada Adult");
    expect(JSON.stringify(after)).not.toContain("Sam Young");
    expect((await visitor(deadline).project({ slug: event.slug, submissionId: saved.id })).credits).toEqual([
      "Ada Adult",
      null,
    ]);
    expect(JSON.stringify(after)).not.toContain("@");

    await tdb.db.guardianConsent.update({ where: { id: consent.id }, data: { publicCredit: true } });
    const project = await visitor(deadline).project({ slug: event.slug, submissionId: saved.id });
    expect(project.credits).toEqual(["Ada Adult", "PixelFox"]);
    expect(project.challenges.map((c) => c.id)).toEqual([challenge.id]);

    const filtered = await visitor(deadline).gallery({ slug: event.slug, challengeId: "no-such-challenge" });
    expect(filtered.projects).toEqual([]);
  });

  it("can be opened early by an organiser", async () => {
    const { organiser, a, content, as, scope, event } = await setup();
    await as(a).save({ ...scope, expectedVersion: 0, ...content });
    await as(a).submit({ ...scope, expectedVersion: 1 });
    await as(organiser).openGallery({ eventId: event.id });
    const gallery = await callerFor(tdb.db, null, hacking).submissions.gallery({ slug: event.slug });
    expect(gallery.open).toBe(true);
    expect(gallery.projects).toHaveLength(1);
  });
});

describe("gallery pages", () => {
  it("shows 24 projects a page in title order, counts the pages, and narrows before paging", async () => {
    const { event, challenge } = await setup();
    const centre = await tdb.db.centre.create({
      data: { eventId: event.id, name: "North", capacity: 100 },
      select: { id: true },
    });
    // 50 submitted projects (every third at the North centre and in the challenge) and one draft.
    for (let n = 1; n <= 51; n++) {
      const title = `Project ${String(n).padStart(2, "0")}`;
      await tdb.db.team.create({
        data: {
          eventId: event.id,
          name: `Team ${n}`,
          joinCode: `page-${event.id}-${n}`,
          centreId: n % 3 === 0 ? centre.id : null,
          submission: {
            create: {
              eventId: event.id,
              title,
              status: n === 51 ? "DRAFT" : "SUBMITTED",
              ...(n % 3 === 0 ? { challenges: { create: { challengeId: challenge.id } } } : {}),
            },
          },
        },
      });
    }
    const gallery = (input: { page?: number; centreId?: string; challengeId?: string }) =>
      callerFor(tdb.db, null, deadline).submissions.gallery({ slug: event.slug, ...input });
    const titles = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `Project ${String(from + i).padStart(2, "0")}`);

    const first = await gallery({});
    expect(first).toMatchObject({ open: true, page: 1, pageCount: 3, total: 50 });
    expect(first.projects.map((p) => p.title)).toEqual(titles(1, 24));
    expect((await gallery({ page: 2 })).projects.map((p) => p.title)).toEqual(titles(25, 48));
    expect((await gallery({ page: 3 })).projects.map((p) => p.title)).toEqual(titles(49, 50));
    // Past the last page: empty, and it still says how many pages there are.
    expect(await gallery({ page: 4 })).toMatchObject({ projects: [], page: 4, pageCount: 3, total: 50 });

    const north = await gallery({ centreId: centre.id });
    expect(north).toMatchObject({ pageCount: 1, total: 16 });
    expect(north.projects.every((p) => p.centre?.id === centre.id)).toBe(true);
    expect(await gallery({ challengeId: challenge.id, page: 1 })).toMatchObject({ total: 16 });

    for (const page of [0, -1, 1.5, 401]) {
      const result = await failure(gallery({ page }));
      expect(result.code, `page ${page}`).toBe("BAD_REQUEST");
    }
  });
});

describe("closing the gallery again", () => {
  it("closes a gallery opened early, and says where it stands", async () => {
    const { organiser, a, content, as, scope, event } = await setup();
    await as(a).save({ ...scope, expectedVersion: 0, ...content });
    await as(a).submit({ ...scope, expectedVersion: 1 });
    expect((await as(organiser).listForOrganisers({ eventId: event.id })).gallery).toBe("CLOSED");
    await as(organiser).openGallery({ eventId: event.id });
    expect((await as(organiser).listForOrganisers({ eventId: event.id })).gallery).toBe("OPENED_EARLY");
    await as(organiser).closeGallery({ eventId: event.id });
    expect((await as(organiser).listForOrganisers({ eventId: event.id })).gallery).toBe("CLOSED");
    const gallery = await callerFor(tdb.db, null, hacking).submissions.gallery({ slug: event.slug });
    expect(gallery).toMatchObject({ open: false, projects: [] });
    const audited = await tdb.db.auditLog.findMany({
      where: { eventId: event.id, action: { startsWith: "gallery." } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(audited.map((e) => e.action)).toEqual(["gallery.open", "gallery.close"]);
  });

  it("refuses to close it once the deadline has passed", async () => {
    const { organiser, as, event } = await setup();
    await as(organiser).openGallery({ eventId: event.id });
    const result = await failure(as(organiser, deadline).closeGallery({ eventId: event.id }));
    expect(result).toMatchObject({ code: "PRECONDITION_FAILED", domain: "PHASE_CLOSED" });
    expect((await as(organiser, deadline).listForOrganisers({ eventId: event.id })).gallery).toBe(
      "OPEN_AFTER_DEADLINE",
    );
  });
});

describe("a team with a project", () => {
  it("keeps its last member, so the project is never deleted with the team", async () => {
    const { a, b, content, as, scope, event, team } = await setup();
    await as(a).save({ ...scope, expectedVersion: 0, ...content });
    await callerFor(tdb.db, b, hacking).teams.leave({ eventId: event.id, teamId: team.id });
    const result = await failure(
      callerFor(tdb.db, a, hacking).teams.leave({ eventId: event.id, teamId: team.id }),
    );
    expect(result.code).toBe("CONFLICT");
    expect(await tdb.db.submission.count({ where: { teamId: team.id } })).toBe(1);
  });
});
