// Reporting a safeguarding concern, and the lead recording what was done.
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { appUrl } from "../http/app-url.ts";
import { log } from "../log.ts";
import { concernReportedMail } from "../mail/safeguarding-templates.ts";
import { sendMail } from "../mail/send.ts";
import { readsConcern, routeConcern } from "./rules.ts";
import type { ReportConcernInput } from "./schema.ts";

/** This module's refusals ("ConcernErrors"). */
const refuse = refusals("ConcernErrors");

/** Where a reader opens a concern. */
export const concernPath = (eventId: string, concernId: string) =>
  `/manage/events/${eventId}/concerns/${concernId}`;

/**
 * Records a concern reported about something at `event` by anyone (signed in or not; `reporterId` is
 * kept as a plain id when signed in, so a deleted account does not take the report with it), routed by
 * routeConcern to the event's safeguarding leads or its organisers, and emails each of them that there
 * is one (never its content). The audit entry holds no content either. Returns `{ id, routedTo }`.
 */
export async function reportConcern(
  db: Db,
  params: {
    event: { id: string; name: string };
    reporterId: string | null;
    input: Required<ReportConcernInput>;
  },
) {
  const { event, input } = params;
  const concern = await db.$transaction(async (tx) => {
    const leadCount = await tx.eventRole.count({ where: { eventId: event.id, role: "SAFEGUARDING_LEAD" } });
    const routedTo = routeConcern({ aboutLead: input.aboutLead, leadCount });
    const row = await tx.safeguardingConcern.create({
      data: {
        eventId: event.id,
        reportedById: params.reporterId,
        reporterName: input.reporterName,
        reporterContact: input.reporterContact,
        about: input.about,
        description: input.description,
        aboutLead: input.aboutLead,
        routedTo,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.reporterId,
      eventId: event.id,
      action: "concern.report",
      entityType: "SafeguardingConcern",
      entityId: row.id,
      data: { routedTo },
    });
    return { id: row.id, routedTo };
  });
  const readers = await db.eventRole.findMany({
    where: { eventId: event.id, role: concern.routedTo },
    distinct: ["userId"],
    select: { user: { select: { email: true } } },
  });
  const mail = concernReportedMail({ eventName: event.name, url: appUrl(concernPath(event.id, concern.id)) });
  for (const reader of readers) {
    // The report is stored whatever happens to the email: a failed email is logged, not the reporter's problem.
    await sendMail(db, reader.user.email, mail).catch((error: unknown) =>
      log.error("concern email failed", { error: String(error) }),
    );
  }
  return concern;
}

/**
 * A reader records what was done about a concern, and whether it stays open. NOT_FOUND unless the
 * caller reads it (readsConcern with their `roles` at the event). Audited (without the text).
 */
export async function recordConcernAction(
  db: Db,
  params: {
    eventId: string;
    actorId: string;
    roles: readonly string[];
    concernId: string;
    text: string;
    status: "OPEN" | "CLOSED";
    now: Date;
  },
) {
  return db.$transaction(async (tx) => {
    const concern = await tx.safeguardingConcern.findFirst({
      where: { id: params.concernId, eventId: params.eventId },
      select: { id: true, routedTo: true, status: true },
    });
    if (!concern || !readsConcern(params.roles, concern.routedTo)) {
      throw new DomainError("NOT_FOUND", refuse("concernNotFound"));
    }
    await tx.safeguardingAction.create({
      data: { concernId: concern.id, byUserId: params.actorId, text: params.text, createdAt: params.now },
      select: { id: true },
    });
    await tx.safeguardingConcern.update({
      where: { id: concern.id },
      data: { status: params.status, closedAt: params.status === "CLOSED" ? params.now : null },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "concern.action",
      entityType: "SafeguardingConcern",
      entityId: concern.id,
      data: { status: params.status, statusBefore: concern.status },
    });
    return { status: params.status };
  });
}
