import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The checked-in migrations, in the order Prisma applies them. */
export function migrationScripts(root = process.cwd()): string[] {
  const dir = path.join(root, "prisma/migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}
