// Loads Prisma's official schema engine compiled to WebAssembly (@prisma/schema-engine-wasm).
// Its package entry imports the .wasm file as an ES module, which Node 20 only allows behind an
// experimental flag, so we instantiate the module with its wasm-bindgen glue ourselves.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

export interface WasmSchemaEngine {
  free(): void;
  debugPanic(): void;
  [method: string]: unknown;
}

export interface WasmSchemaEngineModule {
  version(): string;
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] | undefined },
      log: (message: string) => void,
      adapterFactory: object,
    ) => Promise<WasmSchemaEngine>;
  };
}

interface PanicRegistry {
  set_message(message: string): void;
}

declare global {
  var PRISMA_WASM_PANIC_REGISTRY: PanicRegistry | undefined;
}

let lastPanicMessage: string | undefined;

/** The message of the last Rust panic inside the engine (a panic surfaces as a bare RuntimeError). */
export function takePanicMessage(): string | undefined {
  const message = lastPanicMessage;
  lastPanicMessage = undefined;
  return message;
}

export async function loadWasmSchemaEngine(): Promise<WasmSchemaEngineModule> {
  // The engine's panic hook reports through this global before it aborts.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      lastPanicMessage = message;
    },
  };
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(pathToFileURL(gluePath).href)) as WasmSchemaEngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  const start = instance.exports.__wbindgen_start;
  if (typeof start === "function") (start as () => void)();
  return glue;
}

/** The engines commit the installed Prisma CLI was built with (and so expects its engine to be). */
export function expectedEnginesCommit(): string {
  const prismaDir = path.dirname(require.resolve("prisma/package.json"));
  const manifestPath = require.resolve("@prisma/engines-version/package.json", {
    paths: [prismaDir],
  });
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    prisma?: { enginesVersion?: string };
  };
  const commit = manifest.prisma?.enginesVersion;
  if (!commit) throw new Error(`${manifestPath} names no engines commit`);
  return commit;
}
