// Timely prompts: short emails that keep people going at the moments that matter (no team two days
// before hacking, a project not submitted the day before and two hours before the deadline, scores not
// given the day before judging closes) and, after the event, ask teams what happened next (1, 3 and 6
// months after the deadline). When each is due, the quiet hours, and what each says. Pure.
//
// Every prompt asks for one thing the person came to do (find a team, submit, score): none ever asks a
// young person to share more about themselves or to change a privacy setting (rules.test.ts checks the
// words and the links).
import { fillTemplate } from "../templates/rules.ts";

export const PROMPT_KINDS = [
  "REGISTRATION_CLOSING",
  "NO_TEAM",
  "PROJECT_DAY_BEFORE",
  "PROJECT_HOURS_BEFORE",
  "JUDGE_SCORES",
  "FOLLOW_UP_1_MONTH",
  "FOLLOW_UP_3_MONTHS",
  "FOLLOW_UP_6_MONTHS",
] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The follow-ups: days after the submission deadline each starts; each may go for a week. */
export const FOLLOW_UP_DAYS: Record<
  "FOLLOW_UP_1_MONTH" | "FOLLOW_UP_3_MONTHS" | "FOLLOW_UP_6_MONTHS",
  number
> = {
  FOLLOW_UP_1_MONTH: 30,
  FOLLOW_UP_3_MONTHS: 91,
  FOLLOW_UP_6_MONTHS: 182,
};
/** How long a follow-up may go after it starts (a week: a sweep missed for days still sends it). */
export const FOLLOW_UP_WINDOW_DAYS = 7;

/**
 * The moments a prompt hangs on: the close of registration, the event's start and submission deadline,
 * a judging round's close.
 */
export interface PromptMoments {
  registrationClosesAt: Date;
  startsAt: Date;
  submissionDeadline: Date;
  /** The round's close, for JUDGE_SCORES (null: a round without a close gets no prompt). */
  roundClosesAt?: Date | null;
}

/**
 * When a prompt may go: from `from` until (not including) `until`, the moment it is about. Sent at the
 * first sweep in that time that is not in the quiet hours; never after `until`.
 */
export function promptWindow(kind: PromptKind, moments: PromptMoments): { from: Date; until: Date } | null {
  const at = (date: Date, hoursBefore: number) => new Date(date.getTime() - hoursBefore * HOUR);
  switch (kind) {
    case "REGISTRATION_CLOSING":
      return { from: at(moments.registrationClosesAt, 48), until: moments.registrationClosesAt };
    case "NO_TEAM":
      return { from: at(moments.startsAt, 48), until: moments.startsAt };
    case "PROJECT_DAY_BEFORE":
      // Ends where the two-hour one begins, so nobody gets both at once.
      return { from: at(moments.submissionDeadline, 24), until: at(moments.submissionDeadline, 2) };
    case "PROJECT_HOURS_BEFORE":
      return { from: at(moments.submissionDeadline, 2), until: moments.submissionDeadline };
    case "JUDGE_SCORES":
      return moments.roundClosesAt
        ? { from: at(moments.roundClosesAt, 24), until: moments.roundClosesAt }
        : null;
    case "FOLLOW_UP_1_MONTH":
    case "FOLLOW_UP_3_MONTHS":
    case "FOLLOW_UP_6_MONTHS": {
      const from = new Date(moments.submissionDeadline.getTime() + FOLLOW_UP_DAYS[kind] * DAY);
      return { from, until: new Date(from.getTime() + FOLLOW_UP_WINDOW_DAYS * DAY) };
    }
  }
}

/** No prompt is sent from 21:00 to 08:00 in the event's time zone. */
export const QUIET_HOURS = { from: 21, until: 8 } as const;

/** The hour (0–23) on the clock in `timeZone` at `instant`. */
export function localHour(instant: Date, timeZone: string): number {
  const hour = new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(
    instant,
  );
  return Number(hour);
}

/** Whether `now` is outside the quiet hours in `timeZone`. */
export function isDaytime(now: Date, timeZone: string): boolean {
  const hour = localHour(now, timeZone);
  return hour >= QUIET_HOURS.until && hour < QUIET_HOURS.from;
}

const STEP = 10 * 60_000;

/**
 * The time a prompt really goes in: its own window, or, when that falls wholly in the quiet hours (a
 * deadline at 23:30 makes "two hours to go" start at 21:30), the hour of daytime just before the quiet
 * hours began, so the reminder comes early rather than never. Checked in 10-minute steps, as the sweep
 * runs.
 */
export function sendingWindow(
  window: { from: Date; until: Date },
  timeZone: string,
): { from: Date; until: Date } {
  for (let t = window.from.getTime(); t < window.until.getTime(); t += STEP) {
    if (isDaytime(new Date(t), timeZone)) return window;
  }
  let lastDaytime = window.from.getTime() - STEP;
  for (let i = 0; i < 24 * 6 && !isDaytime(new Date(lastDaytime), timeZone); i += 1) lastDaytime -= STEP;
  return { from: new Date(lastDaytime - HOUR + STEP), until: window.until };
}

/**
 * Whether the prompt may go at `now`: inside its sending window (sendingWindow), and daytime in the
 * event's zone.
 */
export function promptDue(window: { from: Date; until: Date } | null, now: Date, timeZone: string): boolean {
  if (!window) return false;
  const sending = sendingWindow(window, timeZone);
  const t = now.getTime();
  return t >= sending.from.getTime() && t < sending.until.getTime() && isDaytime(now, timeZone);
}

/** How organisers see each prompt. */
export const PROMPT_LABELS: Record<PromptKind, { title: string; who: string; when: string }> = {
  REGISTRATION_CLOSING: {
    title: "Registration closing soon",
    who: "People who began the registration form and have not registered",
    when: "From two days before registration closes",
  },
  NO_TEAM: {
    title: "No team yet",
    who: "Confirmed participants who are not in a team",
    when: "From two days before hacking starts",
  },
  PROJECT_DAY_BEFORE: {
    title: "Project not submitted: the day before",
    who: "Members of teams whose project is not submitted",
    when: "From 24 hours before the submission deadline",
  },
  PROJECT_HOURS_BEFORE: {
    title: "Project not submitted: two hours to go",
    who: "Members of teams whose project is not submitted",
    when: "From two hours before the submission deadline",
  },
  JUDGE_SCORES: {
    title: "Scores still to give",
    who: "Judges with entries left to score in an open round",
    when: "From 24 hours before the round closes",
  },
  FOLLOW_UP_1_MONTH: {
    title: "What happened next: one month on",
    who: "Members of teams that submitted a project",
    when: "A month after the submission deadline",
  },
  FOLLOW_UP_3_MONTHS: {
    title: "What happened next: three months on",
    who: "Members of teams that submitted a project",
    when: "Three months after the submission deadline",
  },
  FOLLOW_UP_6_MONTHS: {
    title: "What happened next: six months on",
    who: "Members of teams that submitted a project",
    when: "Six months after the submission deadline",
  },
};

/** The placeholders a prompt's message may use. */
export const PROMPT_PLACEHOLDERS = ["event", "deadline"] as const;

/** Each prompt's default words: the subject, the message (placeholders allowed), and the one action. */
export const DEFAULT_PROMPTS: Record<PromptKind, { subject: string; message: string; action: string }> = {
  REGISTRATION_CLOSING: {
    subject: "Registration for {event} closes {deadline}",
    message:
      "You started registering for {event} but haven't finished yet. Registration closes {deadline}: " +
      "it only takes a couple of minutes to finish.",
    action: "Finish registering",
  },
  NO_TEAM: {
    subject: "Find your team for {event}",
    message:
      "{event} starts soon and you're not in a team yet. That's fine: lots of people find theirs at the " +
      "last minute. Have a look at the teams looking for people, or start your own.",
    action: "Find a team",
  },
  PROJECT_DAY_BEFORE: {
    subject: "Your project for {event} is due {deadline}",
    message:
      "Projects for {event} are due by {deadline}. Yours isn't submitted yet. It doesn't have to be " +
      "perfect: submit what you have, and you can keep improving it until the deadline.",
    action: "Open your project",
  },
  PROJECT_HOURS_BEFORE: {
    subject: "Two hours left to submit your project",
    message:
      "Projects for {event} are due by {deadline}, and yours isn't submitted yet. Submit what you have " +
      "now: a finished idea beats a perfect one that's too late.",
    action: "Submit your project",
  },
  JUDGE_SCORES: {
    subject: "Entries waiting for your scores at {event}",
    message:
      "Thank you for judging at {event}. Some entries in your queue still need scores, and judging " +
      "closes at {deadline}. Each one takes a few minutes.",
    action: "Open your judging queue",
  },
  FOLLOW_UP_1_MONTH: {
    subject: "What happened next with your project from {event}?",
    message:
      "It's been a month since {event}. Is your project still going: still building, launched, used by " +
      "someone, funded? Tell us in a line or two on your project page. It shows the next teams what's possible.",
    action: "Add an update",
  },
  FOLLOW_UP_3_MONTHS: {
    subject: "What happened next with your project from {event}?",
    message:
      "It's been three months since {event}. Is your project still going: still building, launched, used by " +
      "someone, funded? Tell us in a line or two on your project page. It shows the next teams what's possible.",
    action: "Add an update",
  },
  FOLLOW_UP_6_MONTHS: {
    subject: "What happened next with your project from {event}?",
    message:
      "It's been six months since {event}. Is your project still going: still building, launched, used by " +
      "someone, funded? Tell us in a line or two on your project page. It shows the next teams what's possible.",
    action: "Add an update",
  },
};

/** The most characters an organiser's message may have. */
export const MAX_PROMPT_MESSAGE = 1000;

/**
 * A prompt's subject and message with the placeholders filled: `custom` (an organiser's message) in
 * place of the default one when given. `deadline` is the moment the prompt is about, already written in
 * the event's zone.
 */
export function promptText(
  kind: PromptKind,
  values: { event: string; deadline: string },
  custom?: string | null,
): { subject: string; message: string; action: string } {
  const base = DEFAULT_PROMPTS[kind];
  return {
    subject: fillTemplate(base.subject, values),
    message: fillTemplate(custom?.trim() || base.message, values),
    action: base.action,
  };
}
