// The database's ceiling for the event page: a plain Node `http` server, in a process of its own, that
// answers every request by running the SQL the event page's procedures ran (captured from Prisma's query log
// by bench/load/run.ts, with the same parameters) through a `pg` pool of the app's size, and sends a small
// HTML page of the row counts. No framework, no React, no ORM: what is left is PostgreSQL and the driver.
//
//   tsx bench/load/pg-baseline.ts SPEC     SPEC: JSON { port, databaseUrl, poolMax, groups }; prints "ready"
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import pg from "pg";

/** One procedure's queries, run one after another (as Prisma ran them); the groups run side by side. */
export interface QueryGroup {
  procedure: string;
  queries: { sql: string; params: unknown[] }[];
}

export interface PgBaselineSpec {
  port: number;
  databaseUrl: string;
  poolMax: number;
  groups: QueryGroup[];
}

/** Runs every group (in parallel, each in order) and returns the rows each query gave. */
export async function runGroups(pool: pg.Pool, groups: readonly QueryGroup[]): Promise<number[][]> {
  return Promise.all(
    groups.map(async (group) => {
      const counts: number[] = [];
      for (const query of group.queries)
        counts.push((await pool.query(query.sql, query.params)).rowCount ?? 0);
      return counts;
    }),
  );
}

const [specPath] = process.argv.slice(2);
if (specPath) {
  const spec = JSON.parse(readFileSync(specPath, "utf8")) as PgBaselineSpec;
  const pool = new pg.Pool({
    connectionString: spec.databaseUrl,
    max: spec.poolMax,
    options: "-c TimeZone=UTC",
  });
  const server = createServer((_request, response) => {
    runGroups(pool, spec.groups).then(
      (counts) => {
        const items = spec.groups.map(
          (g, i) => `<li>${g.procedure}: ${(counts[i] ?? []).join(", ")} rows</li>`,
        );
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(`<!doctype html><title>event page data</title><ul>${items.join("")}</ul>`);
      },
      (error: unknown) => {
        response.writeHead(500, { "content-type": "text/plain" });
        response.end(String(error));
      },
    );
  });
  server.keepAliveTimeout = 65_000;
  server.listen(spec.port, "127.0.0.1", () => console.log("ready"));
  const stop = () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
