import { describe, expect, it } from "vitest";
import { eventCalendar } from "./calendar.ts";

const event = {
  id: "evt_1",
  name: "Festival of Code; with, commas",
  registrationClosesAt: new Date("2026-07-20T16:00:00Z"),
  startsAt: new Date("2026-07-27T08:30:00Z"),
  submissionDeadline: new Date("2026-07-31T15:00:00Z"),
  resultsAt: new Date("2026-08-01T17:00:00Z"),
};

describe("eventCalendar", () => {
  const text = eventCalendar(event, "https://fest.example.org/events/foc");
  const unfolded = text.replace(/\r\n[ \t]/g, "");

  it("is a VCALENDAR with three VEVENTs in UTC", () => {
    expect(text.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(unfolded).toContain("DTSTART:20260727T083000Z");
    expect(unfolded).toContain("DTEND:20260731T150000Z");
    expect(unfolded).toContain("DTSTART:20260720T160000Z");
    expect(unfolded).toContain("DTSTART:20260801T170000Z");
  });

  it("escapes text and keeps stable UIDs", () => {
    expect(unfolded).toContain("SUMMARY:Festival of Code\\; with\\, commas");
    expect(unfolded).toContain("UID:evt_1-event@festival-of-code");
    expect(eventCalendar(event, "https://x/").match(/UID:[^\r\n]+/g)).toEqual(text.match(/UID:[^\r\n]+/g));
  });

  it("uses CRLF line ends, as RFC 5545 requires", () => {
    expect(text.split("\n").every((line, i, all) => i === all.length - 1 || line.endsWith("\r"))).toBe(true);
  });
});
