// Migrations apply in the order of their names, which start with the UTC time they were made
// (YYYYMMDDHHMMSS). A name from the future sorts after migrations made later by `prisma migrate dev`,
// which then apply in the wrong order (a session named two by hand an hour ahead, and the engine test
// caught it). Every name must be a real moment that has passed.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("./migrations", import.meta.url));
const names = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function momentOf(name: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})_[a-z0-9_]+$/.exec(name);
  if (!match) return null;
  const [y = 0, mo = 1, d = 0, h = 0, mi = 0, s = 0] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCDate() === d && date.getUTCHours() === h ? date : null;
}

describe("migration names", () => {
  it("are a UTC timestamp and a snake_case name, distinct, each a moment that has passed", () => {
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names.map((n) => n.slice(0, 14))).size).toBe(names.length);
    for (const name of names) {
      const moment = momentOf(name);
      expect(moment, `${name} is not YYYYMMDDHHMMSS_name`).not.toBeNull();
      expect(moment?.getTime() ?? Infinity, `${name} is in the future`).toBeLessThanOrEqual(Date.now());
    }
  });
});
