import { Prisma } from "./generated/client.ts";

/**
 * A unique index refused the write. With `field`, only when that field is part of the index (the
 * driver adapter reports the index's fields in `meta`).
 */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2002" &&
    (field === undefined || JSON.stringify(error.meta ?? {}).includes(field))
  );
}
