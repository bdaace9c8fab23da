// What the events procedures do (who may call them is covered by authorization.int.test.ts).
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { codeOf, refusal } from "../test/outcome.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { makeRegistration } from "../test/registration-factories.ts";
import { makeParticipant } from "../test/team-factories.ts";
import { withEnv } from "../test/env.ts";

const now = new Date("2026-11-24T12:00:00.000Z");

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const details = (slug: string, overrides: Record<string, unknown> = {}) => ({
  name: "Leeds Hack Day",
  slug,
  description: "A day of civic hacking.",
  timeZone: "Europe/London",
  registrationOpensAt: "2026-11-01T09:00",
  registrationClosesAt: "2026-12-01T09:00",
  startsAt: "2026-12-02T09:00",
  submissionDeadline: "2026-12-02T17:00",
  judgingClosesAt: "2026-12-03T17:00",
  resultsAt: "2026-12-04T12:00",
  teamMinSize: 1,
  teamMaxSize: 4,
  minimumAge: null,
  ...overrides,
});

describe("events.create", () => {
  it("stores the instants of the wall-clock times in the event's zone and names the organiser", async () => {
    const admin = await makeUser(tdb.db, { admin: true });
    const created = await callerFor(tdb.db, admin, now).events.create({
      ...details("leeds-hack-day"),
      organiserEmail: "New.Organiser@Example.TEST",
    });
    expect(created.status).toBe("DRAFT");
    // 09:00 GMT in London on 2 December is 09:00Z; the same wall time in July would be 08:00Z.
    expect(created.startsAt.toISOString()).toBe("2026-12-02T09:00:00.000Z");
    const organiser = await tdb.db.user.findUniqueOrThrow({
      where: { email: "new.organiser@example.test" },
      select: { id: true, eventRoles: { select: { role: true, eventId: true } } },
    });
    expect(organiser.eventRoles).toEqual([{ role: "ORGANISER", eventId: created.id }]);
    const mail = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: "new.organiser@example.test" },
      select: { subject: true, link: true, raw: true },
    });
    expect(mail.subject).toBe("You are an organiser of Leeds Hack Day");
    expect(mail.link).toBe("http://localhost:3000/signin");
    expect(mail.raw).toContain("Subject: You are an organiser of Leeds Hack Day");
    const audit = await tdb.db.auditLog.findMany({
      where: { eventId: created.id },
      select: { action: true },
    });
    expect(audit.map((a) => a.action).sort()).toEqual(["event.create", "role.grant"]);
  });

  it("converts summer times with the BST offset", async () => {
    const admin = await makeUser(tdb.db, { admin: true });
    const created = await callerFor(tdb.db, admin, now).events.create({
      ...details("summer-hack", {
        registrationOpensAt: "2027-05-01T09:00",
        registrationClosesAt: "2027-06-30T09:00",
        startsAt: "2027-07-01T09:00",
        submissionDeadline: "2027-07-01T17:00",
        judgingClosesAt: "2027-07-02T17:00",
        resultsAt: "2027-07-03T12:00",
      }),
      organiserEmail: "summer@example.test",
    });
    expect(created.startsAt.toISOString()).toBe("2027-07-01T08:00:00.000Z");
  });

  it.each([
    ["a time inside the spring-forward gap", { startsAt: "2027-03-28T01:30" }, "startsAt", "doesn't exist"],
    [
      "a time repeated in the autumn",
      { submissionDeadline: "2026-10-25T01:30" },
      "submissionDeadline",
      "happens twice",
    ],
    [
      "a deadline before hacking starts",
      { submissionDeadline: "2026-12-01T08:00" },
      "submissionDeadline",
      "after hacking starts",
    ],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, "timeZone", "time zone"],
    [
      "a largest team smaller than the smallest",
      { teamMinSize: 4, teamMaxSize: 2 },
      "teamMaxSize",
      "smaller",
    ],
    ["a bad web address", { slug: "Not A Slug!" }, "slug", "lower-case"],
  ])("refuses %s with a field error", async (_label, overrides, field, message) => {
    const admin = await makeUser(tdb.db, { admin: true });
    const error = await callerFor(tdb.db, admin, now)
      .events.create({ ...details("refused-event", overrides), organiserEmail: "x@example.test" })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TRPCError);
    const trpcError = error as TRPCError;
    expect(trpcError.code).toBe("BAD_REQUEST");
    const issues = (trpcError.cause as { issues?: { path: unknown[]; message: string }[] }).issues ?? [];
    const forField = issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message);
    expect(forField.join(" ")).toContain(message);
  });

  it("refuses a web address another event uses, saying which field", async () => {
    const admin = await makeUser(tdb.db, { admin: true });
    await makeEvent(tdb.db, { now, slug: "taken-slug" });
    const error = await callerFor(tdb.db, admin, now)
      .events.create({ ...details("taken-slug"), organiserEmail: "y@example.test" })
      .then(
        () => null,
        (e: unknown) => e as TRPCError,
      );
    expect(error?.code).toBe("CONFLICT");
    expect((error?.cause as { fieldErrors?: Record<string, string[]> }).fieldErrors?.slug).toHaveLength(1);
  });
});

describe("visibility", () => {
  it("lists published events only, with their phase at the rule clock", async () => {
    const draft = await makeEvent(tdb.db, { now, status: "DRAFT" });
    const published = await makeEvent(tdb.db, { now, status: "PUBLISHED" });
    const archived = await makeEvent(tdb.db, { now, status: "ARCHIVED" });
    const list = await callerFor(tdb.db, null, now).events.list();
    const slugs = list.map((e) => e.slug);
    expect(slugs).toContain(published.slug);
    expect(slugs).not.toContain(draft.slug);
    expect(slugs).not.toContain(archived.slug);
    expect(list.find((e) => e.slug === published.slug)?.state.phase).toBe("REGISTRATION_OPEN");
  });

  it("answers a draft's page with NOT_FOUND, exactly like a slug that does not exist", async () => {
    const draft = await makeEvent(tdb.db, { now, status: "DRAFT" });
    const stranger = await makeUser(tdb.db);
    expect(await codeOf(callerFor(tdb.db, null, now).events.bySlug({ slug: draft.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(tdb.db, stranger, now).events.bySlug({ slug: draft.slug }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(callerFor(tdb.db, null, now).events.bySlug({ slug: "no-such-event" }))).toBe(
      "NOT_FOUND",
    );
  });

  it("computes the phase from the injected clock at the boundary", async () => {
    const event = await makeEvent(tdb.db, { now, status: "PUBLISHED" });
    const row = await tdb.db.event.findUniqueOrThrow({ where: { id: event.id }, select: { startsAt: true } });
    const at = (offsetMs: number) => new Date(row.startsAt.getTime() + offsetMs);
    const phaseAt = async (t: Date) =>
      (await callerFor(tdb.db, null, t).events.bySlug({ slug: event.slug })).state.phase;
    expect(await phaseAt(at(-1000))).toBe("REGISTRATION_OPEN");
    expect(await phaseAt(at(0))).toBe("HACKING");
    expect(await phaseAt(at(1000))).toBe("HACKING");
  });
});

describe("status changes", () => {
  it("publishes a draft once; publishing again changes nothing; archived cannot be republished", async () => {
    const organiser = await makeUser(tdb.db);
    const draft = await makeEvent(tdb.db, {
      now,
      status: "DRAFT",
      roles: [{ userId: organiser.id, role: "ORGANISER" }],
    });
    const caller = callerFor(tdb.db, organiser, now);
    const first = await caller.events.publish({ eventId: draft.id, confirmNoCentres: true });
    expect(first.status).toBe("PUBLISHED");
    const second = await caller.events.publish({ eventId: draft.id, confirmNoCentres: true });
    expect(second.status).toBe("PUBLISHED");
    const row = await tdb.db.event.findUniqueOrThrow({
      where: { id: draft.id },
      select: { publishedAt: true },
    });
    expect(row.publishedAt?.toISOString()).toBe(now.toISOString());
    await caller.events.archive({ eventId: draft.id });
    expect(await codeOf(caller.events.publish({ eventId: draft.id, confirmNoCentres: true }))).toBe(
      "CONFLICT",
    );
  });

  it("asks for confirmation before publishing an event with no centres", async () => {
    const organiser = await makeUser(tdb.db);
    const draft = await makeEvent(tdb.db, {
      now,
      status: "DRAFT",
      roles: [{ userId: organiser.id, role: "ORGANISER" }],
    });
    const caller = callerFor(tdb.db, organiser, now);
    const refused = await caller.events.publish({ eventId: draft.id }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe("PRECONDITION_FAILED");
    expect((refused as TRPCError).message).toContain("no centres");
    expect((await tdb.db.event.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");

    // With a centre it publishes without asking.
    await callerFor(tdb.db, organiser, now).centres.create({
      eventId: draft.id,
      name: "Leeds Central Library",
      capacity: 30,
      addressLine: "",
      postcodeDistrict: "",
      accessibilityNotes: "",
      openingTimes: "",
    });
    expect((await caller.events.publish({ eventId: draft.id })).status).toBe("PUBLISHED");
  });

  it("unarchives an archived event back to published, keeping when it was first published", async () => {
    const organiser = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, {
      now,
      status: "PUBLISHED",
      roles: [{ userId: organiser.id, role: "ORGANISER" }],
    });
    const later = new Date(now.getTime() + 3_600_000);
    const caller = callerFor(tdb.db, organiser, later);
    expect((await caller.events.archive({ eventId: event.id })).status).toBe("ARCHIVED");
    expect((await callerFor(tdb.db, null, later).events.bySlug({ slug: event.slug })).status).toBe(
      "ARCHIVED",
    );
    expect((await caller.events.unarchive({ eventId: event.id })).status).toBe("PUBLISHED");
    const row = await tdb.db.event.findUniqueOrThrow({
      where: { id: event.id },
      select: { publishedAt: true },
    });
    expect(row.publishedAt?.getTime()).not.toBe(later.getTime());
    const actions = await tdb.db.auditLog.findMany({
      where: { entityId: event.id, action: { in: ["event.archived", "event.unarchive"] } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["event.archived", "event.unarchive"]);
  });

  it("cannot unarchive a draft", async () => {
    const organiser = await makeUser(tdb.db);
    const draft = await makeEvent(tdb.db, {
      now,
      status: "DRAFT",
      roles: [{ userId: organiser.id, role: "ORGANISER" }],
    });
    expect(await codeOf(callerFor(tdb.db, organiser, now).events.unarchive({ eventId: draft.id }))).toBe(
      "CONFLICT",
    );
  });

  it("tells everyone registered which dates moved, and nobody when none did", async () => {
    const organiser = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, {
      now,
      status: "PUBLISHED",
      roles: [{ userId: organiser.id, role: "ORGANISER" }],
    });
    const [coming, withdrawn] = await Promise.all([
      makeParticipant(tdb.db, { eventId: event.id }),
      makeParticipant(tdb.db, { eventId: event.id, status: "WITHDRAWN" }),
    ]);
    const caller = callerFor(tdb.db, organiser, now);
    const mails = (to: string) =>
      tdb.db.outboxEmail.findMany({
        where: { to, kind: "event-dates-changed" },
        select: { subject: true, text: true },
      });
    await caller.events.update({ eventId: event.id, details: details(event.slug) });
    const before = (await mails(coming.email)).length;
    // The same dates again: nothing moved, nobody is emailed.
    await caller.events.update({ eventId: event.id, details: details(event.slug) });
    expect(await mails(coming.email)).toHaveLength(before);
    await caller.events.update({
      eventId: event.id,
      details: details(event.slug, { submissionDeadline: "2026-12-03T12:00" }),
    });
    const sent = await mails(coming.email);
    expect(sent).toHaveLength(before + 1);
    expect(sent.at(-1)?.text).toContain(
      "Submission deadline: now Thu 3 Dec 2026, 12:00 GMT (was Wed 2 Dec 2026, 17:00 GMT).",
    );
    expect(sent.at(-1)?.text).not.toContain("Hacking starts");
    expect(await mails(withdrawn.email)).toEqual([]);
  });

  it("sets the adult age and the age of digital consent, until someone registers", async () => {
    const organiser = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
    const caller = callerFor(tdb.db, organiser, now);
    const ages = () =>
      tdb.db.event.findUniqueOrThrow({
        where: { id: event.id },
        select: { consentAge: true, digitalConsentAge: true },
      });
    expect(await ages()).toEqual({ consentAge: 18, digitalConsentAge: 13 });
    // Above the adult age, or out of range: the field says what is wrong.
    expect(
      await refusal(
        caller.events.update({
          eventId: event.id,
          details: details(event.slug, { consentAge: 16, digitalConsentAge: 17 }),
        }),
      ),
    ).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("The age of digital consent can't be above the adult age") as string,
    });
    expect(
      await codeOf(
        caller.events.update({ eventId: event.id, details: details(event.slug, { consentAge: 25 }) }),
      ),
    ).toBe("BAD_REQUEST");
    await caller.events.update({
      eventId: event.id,
      details: details(event.slug, { consentAge: 16, digitalConsentAge: 14 }),
    });
    expect(await ages()).toEqual({ consentAge: 16, digitalConsentAge: 14 });
    // Once someone holds a registration, the ages stay: they decide whose guardian is asked.
    const person = await makeUser(tdb.db);
    const registration = await makeRegistration(tdb.db, { eventId: event.id, userId: person.id });
    expect(
      await refusal(
        caller.events.update({
          eventId: event.id,
          details: details(event.slug, { consentAge: 18, digitalConsentAge: 14 }),
        }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      message: "This can't change once people have registered (1 has): it decides whose guardian is asked.",
      fields: {
        consentAge: [
          "This can't change once people have registered (1 has): it decides whose guardian is asked",
        ],
      },
    });
    // Other changes still save with the ages as they are; after a withdrawal, the ages can change again.
    await caller.events.update({
      eventId: event.id,
      details: details(event.slug, { name: "Renamed", consentAge: 16, digitalConsentAge: 14 }),
    });
    await tdb.db.registration.update({ where: { id: registration.id }, data: { status: "WITHDRAWN" } });
    await caller.events.update({ eventId: event.id, details: details(event.slug) });
    expect(await ages()).toEqual({ consentAge: 18, digitalConsentAge: 13 });
  });

  it("asks what to keep when the time zone changes, and does what was chosen", async () => {
    const organiser = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, {
      now,
      status: "PUBLISHED",
      roles: [{ userId: organiser.id, role: "ORGANISER" }],
    });
    const caller = callerFor(tdb.db, organiser, now);
    const london = details(event.slug);
    await caller.events.update({ eventId: event.id, details: london });
    const stored = async () =>
      tdb.db.event.findUniqueOrThrow({ where: { id: event.id }, select: { timeZone: true, startsAt: true } });
    // 2026-12-02T09:00 in London (GMT).
    expect((await stored()).startsAt.toISOString()).toBe("2026-12-02T09:00:00.000Z");

    const tokyo = { ...london, timeZone: "Asia/Tokyo", shownInTimeZone: "Europe/London" };
    const unasked = await caller.events
      .update({ eventId: event.id, details: tokyo })
      .catch((e: unknown) => e);
    expect(unasked).toBeInstanceOf(TRPCError);
    expect((unasked as TRPCError).code).toBe("BAD_REQUEST");
    // Leaving out where the times were shown is refused too, by the server's own check.
    expect(
      await codeOf(
        caller.events.update({
          eventId: event.id,
          details: { ...london, timeZone: "Asia/Tokyo", timeZoneChange: "KEEP_INSTANTS" },
        }),
      ),
    ).toBe("CONFLICT");
    expect((await stored()).timeZone).toBe("Europe/London");

    await caller.events.update({ eventId: event.id, details: { ...tokyo, timeZoneChange: "KEEP_INSTANTS" } });
    expect(await stored()).toEqual({
      timeZone: "Asia/Tokyo",
      startsAt: new Date("2026-12-02T09:00:00.000Z"),
    });

    // Back to London keeping the clock: 09:00 as shown in Tokyo becomes 09:00 in London (keeping the
    // moment would have been 00:00 GMT).
    await caller.events.update({
      eventId: event.id,
      details: {
        ...london,
        shownInTimeZone: "Asia/Tokyo",
        timeZoneChange: "KEEP_CLOCK_TIMES",
      },
    });
    expect(await stored()).toEqual({
      timeZone: "Europe/London",
      startsAt: new Date("2026-12-02T09:00:00.000Z"),
    });
    // A form still showing the old zone cannot change it again without reloading.
    expect(
      await codeOf(
        caller.events.update({
          eventId: event.id,
          details: {
            ...tokyo,
            shownInTimeZone: "Asia/Tokyo",
            timeZoneChange: "KEEP_INSTANTS",
            timeZone: "UTC",
          },
        }),
      ),
    ).toBe("CONFLICT");
    const audited = await tdb.db.auditLog.findMany({
      where: { entityId: event.id, action: "event.update" },
      orderBy: { createdAt: "asc" },
      select: { data: true },
    });
    expect(audited.map((a) => a.data)).toContainEqual({
      timeZone: { from: "Europe/London", to: "Asia/Tokyo", keep: "KEEP_INSTANTS" },
    });
  });

  it("keeps a published event's web address", async () => {
    const organiser = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, {
      now,
      status: "PUBLISHED",
      roles: [{ userId: organiser.id, role: "ORGANISER" }],
    });
    const result = await codeOf(
      callerFor(tdb.db, organiser, now).events.update({
        eventId: event.id,
        details: details("moved-address"),
      }),
    );
    expect(result).toBe("BAD_REQUEST");
  });
});

describe("roles", () => {
  it("grants a role once (idempotent) and emails only the first time", async () => {
    const organiser = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
    const caller = callerFor(tdb.db, organiser, now);
    const a = await caller.events.grantRole({
      eventId: event.id,
      email: "Judge.One@example.test",
      role: "JUDGE",
    });
    const b = await caller.events.grantRole({
      eventId: event.id,
      email: "judge.one@example.test",
      role: "JUDGE",
    });
    expect(b.id).toBe(a.id);
    expect(await tdb.db.outboxEmail.count({ where: { to: "judge.one@example.test" } })).toBe(1);
  });

  it("tells someone whose role was revoked, by email, naming the role and the centre", async () => {
    const organiser = await makeUser(tdb.db, { name: "Owen Marsh" });
    const lead = await makeUser(tdb.db, { name: "Leila Brennan", email: "leila@example.test" });
    const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
    const centre = await tdb.db.centre.create({
      data: { eventId: event.id, name: "Leeds Central Library", capacity: 10 },
      select: { id: true },
    });
    const role = await tdb.db.eventRole.create({
      data: { eventId: event.id, userId: lead.id, role: "CENTRE_LEAD", centreId: centre.id },
      select: { id: true },
    });
    await callerFor(tdb.db, organiser, now).events.revokeRole({ eventId: event.id, roleId: role.id });
    const mail = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: "leila@example.test", kind: "event-role-revoked" },
      select: { subject: true, text: true },
    });
    expect(mail.subject).toBe(`You are no longer a centre lead of ${event.name}`);
    expect(mail.text).toContain("Hello Leila,");
    expect(mail.text).toContain("a centre lead at Leeds Central Library");
  });

  it("never removes the last organiser", async () => {
    const organiser = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
    const role = await tdb.db.eventRole.findFirstOrThrow({
      where: { eventId: event.id },
      select: { id: true },
    });
    const error = await callerFor(tdb.db, organiser, now)
      .events.revokeRole({ eventId: event.id, roleId: role.id })
      .then(
        () => null,
        (e: unknown) => e as TRPCError,
      );
    expect(error?.code).toBe("PRECONDITION_FAILED");
    expect((error?.cause as { code?: string }).code).toBe("LAST_ORGANISER");
  });

  it("cannot revoke a role of another event through this event (IDOR)", async () => {
    const organiser = await makeUser(tdb.db);
    const other = await makeUser(tdb.db);
    const mine = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
    const theirs = await makeEvent(tdb.db, {
      now,
      roles: [
        { userId: other.id, role: "ORGANISER" },
        { userId: organiser.id, role: "JUDGE" },
      ],
    });
    const theirRole = await tdb.db.eventRole.findFirstOrThrow({
      where: { eventId: theirs.id, role: "JUDGE" },
      select: { id: true },
    });
    expect(
      await codeOf(
        callerFor(tdb.db, organiser, now).events.revokeRole({ eventId: mine.id, roleId: theirRole.id }),
      ),
    ).toBe("NOT_FOUND");
    expect(await tdb.db.eventRole.count({ where: { id: theirRole.id } })).toBe(1);
  });

  it.runIf(onRealPostgres)(
    "two organisers revoking each other at the same moment leave one organiser (real PostgreSQL)",
    async () => {
      const a = await makeUser(tdb.db);
      const b = await makeUser(tdb.db);
      const event = await makeEvent(tdb.db, {
        now,
        roles: [
          { userId: a.id, role: "ORGANISER" },
          { userId: b.id, role: "ORGANISER" },
        ],
      });
      const roles = await tdb.db.eventRole.findMany({
        where: { eventId: event.id },
        select: { id: true, userId: true },
      });
      const roleOf = (userId: string) => roles.find((r) => r.userId === userId)?.id ?? "";
      const results = await Promise.all([
        codeOf(callerFor(tdb.db, a, now).events.revokeRole({ eventId: event.id, roleId: roleOf(b.id) })),
        codeOf(callerFor(tdb.db, b, now).events.revokeRole({ eventId: event.id, roleId: roleOf(a.id) })),
      ]);
      expect(results.sort()).toEqual(["PRECONDITION_FAILED", "ok"].sort());
      expect(await tdb.db.eventRole.count({ where: { eventId: event.id, role: "ORGANISER" } })).toBe(1);
    },
  );
});

describe("dev.outbox", () => {
  it("does not exist in production", async () => {
    await withEnv({ APP_ENV: "production" }, async () => {
      expect(await codeOf(callerFor(tdb.db, null, now).dev.outbox({}))).toBe("NOT_FOUND");
      expect(await codeOf(callerFor(tdb.db, null, now).dev.sendPrompts({}))).toBe("NOT_FOUND");
    });
  });
});

describe("code of conduct and contact", () => {
  it("uses the platform's text until the event writes its own, which gets a version of its own", async () => {
    const organiser = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, {
      now,
      status: "PUBLISHED",
      roles: [{ userId: organiser.id, role: "ORGANISER" }],
    });
    const caller = callerFor(tdb.db, organiser, now);
    const before = await caller.events.codeOfConduct({ slug: event.slug });
    expect(before).toMatchObject({ isDefault: true, version: "2026-1" });
    expect(before.text).toContain("Be kind");

    await caller.events.update({
      eventId: event.id,
      details: details(event.slug, {
        codeOfConduct: "## Our rules\n\nBe excellent to each other.",
        contactEmail: " Hello@Example.TEST ",
      }),
    });
    const own = await callerFor(tdb.db, null, now).events.codeOfConduct({ slug: event.slug });
    expect(own).toMatchObject({ isDefault: false, text: "## Our rules\n\nBe excellent to each other." });
    expect(own.version).toMatch(/^c-[0-9a-f]{12}$/);
    const page = await callerFor(tdb.db, null, now).events.bySlug({ slug: event.slug });
    expect(page.contactEmail).toBe("hello@example.test");

    // The same text keeps its version; a change makes a new one; blank goes back to the default.
    await caller.events.update({
      eventId: event.id,
      details: details(event.slug, { codeOfConduct: "## Our rules\n\nBe excellent to each other." }),
    });
    expect((await caller.events.codeOfConduct({ slug: event.slug })).version).toBe(own.version);
    await caller.events.update({
      eventId: event.id,
      details: details(event.slug, { codeOfConduct: "Changed." }),
    });
    expect((await caller.events.codeOfConduct({ slug: event.slug })).version).not.toBe(own.version);
    await caller.events.update({ eventId: event.id, details: details(event.slug, { codeOfConduct: "  " }) });
    expect(await caller.events.codeOfConduct({ slug: event.slug })).toMatchObject({
      isDefault: true,
      version: "2026-1",
    });
  });

  it("refuses a contact address that is not an email, at the field", async () => {
    const organiser = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
    await expect(
      callerFor(tdb.db, organiser, now).events.update({
        eventId: event.id,
        details: details(event.slug, { contactEmail: "not an address" }),
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("events.viewer", () => {
  it("tells each visitor of the cached event page their own parts, and nobody else's", async () => {
    const organiser = await makeUser(tdb.db);
    const registered = await makeUser(tdb.db);
    const waiting = await makeUser(tdb.db);
    const stranger = await makeUser(tdb.db);
    const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
    await makeRegistration(tdb.db, { eventId: event.id, userId: registered.id, status: "CONFIRMED" });
    await makeRegistration(tdb.db, { eventId: event.id, userId: waiting.id, status: "PENDING_CONSENT" });
    const viewerOf = (user: Parameters<typeof callerFor>[1]) =>
      callerFor(tdb.db, user, now).events.viewer({ slug: event.slug });

    const none = { canManage: false, registrationStatus: null, certificatesReady: false };
    expect(await viewerOf(null)).toEqual({ ...none, signedIn: false });
    expect(await viewerOf(stranger)).toEqual({ ...none, signedIn: true });
    expect(await viewerOf(registered)).toEqual({ ...none, signedIn: true, registrationStatus: "CONFIRMED" });
    expect((await viewerOf(waiting)).registrationStatus).toBe("PENDING_CONSENT");
    expect(await viewerOf(organiser)).toEqual({ ...none, signedIn: true, canManage: true });
    // After the submission deadline, a confirmed participant's certificate is ready; not a waiting one's.
    const later = new Date(now.getTime() + 10 * 24 * 60 * 60 * 1000);
    const viewerLater = (user: Parameters<typeof callerFor>[1]) =>
      callerFor(tdb.db, user, later).events.viewer({ slug: event.slug });
    expect((await viewerLater(registered)).certificatesReady).toBe(true);
    expect((await viewerLater(waiting)).certificatesReady).toBe(false);
    expect((await viewerLater(stranger)).certificatesReady).toBe(false);
  });
});
