import { describe, expect, it } from "vitest";
import {
  DEFAULT_PROMPTS,
  isDaytime,
  localHour,
  PROMPT_KINDS,
  promptDue,
  promptText,
  promptWindow,
  sendingWindow,
  type PromptKind,
} from "./rules.ts";

const HOUR = 3_600_000;
const moments = {
  registrationClosesAt: new Date("2026-12-05T17:00:00.000Z"),
  startsAt: new Date("2026-12-12T09:00:00.000Z"),
  submissionDeadline: new Date("2026-12-13T16:00:00.000Z"),
  roundClosesAt: new Date("2026-12-15T18:00:00.000Z"),
};

describe("promptWindow", () => {
  it.each([
    ["REGISTRATION_CLOSING", moments.registrationClosesAt, 48, moments.registrationClosesAt.getTime()],
    ["NO_TEAM", moments.startsAt, 48, moments.startsAt.getTime()],
    ["PROJECT_DAY_BEFORE", moments.submissionDeadline, 24, moments.submissionDeadline.getTime() - 2 * HOUR],
    ["PROJECT_HOURS_BEFORE", moments.submissionDeadline, 2, moments.submissionDeadline.getTime()],
    ["JUDGE_SCORES", moments.roundClosesAt, 24, moments.roundClosesAt.getTime()],
  ] as const)("%s opens %i hours before its moment", (kind, moment, hours, until) => {
    const window = promptWindow(kind, moments);
    expect(window?.from.getTime()).toBe(moment.getTime() - hours * HOUR);
    expect(window?.until.getTime()).toBe(until);
  });

  it("gives no window for judges of a round that never closes", () => {
    expect(promptWindow("JUDGE_SCORES", { ...moments, roundClosesAt: null })).toBeNull();
  });

  it("never overlaps the day-before and two-hours-before project prompts", () => {
    const day = promptWindow("PROJECT_DAY_BEFORE", moments);
    const hours = promptWindow("PROJECT_HOURS_BEFORE", moments);
    expect(day?.until.getTime()).toBe(hours?.from.getTime());
  });
});

describe("quiet hours", () => {
  it.each([
    ["2026-12-07T07:59:00Z", "Europe/London", false],
    ["2026-12-07T08:00:00Z", "Europe/London", true],
    ["2026-12-07T20:59:00Z", "Europe/London", true],
    ["2026-12-07T21:00:00Z", "Europe/London", false],
    // British Summer Time: 07:30 UTC is 08:30 in London.
    ["2026-07-07T07:30:00Z", "Europe/London", true],
    ["2026-07-07T20:30:00Z", "Europe/London", false],
    // 10:00 UTC is 21:00 in Sydney in December (UTC+11).
    ["2026-12-07T10:00:00Z", "Australia/Sydney", false],
    ["2026-12-07T23:00:00Z", "Australia/Sydney", true],
  ])("%s in %s is daytime: %s", (instant, zone, daytime) => {
    expect(isDaytime(new Date(instant), zone)).toBe(daytime);
  });

  it("reads the local hour from the zone's clock", () => {
    expect(localHour(new Date("2026-12-07T23:30:00Z"), "Asia/Kolkata")).toBe(5);
  });

  it("holds for every hour of a day in several zones: due only inside the window and between 08 and 21", () => {
    const window = { from: new Date("2026-12-07T00:00:00Z"), until: new Date("2026-12-09T00:00:00Z") };
    for (const zone of ["Europe/London", "America/New_York", "Asia/Tokyo", "Pacific/Auckland"]) {
      for (let h = -24; h < 72; h += 1) {
        const now = new Date(window.from.getTime() + h * HOUR + 17 * 60_000);
        const inside = now >= window.from && now < window.until;
        const hour = localHour(now, zone);
        expect(promptDue(window, now, zone), `${zone} ${now.toISOString()}`).toBe(
          inside && hour >= 8 && hour < 21,
        );
      }
    }
  });
});

describe("sendingWindow", () => {
  it("keeps a window that has daytime in it", () => {
    const window = { from: new Date("2026-12-07T12:00:00Z"), until: new Date("2026-12-07T14:00:00Z") };
    expect(sendingWindow(window, "Europe/London")).toEqual(window);
  });

  it("moves a window wholly in the quiet hours to the last hour of daytime before it: early, never never", () => {
    // A deadline at 23:30 London: "two hours to go" would start at 21:30.
    const window = { from: new Date("2026-12-07T21:30:00Z"), until: new Date("2026-12-07T23:30:00Z") };
    const sending = sendingWindow(window, "Europe/London");
    expect(sending).toEqual({ from: new Date("2026-12-07T20:00:00Z"), until: window.until });
    expect(promptDue(window, new Date("2026-12-07T20:10:00Z"), "Europe/London")).toBe(true);
    expect(promptDue(window, new Date("2026-12-07T21:40:00Z"), "Europe/London")).toBe(false);
    // Early on the same day: not yet.
    expect(promptDue(window, new Date("2026-12-07T19:50:00Z"), "Europe/London")).toBe(false);
  });

  it("sends the two-hours-before reminder for every deadline hour, in several zones", () => {
    for (const zone of ["Europe/London", "America/New_York", "Australia/Sydney"]) {
      for (let h = 0; h < 24; h += 1) {
        const deadline = new Date(Date.UTC(2026, 11, 7, h, 30));
        const window = promptWindow("PROJECT_HOURS_BEFORE", { ...moments, submissionDeadline: deadline });
        if (!window) throw new Error("no window");
        let sent = false;
        for (let t = window.from.getTime() - 12 * HOUR; t < deadline.getTime(); t += 10 * 60_000) {
          if (promptDue(window, new Date(t), zone)) sent = true;
        }
        expect(sent, `${zone}, deadline ${deadline.toISOString()}`).toBe(true);
      }
    }
  });
});

describe("promptText", () => {
  it("fills {event} and {deadline} in the default words, or in the organisers' message", () => {
    const values = { event: "Leeds Festival of Code", deadline: "Sun 13 Dec 2026, 16:00 GMT" };
    const text = promptText("PROJECT_DAY_BEFORE", values);
    expect(text.subject).toBe("Your project for Leeds Festival of Code is due Sun 13 Dec 2026, 16:00 GMT");
    expect(text.message).toContain("due by Sun 13 Dec 2026, 16:00 GMT");
    expect(text.action).toBe("Open your project");
    expect(promptText("NO_TEAM", values, "  See you at {event}!  ").message).toBe(
      "See you at Leeds Festival of Code!",
    );
    expect(promptText("NO_TEAM", values, "   ").message).toBe(promptText("NO_TEAM", values).message);
  });

  it("never asks anyone to share more about themselves or to change a privacy setting", () => {
    for (const kind of PROMPT_KINDS as readonly PromptKind[]) {
      const words = Object.values(DEFAULT_PROMPTS[kind]).join(" ").toLowerCase();
      for (const nudge of [
        "profile",
        "photo",
        "privacy",
        "share",
        "phone",
        "address",
        "date of birth",
        "public",
      ]) {
        expect(words, `${kind} mentions "${nudge}"`).not.toContain(nudge);
      }
    }
  });
});
