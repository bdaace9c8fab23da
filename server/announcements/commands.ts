import "server-only";
import { appUrl } from "../http/app-url.ts";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { DomainError } from "../errors.ts";
import { sendMail } from "../mail/send.ts";
import { announcementMail } from "../mail/templates.ts";

/**
 * Posts an announcement on the event page and emails everyone registered (not withdrawn) who has not
 * turned announcements off. The post is saved first; emails follow it, one per person, so nobody sees
 * anyone else's address.
 */
export async function postAnnouncement(
  db: Db,
  params: { event: { id: string; name: string; slug: string }; actorId: string; title: string; body: string },
): Promise<{ id: string; recipients: number }> {
  const announcement = await db.$transaction(async (tx) => {
    const created = await tx.announcement.create({
      data: { eventId: params.event.id, title: params.title, body: params.body, authorId: params.actorId },
      select: { id: true },
    });
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
    where: { eventId: params.event.id, status: { not: "WITHDRAWN" } },
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

const notFound = () => new DomainError("NOT_FOUND", "We couldn't find that announcement.");

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
