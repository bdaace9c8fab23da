// One driver path for every database: @prisma/adapter-pg over a pg pool, whether the server is a
// real PostgreSQL or the embedded PGlite served over the wire protocol.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(url: string, { poolMax }: { poolMax: number }): Db {
  const adapter = new PrismaPg({
    connectionString: url,
    max: poolMax,
    // pg waits forever for a free connection by default.
    connectionTimeoutMillis: 10_000,
    // adapter-pg sends dates without an offset and reads them back with the session's offset
    // replaced (prisma/orm #26786): pin the session to UTC so stored instants are right.
    options: "-c TimeZone=UTC",
  });
  return new PrismaClient({ adapter });
}
