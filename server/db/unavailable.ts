/**
 * Whether an error means the database cannot be reached just now (down, restarting, unreachable, or
 * out of connections), as opposed to a fault in a query or in the app. The app answers such errors with
 * 503 and Retry-After (server/trpc.ts, app/api/health) instead of a 500.
 *
 * The shapes, as produced against PostgreSQL 15 with @prisma/adapter-pg 7.10 and pg 8.23 (each one is
 * produced for real in unavailable.int.test.ts):
 *
 * - `PrismaClientKnownRequestError` whose `meta.driverAdapterError` is the adapter's `DriverAdapterError`,
 *   with `cause` the adapter's mapped error `{ kind, … }`:
 *   - `{ kind: "DatabaseNotReachable", host, port }` (ECONNREFUSED, ENOTFOUND): code P1001 from a model
 *     query or an interactive transaction, P2010 ("Raw query failed") from `$queryRaw`;
 *   - `{ kind: "ConnectionClosed" }` (ECONNRESET, P1017), `{ kind: "SocketTimeout" }` (ETIMEDOUT, P1008),
 *     `{ kind: "TooManyConnections" }` (SQLSTATE 53300, P2037);
 *   - `{ kind: "postgres", code, severity, message }` for any other SQLSTATE the server sent, e.g.
 *     `57P01` "terminating connection due to administrator command" (pg_terminate_backend, or a fast
 *     shutdown of the server): P2039 ("Database error") from a model query, P2010 from `$queryRaw`.
 * - A plain `Error` that pg or pg-pool threw and the adapter passed through untouched (no code at all):
 *   "Connection terminated unexpectedly" (the socket closed without a message: a network drop, a killed
 *   server), "Connection terminated due to connection timeout" (no answer within connectionTimeoutMillis;
 *   its `cause` is the former), "timeout exceeded when trying to connect" (pg-pool: no free connection
 *   within connectionTimeoutMillis), "Client has encountered a connection error and is not queryable".
 * - pg's and Node's own errors, where they are seen unwrapped: `code` "ECONNREFUSED" and the other
 *   network codes below (an `AggregateError` holding one per address when several were tried), or a pg
 *   `DatabaseError` whose `code` is the SQLSTATE.
 * - Prisma's own codes for the same conditions: P1001, P1002, P1008, P1017, P2024, P2037, on `code`
 *   (`PrismaClientKnownRequestError`) or `errorCode` (`PrismaClientInitializationError`).
 *
 * Errors are walked through `cause`, `meta.driverAdapterError` and `AggregateError.errors`, to depth 8.
 *
 * ENOTFOUND and EAI_AGAIN count: the database's host name vanishing from DNS is what a restarting
 * database container looks like to its neighbours (the adapter maps ENOTFOUND to DatabaseNotReachable
 * too). A host name that is simply wrong therefore also answers 503; it is logged as a warning every
 * time, and the health check fails, so it does not go unnoticed. A database that does not exist (3D000)
 * or refused credentials (28P01) are configuration faults, not outages: they stay 500s.
 */

import { log } from "../log.ts";

/** What a person is told when the database cannot be reached (tRPC's SERVICE_UNAVAILABLE, HTTP 503). */
export const DATABASE_UNAVAILABLE_MESSAGE =
  "We can't reach our database just now. Please try again in a moment.";

/** The Retry-After (seconds) sent with those 503s. */
export const RETRY_AFTER_SECONDS = 5;

/** Node's network error codes that mean the server is unreachable or the connection broke. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/** Prisma's codes for an unreachable server, a timed-out or closed connection, an exhausted pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"]);

/** @prisma/adapter-pg's mapped error kinds (DriverAdapterError's `cause.kind`) for the same. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);

/** pg's and pg-pool's messages for errors they throw without a code. */
const PG_MESSAGES = new Set([
  "Connection terminated unexpectedly",
  "Connection terminated due to connection timeout",
  "timeout exceeded when trying to connect",
  "Client has encountered a connection error and is not queryable",
]);

/**
 * SQLSTATE class 08 (connection exception), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot
 * connect now (starting up, shutting down, in recovery), 53300 too many connections.
 */
export function isUnavailableSqlState(code: string): boolean {
  return /^08[0-9A-Z]{3}$/.test(code) || /^57P0[123]$/.test(code) || code === "53300";
}

const MAX_DEPTH = 8;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): boolean => {
    if (depth > MAX_DEPTH || typeof value !== "object" || value === null || seen.has(value)) return false;
    seen.add(value);
    const node = value as Record<string, unknown>;
    const { code, errorCode, kind, message } = node;
    if (typeof code === "string") {
      if (NETWORK_CODES.has(code) || PRISMA_CODES.has(code) || isUnavailableSqlState(code)) return true;
    }
    if (typeof errorCode === "string" && PRISMA_CODES.has(errorCode)) return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (typeof message === "string" && PG_MESSAGES.has(message)) return true;
    const meta = node.meta;
    const children: unknown[] = [
      node.cause,
      typeof meta === "object" && meta !== null ? (meta as Record<string, unknown>).driverAdapterError : null,
      ...(Array.isArray(node.errors) ? (node.errors as unknown[]) : []),
    ];
    return children.some((child) => visit(child, depth + 1));
  };
  return visit(error, 0);
}

/** At most one warning per this many milliseconds; an outage fails every request. */
const WARN_EVERY_MS = 10_000;
const warned = { at: -Infinity, suppressed: 0 };

/**
 * Logs that the database could not be reached (`where`: a procedure's path, "health", "session"), as a
 * warning at most once every 10 s per process, with how many were left out since the last one.
 */
export function warnDatabaseUnavailable(where: string, error: unknown): void {
  const now = performance.now();
  if (now - warned.at < WARN_EVERY_MS) {
    warned.suppressed++;
    return;
  }
  const suppressed = warned.suppressed;
  warned.at = now;
  warned.suppressed = 0;
  log.warn("database unavailable", { where, suppressed, error });
}
