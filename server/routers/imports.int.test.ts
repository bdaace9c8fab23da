// What the imports procedures do with a Devpost export: the preview says what each row would do and
// changes nothing; the import adds each good row as a submitted project of a new, memberless team,
// links the challenges its prizes name, imports no person, and importing again updates rather than
// copies. Who may call them: imports.authz.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeChallenge, makeOrganisation } from "../test/organisation-factories.ts";
import { refusal } from "../test/outcome.ts";
import { devpostExport, now } from "./imports.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function setup() {
  const organiser = await makeUser(tdb.db);
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  const sponsor = await makeOrganisation(tdb.db, { members: [] });
  const buses = await makeChallenge(tdb.db, {
    organisationId: sponsor.id,
    eventId: event.id,
    status: "PUBLISHED",
    title: "Buses on time",
  });
  return { event, buses, asOrganiser: callerFor(tdb.db, organiser, now) };
}

describe("previewing", () => {
  it("says what each row would do, with its errors and warnings, and changes nothing", async () => {
    const { event, asOrganiser } = await setup();
    const preview = await asOrganiser.imports.previewDevpost({ eventId: event.id, csv: devpostExport });
    expect(preview.mappingProblems).toEqual([]);
    expect(preview.counts).toEqual({ create: 2, update: 0, unchanged: 0, error: 2 });
    expect(preview.rows.map((r) => [r.line, r.title, r.action])).toEqual([
      [2, "Bus Buddy", "create"],
      [3, "River Watch", "create"],
      [4, "", "error"],
      [5, "Bad Links", "error"],
    ]);
    expect(preview.rows[0]?.warnings).toEqual([
      '"Best use of open data" is not one of this event\'s published challenges: not linked.',
    ]);
    expect(await tdb.db.submission.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("asks for a column when a required field has none, offering the file's columns", async () => {
    const { event, asOrganiser } = await setup();
    const preview = await asOrganiser.imports.previewDevpost({
      eventId: event.id,
      csv: devpostExport,
      mapping: { key: null, title: "No such column" },
    });
    expect(preview.mappingProblems).toEqual([
      'Choose the column for "Project\'s address on Devpost (identifies it when you import again)".',
      'The file has no column "No such column".',
    ]);
    expect(preview.rows).toEqual([]);
    expect(preview.columns).toContain("Project Title");
    const refused = await refusal(
      asOrganiser.imports.importDevpost({ eventId: event.id, csv: devpostExport, mapping: { key: null } }),
    );
    expect(refused.code).toBe("BAD_REQUEST");
  });

  it("refuses a file it cannot read, and an empty one, saying why", async () => {
    const { event, asOrganiser } = await setup();
    const broken = await refusal(
      asOrganiser.imports.previewDevpost({ eventId: event.id, csv: 'Title\n"unclosed' }),
    );
    expect(broken.code).toBe("BAD_REQUEST");
    expect(broken.fields.file?.[0]).toMatch(/^This file is not a CSV file we can read/);
    const empty = await refusal(asOrganiser.imports.previewDevpost({ eventId: event.id, csv: "" }));
    expect(empty.fields.csv).toEqual(["Choose the CSV file Devpost gave you"]);
  });
});

describe("importing", () => {
  it("adds each good row as a submitted project of a memberless team, and imports no person", async () => {
    const { event, buses, asOrganiser } = await setup();
    const usersBefore = await tdb.db.user.count();
    const result = await asOrganiser.imports.importDevpost({ eventId: event.id, csv: devpostExport });
    expect(result).toEqual({ created: 2, updated: 0, unchanged: 0, skippedLines: [4, 5] });
    const projects = await tdb.db.submission.findMany({
      where: { eventId: event.id },
      orderBy: { title: "asc" },
      select: {
        title: true,
        status: true,
        importKey: true,
        repositoryUrl: true,
        demoUrl: true,
        videoUrl: true,
        technologies: true,
        description: true,
        challenges: { select: { challengeId: true } },
        team: { select: { name: true, members: { select: { userId: true } } } },
      },
    });
    // River Watch enters no challenge, so it comes in as a draft, as a team could not submit it either.
    expect(projects.map((p) => [p.title, p.status, p.team.name, p.team.members.length])).toEqual([
      ["Bus Buddy", "SUBMITTED", "Bus Buddy", 0],
      ["River Watch", "DRAFT", "River Watch", 0],
    ]);
    expect(projects[0]).toMatchObject({
      importKey: "https://devpost.com/software/bus-buddy",
      repositoryUrl: "https://github.com/example/bus-buddy",
      demoUrl: "https://bus-buddy.example.org",
      videoUrl: "https://www.youtube.com/watch?v=abc123",
      technologies: ["react", "node.js", "open-data"],
      challenges: [{ challengeId: buses.id }],
    });
    expect(projects[0]?.description).toContain("## What it does");
    expect(await tdb.db.user.count()).toBe(usersBefore);
    expect(await tdb.db.registration.count({ where: { eventId: event.id } })).toBe(0);
    const audit = await tdb.db.auditLog.findFirstOrThrow({
      where: { eventId: event.id, action: "submissions.import" },
    });
    expect(audit.data).toEqual({ source: "devpost", created: 2, updated: 0, unchanged: 0, skipped: 2 });
    // The public gallery shows them (by team name only).
    const gallery = await callerFor(
      tdb.db,
      null,
      new Date(now.getTime() + 10 * 86_400_000),
    ).submissions.gallery({
      slug: (await tdb.db.event.findUniqueOrThrow({ where: { id: event.id } })).slug,
    });
    expect(gallery.projects.map((p) => p.title)).toEqual(["Bus Buddy"]);
  });

  it("changes nothing when the same file comes again, and updates a changed project in place", async () => {
    const { event, asOrganiser } = await setup();
    await asOrganiser.imports.importDevpost({ eventId: event.id, csv: devpostExport });
    const again = await asOrganiser.imports.importDevpost({ eventId: event.id, csv: devpostExport });
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 2, skippedLines: [4, 5] });
    const edited = devpostExport.replace("Warns schools near rivers before a flood.", "Warns schools early.");
    const preview = await asOrganiser.imports.previewDevpost({ eventId: event.id, csv: edited });
    expect(preview.counts).toMatchObject({ create: 0, update: 1, unchanged: 1 });
    // An organiser's decision stands: a disqualified project stays disqualified.
    await tdb.db.submission.updateMany({
      where: { eventId: event.id, title: "River Watch" },
      data: { status: "DISQUALIFIED", disqualifiedReason: "Built before the event" },
    });
    expect(await asOrganiser.imports.importDevpost({ eventId: event.id, csv: edited })).toMatchObject({
      updated: 1,
    });
    const river = await tdb.db.submission.findFirstOrThrow({
      where: { eventId: event.id, title: "River Watch" },
    });
    expect(river).toMatchObject({ description: "Warns schools early.", status: "DISQUALIFIED", version: 2 });
    expect(await tdb.db.submission.count({ where: { eventId: event.id } })).toBe(2);
  });

  it("gives an imported project a team name of its own when a team already has its title", async () => {
    const { event, asOrganiser } = await setup();
    await tdb.db.team.create({ data: { eventId: event.id, name: "Bus Buddy", joinCode: "TAKEN-BUS-BUDDY" } });
    await asOrganiser.imports.importDevpost({ eventId: event.id, csv: devpostExport });
    const names = await tdb.db.team.findMany({ where: { eventId: event.id }, select: { name: true } });
    expect(names.map((t) => t.name).sort()).toEqual(["Bus Buddy", "Bus Buddy (Devpost)", "River Watch"]);
  });

  it("keeps each event's imports apart: the same file in another event adds its own projects", async () => {
    const first = await setup();
    const second = await setup();
    await first.asOrganiser.imports.importDevpost({ eventId: first.event.id, csv: devpostExport });
    const result = await second.asOrganiser.imports.importDevpost({
      eventId: second.event.id,
      csv: devpostExport,
    });
    expect(result.created).toBe(2);
    expect(await tdb.db.submission.count({ where: { eventId: first.event.id } })).toBe(2);
  });

  it("keeps two imports of the same file at once apart: each project once, no error", async () => {
    const { event, asOrganiser } = await setup();
    const results = await Promise.all([
      asOrganiser.imports.importDevpost({ eventId: event.id, csv: devpostExport }),
      asOrganiser.imports.importDevpost({ eventId: event.id, csv: devpostExport }),
    ]);
    expect(results.map((r) => r.created + r.unchanged + r.updated)).toEqual([2, 2]);
    expect(results[0].created + results[1].created).toBe(2);
    expect(await tdb.db.submission.count({ where: { eventId: event.id } })).toBe(2);
    expect(await tdb.db.team.count({ where: { eventId: event.id } })).toBe(2);
  });
});
