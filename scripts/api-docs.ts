/**
 * Keeps docs/api.md true to the code. Every tRPC procedure in the app router must have one row in
 * docs/api.md's tables, with its kind (query or mutation) and the builder from server/trpc.ts it is made
 * with, read from the router itself; scripts/api-docs.test.ts fails when a row is missing, extra or stale.
 *
 *   npx tsx --conditions react-server scripts/api-docs.ts          check docs/api.md; print rows to add
 *   npx tsx --conditions react-server scripts/api-docs.ts --list   print a row for every procedure
 *
 * (`--conditions react-server` lets the server modules' `import "server-only"` load outside Next.js.)
 *
 * The builder is found by the middlewares a procedure shares with each builder of the ladder: tRPC keeps
 * a builder's middlewares, in order, at the start of every procedure made from it, so the builder with
 * the longest such prefix is the one used. `eventRoleProcedure([...])` makes a new middleware per call,
 * so its roles are read by asking that middleware about a caller holding each role in turn.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { EVENT_ROLES, type EventRole } from "../server/events/policy.ts";
import { appRouter } from "../server/routers/_app.ts";
import * as ladder from "../server/trpc.ts";

export const API_DOC_PATH = fileURLToPath(new URL("../docs/api.md", import.meta.url));

export type ProcedureKind = "query" | "mutation" | "subscription";

/** One procedure as the code defines it. */
export interface ProcedureInfo {
  /** `router.procedure`, as clients call it. */
  path: string;
  kind: ProcedureKind;
  /** The input's top-level keys, `?` after those that may be left out: `{ eventId, centreId? }`, or `none`. */
  input: string;
  /** The builder of server/trpc.ts it is made with, e.g. `protectedProcedure` or `eventRoleProcedure(["ORGANISER"])`. */
  builder: string;
}

/** One row of docs/api.md's procedure tables. */
export interface DocumentedProcedure extends ProcedureInfo {
  /** 1-based line in docs/api.md, for messages. */
  line: number;
}

type Middleware = (opts: Record<string, unknown>) => unknown;

interface ProcedureDef {
  type: ProcedureKind;
  middlewares: Middleware[];
  inputs: unknown[];
}

const KINDS: readonly string[] = ["query", "mutation", "subscription"];

/** The parts of a tRPC builder or procedure definition this script reads, or null if `value` has none. */
function definitionOf(value: unknown): ProcedureDef | null {
  if ((typeof value !== "object" && typeof value !== "function") || value === null) return null;
  const def: unknown = Reflect.get(value, "_def");
  if (typeof def !== "object" || def === null) return null;
  const middlewares: unknown = Reflect.get(def, "middlewares");
  const type: unknown = Reflect.get(def, "type");
  const inputs: unknown = Reflect.get(def, "inputs");
  if (!Array.isArray(middlewares) || !middlewares.every((m) => typeof m === "function")) return null;
  return {
    type: typeof type === "string" && KINDS.includes(type) ? (type as ProcedureKind) : "query",
    middlewares: middlewares as Middleware[],
    inputs: Array.isArray(inputs) ? inputs : [],
  };
}

/** The exported builders of server/trpc.ts with their middlewares (eventRoleProcedure is a factory). */
function ladderBuilders(): { name: string; middlewares: Middleware[] }[] {
  return Object.entries(ladder).flatMap(([name, value]) => {
    if (!name.endsWith("Procedure")) return [];
    const def = definitionOf(value);
    return def ? [{ name, middlewares: def.middlewares }] : [];
  });
}

const startsWith = (list: readonly Middleware[], prefix: readonly Middleware[]) =>
  prefix.length <= list.length && prefix.every((m, i) => list[i] === m);

// tRPC marks the middlewares it adds for `.input()` / `.output()` with `_type`; the last middleware of a
// procedure is its resolver. Whatever else follows the builder's prefix was added with `.use()`.
function addedByUse(middleware: Middleware): boolean {
  return Reflect.get(middleware, "_type") === undefined;
}

/** Whether `middleware` lets through a caller who holds only `role` in the event (and is no admin). */
async function allows(middleware: Middleware, role: EventRole): Promise<boolean> {
  try {
    await middleware({
      ctx: { viewer: { userId: "probe", isPlatformAdmin: false, eventRoles: [role] } },
      next: () => Promise.resolve({ ok: true }),
    });
    return true;
  } catch {
    return false;
  }
}

async function builderOf(def: ProcedureDef, builders: { name: string; middlewares: Middleware[] }[]) {
  const base = builders
    .filter((b) => startsWith(def.middlewares, b.middlewares))
    .sort((a, b) => b.middlewares.length - a.middlewares.length)[0];
  if (!base) return "(no builder of server/trpc.ts)";
  const added = def.middlewares.slice(base.middlewares.length, -1).filter(addedByUse);
  if (added.length === 0) return base.name;
  const [only] = added;
  if (base.name === "eventProcedure" && only && added.length === 1) {
    const roles: EventRole[] = [];
    for (const role of EVENT_ROLES) if (await allows(only, role)) roles.push(role);
    if (roles.length > 0) return `eventRoleProcedure(${JSON.stringify(roles).replaceAll(",", ", ")})`;
  }
  return `${base.name} + ${added.length} more middleware`;
}

/** The object schema a client sends for `schema` (through `.default()`, `.optional()`, `.transform()`), or null. */
function objectSchema(schema: unknown): z.ZodObject | null {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) return objectSchema(schema.unwrap());
  if (schema instanceof z.ZodPipe) return objectSchema(schema.in);
  return null;
}

/**
 * The keys of a procedure's input, merged over its `.input()` calls in order (the builder's first), each
 * followed by `?` when it may be left out. `(not an object)` for an input that is not an object.
 */
function describeInput(inputs: readonly unknown[]): string {
  if (inputs.length === 0) return "none";
  const keys = new Map<string, boolean>();
  for (const input of inputs) {
    const object = objectSchema(input);
    if (!object) return "(not an object)";
    for (const [key, field] of Object.entries(object.shape)) {
      keys.set(key, field instanceof z.ZodType && field.safeParse(undefined).success);
    }
  }
  if (keys.size === 0) return "{}";
  return `{ ${[...keys].map(([key, optional]) => (optional ? `${key}?` : key)).join(", ")} }`;
}

/** Every procedure of `router` (the app router unless told) with its kind, input and builder, sorted by path. */
export async function listProcedures(
  router: { _def: { procedures: object } } = appRouter,
): Promise<ProcedureInfo[]> {
  const builders = ladderBuilders();
  const procedures: ProcedureInfo[] = [];
  for (const [path, procedure] of Object.entries(router._def.procedures)) {
    const def = definitionOf(procedure);
    if (!def) throw new Error(`Cannot read the definition of ${path}`);
    procedures.push({
      path,
      kind: def.type,
      input: describeInput(def.inputs),
      builder: await builderOf(def, builders),
    });
  }
  return procedures.sort((a, b) => a.path.localeCompare(b.path));
}

const unquote = (cell: string) => cell.trim().replace(/^`(.*)`$/, "$1");

/**
 * The procedure rows of docs/api.md: table rows whose first cell is a backquoted `router.procedure`,
 * read as | procedure | kind | input | builder | who may call | what it does |.
 */
export function documentedProcedures(markdown: string): DocumentedProcedure[] {
  return markdown.split("\n").flatMap((text, index) => {
    const match = /^\|\s*`([a-zA-Z]+\.[a-zA-Z]+)`\s*\|([^|]*)\|([^|]*)\|([^|]*)\|/.exec(text);
    if (!match) return [];
    const [, path = "", kind = "", input = "", builder = ""] = match;
    return [
      {
        path,
        // Compared as text with the code's kind, so an unknown word is simply reported as wrong.
        kind: unquote(kind) as ProcedureKind,
        input: unquote(input),
        builder: unquote(builder),
        line: index + 1,
      },
    ];
  });
}

/** What docs/api.md gets wrong about the procedures (empty when it is complete and current). */
export function apiDocProblems(
  actual: readonly ProcedureInfo[],
  documented: readonly DocumentedProcedure[],
): string[] {
  const problems: string[] = [];
  const rows = new Map<string, DocumentedProcedure>();
  for (const row of documented) {
    const earlier = rows.get(row.path);
    if (earlier) problems.push(`${row.path} is listed twice (lines ${earlier.line} and ${row.line})`);
    else rows.set(row.path, row);
  }
  const paths = new Set(actual.map((p) => p.path));
  for (const procedure of actual) {
    const row = rows.get(procedure.path);
    if (!row) {
      problems.push(`${procedure.path} is missing; add: ${tableRow(procedure)}`);
      continue;
    }
    if (row.kind !== procedure.kind) {
      problems.push(`${procedure.path} (line ${row.line}) is a ${procedure.kind}, not "${row.kind}"`);
    }
    if (row.input !== procedure.input) {
      problems.push(`${procedure.path} (line ${row.line}) takes ${procedure.input}, not "${row.input}"`);
    }
    if (row.builder !== procedure.builder) {
      problems.push(
        `${procedure.path} (line ${row.line}) is built with ${procedure.builder}, not "${row.builder}"`,
      );
    }
  }
  for (const row of rows.values()) {
    if (!paths.has(row.path))
      problems.push(`${row.path} (line ${row.line}) is no procedure of the app router`);
  }
  return problems;
}

/** A docs/api.md row for `procedure`, with the two prose cells left for a person to write. */
export function tableRow(procedure: ProcedureInfo): string {
  const { path, kind, input, builder } = procedure;
  return `| \`${path}\` | ${kind} | \`${input}\` | \`${builder}\` | TODO who | TODO what |`;
}

async function main(args: readonly string[]): Promise<number> {
  const procedures = await listProcedures();
  if (args.includes("--list")) {
    for (const procedure of procedures) console.log(tableRow(procedure));
    return 0;
  }
  const problems = apiDocProblems(procedures, documentedProcedures(readFileSync(API_DOC_PATH, "utf8")));
  if (problems.length === 0) {
    console.log(
      `docs/api.md lists all ${procedures.length} procedures, each with its kind, input and builder.`,
    );
    return 0;
  }
  for (const problem of problems) console.log(problem);
  return 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
