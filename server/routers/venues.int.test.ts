// What the venue-invitation procedures do (who may call them: venues.authz.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PageScope } from "../cache/public-pages.ts";
import type { SessionUser } from "../context.ts";
import { callerFor } from "../test/callers.ts";
import { onRealPostgres, openTestDatabase, type TestDatabase } from "../test/database.ts";
import { makeEvent, makeUser } from "../test/factories.ts";
import { refusal } from "../test/outcome.ts";
import { makeCentre } from "../test/registration-factories.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

const now = new Date("2026-11-24T12:00:00.000Z");
const later = (days: number) => new Date(now.getTime() + days * 24 * 3_600_000);
const as = (user: SessionUser | null, at = now) => callerFor(tdb.db, user, at);

let counter = 0;
async function setup() {
  counter += 1;
  const organiser = await makeUser(tdb.db, { name: "Olu Organiser" });
  const lead = await makeUser(tdb.db, { name: "Priya Patel", email: `priya.${counter}@example.test` });
  const event = await makeEvent(tdb.db, { now, roles: [{ userId: organiser.id, role: "ORGANISER" }] });
  return { organiser, lead, event, eventId: event.id };
}

/** The token of the newest venue invitation emailed to `to`. */
async function tokenSentTo(to: string): Promise<string> {
  const mail = await tdb.db.outboxEmail.findFirstOrThrow({
    where: { to, kind: "venue-invitation" },
    orderBy: { createdAt: "desc" },
    select: { link: true },
  });
  return mail.link?.split("/venues/invitation/")[1] ?? "";
}

const details = {
  name: "Hillside Library",
  addressLine: "1 Hill Road, Bradford",
  postcodeDistrict: "bd1",
  capacity: 40,
  accessibilityNotes: "Step-free entrance on Hill Road.",
  openingTimes: "Saturday 9:00–17:00",
};

describe("inviting a venue", () => {
  it("runs from the invitation to a centre the lead leads, and the event page shows it", async () => {
    const { organiser, lead, event, eventId } = await setup();
    const invited = await as(organiser).venues.invite({
      eventId,
      email: lead.email.toUpperCase(),
      venueName: "Hillside Library",
      message: "We'd love a centre in Bradford.",
    });
    expect(invited.emailed).toBe(true);
    const mail = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: lead.email, kind: "venue-invitation" },
      select: { subject: true, text: true },
    });
    expect(mail.subject).toBe(`Would Hillside Library be a centre for ${event.name}?`);
    expect(mail.text).toContain("Olu Organiser");
    expect(mail.text).toContain("We'd love a centre in Bradford.");
    const token = await tokenSentTo(lead.email);
    // Only the hash is stored.
    const stored = await tdb.db.venueInvitation.findUniqueOrThrow({
      where: { id: invited.id },
      select: { tokenHash: true, email: true },
    });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.email).toBe(lead.email);

    const open = await as(lead).venues.byToken({ token });
    expect(open).toMatchObject({ verdict: "OPEN", venueName: "Hillside Library", mayChange: true });

    // A bad answer names its fields; nothing is stored.
    const bad = await refusal(
      as(lead).venues.submit({ token, ...details, capacity: 0, postcodeDistrict: "BD1 1AA" }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fields).sort()).toEqual(["capacity", "postcodeDistrict"]);
    expect((await as(lead).venues.byToken({ token })).verdict).toBe("OPEN");

    expect(await as(lead).venues.submit({ token, ...details })).toEqual({ status: "SUBMITTED" });
    // Nothing public yet.
    expect(await as(null).centres.listPublic({ slug: event.slug })).toEqual([]);
    const [listed] = await as(organiser).venues.invitations({ eventId });
    expect(listed).toMatchObject({
      status: "SUBMITTED",
      details: { ...details, postcodeDistrict: "BD1" },
      submittedBy: { name: "Priya Patel", email: lead.email },
    });

    const changed: PageScope[] = [];
    const approved = await callerFor(tdb.db, organiser, now, {
      publicPagesChanged: (scope) => changed.push(scope),
    }).venues.approve({ eventId, invitationId: invited.id });
    expect(approved.centreName).toBe("Hillside Library");
    expect(changed).toEqual([{ kind: "event", slug: event.slug }]);
    const centres = await as(null).centres.listPublic({ slug: event.slug });
    expect(centres.map((c) => c.name)).toEqual(["Hillside Library"]);
    const roles = await tdb.db.eventRole.findMany({
      where: { eventId, userId: lead.id },
      select: { role: true, centreId: true, grantedById: true },
    });
    expect(roles).toEqual([{ role: "CENTRE_LEAD", centreId: approved.centreId, grantedById: organiser.id }]);
    // The lead now sees their centre's people.
    expect((await as(lead).registrations.forCentres({ eventId })).centres.map((c) => c.name)).toEqual([
      "Hillside Library",
    ]);
    expect(await as(lead).venues.byToken({ token })).toMatchObject({
      verdict: "APPROVED",
      centre: { id: approved.centreId, name: "Hillside Library" },
      mayChange: false,
    });
    const decision = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: lead.email, kind: "venue-decision" },
      select: { subject: true, text: true, link: true },
    });
    expect(decision.subject).toBe(`Hillside Library is a centre of ${event.name}`);
    expect(decision.text).toContain("Hello Priya,");
    expect(decision.link).toContain(`/manage/events/${eventId}/centre`);
    const actions = await tdb.db.auditLog.findMany({
      where: { eventId },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual(
      ["centre.create", "role.grant", "venue.approve", "venue.invite", "venue.submit"].sort(),
    );
    // Approving again changes nothing and answers with the same centre.
    expect(await as(organiser).venues.approve({ eventId, invitationId: invited.id })).toEqual(approved);
    expect(await tdb.db.centre.count({ where: { eventId } })).toBe(1);
    // And the details cannot be sent again.
    const again = await refusal(as(lead).venues.submit({ token, ...details, name: "Hillside Hub" }));
    expect(again.code).toBe("CONFLICT");
  });

  it("sends the same invitation once when it is sent twice", async () => {
    const { organiser, lead, eventId } = await setup();
    const input = { eventId, email: lead.email, venueName: "Twice Hall" };
    const first = await as(organiser).venues.invite(input);
    const second = await as(organiser).venues.invite(input);
    expect(second).toEqual({ id: first.id, emailed: false });
    expect(await tdb.db.outboxEmail.count({ where: { to: lead.email, kind: "venue-invitation" } })).toBe(1);
  });

  it("refuses an expired link clearly, and a resent link works while the old one no longer does", async () => {
    const { organiser, lead, eventId } = await setup();
    const { id } = await as(organiser).venues.invite({
      eventId,
      email: lead.email,
      venueName: "Late Library",
    });
    const oldToken = await tokenSentTo(lead.email);
    const expired = await as(lead, later(15)).venues.byToken({ token: oldToken });
    expect(expired).toMatchObject({ verdict: "EXPIRED", mayChange: false });
    const refused = await refusal(as(lead, later(15)).venues.submit({ token: oldToken, ...details }));
    expect(refused).toMatchObject({
      code: "CONFLICT",
      message: "This invitation has expired. Ask the organisers to send you a new link.",
    });
    const [row] = await as(organiser, later(15)).venues.invitations({ eventId });
    expect(row).toMatchObject({ status: "INVITED", expired: true });

    await as(organiser, later(15)).venues.resend({ eventId, invitationId: id });
    const newToken = await tokenSentTo(lead.email);
    expect(newToken).not.toBe(oldToken);
    expect(await refusal(as(lead, later(15)).venues.byToken({ token: oldToken }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await as(lead, later(15)).venues.byToken({ token: newToken })).verdict).toBe("OPEN");
    expect(await as(lead, later(15)).venues.submit({ token: newToken, ...details })).toEqual({
      status: "SUBMITTED",
    });
  });

  it("answers someone signed in with another address with the address it was sent to, masked, and nothing else", async () => {
    const { organiser, lead, eventId, event } = await setup();
    await as(organiser).venues.invite({
      eventId,
      email: lead.email,
      venueName: "Private Hall",
      message: "Only for you",
    });
    const token = await tokenSentTo(lead.email);
    const stranger = await makeUser(tdb.db);
    const seen = await as(stranger).venues.byToken({ token });
    expect(seen).toEqual({ verdict: "WRONG_EMAIL", eventName: event.name, sentTo: "p…@example.test" });
    const refused = await refusal(as(stranger).venues.submit({ token, ...details }));
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toBe(
      "This invitation was sent to p…@example.test. Sign in with that address to answer it.",
    );
    expect(await refusal(as(stranger).venues.byToken({ token: "x".repeat(43) }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await refusal(as(stranger).venues.byToken({ token: "short" }))).code).toBe("BAD_REQUEST");
  });

  it("refuses names that clash with a centre or a pending invitation, when inviting, submitting and approving", async () => {
    const { organiser, lead, eventId } = await setup();
    await makeCentre(tdb.db, eventId, "Central Library");
    const onCentre = await refusal(
      as(organiser).venues.invite({ eventId, email: "a@example.test", venueName: "central library" }),
    );
    expect(onCentre.code).toBe("CONFLICT");
    expect(onCentre.fields.venueName).toEqual(["This event already has a centre called “Central Library”"]);

    const { id } = await as(organiser).venues.invite({
      eventId,
      email: lead.email,
      venueName: "Mill Studios",
    });
    const onInvitation = await refusal(
      as(organiser).venues.invite({ eventId, email: "b@example.test", venueName: "MILL STUDIOS" }),
    );
    expect(onInvitation.fields.venueName).toEqual([
      "A venue called “Mill Studios” is already invited to this event",
    ]);

    const token = await tokenSentTo(lead.email);
    const onSubmit = await refusal(as(lead).venues.submit({ token, ...details, name: "Central Library" }));
    expect(onSubmit.fields.name).toEqual(["This event already has a centre called “Central Library”"]);
    await as(lead).venues.submit({ token, ...details, name: "Mill Studios" });

    // A centre of that name added meanwhile stops the approval; nothing is made.
    await as(organiser).centres.create({ eventId, name: "Mill Studios", capacity: 10 });
    const onApprove = await refusal(as(organiser).venues.approve({ eventId, invitationId: id }));
    expect(onApprove.code).toBe("CONFLICT");
    expect(onApprove.message).toContain("This event now has a centre called “Mill Studios”");
    expect(await tdb.db.centre.count({ where: { eventId } })).toBe(2);
    expect(await tdb.db.eventRole.count({ where: { eventId, userId: lead.id } })).toBe(0);
    const [row] = await as(organiser).venues.invitations({ eventId });
    expect(row?.status).toBe("SUBMITTED");
  });

  it("tells the lead why it was declined, and a declined invitation cannot be sent again", async () => {
    const { organiser, lead, eventId, event } = await setup();
    const { id } = await as(organiser).venues.invite({ eventId, email: lead.email, venueName: "Quay Hall" });
    const token = await tokenSentTo(lead.email);
    // Nothing to decide before the venue answers.
    expect(
      (await refusal(as(organiser).venues.decline({ eventId, invitationId: id, reason: "Too far out." })))
        .message,
    ).toBe("The venue hasn't sent its details yet.");
    await as(lead).venues.submit({ token, ...details, name: "Quay Hall" });
    const noReason = await refusal(as(organiser).venues.decline({ eventId, invitationId: id, reason: " " }));
    expect(noReason.fields.reason).toEqual(["Say why, so the venue knows"]);
    await as(organiser).venues.decline({
      eventId,
      invitationId: id,
      reason: "We already have a centre on the quay.",
    });
    const mail = await tdb.db.outboxEmail.findFirstOrThrow({
      where: { to: lead.email, kind: "venue-decision" },
      select: { subject: true, text: true },
    });
    expect(mail.subject).toBe(`Quay Hall won't be a centre of ${event.name}`);
    expect(mail.text).toContain("We already have a centre on the quay.");
    expect(await as(lead).venues.byToken({ token })).toMatchObject({
      verdict: "DECLINED",
      declineReason: "We already have a centre on the quay.",
      mayChange: false,
    });
    const resubmit = await refusal(as(lead).venues.submit({ token, ...details, name: "Quay Hall" }));
    expect(resubmit.code).toBe("CONFLICT");
    expect(resubmit.message).toContain("declined");
    expect((await refusal(as(organiser).venues.approve({ eventId, invitationId: id }))).code).toBe(
      "CONFLICT",
    );
    expect(await tdb.db.centre.count({ where: { eventId } })).toBe(0);
  });

  it("withdraws an invitation: its link says so and refuses an answer, and its name is free again", async () => {
    const { organiser, lead, eventId } = await setup();
    const { id } = await as(organiser).venues.invite({ eventId, email: lead.email, venueName: "Dock House" });
    const token = await tokenSentTo(lead.email);
    await as(organiser).venues.withdraw({ eventId, invitationId: id });
    expect((await as(lead).venues.byToken({ token })).verdict).toBe("WITHDRAWN");
    expect((await refusal(as(lead).venues.submit({ token, ...details }))).code).toBe("CONFLICT");
    expect((await refusal(as(organiser).venues.withdraw({ eventId, invitationId: id }))).code).toBe(
      "CONFLICT",
    );
    expect(
      (await as(organiser).venues.invite({ eventId, email: "other@example.test", venueName: "Dock House" }))
        .emailed,
    ).toBe(true);
  });

  it("finds no invitation of another event", async () => {
    const { organiser, lead, eventId } = await setup();
    const { id } = await as(organiser).venues.invite({
      eventId,
      email: lead.email,
      venueName: "Elsewhere Hall",
    });
    const otherOrganiser = await makeUser(tdb.db);
    const other = await makeEvent(tdb.db, { now, roles: [{ userId: otherOrganiser.id, role: "ORGANISER" }] });
    const input = { eventId: other.id, invitationId: id };
    for (const call of [
      () => as(otherOrganiser).venues.withdraw(input),
      () => as(otherOrganiser).venues.approve(input),
      () => as(otherOrganiser).venues.resend(input),
    ]) {
      expect((await refusal(call())).code).toBe("NOT_FOUND");
    }
    expect(await as(otherOrganiser).venues.invitations({ eventId: other.id })).toEqual([]);
  });

  it.skipIf(!onRealPostgres)("makes one centre when two organisers approve at the same moment", async () => {
    const { organiser, lead, eventId } = await setup();
    const second = await makeUser(tdb.db);
    await tdb.db.eventRole.create({ data: { eventId, userId: second.id, role: "ORGANISER" } });
    const { id } = await as(organiser).venues.invite({ eventId, email: lead.email, venueName: "Race Hall" });
    await as(lead).venues.submit({ token: await tokenSentTo(lead.email), ...details, name: "Race Hall" });
    const results = await Promise.all([
      as(organiser).venues.approve({ eventId, invitationId: id }),
      as(second).venues.approve({ eventId, invitationId: id }),
    ]);
    expect(results[0]).toEqual(results[1]);
    expect(await tdb.db.centre.count({ where: { eventId } })).toBe(1);
    expect(await tdb.db.eventRole.count({ where: { eventId, userId: lead.id, role: "CENTRE_LEAD" } })).toBe(
      1,
    );
    expect(await tdb.db.outboxEmail.count({ where: { to: lead.email, kind: "venue-decision" } })).toBe(1);
  });
});
