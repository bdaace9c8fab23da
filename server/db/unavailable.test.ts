// The walk of isDatabaseUnavailable over error shapes (the real errors are produced in
// unavailable.int.test.ts; these are their shapes, copied, plus the edges of the walk).
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUnavailableSqlState } from "./unavailable.ts";

/** What Prisma throws for a driver adapter error: the mapped error sits in meta.driverAdapterError.cause. */
function prismaError(code: string, cause: Record<string, unknown>) {
  const adapterError = Object.assign(new Error(String(cause.kind)), { name: "DriverAdapterError", cause });
  return Object.assign(new Error("Invalid `prisma.$queryRaw()` invocation"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: { driverAdapterError: adapterError },
  });
}

const postgres = (code: string) => ({ kind: "postgres", code, originalCode: code, severity: "FATAL" });

describe("isUnavailableSqlState", () => {
  it.each([
    ["08006", true],
    ["08P01", true],
    ["57P01", true],
    ["57P02", true],
    ["57P03", true],
    ["53300", true],
    ["57P04", false],
    ["57014", false],
    ["23505", false],
    ["3D000", false],
    ["28P01", false],
    ["40001", false],
  ])("%s → %s", (code, expected) => {
    expect(isUnavailableSqlState(code)).toBe(expected);
  });
});

describe("isDatabaseUnavailable", () => {
  it.each([
    ["closed port, $queryRaw", prismaError("P2010", { kind: "DatabaseNotReachable", host: "h", port: 9 })],
    ["closed port, model query", prismaError("P1001", { kind: "DatabaseNotReachable" })],
    ["connection reset", prismaError("P1017", { kind: "ConnectionClosed" })],
    ["socket timeout", prismaError("P1008", { kind: "SocketTimeout" })],
    ["too many connections", prismaError("P2037", { kind: "TooManyConnections", cause: "…" })],
    ["terminated, model query", prismaError("P2039", postgres("57P01"))],
    ["crash shutdown, $queryRaw", prismaError("P2010", postgres("57P02"))],
    ["starting up", prismaError("P2010", postgres("57P03"))],
    ["connection failure", prismaError("P2010", postgres("08006"))],
    ["pool timeout (pg-pool)", new Error("timeout exceeded when trying to connect")],
    ["socket closed (pg)", new Error("Connection terminated unexpectedly")],
    [
      "connect timeout (pg-pool)",
      new Error("Connection terminated due to connection timeout", {
        cause: new Error("Connection terminated unexpectedly"),
      }),
    ],
    ["ECONNREFUSED (pg)", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })],
    [
      "ECONNREFUSED on every address (AggregateError)",
      new AggregateError([Object.assign(new Error("connect"), { code: "ECONNREFUSED" })], ""),
    ],
    ["EHOSTUNREACH", Object.assign(new Error("connect"), { code: "EHOSTUNREACH" })],
    ["ENOTFOUND", Object.assign(new Error("getaddrinfo"), { code: "ENOTFOUND" })],
    ["Prisma pool timeout", Object.assign(new Error("Timed out fetching a connection"), { code: "P2024" })],
    ["initialization error", Object.assign(new Error("Can't reach"), { errorCode: "P1001" })],
    [
      "a TRPCError around one",
      Object.assign(new Error("x"), {
        code: "INTERNAL_SERVER_ERROR",
        cause: prismaError("P1001", { kind: "DatabaseNotReachable" }),
      }),
    ],
  ])("true: %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    [
      "unique violation",
      prismaError("P2002", { kind: "UniqueConstraintViolation", constraint: { index: "x" } }),
    ],
    ["check violation", prismaError("P2039", postgres("23514"))],
    ["syntax error", prismaError("P2010", postgres("42601"))],
    ["no such database", prismaError("P2010", { kind: "DatabaseDoesNotExist", db: "x" })],
    ["authentication failed", prismaError("P1000", { kind: "AuthenticationFailed", user: "x" })],
    ["serialization failure", prismaError("P2034", { kind: "TransactionWriteConflict" })],
    ["a TypeError", new TypeError("x is not a function")],
    ["a domain error", Object.assign(new Error("Taken."), { code: "CONFLICT" })],
    ["a message that merely mentions it", new Error("Connection terminated unexpectedly, said the log")],
    ["undefined", undefined],
    ["a string", "ECONNREFUSED"],
    ["a number", 57],
  ])("false: %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("walks causes to depth 8, not beyond", () => {
    const wrapped = (depth: number) => {
      let error: Error = new Error("Connection terminated unexpectedly");
      for (let i = 0; i < depth; i++) error = new Error(`layer ${i}`, { cause: error });
      return error;
    };
    expect(isDatabaseUnavailable(wrapped(8))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(9))).toBe(false);
  });

  it("stops at a cycle", () => {
    const a = new Error("a");
    const b = new Error("b", { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isDatabaseUnavailable(a)).toBe(false);
  });
});
