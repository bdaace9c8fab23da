import "server-only";
import type { Db } from "../db/create.ts";

export function latestOutboxEmails(db: Db, params: { to?: string | undefined; take: number }) {
  return db.outboxEmail.findMany({
    where: params.to ? { to: params.to } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: params.take,
    select: { id: true, to: true, subject: true, text: true, link: true, kind: true, createdAt: true },
  });
}
