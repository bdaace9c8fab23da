import { describe, expect, it } from "vitest";
import { nextMeeting, plainDateOf } from "../server/directory/rules.ts";
import { sessionDetails } from "../server/directory/schema.ts";
import { eventPhase, validateTimeline } from "../server/events/rules.ts";
import { sameMailbox } from "../server/mail/mailbox.ts";
import { instantToLocal } from "../server/time/zoned.ts";
import {
  demoData,
  DEMO_OPERATOR_REQUEST_SLUG,
  DEMO_OPERATOR_SLUG,
  FESTIVAL_SLUG,
  HACK_DAY_SLUG,
  type DemoEvent,
} from "./seed-data.ts";

const days = [
  "2026-01-15T00:00:00.000Z",
  "2026-03-29T00:30:00.000Z", // Europe/London springs forward at 01:00 UTC
  "2026-03-29T12:00:00.000Z",
  "2026-06-30T23:59:59.999Z",
  "2026-10-25T00:30:00.000Z", // Europe/London falls back at 01:00 UTC
  "2026-10-25T23:00:00.000Z",
  "2026-12-31T18:00:00.000Z",
  "2028-02-29T09:00:00.000Z",
].map((d) => new Date(d));

// Days on which a demo date itself falls on a DST change day (the anchor is 7–21 days earlier).
const changeDaysAhead = ["2026-03-22", "2026-03-08", "2026-10-18", "2026-10-11", "2026-10-04"].map(
  (d) => new Date(`${d}T10:00:00.000Z`),
);

function eventBySlug(today: Date, slug: string): DemoEvent {
  const event = demoData(today).events.find((e) => e.slug === slug);
  if (event === undefined) throw new Error(`no demo event ${slug}`);
  return event;
}

describe("demoData", () => {
  it.each([...days, ...changeDaysAhead])("has valid, live timelines on %s", (today) => {
    for (const event of demoData(today).events) {
      expect(validateTimeline(event), event.slug).toEqual([]);
      expect(event.status).toBe("PUBLISHED");
      const state = eventPhase(event, today);
      expect(state.phase, event.slug).toBe("REGISTRATION_OPEN");
      expect(state.capabilities.canRegister, event.slug).toBe(true);
      expect(event.publishedAt.getTime()).toBeLessThanOrEqual(event.registrationOpensAt.getTime());
      for (const r of event.registrations) {
        expect(r.codeOfConductAt.getTime()).toBeGreaterThanOrEqual(event.registrationOpensAt.getTime());
        expect(r.codeOfConductAt.getTime()).toBeLessThanOrEqual(today.getTime());
      }
    }
  });

  it.each(changeDaysAhead)("keeps wall-clock times across a DST change (%s)", (today) => {
    const festival = eventBySlug(today, FESTIVAL_SLUG);
    expect(instantToLocal(festival.registrationOpensAt, festival.timeZone)).toMatch(/T09:00$/);
    expect(instantToLocal(festival.startsAt, festival.timeZone)).toMatch(/T09:00$/);
    expect(instantToLocal(festival.submissionDeadline, festival.timeZone)).toMatch(/T17:00$/);
    expect(instantToLocal(festival.resultsAt, festival.timeZone)).toMatch(/T18:00$/);
  });

  it("places the festival relative to the UTC day it runs", () => {
    const festival = eventBySlug(new Date("2026-03-29T12:00:00.000Z"), FESTIVAL_SLUG);
    expect(festival.name).toBe("Festival of Code 2026");
    expect(instantToLocal(festival.registrationOpensAt, "Europe/London")).toBe("2026-03-26T09:00");
    expect(instantToLocal(festival.registrationClosesAt, "Europe/London")).toBe("2026-04-03T17:00");
    expect(instantToLocal(festival.startsAt, "Europe/London")).toBe("2026-04-05T09:00");
    expect(instantToLocal(festival.submissionDeadline, "Europe/London")).toBe("2026-04-10T17:00");
    expect(instantToLocal(festival.judgingClosesAt, "Europe/London")).toBe("2026-04-11T17:00");
    expect(instantToLocal(festival.resultsAt, "Europe/London")).toBe("2026-04-12T18:00");
    // Registration opened before the clocks changed (GMT), hacking starts after (BST).
    expect(festival.registrationOpensAt.toISOString()).toBe("2026-03-26T09:00:00.000Z");
    expect(festival.startsAt.toISOString()).toBe("2026-04-05T08:00:00.000Z");

    const hackDay = eventBySlug(new Date("2026-03-29T12:00:00.000Z"), HACK_DAY_SLUG);
    expect(instantToLocal(hackDay.startsAt, "Europe/London")).toBe("2026-04-19T09:30");
    expect(instantToLocal(hackDay.resultsAt, "Europe/London")).toBe("2026-04-19T18:00");
  });

  it("names the festival after the year hacking starts in", () => {
    expect(eventBySlug(new Date("2026-12-28T12:00:00.000Z"), FESTIVAL_SLUG).name).toBe(
      "Festival of Code 2027",
    );
  });

  it("is deterministic for a day and moves with the day", () => {
    const early = demoData(new Date("2026-10-25T00:00:00.000Z"));
    expect(demoData(new Date("2026-10-25T23:59:59.999Z"))).toEqual(early);
    expect(demoData(new Date("2026-10-25T00:00:00.000Z"))).toEqual(early);
    const next = eventBySlug(new Date("2026-10-26T00:00:00.000Z"), FESTIVAL_SLUG);
    const festival = early.events.find((e) => e.slug === FESTIVAL_SLUG);
    expect(next.startsAt.getTime()).toBeGreaterThan(festival?.startsAt.getTime() ?? Infinity);
  });

  it("refers only to users, centres and events it defines", () => {
    const data = demoData(new Date("2026-05-01T12:00:00.000Z"));
    const emails = new Set(data.users.map((u) => u.email));
    expect(emails.size).toBe(data.users.length);
    // Everyone on the reserved example.org domain, but a child's profile, whose address is reserved too.
    for (const u of data.users) {
      expect(u.email).toMatch(
        u.managedByEmail ? /^managed-[a-z0-9]+@managed\.invalid$/ : /^[a-z0-9.]+@example\.org$/,
      );
      if (u.managedByEmail) expect(emails.has(u.managedByEmail)).toBe(true);
    }
    for (const o of data.organisations) for (const m of o.members) expect(emails.has(m.email)).toBe(true);
    expect(new Set(data.events.map((e) => e.slug)).size).toBe(data.events.length);
    for (const e of data.events) {
      const centres = new Set(e.centres.map((c) => c.name));
      expect(centres.size).toBe(e.centres.length);
      expect(emails.has(e.createdByEmail)).toBe(true);
      for (const r of e.roles) {
        expect(emails.has(r.email)).toBe(true);
        expect(emails.has(r.grantedByEmail)).toBe(true);
        if (r.centreName !== null) expect(centres.has(r.centreName)).toBe(true);
      }
      for (const r of e.registrations) {
        expect(emails.has(r.email)).toBe(true);
        if (r.centreName !== null) expect(centres.has(r.centreName)).toBe(true);
        expect(r.codeOfConductVersion).toBe("2026-1");
        expect(r.dateOfBirth.toISOString()).toMatch(/T00:00:00\.000Z$/);
      }
    }
  });

  it("gives every young person an alias and a guardian, and no adult a guardian", () => {
    const data = demoData(new Date("2026-05-01T12:00:00.000Z"));
    const festival = eventBySlug(new Date("2026-05-01T12:00:00.000Z"), FESTIVAL_SLUG);
    for (const r of festival.registrations) {
      const user = data.users.find((u) => u.email === r.email);
      const young = r.status === "PENDING_CONSENT";
      expect(r.guardianEmail !== null, r.email).toBe(young);
      // A guardian is a different person: never the young person's own mailbox (as registering refuses).
      if (r.guardianEmail !== null) expect(sameMailbox(r.guardianEmail, r.email), r.email).toBe(false);
      expect(user?.alias != null, r.email).toBe(young);
    }
    // Two who registered themselves, and Leo, whom his guardian registered from her account.
    expect(festival.registrations.filter((r) => r.status === "PENDING_CONSENT")).toHaveLength(3);
  });

  it.each([...days, ...changeDaysAhead])(
    "has an operator's weekly sessions the session form accepts on %s",
    (today) => {
      const data = demoData(today);
      const operator = data.organisations.find((o) => o.slug === DEMO_OPERATOR_SLUG);
      expect(operator?.operatorApprovedAt?.getTime()).toBeLessThan(today.getTime());
      expect(operator?.operatorRequestedAt?.getTime()).toBeLessThan(
        operator?.operatorApprovedAt?.getTime() ?? 0,
      );
      const waiting = data.organisations.find((o) => o.slug === DEMO_OPERATOR_REQUEST_SLUG);
      expect(waiting?.operatorRequestedAt?.getTime()).toBeLessThan(today.getTime());
      expect(waiting?.operatorApprovedAt).toBeNull();
      expect(new Set(data.sessions.map((s) => `${s.organisationSlug} ${s.title}`)).size).toBe(
        data.sessions.length,
      );
      for (const s of data.sessions) {
        expect(s.organisationSlug).toBe(DEMO_OPERATOR_SLUG);
        // As the operator's owner would type it into the form.
        const parsed = sessionDetails.safeParse({
          ...s,
          startsOn: s.startsOn.toISOString().slice(0, 10),
          endsOn: s.endsOn ? s.endsOn.toISOString().slice(0, 10) : "",
          cost: (s.costPence / 100).toFixed(2),
        });
        expect(parsed.error?.issues ?? [], s.title).toEqual([]);
        expect(parsed.data?.cost).toBe(s.costPence);
        expect(s.startsOn.toISOString()).toMatch(/T00:00:00\.000Z$/);
        expect(plainDateOf(s.startsOn).dayOfWeek, s.title).toBe(s.weekday);
        if (s.mode === "ONLINE")
          expect([s.venueName, s.addressLine, s.postcodeDistrict]).toEqual(["", "", ""]);
        if (s.publishedAt) expect(s.publishedAt.getTime()).toBeLessThanOrEqual(today.getTime());
        // Every published session meets again, and one of them first meets about five weeks from now.
        if (s.publishedAt) expect(nextMeeting(s, today), s.title).not.toBeNull();
      }
      const published = data.sessions.filter((s) => s.publishedAt !== null);
      expect(published).toHaveLength(4);
      const later = published.filter((s) => s.startsOn.getTime() > today.getTime() + 30 * 24 * 3_600_000);
      expect(later.map((s) => s.title)).toEqual(["Station Coders Newcastle"]);
      expect(data.sessions.filter((s) => s.publishedAt === null)).toHaveLength(1);
    },
  );
});
