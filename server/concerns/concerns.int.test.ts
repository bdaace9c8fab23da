// Safeguarding concerns: anyone reports, the right people (and only they) read, every read is recorded,
// and the lead records what was done (who may call them: concerns.authz.ts).
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "../test/callers.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { refusal } from "../test/outcome.ts";
import { makeParticipant } from "../test/team-factories.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
const description = "An adult at the venue was asking children for their phone numbers";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

async function setup(options: { withLead?: boolean; status?: "DRAFT" | "PUBLISHED" } = {}) {
  const db = tdb.db;
  const [organiser, lead, admin] = await Promise.all([
    makeUser(db, { name: "Olive Organiser" }),
    makeUser(db, { name: "Sam Safeguarding" }),
    makeUser(db, { admin: true }),
  ]);
  const event = await makeEvent(db, {
    now,
    status: options.status ?? "PUBLISHED",
    roles: [
      { userId: organiser.id, role: "ORGANISER" },
      ...(options.withLead === false ? [] : [{ userId: lead.id, role: "SAFEGUARDING_LEAD" as const }]),
    ],
  });
  const young = await makeParticipant(db, {
    eventId: event.id,
    dateOfBirth: new Date("2014-01-01T00:00:00Z"),
  });
  const as = (u: { id: string; email: string; name: string | null; isPlatformAdmin: boolean } | null) =>
    callerFor(db, u, now);
  return { db, event, organiser, lead, admin, young, as };
}

describe("reporting", () => {
  it("anyone reports, signed out too; the lead is emailed that there is one, never what it says", async () => {
    const { db, event, lead, as } = await setup();
    const answer = await as(null).concerns.report({
      slug: event.slug,
      description,
      about: "A man in a red jacket",
    });
    expect(answer).toEqual({ routedTo: "SAFEGUARDING_LEAD" });
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { to: lead.email },
      select: { subject: true, text: true, kind: true },
    });
    expect(mail.kind).toBe("concern-reported");
    expect(mail.subject).toContain(event.name);
    expect(mail.text).not.toContain("phone numbers");
    expect(mail.text).not.toContain("red jacket");
    const entry = await db.auditLog.findFirstOrThrow({
      where: { eventId: event.id, action: "concern.report" },
      select: { data: true, actorId: true },
    });
    expect(entry.actorId).toBeNull();
    expect(JSON.stringify(entry.data)).not.toContain("phone");
  });

  it("goes to the organisers when it is about a safeguarding lead, or when the event has none", async () => {
    const { event, lead, organiser, as } = await setup();
    await as(null).concerns.report({ slug: event.slug, description, aboutLead: true });
    expect((await as(lead).concerns.list({ eventId: event.id })).concerns).toEqual([]);
    const forOrganisers = await as(organiser).concerns.list({ eventId: event.id });
    expect(forOrganisers.concerns).toHaveLength(1);
    expect(forOrganisers.concerns[0]).toMatchObject({ routedTo: "ORGANISER", status: "OPEN" });
    const concernId = forOrganisers.concerns[0]?.id ?? "";
    expect((await refusal(as(lead).concerns.get({ eventId: event.id, concernId }))).code).toBe("NOT_FOUND");

    const none = await setup({ withLead: false });
    expect(await none.as(none.young).concerns.report({ slug: none.event.slug, description })).toEqual({
      routedTo: "ORGANISER",
    });
  });

  it("refuses a report without enough to go on, and one at a draft event", async () => {
    const { event, as } = await setup();
    const short = await as(null)
      .concerns.report({ slug: event.slug, description: "bad" })
      .then(() => null)
      .catch((error: unknown) => error as TRPCError);
    expect(short?.code).toBe("BAD_REQUEST");
    const issues =
      (short?.cause as { issues?: { path: unknown[]; message: string }[] } | undefined)?.issues ?? [];
    expect(issues).toEqual([expect.objectContaining({ path: ["description"] })]);
    expect(issues[0]?.message).toContain("a sentence");
    const draft = await setup({ status: "DRAFT" });
    expect(
      (await refusal(draft.as(null).concerns.report({ slug: draft.event.slug, description }))).code,
    ).toBe("NOT_FOUND");
  });
});

describe("reading and recording", () => {
  it("records every read before answering, and shows who read it", async () => {
    const { db, event, lead, young, as } = await setup();
    await as(young).concerns.report({
      slug: event.slug,
      description,
      reporterName: "Mia",
      reporterContact: "mia@example.test",
    });
    const [listed] = (await as(lead).concerns.list({ eventId: event.id })).concerns;
    const concernId = listed?.id ?? "";
    // The list shows no content.
    expect(JSON.stringify(listed)).not.toContain("phone");
    const first = await as(lead).concerns.get({ eventId: event.id, concernId });
    expect(first).toMatchObject({
      description,
      reporterName: "Mia",
      reporterContact: "mia@example.test",
      reportedSignedIn: true,
    });
    expect(first.reads.map((r) => r.by)).toEqual(["Sam Safeguarding"]);
    await as(lead).concerns.get({ eventId: event.id, concernId });
    expect(await db.auditLog.count({ where: { entityId: concernId, action: "concern.read" } })).toBe(2);
  });

  it("the lead records what was done, closes it and can reopen it", async () => {
    const { event, lead, as } = await setup();
    await as(null).concerns.report({ slug: event.slug, description });
    const concernId = (await as(lead).concerns.list({ eventId: event.id })).concerns[0]?.id ?? "";
    await as(lead).concerns.recordAction({
      eventId: event.id,
      concernId,
      text: "Told the venue manager; the man was asked to leave. Parents of the children told.",
      status: "CLOSED",
    });
    const closed = await as(lead).concerns.get({ eventId: event.id, concernId });
    expect(closed).toMatchObject({ status: "CLOSED", closedAt: now });
    expect(closed.actions).toEqual([expect.objectContaining({ by: "Sam Safeguarding" })]);
    await as(lead).concerns.recordAction({
      eventId: event.id,
      concernId,
      text: "Police asked for details",
      status: "OPEN",
    });
    const list = await as(lead).concerns.list({ eventId: event.id });
    expect(list.concerns[0]).toMatchObject({ status: "OPEN", actions: 2 });
    const empty = await refusal(
      as(lead).concerns.recordAction({ eventId: event.id, concernId, text: " ", status: "OPEN" }),
    );
    expect(empty.code).toBe("BAD_REQUEST");
  });

  it("a platform administrator without the role, the reporter and other participants read nothing", async () => {
    const { event, admin, young, as } = await setup();
    await as(young).concerns.report({ slug: event.slug, description });
    expect((await as(admin).concerns.list({ eventId: event.id })).concerns).toEqual([]);
    expect((await refusal(as(young).concerns.list({ eventId: event.id }))).code).toBe("FORBIDDEN");
  });
});
