import "server-only";
import { appUrl } from "../http/app-url.ts";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { createOnce, recordRequestKey, requestKeyScope } from "../idempotency/commands.ts";
import { mayEmail, sendMail } from "../mail/send.ts";
import { announcementMail } from "../mail/templates.ts";

/** This module's refusals ("AnnouncementErrors"). */
const refuse = refusals("AnnouncementErrors");

/**
 * Posts an announcement on the event page and emails everyone registered (not withdrawn) who has not
 * turned announcements off. The post is saved first; emails follow it, one per person, so nobody sees
 * anyone else's address. The same request sent twice (same `requestKey`) posts and emails once; the
 * repeat is told how many were emailed.
 */
export async function postAnnouncement(
  db: Db,
  params: {
    event: { id: string; name: string; slug: string };
    actorId: string;
    title: string;
    body: string;
    requestKey?: string | undefined;
  },
): Promise<{ id: string; recipients: number }> {
  const scope = requestKeyScope(params.actorId, params.requestKey, "announcement.post");
  return createOnce(
    db,
    scope,
    () => postAndEmail(db, params, scope),
    // The first request emailed everyone registered who takes announcements; the repeat reports the
    // same audience without emailing them again.
    async (id) => ({ id, recipients: await emailableRecipients(db, params.event.id) }),
  );
}

async function emailableRecipients(db: Db, eventId: string): Promise<number> {
  const recipients = await db.registration.findMany({
    where: recipientsOf(eventId),
    select: { user: { select: { email: true } } },
  });
  let count = 0;
  for (const { user } of recipients) if (await mayEmail(db, user.email, "announcement")) count++;
  return count;
}

const recipientsOf = (eventId: string) => ({ eventId, status: { not: "WITHDRAWN" as const } });

async function postAndEmail(
  db: Db,
  params: { event: { id: string; name: string; slug: string }; actorId: string; title: string; body: string },
  scope: Parameters<typeof recordRequestKey>[1],
): Promise<{ id: string; recipients: number }> {
  const announcement = await db.$transaction(async (tx) => {
    const created = await tx.announcement.create({
      data: { eventId: params.event.id, title: params.title, body: params.body, authorId: params.actorId },
      select: { id: true },
    });
    await recordRequestKey(tx, scope, created.id);
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.event.id,
      action: "announcement.post",
      entityType: "Announcement",
      entityId: created.id,
    });
    return created;
  });
  const recipients = await db.registration.findMany({
    where: recipientsOf(params.event.id),
    select: { user: { select: { email: true } } },
  });
  const url = appUrl(`/events/${params.event.slug}`);
  const content = announcementMail({
    eventName: params.event.name,
    title: params.title,
    body: params.body,
    url,
  });
  let emailed = 0;
  for (const { user } of recipients) if (await sendMail(db, user.email, content)) emailed++;
  // Counts only those who were emailed: people who turned announcements off read them on the page.
  return { id: announcement.id, recipients: emailed };
}

const notFound = () => new DomainError("NOT_FOUND", refuse("announcementNotFound"));

/**
 * Corrects an announcement on the event page. It is not emailed again (people would get the same news
 * twice); the page marks it as edited, and the audit log keeps the text it had.
 */
export async function editAnnouncement(
  db: Db,
  params: {
    eventId: string;
    announcementId: string;
    actorId: string;
    title: string;
    body: string;
    now: Date;
  },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.announcement.findFirst({
      where: { id: params.announcementId, eventId: params.eventId },
      select: { id: true, title: true, body: true },
    });
    if (!before) throw notFound();
    if (before.title === params.title && before.body === params.body) return;
    await tx.announcement.update({
      where: { id: before.id },
      data: { title: params.title, body: params.body, editedAt: params.now },
      select: { id: true },
    });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "announcement.edit",
      entityType: "Announcement",
      entityId: before.id,
      data: { before: { title: before.title, body: before.body } },
    });
  });
}

/** Takes an announcement off the event page (the audit log keeps what it said). */
export async function deleteAnnouncement(
  db: Db,
  params: { eventId: string; announcementId: string; actorId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.announcement.findFirst({
      where: { id: params.announcementId, eventId: params.eventId },
      select: { id: true, title: true, body: true },
    });
    if (!before) throw notFound();
    await tx.announcement.delete({ where: { id: before.id } });
    await audit(tx, {
      actorId: params.actorId,
      eventId: params.eventId,
      action: "announcement.delete",
      entityType: "Announcement",
      entityId: before.id,
      data: { before: { title: before.title, body: before.body } },
    });
  });
}
