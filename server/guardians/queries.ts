// The children's profiles a guardian keeps, with the events each is registered for.
import type { Db } from "../db/create.ts";

/**
 * The profiles `guardianId` keeps (not deleted), oldest first:
 * `{ id, name, alias, registrations: { eventName, eventSlug, status }[] }[]`, newest registration first.
 */
export function childrenOf(db: Db, params: { guardianId: string }) {
  return db.user.findMany({
    where: { managedById: params.guardianId, deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      name: true,
      alias: true,
      registrations: {
        orderBy: { createdAt: "desc" },
        select: { status: true, event: { select: { name: true, slug: true } } },
      },
    },
  });
}
