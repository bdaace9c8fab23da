// The judging:results command end to end: a real process on the fixture files.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (...args: string[]) => {
  const out = spawnSync(`${root}node_modules/.bin/tsx`, ["scripts/judging-results.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
};
const fixture = (name: string) => `scripts/fixtures/judging/${name}`;

describe("npm run judging:results", () => {
  it("prints exactly the documented JSON for a CSV file", () => {
    const out = run(fixture("round.csv"), "--json", "--scale", "1,5");
    expect(out.code).toBe(0);
    const json: unknown = JSON.parse(out.stdout);
    expect(json).toMatchObject({ connected: true, components: 1, method: "adjusted" });
    expect(Object.keys(json as object)).toEqual([
      "connected",
      "components",
      "method",
      "reason",
      "entries",
      "judges",
    ]);
    const entries = (json as { entries: { entry: string; rank: number }[] }).entries;
    expect(entries.map((e) => [e.entry, e.rank])).toEqual([
      ["Aurora", 1],
      ["Beacon", 2],
      ["Comet", 3],
    ]);
  }, 30_000);

  it("prints a readable table for a JSON file", () => {
    const out = run(fixture("round.json"));
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Method: adjusted.");
    expect(out.stdout).toMatch(/^\s+2\s+Beacon\s+3\.00\s+3\.33\s+1$/m);
  }, 30_000);

  it.each([
    ["bad-score.csv", 'judging:results: Line 3: score "three" is not a number.\n'],
    ["bad-syntax.json", "judging:results: Line 5, column 3: not valid JSON, expected a value.\n"],
    ["missing.csv", "Cannot read scripts/fixtures/judging/missing.csv.\n"],
  ])(
    "exits 1 with one clear line and no stack trace for %s",
    (name, message) => {
      const out = run(fixture(name));
      expect(out.code).toBe(1);
      expect(out.stderr).toBe(message);
      expect(out.stdout).toBe("");
    },
    30_000,
  );

  it("exits 1 with the usage when there is no file", () => {
    const out = run();
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^Usage: npm run judging:results -- FILE/);
  }, 30_000);
});
