import "server-only";
import { appUrl } from "../http/app-url.ts";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { createOnce, recordRequestKey, requestKeyScope } from "../idempotency/commands.ts";
import { sendMail } from "../mail/send.ts";
import { announcementMail } from "../mail/templates.ts";

/**
 * Posts an announcement on the event page and emails everyone registered (not withdrawn). The post is
 * saved first; emails follow it, one per person, so nobody sees anyone else's address. The same request
 * sent twice (same `requestKey`) posts and emails once; the repeat is told how many were emailed.
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
    // The first request emailed everyone registered then; the repeat reports the same audience.
    async (id) => ({ id, recipients: await db.registration.count({ where: recipientsOf(params.event.id) }) }),
  );
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
  for (const { user } of recipients) await sendMail(db, user.email, content);
  return { id: announcement.id, recipients: recipients.length };
}
