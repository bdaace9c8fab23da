// npm run judging:results -- FILE [--json] [--scale MIN,MAX] [--shrinkage λ]
// Results of a judging round from a CSV or JSON file of scores (see docs/judging.md). Problems with the
// file are printed as one clear line and exit 1; never a stack trace.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DomainError } from "../server/errors.ts";
import { computeResults } from "../server/judging/model.ts";
import { parseScale, parseScoresFile, resultsJson, resultsTable } from "../server/judging/results-file.ts";

const usage = "Usage: npm run judging:results -- FILE [--json] [--scale MIN,MAX] [--shrinkage LAMBDA]";

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      scale: { type: "string" },
      shrinkage: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    process.stderr.write(`${usage}\n`);
    return 1;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    process.stderr.write(`Cannot read ${file}.\n`);
    return 1;
  }
  const scale = values.scale === undefined ? undefined : parseScale(values.scale);
  const input = parseScoresFile(file, text, { scale });
  if (values.shrinkage !== undefined) input.shrinkage = Number(values.shrinkage);
  const results = computeResults(input);
  process.stdout.write(
    values.json ? `${JSON.stringify(resultsJson(results), null, 2)}\n` : resultsTable(results),
  );
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof DomainError || error instanceof TypeError ? error.message : String(error);
  process.stderr.write(`judging:results: ${message}\n`);
  process.exitCode = 1;
}
