// The driver adapter the wasm schema engine talks to PostgreSQL (or PGlite) through. It is
// @prisma/adapter-pg with three corrections the engine needs (see ./README.md, "The workarounds",
// 2-5):
// - scripts run whole, as one simple-protocol query, like the native engine does (adapter-pg splits
//   them on ";", which breaks function bodies and makes a migration non-atomic);
// - PostgreSQL's internal "char" type (OID 18), which the engine's catalog queries return, is reported
//   as the Character column type (adapter-pg rejects it; mapping it to text makes the engine panic);
// - the shadow database is created by us (adapter-pg's own connectToShadowDb talks to the main
//   database), and on PGlite, which serves one database under every name, it is a fresh in-memory PGlite.
import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;
const charColumns = Symbol("charColumns");

type QueryResultWithMarks = pg.QueryResult & { rows: unknown[] & { [charColumns]?: number[] } };

function markCharColumns(result: unknown): void {
  const results = Array.isArray(result) ? result : [result];
  for (const res of results as QueryResultWithMarks[]) {
    if (!res?.fields) continue;
    const indexes: number[] = [];
    res.fields.forEach((field, index) => {
      if (field.dataTypeID === CHAR_OID) {
        // adapter-pg refuses OID 18; the values are already parsed as strings, so let it pass as
        // text and restore the real column type in queryRaw below.
        field.dataTypeID = TEXT_OID;
        indexes.push(index);
      }
    });
    if (indexes.length > 0) {
      Object.defineProperty(res.rows, charColumns, { value: indexes, enumerable: false });
    }
  }
}

class CharAwareClient extends pg.Client {
  // pg-pool calls query with a callback, a transaction's client with a promise: handle both.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- always called with .apply(this, …)
    const superQuery = pg.Client.prototype.query as (...a: unknown[]) => unknown;
    if (typeof last === "function") {
      const callback = last as (err: unknown, res: unknown) => void;
      const wrapped = (err: unknown, res: unknown) => {
        if (!err) markCharColumns(res);
        callback(err, res);
      };
      return superQuery.apply(this, [...args.slice(0, -1), wrapped]) as never;
    }
    const result = superQuery.apply(this, args);
    if (result instanceof Promise) {
      return result.then((res: unknown) => {
        markCharColumns(res);
        return res;
      }) as never;
    }
    return result as never;
  }
}

function restoreCharColumns(result: SqlResultSet): SqlResultSet {
  const indexes = (result.rows as { [charColumns]?: number[] })[charColumns];
  for (const index of indexes ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
  return result;
}

function correctQueryable<T extends SqlQueryable>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query: SqlQuery) => restoreCharColumns(await queryRaw(query));
  return queryable;
}

function correctAdapter(adapter: SqlDriverAdapter, onDispose?: () => Promise<void>): SqlDriverAdapter {
  correctQueryable(adapter);
  // No parameters: pg sends it with the simple query protocol, which runs several statements as
  // one implicit transaction.
  adapter.executeScript = async (script: string) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) =>
    correctQueryable(await startTransaction(isolationLevel));
  if (onDispose) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await onDispose();
    };
  }
  return adapter;
}

/** How long a connection may take when the address does not say (the native engine's default is 5 s). */
const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;

/**
 * The connection timeout in ms for `url`: its `connect_timeout` parameter (seconds, as libpq and Prisma's
 * native engine read it) when it is a positive whole number, else 15 s. node-postgres does not read the
 * parameter itself, so without this a URL's longer timeout was ignored (P1001 "timeout expired" after 15 s
 * against an embedded database busy answering other clients).
 */
export function connectTimeoutMs(url: string): number {
  let seconds: string | null = null;
  try {
    seconds = new URL(url).searchParams.get("connect_timeout");
  } catch {
    return DEFAULT_CONNECT_TIMEOUT_MS;
  }
  return seconds !== null && /^[1-9]\d{0,5}$/.test(seconds)
    ? Number(seconds) * 1000
    : DEFAULT_CONNECT_TIMEOUT_MS;
}

function connectTo(url: string, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  // One connection, as the native engine uses: its advisory lock and session state live on it.
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    Client: CharAwareClient,
    connectionTimeoutMillis: connectTimeoutMs(url),
  });
  return new PrismaPg(pool, { disposeExternalPool: true })
    .connect()
    .then((adapter) => correctAdapter(adapter, onDispose));
}

export function isPGliteVersion(version: string): boolean {
  return version.includes("PGlite");
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs(url) });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("select version() as version");
    return rows[0]?.version ?? "";
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function temporaryShadowDatabase(url: string): Promise<SqlDriverAdapter> {
  const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs(url) });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return connectTo(withDatabase(url, name), async () => {
    const dropper = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs(url) });
    await dropper.connect();
    try {
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await dropper.end();
    }
  });
}

async function inMemoryPGliteShadow(): Promise<SqlDriverAdapter> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 4 });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
  return connectTo(url, async () => {
    await server.stop();
    await db.close();
  });
}

export interface DatasourceUrls {
  url: string;
  shadowDatabaseUrl?: string | undefined;
}

export function migrationAdapterFactory(datasource: DatasourceUrls): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(datasource.url),
    connectToShadowDb: async () => {
      if (datasource.shadowDatabaseUrl) return connectTo(datasource.shadowDatabaseUrl);
      if (isPGliteVersion(await serverVersion(datasource.url))) return inMemoryPGliteShadow();
      return temporaryShadowDatabase(datasource.url);
    },
  };
}
