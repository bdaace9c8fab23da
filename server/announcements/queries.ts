import "server-only";
import type { Db } from "../db/create.ts";

export function eventAnnouncements(db: Db, params: { eventId: string }) {
  return db.announcement.findMany({
    where: { eventId: params.eventId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, title: true, body: true, createdAt: true, editedAt: true },
  });
}
