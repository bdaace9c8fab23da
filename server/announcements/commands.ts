import "server-only";
import { appUrl } from "../http/app-url.ts";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
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
