import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInZone, localToInstant } from "../time/zoned.ts";
import {
  capabilityWindow,
  EVENT_PHASES,
  MILESTONE_KINDS,
  TIMELINE_FIELDS,
  eventPhase,
  milestoneLabel,
  phaseLabel,
  validateTimeline,
  type EventCapabilities,
  type EventPhase,
  type EventStatus,
  type EventTimeline,
  type MilestoneKind,
  type TimelineDates,
  type TimelineField,
} from "./rules.ts";
import { capabilityNotice } from "./notices.ts";

const utc = (iso: string): Date => {
  if (!iso.endsWith("Z")) throw new Error(`test literal must end in Z: ${iso}`);
  return new Date(iso);
};

const london = (local: string): Date => {
  const r = localToInstant(local, "Europe/London");
  if (!r.ok) throw new Error(`${local} is ${r.reason} in Europe/London`);
  return r.instant;
};

const plus = (d: Date, ms: number): Date => new Date(d.getTime() + ms);

type Cap = "register" | "team" | "submit" | "score" | "results";
const caps = (...on: Cap[]): EventCapabilities => ({
  canRegister: on.includes("register"),
  canChangeTeam: on.includes("team"),
  canSubmit: on.includes("submit"),
  canScore: on.includes("score"),
  canSeeResults: on.includes("results"),
});
const NONE = caps();

/**
 * A weekend hack in London whose submission deadline falls on the spring-forward day, just after
 * the skipped hour. Registration stays open for two hours into hacking.
 */
const spring: EventTimeline = {
  status: "PUBLISHED",
  registrationOpensAt: london("2026-03-01T09:00"),
  startsAt: london("2026-03-28T10:00"),
  registrationClosesAt: london("2026-03-28T12:00"),
  submissionDeadline: london("2026-03-29T03:00"),
  judgingClosesAt: london("2026-03-29T18:00"),
  resultsAt: london("2026-03-29T19:00"),
};

describe("the spring-forward timeline", () => {
  it("is entered in London wall-clock time and stored as these UTC instants", () => {
    expect(validateTimeline(spring)).toEqual([]);
    expect(Object.fromEntries(TIMELINE_FIELDS.map((f) => [f, spring[f].toISOString()]))).toEqual({
      registrationOpensAt: "2026-03-01T09:00:00.000Z",
      registrationClosesAt: "2026-03-28T12:00:00.000Z",
      startsAt: "2026-03-28T10:00:00.000Z",
      // 03:00 BST: one hour after the clocks jumped from 01:00 GMT to 02:00 BST.
      submissionDeadline: "2026-03-29T02:00:00.000Z",
      judgingClosesAt: "2026-03-29T17:00:00.000Z",
      resultsAt: "2026-03-29T18:00:00.000Z",
    });
    expect(formatInZone(spring.submissionDeadline, "Europe/London")).toBe("Sun 29 Mar 2026, 03:00 BST");
    expect(formatInZone(plus(spring.submissionDeadline, -1000), "Europe/London")).toBe(
      "Sun 29 Mar 2026, 02:59 BST",
    );
  });

  const S = 1000;
  it.each<[string, Date, EventPhase, EventCapabilities, boolean, MilestoneKind | null]>([
    [
      "registration opens − 1 s",
      plus(spring.registrationOpensAt, -S),
      "UPCOMING",
      NONE,
      false,
      "REGISTRATION_OPENS",
    ],
    [
      "registration opens",
      spring.registrationOpensAt,
      "REGISTRATION_OPEN",
      caps("register", "team"),
      false,
      "HACKING_STARTS",
    ],
    [
      "registration opens + 1 s",
      plus(spring.registrationOpensAt, S),
      "REGISTRATION_OPEN",
      caps("register", "team"),
      false,
      "HACKING_STARTS",
    ],
    [
      "hacking starts − 1 s",
      plus(spring.startsAt, -S),
      "REGISTRATION_OPEN",
      caps("register", "team"),
      false,
      "HACKING_STARTS",
    ],
    [
      "hacking starts",
      spring.startsAt,
      "HACKING",
      caps("register", "team", "submit"),
      false,
      "REGISTRATION_CLOSES",
    ],
    [
      "hacking starts + 1 s",
      plus(spring.startsAt, S),
      "HACKING",
      caps("register", "team", "submit"),
      false,
      "REGISTRATION_CLOSES",
    ],
    [
      "registration closes − 1 s",
      plus(spring.registrationClosesAt, -S),
      "HACKING",
      caps("register", "team", "submit"),
      false,
      "REGISTRATION_CLOSES",
    ],
    [
      "registration closes",
      spring.registrationClosesAt,
      "HACKING",
      caps("team", "submit"),
      true,
      "SUBMISSIONS_CLOSE",
    ],
    [
      "registration closes + 1 s",
      plus(spring.registrationClosesAt, S),
      "HACKING",
      caps("team", "submit"),
      true,
      "SUBMISSIONS_CLOSE",
    ],
    // The skipped hour itself: 01:00 GMT becomes 02:00 BST at 01:00Z. Nothing happens then.
    [
      "clocks go forward − 1 s",
      utc("2026-03-29T00:59:59Z"),
      "HACKING",
      caps("team", "submit"),
      true,
      "SUBMISSIONS_CLOSE",
    ],
    [
      "clocks go forward",
      utc("2026-03-29T01:00:00Z"),
      "HACKING",
      caps("team", "submit"),
      true,
      "SUBMISSIONS_CLOSE",
    ],
    [
      "submission deadline − 1 s",
      plus(spring.submissionDeadline, -S),
      "HACKING",
      caps("team", "submit"),
      true,
      "SUBMISSIONS_CLOSE",
    ],
    ["submission deadline", spring.submissionDeadline, "JUDGING", caps("score"), true, "JUDGING_CLOSES"],
    [
      "submission deadline + 1 s",
      plus(spring.submissionDeadline, S),
      "JUDGING",
      caps("score"),
      true,
      "JUDGING_CLOSES",
    ],
    [
      "judging closes − 1 s",
      plus(spring.judgingClosesAt, -S),
      "JUDGING",
      caps("score"),
      true,
      "JUDGING_CLOSES",
    ],
    ["judging closes", spring.judgingClosesAt, "JUDGING", NONE, true, "RESULTS"],
    ["judging closes + 1 s", plus(spring.judgingClosesAt, S), "JUDGING", NONE, true, "RESULTS"],
    ["results − 1 s", plus(spring.resultsAt, -S), "JUDGING", NONE, true, "RESULTS"],
    ["results", spring.resultsAt, "RESULTS_PUBLISHED", caps("results"), true, null],
    ["results + 1 s", plus(spring.resultsAt, S), "RESULTS_PUBLISHED", caps("results"), true, null],
  ])("at %s: %s", (_label, now, phase, capabilities, registrationClosed, next) => {
    const state = eventPhase(spring, now);
    expect(state.phase).toBe(phase);
    expect(state.capabilities).toEqual(capabilities);
    expect(state.registrationClosed).toBe(registrationClosed);
    expect(state.nextMilestone?.kind ?? null).toBe(next);
    if (state.nextMilestone !== null) {
      expect(state.nextMilestone.at.getTime()).toBeGreaterThan(now.getTime());
      expect(state.nextMilestone.label).toBe(milestoneLabel(state.nextMilestone.kind));
    }
  });

  it("gives the deadline as the next milestone with its instant and label", () => {
    expect(eventPhase(spring, utc("2026-03-29T01:00:00Z")).nextMilestone).toEqual({
      kind: "SUBMISSIONS_CLOSE",
      at: utc("2026-03-29T02:00:00Z"),
      label: "Submissions close",
    });
  });

  it("does not let a caller move the event by mutating the returned milestone", () => {
    const m = eventPhase(spring, utc("2026-03-29T01:00:00Z")).nextMilestone;
    m?.at.setTime(0);
    expect(spring.submissionDeadline.toISOString()).toBe("2026-03-29T02:00:00.000Z");
  });
});

/**
 * The deadline on the fall-back day. 01:30 happens twice in London that night, so the form cannot
 * take it; the organiser picks 02:00 GMT instead, which happens once.
 */
describe("the fall-back timeline", () => {
  const autumn: EventTimeline = {
    status: "PUBLISHED",
    registrationOpensAt: london("2026-10-01T09:00"),
    registrationClosesAt: london("2026-10-23T17:00"),
    startsAt: london("2026-10-24T09:00"),
    submissionDeadline: london("2026-10-25T02:00"),
    judgingClosesAt: london("2026-10-25T12:00"),
    resultsAt: london("2026-10-25T12:00"),
  };

  it("refuses the repeated hour and stores the unrepeated one", () => {
    expect(localToInstant("2026-10-25T01:30", "Europe/London")).toEqual({
      ok: false,
      reason: "AMBIGUOUS",
    });
    expect(autumn.submissionDeadline.toISOString()).toBe("2026-10-25T02:00:00.000Z");
    expect(autumn.startsAt.toISOString()).toBe("2026-10-24T08:00:00.000Z");
    expect(validateTimeline(autumn)).toEqual([]);
  });

  it.each<[string, string, EventPhase, string]>([
    // Both 01:30s are before the deadline, whichever one the reader has in mind.
    ["first 01:30 (BST)", "2026-10-25T00:30:00Z", "HACKING", "Sun 25 Oct 2026, 01:30 BST"],
    ["second 01:30 (GMT)", "2026-10-25T01:30:00Z", "HACKING", "Sun 25 Oct 2026, 01:30 GMT"],
    ["deadline − 1 s", "2026-10-25T01:59:59Z", "HACKING", "Sun 25 Oct 2026, 01:59 GMT"],
    ["deadline", "2026-10-25T02:00:00Z", "JUDGING", "Sun 25 Oct 2026, 02:00 GMT"],
    ["deadline + 1 s", "2026-10-25T02:00:01Z", "JUDGING", "Sun 25 Oct 2026, 02:00 GMT"],
    // Judging closing and results coinciding leaves no gap with nothing to do.
    ["results − 1 s", "2026-10-25T11:59:59Z", "JUDGING", "Sun 25 Oct 2026, 11:59 GMT"],
    ["results", "2026-10-25T12:00:00Z", "RESULTS_PUBLISHED", "Sun 25 Oct 2026, 12:00 GMT"],
  ])("at the %s: %s", (_label, iso, phase, text) => {
    const now = utc(iso);
    expect(eventPhase(autumn, now).phase).toBe(phase);
    expect(formatInZone(now, "Europe/London")).toBe(text);
  });

  it("scores until judging closes and then shows results at the same instant", () => {
    expect(eventPhase(autumn, utc("2026-10-25T11:59:59Z")).capabilities).toEqual(caps("score"));
    expect(eventPhase(autumn, utc("2026-10-25T12:00:00Z")).capabilities).toEqual(caps("results"));
    expect(eventPhase(autumn, utc("2026-10-25T11:59:59Z")).nextMilestone?.kind).toBe("JUDGING_CLOSES");
  });
});

describe("registration closed before hacking starts", () => {
  const gap: EventTimeline = {
    status: "PUBLISHED",
    registrationOpensAt: utc("2026-11-01T09:00:00Z"),
    registrationClosesAt: utc("2026-11-20T17:00:00Z"),
    startsAt: utc("2026-12-01T09:00:00Z"),
    submissionDeadline: utc("2026-12-07T17:00:00Z"),
    judgingClosesAt: utc("2026-12-10T17:00:00Z"),
    resultsAt: utc("2026-12-11T17:00:00Z"),
  };

  it.each<[string, EventPhase, EventCapabilities, boolean, MilestoneKind]>([
    ["2026-11-20T16:59:59Z", "REGISTRATION_OPEN", caps("register", "team"), false, "REGISTRATION_CLOSES"],
    // Phase still REGISTRATION_OPEN so teams can reshuffle, but the page should say it is closed.
    ["2026-11-20T17:00:00Z", "REGISTRATION_OPEN", caps("team"), true, "HACKING_STARTS"],
    ["2026-11-25T12:00:00Z", "REGISTRATION_OPEN", caps("team"), true, "HACKING_STARTS"],
    ["2026-12-01T09:00:00Z", "HACKING", caps("team", "submit"), true, "SUBMISSIONS_CLOSE"],
  ])("at %s", (iso, phase, capabilities, registrationClosed, next) => {
    const s = eventPhase(gap, utc(iso));
    expect([s.phase, s.capabilities, s.registrationClosed, s.nextMilestone?.kind]).toEqual([
      phase,
      capabilities,
      registrationClosed,
      next,
    ]);
  });
});

describe("status", () => {
  const samples = [
    plus(spring.registrationOpensAt, -1),
    spring.registrationOpensAt,
    spring.startsAt,
    spring.registrationClosesAt,
    spring.submissionDeadline,
    spring.judgingClosesAt,
    spring.resultsAt,
    plus(spring.resultsAt, 86_400_000),
  ];

  it.each(samples.map((d) => [d.toISOString(), d] as const))(
    "a DRAFT at %s has its phase and milestone for previews but no capability",
    (_iso, now) => {
      const draft = eventPhase({ ...spring, status: "DRAFT" }, now);
      const published = eventPhase(spring, now);
      expect(draft.capabilities).toEqual(NONE);
      expect(draft.phase).toBe(published.phase);
      expect(draft.nextMilestone).toEqual(published.nextMilestone);
      expect(draft.registrationClosed).toBe(published.registrationClosed);
    },
  );

  it.each(samples.map((d) => [d.toISOString(), d] as const))(
    "an ARCHIVED event at %s only ever shows results",
    (_iso, now) => {
      const archived = eventPhase({ ...spring, status: "ARCHIVED" }, now);
      expect(archived.capabilities).toEqual(caps(...(now >= spring.resultsAt ? (["results"] as const) : [])));
    },
  );

  it("rejects an invalid now instead of answering UPCOMING", () => {
    expect(() => eventPhase(spring, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("capabilityWindow and capabilityNotice", () => {
  // The spring timeline: hacking starts 10:00 GMT on 28 March, submissions close 03:00 BST on 29 March.
  it.each<[string, Date, "canSubmit" | "canRegister" | "canChangeTeam", string | null]>([
    [
      "before hacking starts",
      plus(spring.startsAt, -1),
      "canSubmit",
      "Projects can be edited once hacking starts, on Sat 28 Mar 2026, 10:00 GMT (Europe/London time).",
    ],
    ["while hacking", spring.startsAt, "canSubmit", null],
    [
      "at the deadline",
      spring.submissionDeadline,
      "canSubmit",
      "Submissions closed on Sun 29 Mar 2026, 03:00 BST (Europe/London time): the project can no longer change.",
    ],
    [
      "before registration opens",
      plus(spring.registrationOpensAt, -1),
      "canRegister",
      "Registration opens on Sun 1 Mar 2026, 09:00 GMT (Europe/London time).",
    ],
    [
      "after registration closes",
      spring.registrationClosesAt,
      "canRegister",
      "Registration closed on Sat 28 Mar 2026, 12:00 GMT (Europe/London time).",
    ],
    [
      "after the deadline, for teams",
      spring.submissionDeadline,
      "canChangeTeam",
      "Teams closed at the submission deadline, on Sun 29 Mar 2026, 03:00 BST (Europe/London time): they can no longer change.",
    ],
  ])("%s", (_name, now, capability, notice) => {
    const window = capabilityWindow(spring, now, capability);
    expect(window.allowed).toBe(notice === null);
    expect(capabilityNotice(capability, window, "Europe/London")).toBe(notice);
    // The same answer eventPhase gives: one table decides both.
    expect(eventPhase(spring, now).capabilities[capability]).toBe(window.allowed);
    expect(eventPhase(spring, now).windows[capability]).toEqual(window);
  });

  it("names the status before the clock: a draft or archived event says so", () => {
    const during = spring.startsAt;
    const draft = capabilityWindow({ ...spring, status: "DRAFT" }, during, "canSubmit");
    const archived = capabilityWindow({ ...spring, status: "ARCHIVED" }, during, "canSubmit");
    expect([draft.blocked, archived.blocked]).toEqual(["DRAFT", "ARCHIVED"]);
    expect(capabilityNotice("canSubmit", draft, "Europe/London")).toMatch(/draft/);
    expect(capabilityNotice("canSubmit", archived, "Europe/London")).toMatch(/archived/);
    // Results stay visible in an archived event.
    expect(
      capabilityWindow({ ...spring, status: "ARCHIVED" }, spring.resultsAt, "canSeeResults").allowed,
    ).toBe(true);
  });

  it("shows the time in the event's zone, whatever the server's", () => {
    const window = capabilityWindow(spring, plus(spring.startsAt, -1), "canSubmit");
    expect(capabilityNotice("canSubmit", window, "Asia/Kathmandu")).toBe(
      "Projects can be edited once hacking starts, on Sat 28 Mar 2026, 15:45 GMT+5:45 (Asia/Kathmandu time).",
    );
  });

  it("says it in Welsh, with the date in Welsh, for a Welsh page", () => {
    const before = capabilityWindow(spring, plus(spring.registrationOpensAt, -1), "canRegister");
    expect(capabilityNotice("canRegister", before, "Europe/London", "cy")).toBe(
      "Mae cofrestru'n agor ar Sul 1 Maw 2026, 09:00 GMT (amser Europe/London).",
    );
    const after = capabilityWindow(spring, spring.submissionDeadline, "canSubmit");
    expect(capabilityNotice("canSubmit", after, "UTC", "cy")).toBe(
      "Caeodd cyflwyno ar Sul 29 Maw 2026, 02:00 UTC: does dim modd newid y prosiect bellach.",
    );
    const draft = capabilityWindow({ ...spring, status: "DRAFT" }, spring.startsAt, "canSubmit");
    expect(capabilityNotice("canSubmit", draft, "Europe/London", "cy")).toMatch(/^Drafft yw/);
    // Every capability has both sentences in both languages (a missing one throws outside production).
    for (const capability of [
      "canRegister",
      "canChangeTeam",
      "canSubmit",
      "canScore",
      "canSeeResults",
    ] as const) {
      for (const locale of ["en-GB", "cy"] as const) {
        const notYet = capabilityWindow(spring, new Date(0), capability);
        const closed = capabilityWindow(spring, new Date(Date.UTC(2100, 0, 1)), capability);
        expect(capabilityNotice(capability, notYet, "UTC", locale), `${capability} ${locale}`).toMatch(
          /2026/,
        );
        if (!closed.allowed) expect(capabilityNotice(capability, closed, "UTC", locale)).toMatch(/2026/);
      }
    }
  });
});

describe("labels", () => {
  it.each<[EventPhase, string]>([
    ["UPCOMING", "Upcoming"],
    ["REGISTRATION_OPEN", "Registration open"],
    ["HACKING", "Hacking"],
    ["JUDGING", "Judging"],
    ["RESULTS_PUBLISHED", "Results published"],
  ])("phase %s reads %j", (phase, label) => {
    expect(phaseLabel(phase)).toBe(label);
  });

  it.each<[MilestoneKind, string]>([
    ["REGISTRATION_OPENS", "Registration opens"],
    ["REGISTRATION_CLOSES", "Registration closes"],
    ["HACKING_STARTS", "Hacking starts"],
    ["SUBMISSIONS_CLOSE", "Submissions close"],
    ["JUDGING_CLOSES", "Judging closes"],
    ["RESULTS", "Results announced"],
  ])("milestone %s reads %j", (kind, label) => {
    expect(milestoneLabel(kind)).toBe(label);
  });

  it("lists phases in lifecycle order", () => {
    expect(EVENT_PHASES).toEqual([
      "UPCOMING",
      "REGISTRATION_OPEN",
      "HACKING",
      "JUDGING",
      "RESULTS_PUBLISHED",
    ]);
    expect(MILESTONE_KINDS).toHaveLength(6);
  });
});

describe("validateTimeline", () => {
  const valid: TimelineDates = {
    registrationOpensAt: utc("2026-11-01T09:00:00Z"),
    registrationClosesAt: utc("2026-11-20T17:00:00Z"),
    startsAt: utc("2026-12-01T09:00:00Z"),
    submissionDeadline: utc("2026-12-07T17:00:00Z"),
    judgingClosesAt: utc("2026-12-10T17:00:00Z"),
    resultsAt: utc("2026-12-11T17:00:00Z"),
  };
  const w = (patch: Partial<Record<TimelineField, string>>): TimelineDates => {
    const t = { ...valid };
    for (const [k, v] of Object.entries(patch) as [TimelineField, string][]) t[k] = utc(v);
    return t;
  };

  it.each<[string, TimelineDates]>([
    ["the ordinary case", valid],
    ["hacking starting as registration opens", w({ startsAt: "2026-11-01T09:00:00Z" })],
    ["registration open into hacking", w({ registrationClosesAt: "2026-12-03T09:00:00Z" })],
    ["registration closing at the deadline", w({ registrationClosesAt: "2026-12-07T17:00:00Z" })],
    ["judging closing at the deadline", w({ judgingClosesAt: "2026-12-07T17:00:00Z" })],
    ["results as judging closes", w({ resultsAt: "2026-12-10T17:00:00Z" })],
  ])("accepts %s", (_label, t) => {
    expect(validateTimeline(t)).toEqual([]);
  });

  it.each<[string, TimelineDates, { field: TimelineField; message: string }[]]>([
    [
      "registration closing as it opens",
      w({ registrationClosesAt: "2026-11-01T09:00:00Z" }),
      [
        {
          field: "registrationClosesAt",
          message: "Registration must close after it opens",
        },
      ],
    ],
    [
      "registration closing after the deadline",
      w({ registrationClosesAt: "2026-12-07T17:00:01Z" }),
      [
        {
          field: "registrationClosesAt",
          message: "Registration must close no later than the submission deadline",
        },
      ],
    ],
    [
      "hacking starting before registration opens",
      w({ startsAt: "2026-11-01T08:59:59Z" }),
      [
        {
          field: "startsAt",
          message: "Hacking cannot start before registration opens",
        },
      ],
    ],
    [
      "a deadline at the start",
      w({ submissionDeadline: "2026-12-01T09:00:00Z" }),
      [
        {
          field: "submissionDeadline",
          message: "The submission deadline must be after hacking starts",
        },
      ],
    ],
    [
      "judging closing before the deadline",
      w({ judgingClosesAt: "2026-12-07T16:59:59Z" }),
      [
        {
          field: "judgingClosesAt",
          message: "Judging cannot close before the submission deadline",
        },
      ],
    ],
    [
      "results before judging closes",
      w({ resultsAt: "2026-12-10T16:59:59Z" }),
      [
        {
          field: "resultsAt",
          message: "Results cannot be announced before judging closes",
        },
      ],
    ],
    [
      "a deadline before registration closes and hacking starts",
      w({ submissionDeadline: "2026-11-10T00:00:00Z" }),
      [
        {
          field: "registrationClosesAt",
          message: "Registration must close no later than the submission deadline",
        },
        {
          field: "submissionDeadline",
          message: "The submission deadline must be after hacking starts",
        },
      ],
    ],
  ])("rejects %s", (_label, t, problems) => {
    expect(validateTimeline(t)).toEqual(problems);
  });

  it("reports an unparseable date once, without follow-on order errors", () => {
    expect(validateTimeline({ ...valid, startsAt: new Date(Number.NaN) })).toEqual([
      {
        field: "startsAt",
        message: "Hacking starts is not a valid date and time",
      },
    ]);
  });
});

/** Ordered timelines over a small range, so equal timestamps (allowed ties) are common. */
const validTimeline = fc
  .record({
    opens: fc.integer({ min: 0, max: 1_000 }),
    toStart: fc.integer({ min: 0, max: 30 }),
    hacking: fc.integer({ min: 1, max: 30 }),
    closeFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    scoring: fc.integer({ min: 0, max: 30 }),
    toResults: fc.integer({ min: 0, max: 30 }),
    status: fc.constantFrom<EventStatus>("DRAFT", "PUBLISHED", "ARCHIVED"),
  })
  .map(({ opens, toStart, hacking, closeFraction, scoring, toResults, status }): EventTimeline => {
    const base = Date.UTC(2026, 2, 29, 0, 0, 0);
    const start = opens + toStart;
    const deadline = start + hacking;
    // Registration closes anywhere in (opens, deadline].
    const closes = opens + 1 + Math.floor(closeFraction * (deadline - opens - 1));
    const judging = deadline + scoring;
    const at = (s: number): Date => new Date(base + s * 1000);
    return {
      status,
      registrationOpensAt: at(opens),
      registrationClosesAt: at(closes),
      startsAt: at(start),
      submissionDeadline: at(deadline),
      judgingClosesAt: at(judging),
      resultsAt: at(judging + toResults),
    };
  });

const nowNear = (t: EventTimeline): fc.Arbitrary<Date> =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...TIMELINE_FIELDS), fc.constantFrom(-1, 0, 1))
      .map(([f, d]) => new Date(t[f].getTime() + d)),
    fc
      .integer({
        min: t.registrationOpensAt.getTime() - 5_000,
        max: t.resultsAt.getTime() + 5_000,
      })
      .map((ms) => new Date(ms)),
  );

const timelineAndNow = validTimeline.chain((t) => nowNear(t).map((now) => [t, now] as const));

describe("properties", () => {
  it("generated timelines are valid", () => {
    fc.assert(fc.property(validTimeline, (t) => validateTimeline(t).length === 0));
  });

  it("every instant lies in exactly one phase interval, and that is the phase returned", () => {
    fc.assert(
      fc.property(timelineAndNow, ([t, now]) => {
        const n = now.getTime();
        const intervals: Record<EventPhase, boolean> = {
          UPCOMING: n < t.registrationOpensAt.getTime(),
          REGISTRATION_OPEN: t.registrationOpensAt.getTime() <= n && n < t.startsAt.getTime(),
          HACKING: t.startsAt.getTime() <= n && n < t.submissionDeadline.getTime(),
          JUDGING: t.submissionDeadline.getTime() <= n && n < t.resultsAt.getTime(),
          RESULTS_PUBLISHED: t.resultsAt.getTime() <= n,
        };
        const containing = EVENT_PHASES.filter((p) => intervals[p]);
        return containing.length === 1 && containing[0] === eventPhase(t, now).phase;
      }),
      { numRuns: 3000 },
    );
  });

  it("the phase never goes backwards as time passes", () => {
    fc.assert(
      fc.property(
        validTimeline,
        fc.integer({ min: -5_000, max: 2_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (t, a, d) => {
          const from = new Date(t.registrationOpensAt.getTime() + a);
          const to = new Date(from.getTime() + d);
          return (
            EVENT_PHASES.indexOf(eventPhase(t, from).phase) <= EVENT_PHASES.indexOf(eventPhase(t, to).phase)
          );
        },
      ),
    );
  });

  it("capabilities follow their windows, and only a published event has the time-bound ones", () => {
    fc.assert(
      fc.property(timelineAndNow, ([t, now]) => {
        const n = now.getTime();
        const inWindow = (a: Date, b: Date): boolean => a.getTime() <= n && n < b.getTime();
        const pub = t.status === "PUBLISHED";
        const expected: EventCapabilities = {
          canRegister: pub && inWindow(t.registrationOpensAt, t.registrationClosesAt),
          canChangeTeam: pub && inWindow(t.registrationOpensAt, t.submissionDeadline),
          canSubmit: pub && inWindow(t.startsAt, t.submissionDeadline),
          canScore: pub && inWindow(t.submissionDeadline, t.judgingClosesAt),
          canSeeResults: t.status !== "DRAFT" && n >= t.resultsAt.getTime(),
        };
        const s = eventPhase(t, now);
        expect(s.capabilities).toEqual(expected);
        // Consistency with the phase: submitting only while hacking, scoring only while judging.
        if (s.capabilities.canSubmit) expect(s.phase).toBe("HACKING");
        if (s.capabilities.canScore) expect(s.phase).toBe("JUDGING");
        if (s.capabilities.canSeeResults) expect(s.phase).toBe("RESULTS_PUBLISHED");
        expect(s.registrationClosed).toBe(n >= t.registrationClosesAt.getTime());
      }),
      { numRuns: 3000 },
    );
  });

  it("the next milestone is the earliest timeline instant strictly after now, or null after all", () => {
    fc.assert(
      fc.property(timelineAndNow, ([t, now]) => {
        const n = now.getTime();
        const later = TIMELINE_FIELDS.map((f) => t[f].getTime()).filter((ms) => ms > n);
        const m = eventPhase(t, now).nextMilestone;
        if (later.length === 0) return m === null;
        return m !== null && m.at.getTime() === Math.min(...later);
      }),
      { numRuns: 3000 },
    );
  });

  it("validateTimeline accepts exactly the timelines that satisfy the order invariant", () => {
    const anyTimeline = fc
      .array(fc.integer({ min: 0, max: 6 }), { minLength: 6, maxLength: 6 })
      .map((xs): TimelineDates => {
        const at = (i: number): Date => new Date(Date.UTC(2026, 9, 25) + (xs[i] ?? 0) * 3_600_000);
        return {
          registrationOpensAt: at(0),
          registrationClosesAt: at(1),
          startsAt: at(2),
          submissionDeadline: at(3),
          judgingClosesAt: at(4),
          resultsAt: at(5),
        };
      });
    fc.assert(
      fc.property(anyTimeline, (t) => {
        const v = (f: TimelineField): number => t[f].getTime();
        const ordered =
          v("registrationOpensAt") < v("registrationClosesAt") &&
          v("registrationClosesAt") <= v("submissionDeadline") &&
          v("registrationOpensAt") <= v("startsAt") &&
          v("startsAt") < v("submissionDeadline") &&
          v("submissionDeadline") <= v("judgingClosesAt") &&
          v("judgingClosesAt") <= v("resultsAt");
        return (validateTimeline(t).length === 0) === ordered;
      }),
      { numRuns: 2000 },
    );
  });

  it("any instant, even for an unvalidated timeline, gets exactly one known phase", () => {
    const anyDates = fc.array(fc.integer({ min: 0, max: 10 }), {
      minLength: 7,
      maxLength: 7,
    });
    fc.assert(
      fc.property(anyDates, ([a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, now = 0]) => {
        const at = (x: number): Date => new Date(x * 1000);
        const t: EventTimeline = {
          status: "PUBLISHED",
          registrationOpensAt: at(a),
          registrationClosesAt: at(b),
          startsAt: at(c),
          submissionDeadline: at(d),
          judgingClosesAt: at(e),
          resultsAt: at(f),
        };
        return EVENT_PHASES.includes(eventPhase(t, at(now)).phase);
      }),
    );
  });
});
