import "server-only";
import type { Db } from "../db/create.ts";

export function profileOf(db: Db, params: { userId: string }) {
  return db.user.findUniqueOrThrow({
    where: { id: params.userId },
    select: { email: true, name: true, alias: true },
  });
}
