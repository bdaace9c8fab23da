import type { Prisma } from "./db/generated/client.ts";
import type { Tx } from "./db/create.ts";

export interface AuditEntry {
  actorId: string | null;
  eventId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
}

/** Append-only record of who did what; written in the same transaction as the change. */
export async function audit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      eventId: entry.eventId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data ?? {},
    },
    select: { id: true },
  });
}
