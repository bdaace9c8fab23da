import "server-only";
import type { Tx } from "../db/create.ts";
import { lookalikeOf } from "./confusables.ts";

/**
 * Checks that `name` looks like none of the names in one scope (an event's teams, an event's centres),
 * holding a transaction-scoped advisory lock on `scope` so two people cannot claim look-alike names at
 * the same moment. A unique index cannot do this: look-alikes differ byte for byte, and a stored key
 * would have to be recomputed whenever Unicode's confusables table changes. Scopes are small (hundreds
 * of names at most), so comparing against each is cheap.
 * `existing` lists the scope's names (excluding the record being renamed); returns the look-alike or
 * undefined. Call it inside the transaction that writes the name.
 */
export async function lookalikeInScope<T extends { name: string }>(
  tx: Tx,
  params: { scope: string; name: string; existing: () => Promise<T[]> },
): Promise<T | undefined> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${params.scope}, 0))`;
  return lookalikeOf(params.name, await params.existing());
}
