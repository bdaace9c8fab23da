// A procedure cannot ship without authorization tests: every procedure in the app router must have an
// entry in one of the <router>.authz.ts tables (which the *.authz.int.test.ts files run).
import { describe, expect, it } from "vitest";
import { appRouter } from "./_app.ts";
import { AUTHORIZATION_TABLES } from "./authorization-tables.ts";

describe("authorization coverage", () => {
  it("has authorization cases for every procedure, and none for procedures that do not exist", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    const covered = AUTHORIZATION_TABLES.flatMap((table) => Object.keys(table)).sort();
    expect(covered).toEqual(procedures);
  });
});
