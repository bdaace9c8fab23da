// For tests that check a form's table of server refusals against the code that says them.
import { readFileSync } from "node:fs";
import { CATALOGUES } from "../i18n/messages.ts";

/**
 * The English `file` says, word for word: its source (string literals), and the en-GB messages of every
 * catalogue namespace it refuses from (`refusals("…")`, server/i18n/refusals.ts), each as a JSON string.
 * A test expects `JSON.stringify(text)` in it.
 */
export function saidIn(file: string): string {
  const source = readFileSync(file, "utf8");
  const catalogue = CATALOGUES["en-GB"] as unknown as Record<string, Record<string, unknown>>;
  const refused = [...source.matchAll(/refusals\("(\w+)"\)/g)].flatMap(([, namespace]) =>
    Object.values(catalogue[namespace ?? ""] ?? {}).map((text) => JSON.stringify(text)),
  );
  return [source, ...refused].join("\n");
}
