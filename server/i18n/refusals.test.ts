import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { CATALOGUES } from "./messages.ts";
import { refusals } from "./refusals.ts";

describe("refusals", () => {
  const refuse = refusals("AccessErrors");

  it("gives the en-GB words of a key, and where they live", () => {
    const said = refuse("teamNotFound");
    expect(said.text).toBe(CATALOGUES["en-GB"].AccessErrors.teamNotFound);
    expect(said.text).toBe("We couldn't find that team.");
    expect(said.ref).toEqual({ namespace: "AccessErrors", key: "teamNotFound" });
  });

  it("fills in arguments and keeps them with the reference", () => {
    const said = refuse("tokenLacksPermission", { permission: "challenges:write" });
    expect(said.text).toBe('This API token does not have the "challenges:write" permission.');
    expect(said.ref.values).toEqual({ permission: "challenges:write" });
  });

  it("makes a DomainError whose message is the English and whose `said` is the reference", () => {
    const error = new DomainError("FORBIDDEN", refuse("captainOnly"));
    expect(error.message).toBe("Only the team's captain can do that.");
    expect(error.said).toEqual({ namespace: "AccessErrors", key: "captainOnly" });
    expect(new DomainError("FORBIDDEN", "Made in code.").said).toBeNull();
  });

  it("throws outside production for a key the catalogue lacks, or a missing argument", () => {
    // @ts-expect-error: the types know AccessErrors' keys
    expect(() => refuse("noSuchKey")).toThrow();
    expect(() => refuse("tokenLacksPermission")).toThrow();
  });
});

describe("the domain's refusals come from the catalogues", () => {
  /** Every non-test TypeScript file under server/ (the generated Prisma client aside). */
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(path);
      return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
    });
  }

  it("has no DomainError whose message is written in the code", () => {
    const root = fileURLToPath(new URL("..", import.meta.url));
    const literal = /new DomainError\(\s*"[A-Z_]+",\s*["'`]/g;
    // The pattern finds what it is for, across lines too.
    expect('new DomainError("NOT_FOUND", "Gone.")'.match(literal)).toHaveLength(1);
    expect('new DomainError(\n  "FORBIDDEN",\n  `No ${"way"}.`,\n)'.match(literal)).toHaveLength(1);
    expect('new DomainError("NOT_FOUND", refuse("gone"))'.match(literal)).toBeNull();
    const offenders = sources(root).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return [...text.matchAll(literal)].map(
        (match) => `${relative(root, file)}:${text.slice(0, match.index).split("\n").length}`,
      );
    });
    expect(offenders).toEqual([]);
  });
});
