// A stand-in for Prisma's native `schema-engine` binary, for machines that cannot download it.
// The stock Prisma CLI spawns it exactly as it spawns the binary (PRISMA_SCHEMA_ENGINE_BINARY points
// at ./schema-engine) and we forward every request to the official wasm build of the same engine.
// See ./README.md for the protocol and why each workaround exists.
import { readFileSync } from "node:fs";
import readline from "node:readline";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { connectTimeoutMs, migrationAdapterFactory, type DatasourceUrls } from "./adapter.ts";
import {
  expectedEnginesCommit,
  loadWasmSchemaEngine,
  takePanicMessage,
  type WasmSchemaEngine,
} from "./wasm.ts";

interface Args {
  version: boolean;
  datamodels: string[];
  datasource?: DatasourceUrls;
  cliCommand?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { version: false, datamodels: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodels.push(argv[++i] ?? "");
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i] ?? "{}") as DatasourceUrls;
    else if (arg === "cli") args.cliCommand = argv[++i];
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
  }
  return args;
}

// The CLI reads the engine's stderr as JSON log lines (tracing's format).
function logLine(level: "INFO" | "ERROR", fields: Record<string, unknown>): void {
  process.stderr.write(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields,
      target: "schema_engine::logger",
    }) + "\n",
  );
}

function versionGuard(actual: string): void {
  const expected = expectedEnginesCommit();
  if (actual !== expected) {
    throw new Error(
      `The wasm schema engine is ${actual} but the Prisma CLI expects ${expected}. ` +
        `Install @prisma/schema-engine-wasm at the version matching prisma (see prisma/engine/README.md).`,
    );
  }
}

// ---------------------------------------------------------------- `cli …` sub-commands

function describeServer(url: string): { host: string; database: string } {
  const parsed = new URL(url);
  return {
    host: `${parsed.hostname}:${parsed.port || "5432"}`,
    database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
  };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs(url) });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

class CliError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

async function runCliCommand(command: string, url: string): Promise<void> {
  const { host, database } = describeServer(url);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  try {
    if (command === "can-connect-to-database") {
      await withClient(url, () => Promise.resolve());
    } else if (command === "create-database") {
      await withClient(maintenance.toString(), (c) => c.query(`CREATE DATABASE "${database}"`));
    } else if (command === "drop-database") {
      await withClient(maintenance.toString(), (c) =>
        c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
      );
    } else {
      throw new CliError("P1000", `Unknown schema engine cli command: ${command}`);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "3D000") {
      throw new CliError(
        "P1003",
        `Database \`${database}\` does not exist on the database server at \`${host}\`.`,
      );
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError("P1001", `Can't reach database server at \`${host}\`: ${reason}`);
  }
}

// ---------------------------------------------------------------- JSON-RPC over stdio

interface RpcRequest {
  jsonrpc: "2.0";
  id: number | string;
  method: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: unknown;
}

function send(message: unknown): void {
  process.stdout.write(JSON.stringify(message) + "\n");
}

interface EngineErrorShape {
  is_panic?: boolean;
  message?: string;
  error_code?: string;
  meta?: unknown;
}

function toRpcError(error: unknown): { code: number; message: string; data: EngineErrorShape } {
  const panicMessage = takePanicMessage();
  if (panicMessage !== undefined || error instanceof WebAssembly.RuntimeError) {
    const message = panicMessage ?? String(error);
    return {
      code: 4466,
      // The CLI shows this message for panics.
      message,
      data: {
        is_panic: true,
        message,
        meta: { full_error: String(error) },
      },
    };
  }
  // The wasm engine rejects with its user-facing error object (message, error_code, meta) or an Error.
  const shape = typeof error === "object" && error !== null ? (error as EngineErrorShape) : undefined;
  const message = (typeof shape?.message === "string" ? shape.message : undefined) ?? String(error);
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: false,
      message,
      ...(shape?.error_code ? { error_code: shape.error_code } : {}),
      ...(shape?.meta !== undefined ? { meta: shape.meta } : {}),
    },
  };
}

function needsShadowRefresh(method: string, error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return (
    (method === "evaluateDataLoss" || method === "createMigration") &&
    typeof message === "string" &&
    message.includes("shadow DB must be provided through an external factory")
  );
}

async function serveRpc(engine: WasmSchemaEngine): Promise<void> {
  const pendingPrints = new Map<number | string, () => void>();
  let nextPrintId = 1_000_000;

  // The native binary prints `migrate diff` output by sending the CLI a "print" request; the wasm
  // engine returns it as `stdout` instead.
  const print = (content: string) =>
    new Promise<void>((resolve) => {
      const id = nextPrintId++;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  const call = async (method: string, params: unknown): Promise<unknown> => {
    if (method === "getDatabaseVersion") method = "version";
    const fn = engine[method];
    if (typeof fn !== "function") throw new Error(`Unknown schema engine method: ${method}`);
    const invoke = () => (fn as (p: unknown) => Promise<unknown>).call(engine, params);
    let result: unknown;
    try {
      result = await invoke();
    } catch (error) {
      if (!needsShadowRefresh(method, error)) throw error;
      // After `migrate dev` has applied pending migrations, the wasm engine has lost its shadow
      // database factory and these two calls fail; a devDiagnostic run restores it.
      const { migrationsList, filters } = params as { migrationsList: unknown; filters: unknown };
      await (engine.devDiagnostic as (p: unknown) => Promise<unknown>).call(engine, {
        migrationsList,
        filters,
      });
      result = await invoke();
    }
    if (method === "diff") {
      const diff = result as { exitCode: number; stdout: string | null };
      if (diff.stdout) await print(diff.stdout.replace(/\n$/, ""));
      return { exitCode: diff.exitCode };
    }
    return result ?? null;
  };

  let queue = Promise.resolve();
  let currentId: number | string | undefined;

  // A Rust panic aborts the wasm call with a RuntimeError that is not always a rejection; answer the
  // request in flight so the CLI reports it and exits non-zero instead of printing nothing.
  process.on("uncaughtException", (error) => {
    if (currentId !== undefined) send({ jsonrpc: "2.0", id: currentId, error: toRpcError(error) });
    logLine("ERROR", { message: String(error), is_panic: true });
    process.exit(101);
  });

  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line) as RpcRequest;
    if (message.method === undefined) {
      pendingPrints.get(message.id)?.();
      pendingPrints.delete(message.id);
      return;
    }
    // One request at a time, as the CLI expects.
    queue = queue.then(async () => {
      currentId = message.id;
      try {
        send({ jsonrpc: "2.0", id: message.id, result: await call(message.method, message.params) });
      } catch (error) {
        send({ jsonrpc: "2.0", id: message.id, error: toRpcError(error) });
      } finally {
        currentId = undefined;
      }
    });
  });
  await new Promise<void>((resolve) => lines.on("close", resolve));
  await queue;
}

// ---------------------------------------------------------------- entry

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const wasm = await loadWasmSchemaEngine();
  const commit = wasm.version();
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${commit}\n`);
    return 0;
  }
  // The CLI drops the first stderr line of a `cli` run (the binary's start-up log).
  logLine("INFO", { message: "Starting schema engine (wasm stand-in)", git_hash: commit });
  try {
    versionGuard(commit);
    if (args.cliCommand) {
      if (!args.datasource?.url) throw new CliError("P1012", "The datasource has no url.");
      await runCliCommand(args.cliCommand, args.datasource.url);
      return 0;
    }
    const datamodels = args.datamodels.map((file): [string, string] => [file, readFileSync(file, "utf8")]);
    const adapterFactory = args.datasource?.url
      ? bindMigrationAwareSqlAdapterFactory(migrationAdapterFactory(args.datasource))
      : undefined;
    const engine = await wasm.SchemaEngine.new(
      { datamodels: datamodels.length > 0 ? datamodels : undefined },
      (message) => process.stderr.write(message.endsWith("\n") ? message : message + "\n"),
      adapterFactory ?? {},
    );
    await serveRpc(engine);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logLine("ERROR", {
      message,
      ...(error instanceof CliError ? { error_code: error.errorCode } : {}),
    });
    return 1;
  }
}

// The engine leaves timers behind; exit as soon as the work is done instead of lingering.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    logLine("ERROR", { message: error instanceof Error ? error.message : String(error) });
    process.exit(1);
  },
);
