// Timely prompts: the sweep that sends the ones due (every ten minutes from the job queue; every minute on
// the embedded database), and the organisers' settings. When each is due and what it says: rules.ts.
import "server-only";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { appUrl } from "../http/app-url.ts";
import { log } from "../log.ts";
import { promptMail } from "../mail/prompt-templates.ts";
import { sendMail } from "../mail/send.ts";
import { greetingName } from "../people/rules.ts";
import { unknownPlaceholders } from "../templates/rules.ts";
import { formatInZone } from "../time/zoned.ts";
import {
  FOLLOW_UP_DAYS,
  FOLLOW_UP_WINDOW_DAYS,
  PROMPT_KINDS,
  PROMPT_PLACEHOLDERS,
  promptDue,
  promptText,
  sendingWindow,
  promptWindow,
  type PromptKind,
} from "./rules.ts";

/** This module's refusals ("PromptErrors"). */
const refuse = refusals("PromptErrors");

const HOUR = 3_600_000;

/** One person a prompt is for, and what it is about (a round for judges, else ""). */
interface Recipient {
  userId: string;
  email: string;
  name: string | null;
  alias: string | null;
  subjectId: string;
  url: string;
  /** The moment the prompt is about (the deadline, the start, the round's close). */
  moment: Date;
}

const personSelect = { id: true, email: true, name: true, alias: true } as const;

/** A person (personSelect) as the recipient of a prompt about `about`. */
function recipient(
  user: { id: string; email: string; name: string | null; alias: string | null },
  about: { subjectId: string; url: string; moment: Date },
): Recipient {
  return { userId: user.id, email: user.email, name: user.name, alias: user.alias, ...about };
}

type EventForPrompts = {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  registrationClosesAt: Date;
  startsAt: Date;
  submissionDeadline: Date;
};

/**
 * People who began the event's registration form (RegistrationStart) and have no registration at the
 * event, in whatever state: one who registered and withdrew is not asked again.
 */
async function withRegistrationToFinish(db: Db, event: EventForPrompts): Promise<Recipient[]> {
  const rows = await db.registrationStart.findMany({
    where: {
      eventId: event.id,
      user: { deletedAt: null, registrations: { none: { eventId: event.id } } },
    },
    select: { user: { select: personSelect } },
    take: 10_000,
  });
  const about = {
    subjectId: "",
    url: appUrl(`/events/${event.slug}/register`),
    moment: event.registrationClosesAt,
  };
  return rows.map(({ user }) => recipient(user, about));
}

/** Confirmed participants of the event who are in no team. */
async function withoutTeam(db: Db, event: EventForPrompts): Promise<Recipient[]> {
  const rows = await db.registration.findMany({
    where: {
      eventId: event.id,
      status: "CONFIRMED",
      user: { deletedAt: null, teamMembers: { none: { eventId: event.id } } },
    },
    select: { user: { select: personSelect } },
    take: 10_000,
  });
  const about = { subjectId: "", url: appUrl(`/events/${event.slug}/teams`), moment: event.startsAt };
  return rows.map(({ user }) => recipient(user, about));
}

/** Members (still registered) of the event's teams whose project is not submitted, withdrawn or out. */
async function withProjectToSubmit(db: Db, event: EventForPrompts): Promise<Recipient[]> {
  const teams = await db.team.findMany({
    where: { eventId: event.id, OR: [{ submission: null }, { submission: { status: "DRAFT" } }] },
    select: {
      members: {
        where: {
          user: {
            deletedAt: null,
            registrations: { some: { eventId: event.id, status: { not: "WITHDRAWN" } } },
          },
        },
        select: { user: { select: personSelect } },
      },
    },
    take: 5_000,
  });
  const about = {
    subjectId: "",
    url: appUrl(`/events/${event.slug}/submission`),
    moment: event.submissionDeadline,
  };
  return teams.flatMap((team) => team.members.map(({ user }) => recipient(user, about)));
}

/** Members of the event's teams whose project is submitted: asked what happened next. */
async function withSubmittedProject(db: Db, event: EventForPrompts): Promise<Recipient[]> {
  const teams = await db.team.findMany({
    where: { eventId: event.id, submission: { status: "SUBMITTED" } },
    select: { members: { where: { user: { deletedAt: null } }, select: { user: { select: personSelect } } } },
    take: 5_000,
  });
  const about = {
    subjectId: "",
    url: appUrl(`/events/${event.slug}/submission#what-happened-next`),
    moment: event.submissionDeadline,
  };
  return teams.flatMap((team) => team.members.map(({ user }) => recipient(user, about)));
}

/** Accepted judges of the round with entries still waiting for their scores. */
async function judgesWithScoresToGive(db: Db, round: { id: string; closesAt: Date }): Promise<Recipient[]> {
  const judges = await db.roundJudge.findMany({
    where: {
      roundId: round.id,
      status: "ACCEPTED",
      assignments: { some: { status: "PENDING" } },
      user: { deletedAt: null },
    },
    select: { user: { select: personSelect } },
  });
  const about = { subjectId: round.id, url: appUrl(`/judging/${round.id}`), moment: round.closesAt };
  return judges.map(({ user }) => recipient(user, about));
}

/** Who a prompt about the event as a whole (not a round) goes to. */
function recipientsOf(db: Db, kind: Exclude<PromptKind, "JUDGE_SCORES">, event: EventForPrompts) {
  switch (kind) {
    case "REGISTRATION_CLOSING":
      return withRegistrationToFinish(db, event);
    case "NO_TEAM":
      return withoutTeam(db, event);
    case "PROJECT_DAY_BEFORE":
    case "PROJECT_HOURS_BEFORE":
      return withProjectToSubmit(db, event);
    case "FOLLOW_UP_1_MONTH":
    case "FOLLOW_UP_3_MONTHS":
    case "FOLLOW_UP_6_MONTHS":
      return withSubmittedProject(db, event);
  }
}

/**
 * Sends every timely prompt due at `now` (rules.ts: inside its window, and not in the quiet hours of
 * the event's zone), for published events whose organisers have not switched it off, each to each
 * person once: the PromptDelivery row is written first and its unique key decides, so two sweeps at
 * once (two instances) send one email. A person who turned reminders off is recorded and not emailed
 * (sendMail checks). Also forgets who began registering for events whose registration closed over a
 * day ago. Returns how many were sent.
 */
export async function sendDuePrompts(db: Db, params: { now: Date }): Promise<number> {
  const { now } = params;
  const soon = (hours: number) => new Date(now.getTime() + hours * HOUR);
  // Who began registering is kept only for the reminder: forgotten a day after registration closes.
  await db.registrationStart.deleteMany({ where: { event: { registrationClosesAt: { lt: soon(-24) } } } });
  const events = await db.event.findMany({
    where: {
      OR: [
        { status: "PUBLISHED", registrationClosesAt: { gt: now, lte: soon(48) } },
        { status: "PUBLISHED", startsAt: { gt: now, lte: soon(48) } },
        { status: "PUBLISHED", submissionDeadline: { gt: now, lte: soon(24) } },
        { status: "PUBLISHED", rounds: { some: { status: "OPEN", closesAt: { gt: now, lte: soon(24) } } } },
        // The follow-ups, months after: an archived event's teams are asked too.
        {
          status: { in: ["PUBLISHED", "ARCHIVED"] },
          submissionDeadline: {
            lte: soon(-FOLLOW_UP_DAYS.FOLLOW_UP_1_MONTH * 24),
            gt: soon(-(FOLLOW_UP_DAYS.FOLLOW_UP_6_MONTHS + FOLLOW_UP_WINDOW_DAYS) * 24),
          },
        },
      ],
    },
    select: {
      id: true,
      slug: true,
      name: true,
      timeZone: true,
      registrationClosesAt: true,
      startsAt: true,
      submissionDeadline: true,
      prompts: { select: { kind: true, enabled: true, message: true } },
      rounds: {
        where: { status: "OPEN", closesAt: { gt: now, lte: soon(24) } },
        select: { id: true, closesAt: true },
      },
    },
    take: 500,
  });
  let sent = 0;
  for (const event of events) {
    const settings = new Map(event.prompts.map((p) => [p.kind, p]));
    for (const kind of PROMPT_KINDS) {
      const setting = settings.get(kind);
      if (setting && !setting.enabled) continue;
      const recipients: Recipient[] = [];
      if (kind === "JUDGE_SCORES") {
        for (const round of event.rounds) {
          const closesAt = round.closesAt;
          if (
            !closesAt ||
            !promptDue(promptWindow(kind, { ...event, roundClosesAt: closesAt }), now, event.timeZone)
          )
            continue;
          recipients.push(...(await judgesWithScoresToGive(db, { id: round.id, closesAt })));
        }
      } else if (promptDue(promptWindow(kind, event), now, event.timeZone)) {
        recipients.push(...(await recipientsOf(db, kind, event)));
      }
      for (const recipient of recipients) {
        if (await sendOnce(db, { event, kind, recipient, message: setting?.message ?? null, now })) sent += 1;
      }
    }
  }
  return sent;
}

/** Records the prompt for the person, and emails it if nobody has; false when it was sent before. */
async function sendOnce(
  db: Db,
  params: {
    event: EventForPrompts;
    kind: PromptKind;
    recipient: Recipient;
    message: string | null;
    now: Date;
  },
): Promise<boolean> {
  const { event, kind, recipient } = params;
  try {
    await db.promptDelivery.create({
      data: {
        eventId: event.id,
        kind,
        userId: recipient.userId,
        subjectId: recipient.subjectId,
        sentAt: params.now,
      },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  const text = promptText(
    kind,
    { event: event.name, deadline: formatInZone(recipient.moment, event.timeZone) },
    params.message,
  );
  try {
    // False when the person turned reminders off, or nobody is behind the address: recorded, not sent.
    return await sendMail(
      db,
      recipient.email,
      promptMail({
        recipientName: greetingName(recipient),
        subject: text.subject,
        message: text.message,
        action: { label: text.action, url: recipient.url },
      }),
    );
  } catch (error) {
    // Recorded already: a prompt is sent at most once, never twice after a partial failure.
    log.error("prompt not sent", { kind, eventId: event.id, error: String(error) });
    return false;
  }
}

/** The prompts' settings for an event, for its organisers: each kind on or off, with its message. */
export async function promptSettings(db: Db, params: { eventId: string }) {
  const [event, rows, counts] = await Promise.all([
    db.event.findUniqueOrThrow({
      where: { id: params.eventId },
      select: {
        name: true,
        timeZone: true,
        registrationClosesAt: true,
        startsAt: true,
        submissionDeadline: true,
      },
    }),
    db.eventPrompt.findMany({
      where: { eventId: params.eventId },
      select: { kind: true, enabled: true, message: true },
    }),
    db.promptDelivery.groupBy({ by: ["kind"], where: { eventId: params.eventId }, _count: { _all: true } }),
  ]);
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  const sentByKind = new Map(counts.map((c) => [c.kind, c._count._all]));
  return PROMPT_KINDS.map((kind) => {
    const row = byKind.get(kind);
    const moment =
      kind === "REGISTRATION_CLOSING"
        ? event.registrationClosesAt
        : kind === "NO_TEAM"
          ? event.startsAt
          : event.submissionDeadline;
    const own = kind === "JUDGE_SCORES" ? null : promptWindow(kind, event);
    const window = own ? sendingWindow(own, event.timeZone) : null;
    return {
      kind,
      enabled: row?.enabled ?? true,
      message: row?.message ?? null,
      sent: sentByKind.get(kind) ?? 0,
      /** When it starts going out for this event (null for judges: it depends on each round). */
      from: window?.from ?? null,
      preview: promptText(
        kind,
        {
          event: event.name,
          deadline:
            kind === "JUDGE_SCORES" ? "the round's closing time" : formatInZone(moment, event.timeZone),
        },
        row?.message,
      ),
    };
  });
}

/**
 * Switches a prompt on or off for the event and sets its message (null or blank: the default words).
 * INVALID_INPUT on `message` for a placeholder other than {event} and {deadline}. Audited.
 */
export async function updatePrompt(
  db: Db,
  params: { eventId: string; actorId: string; kind: PromptKind; enabled: boolean; message: string | null },
): Promise<void> {
  const message = params.message?.trim() || null;
  const unknown = message ? unknownPlaceholders(message, PROMPT_PLACEHOLDERS) : [];
  if (unknown.length > 0) {
    const text = refuse("unknownPlaceholders", {
      placeholders: unknown.map((p) => `{${p}}`).join(", "),
    });
    throw new DomainError("INVALID_INPUT", text, { message: [text.text] });
  }
  await db.$transaction(async (tx) => {
    await tx.eventPrompt.upsert({
      where: { eventId_kind: { eventId: params.eventId, kind: params.kind } },
      create: {
        eventId: params.eventId,
        kind: params.kind,
        enabled: params.enabled,
        message,
        updatedById: params.actorId,
      },
      update: { enabled: params.enabled, message, updatedById: params.actorId },
      select: { eventId: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "prompt.update",
      entityType: "EventPrompt",
      entityId: `${params.eventId}:${params.kind}`,
      data: { kind: params.kind, enabled: params.enabled, customMessage: message !== null },
    });
  });
}
