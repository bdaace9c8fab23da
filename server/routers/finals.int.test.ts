// The finals show: organisers set the running order and stream, the presenter steps through it (a double
// press moves it on once), the public view follows and names young people only with photo-and-video
// consent. Who may call: finals.authz.ts. Rules: server/finals/rules.test.ts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { codeOf, refusal } from "../test/outcome.ts";
import { makeParticipant, makeTeam } from "../test/team-factories.ts";

const eventNow = new Date("2026-12-01T12:00:00.000Z");
const finalsNight = new Date("2026-12-11T18:00:00.000Z");
const MINUTE = 60_000;

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function consent(registrationId: string, scopes: { photo: boolean; publicCredit: boolean }) {
  await tdb.db.guardianConsent.create({
    data: {
      registrationId,
      guardianEmail: `guardian-${randomUUID().slice(0, 6)}@example.org`,
      tokenHash: randomUUID(),
      expiresAt: new Date("2027-01-01T00:00:00.000Z"),
      consentedAt: eventNow,
      attend: true,
      ...scopes,
    },
  });
}

async function world() {
  const organiser = await makeUser(tdb.db);
  const event = await makeEvent(tdb.db, {
    now: eventNow,
    roles: [{ userId: organiser.id, role: "ORGANISER" }],
  });
  const project = async (title: string, captain: { id: string }, members: { id: string }[] = []) => {
    const team = await makeTeam(tdb.db, { eventId: event.id, captain, members, name: `${title} team` });
    return tdb.db.submission.create({
      data: { eventId: event.id, teamId: team.id, title, status: "SUBMITTED", submittedAt: eventNow },
      select: { id: true },
    });
  };
  const child = (name: string) =>
    makeParticipant(tdb.db, { eventId: event.id, name, dateOfBirth: new Date("2013-03-01T00:00:00.000Z") });
  // Bus Buddy: an adult, a child with both consents, a child with public credit but no photo consent.
  const adult = await makeParticipant(tdb.db, { eventId: event.id, name: "Grace Hopper" });
  const filmed = await child("Ada Lovelace");
  await consent(filmed.registrationId, { photo: true, publicCredit: true });
  const unfilmed = await child("Alan Turing");
  await consent(unfilmed.registrationId, { photo: false, publicCredit: true });
  const busBuddy = await project("Bus Buddy", adult, [filmed, unfilmed]);
  const tideTable = await project("Tide Table", await makeParticipant(tdb.db, { eventId: event.id }));
  const skyWatch = await project("Sky Watch", await makeParticipant(tdb.db, { eventId: event.id }));
  const draftTeam = await makeTeam(tdb.db, {
    eventId: event.id,
    captain: await makeParticipant(tdb.db, { eventId: event.id }),
  });
  const draft = await tdb.db.submission.create({
    data: { eventId: event.id, teamId: draftTeam.id, title: "Half done" },
    select: { id: true },
  });
  const key = { eventId: event.id };
  return {
    event,
    key,
    ids: { busBuddy: busBuddy.id, tideTable: tideTable.id, skyWatch: skyWatch.id, draft: draft.id },
    asOrganiser: (at: Date = finalsNight) => callerFor(tdb.db, organiser, at),
    publicAt: (at: Date = finalsNight) => callerFor(tdb.db, null, at).finals.forEvent({ slug: event.slug }),
  };
}

describe("setting up the show", () => {
  it("has defaults before anything is saved, and no public show until there is a running order", async () => {
    const w = await world();
    const setup = await w.asOrganiser().finals.forOrganisers(w.key);
    expect(setup.show).toMatchObject({ id: null, title: "Finals", minutesPerEntry: 5, phase: "NOT_STARTED" });
    expect(setup.slots).toEqual([]);
    // Submitted projects only, by title.
    expect(setup.candidates.map((c) => c.title)).toEqual(["Bus Buddy", "Sky Watch", "Tide Table"]);
    expect((await w.publicAt()).show).toBeNull();
  });

  it("saves settings, embeds a YouTube stream without cookies, links any other", async () => {
    const w = await w0();
    await w.asOrganiser().finals.saveSettings({
      ...w.key,
      title: "Grand final",
      minutesPerEntry: 4,
      streamUrl: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    });
    await w.asOrganiser().finals.setOrder({ ...w.key, submissionIds: [w.ids.tideTable] });
    const live = (await w.publicAt()).show;
    expect(live).toMatchObject({
      title: "Grand final",
      minutesPerEntry: 4,
      embed: { provider: "YouTube", src: "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" },
      streamLink: null,
    });
    await w.asOrganiser().finals.saveSettings({
      ...w.key,
      title: "Grand final",
      minutesPerEntry: 4,
      streamUrl: "https://example.org/live",
    });
    expect((await w.publicAt()).show).toMatchObject({ embed: null, streamLink: "https://example.org/live" });
  });

  it("refuses bad settings with the field that is wrong", async () => {
    const w = await world();
    const bad = await refusal(
      w.asOrganiser().finals.saveSettings({
        ...w.key,
        title: "",
        minutesPerEntry: 0,
        streamUrl: "javascript:alert(1)",
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fields).sort()).toEqual(["minutesPerEntry", "streamUrl", "title"]);
    const http = await refusal(
      w
        .asOrganiser()
        .finals.saveSettings({ ...w.key, title: "Finals", minutesPerEntry: 5, streamUrl: "http://x.org" }),
    );
    expect(http.fields.streamUrl).toEqual(["Enter the stream's address, starting with https://"]);
  });

  it("keeps a running order of the event's submitted projects, each once", async () => {
    const w = await world();
    const other = await world();
    const organiser = w.asOrganiser().finals;
    await organiser.setOrder({ ...w.key, submissionIds: [w.ids.skyWatch, w.ids.busBuddy, w.ids.tideTable] });
    expect((await organiser.forOrganisers(w.key)).slots.map((s) => s.project.title)).toEqual([
      "Sky Watch",
      "Bus Buddy",
      "Tide Table",
    ]);
    for (const submissionIds of [
      [w.ids.draft],
      [other.ids.busBuddy],
      [w.ids.busBuddy, w.ids.busBuddy],
      ["no-such-project"],
    ]) {
      const refused = await refusal(organiser.setOrder({ ...w.key, submissionIds }));
      expect(refused.code, submissionIds.join()).toBe("BAD_REQUEST");
      expect(refused.fields.submissionIds?.length, submissionIds.join()).toBe(1);
    }
    // Unchanged by the refusals; a new order keeps the slots of projects that stay.
    const before = (await organiser.forOrganisers(w.key)).slots;
    await organiser.setOrder({ ...w.key, submissionIds: [w.ids.tideTable, w.ids.skyWatch] });
    const after = (await organiser.forOrganisers(w.key)).slots;
    expect(after.map((s) => s.project.title)).toEqual(["Tide Table", "Sky Watch"]);
    expect(after.find((s) => s.project.title === "Sky Watch")?.id).toBe(
      before.find((s) => s.project.title === "Sky Watch")?.id,
    );
  });
});

/** A world whose show has a running order of Bus Buddy, Tide Table, Sky Watch. */
async function w0() {
  const w = await world();
  await w
    .asOrganiser()
    .finals.setOrder({ ...w.key, submissionIds: [w.ids.busBuddy, w.ids.tideTable, w.ids.skyWatch] });
  return w;
}

async function versionOf(w: Awaited<ReturnType<typeof world>>): Promise<number> {
  return (await w.asOrganiser().finals.forOrganisers(w.key)).show.version;
}

describe("presenting", () => {
  it("steps through the running order, and the public view follows", async () => {
    const w = await w0();
    const present = async (kind: "start" | "next" | "previous" | "end", at = finalsNight) =>
      w.asOrganiser(at).finals.step({ ...w.key, version: await versionOf(w), step: { kind } });
    const before = (await w.publicAt()).show;
    expect(before).toMatchObject({ phase: "NOT_STARTED", onStage: null, upNext: { title: "Bus Buddy" } });

    await present("start");
    let live = (await w.publicAt(new Date(finalsNight.getTime() + 90_000))).show;
    expect(live).toMatchObject({
      phase: "LIVE",
      onStage: { title: "Bus Buddy", teamName: "Bus Buddy team" },
      upNext: { title: "Tide Table" },
      timer: { running: true, remainingSeconds: 5 * 60 - 90 },
    });
    expect(live?.order.map((s) => s.presented)).toEqual([true, false, false]);

    await present("next", new Date(finalsNight.getTime() + 6 * MINUTE));
    live = (await w.publicAt(new Date(finalsNight.getTime() + 6 * MINUTE))).show;
    expect(live).toMatchObject({ onStage: { title: "Tide Table" }, timer: { remainingSeconds: 300 } });
    await present("previous");
    expect((await w.publicAt()).show?.onStage?.title).toBe("Bus Buddy");
    await present("next");
    await present("next");
    live = (await w.publicAt()).show;
    expect(live).toMatchObject({ onStage: { title: "Sky Watch" }, upNext: null });
    // Next after the last entry ends the show.
    await present("next");
    live = (await w.publicAt()).show;
    expect(live).toMatchObject({ phase: "ENDED", onStage: null, upNext: null });
    expect(live?.order.every((s) => s.presented)).toBe(true);
    const audit = await tdb.db.auditLog.findMany({
      where: { eventId: w.event.id, action: { startsWith: "finals." } },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["finals.end", "finals.order", "finals.start"]);
  });

  it("moves on once for a double press, and says where the show is to the second press", async () => {
    const w = await w0();
    const version = await versionOf(w);
    await w.asOrganiser().finals.step({ ...w.key, version, step: { kind: "start" } });
    const pressed = await w
      .asOrganiser()
      .finals.step({ ...w.key, version: version + 1, step: { kind: "next" } });
    const again = await refusal(
      w.asOrganiser().finals.step({ ...w.key, version: version + 1, step: { kind: "next" } }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/moved on/);
    expect(pressed.version).toBe(version + 2);
    expect((await w.publicAt()).show?.onStage?.title).toBe("Tide Table");
  });

  it.runIf(onRealPostgres)("moves on once when two presenters press at the same moment", async () => {
    const w = await w0();
    const version = await versionOf(w);
    await w.asOrganiser().finals.step({ ...w.key, version, step: { kind: "start" } });
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        codeOf(w.asOrganiser().finals.step({ ...w.key, version: version + 1, step: { kind: "next" } })),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "CONFLICT")).toHaveLength(3);
    expect((await w.publicAt()).show?.onStage?.title).toBe("Tide Table");
  });

  it("pauses, resumes and restarts the timer; refuses what cannot be done, saying why", async () => {
    const w = await w0();
    const at = (seconds: number) => new Date(finalsNight.getTime() + seconds * 1000);
    const step = async (kind: "start" | "pause" | "resume" | "restartTimer" | "previous", seconds: number) =>
      w.asOrganiser(at(seconds)).finals.step({ ...w.key, version: await versionOf(w), step: { kind } });
    const notYet = await refusal(step("pause", 0));
    expect(notYet).toMatchObject({ code: "CONFLICT", message: "Nobody is on stage." });
    await step("start", 0);
    await step("pause", 100);
    expect((await w.publicAt(at(500))).show?.timer).toMatchObject({ running: false, remainingSeconds: 200 });
    await step("resume", 500);
    expect((await w.publicAt(at(530))).show?.timer).toMatchObject({ running: true, remainingSeconds: 170 });
    // Running over shows as negative time.
    expect((await w.publicAt(at(800))).show?.timer.remainingSeconds).toBe(-100);
    await step("restartTimer", 900);
    expect((await w.publicAt(at(900))).show?.timer.remainingSeconds).toBe(300);
    const first = await refusal(step("previous", 901));
    expect(first.message).toBe("This is the first project in the running order.");
  });

  it("jumps to any entry, and will not take the entry on stage out of the running order", async () => {
    const w = await w0();
    const slots = (await w.asOrganiser().finals.forOrganisers(w.key)).slots;
    const sky = slots.find((s) => s.project.title === "Sky Watch");
    await w
      .asOrganiser()
      .finals.step({ ...w.key, version: await versionOf(w), step: { kind: "goTo", slotId: sky?.id ?? "" } });
    expect((await w.publicAt()).show).toMatchObject({ phase: "LIVE", onStage: { title: "Sky Watch" } });
    const out = await refusal(
      w.asOrganiser().finals.setOrder({ ...w.key, submissionIds: [w.ids.busBuddy, w.ids.tideTable] }),
    );
    expect(out.code).toBe("BAD_REQUEST");
    expect(out.message).toMatch(/on stage/);
    const elsewhere = await refusal(
      w
        .asOrganiser()
        .finals.step({ ...w.key, version: await versionOf(w), step: { kind: "goTo", slotId: "nope" } }),
    );
    expect(elsewhere.message).toBe("That project is not in the running order.");
  });
});

describe("young people on the pages the audience sees", () => {
  it("names a young person only with photo-and-video consent, and never shows an email", async () => {
    const w = await w0();
    await w.asOrganiser().finals.step({ ...w.key, version: await versionOf(w), step: { kind: "start" } });
    const forEvent = await w.publicAt();
    const presenter = await w.asOrganiser().finals.presenter(w.key);
    for (const view of [forEvent.show, presenter]) {
      // The adult as on every public page, Ada by her consent to photos and video, Alan not named.
      expect(view?.onStage?.credits).toEqual(["Grace Hopper", "Ada L.", null]);
      const text = JSON.stringify(view);
      expect(text).not.toContain("Alan");
      expect(text).not.toContain("Turing");
      expect(text).not.toContain("@");
      expect(text).not.toContain("dateOfBirth");
    }
  });
});

describe("what the presenter sees", () => {
  it("adds the project page of the entry on stage", async () => {
    const w = await w0();
    await tdb.db.submission.update({
      where: { id: w.ids.busBuddy },
      data: { description: "Tells you when **the bus** comes.", technologies: ["Python"] },
    });
    expect((await w.asOrganiser().finals.presenter(w.key))?.page).toBeNull();
    await w.asOrganiser().finals.step({ ...w.key, version: await versionOf(w), step: { kind: "start" } });
    const view = await w.asOrganiser().finals.presenter(w.key);
    expect(view?.page).toMatchObject({
      description: "Tells you when **the bus** comes.",
      technologies: ["Python"],
    });
  });
});

describe("visibility", () => {
  it("has no public show for a draft event", async () => {
    const organiser = await makeUser(tdb.db);
    const draft = await makeEvent(tdb.db, {
      now: eventNow,
      status: "DRAFT",
      roles: [{ userId: organiser.id, role: "ORGANISER" }],
    });
    expect(await codeOf(callerFor(tdb.db, null, finalsNight).finals.forEvent({ slug: draft.slug }))).toBe(
      "NOT_FOUND",
    );
  });
});
