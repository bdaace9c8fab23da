// A procedure cannot ship without authorization tests: every procedure in the app router must have an
// entry in one of the <router>.authz.ts tables (which the *.authz.int.test.ts files run).
import { describe, expect, it } from "vitest";
import { appRouter } from "./_app.ts";
import { usersAuthorization } from "./users.authz.ts";
import { centresAuthorization } from "./centres.authz.ts";
import { dashboardAuthorization } from "./dashboard.authz.ts";
import { challengesAuthorization } from "./challenges.authz.ts";
import { eventsAuthorization } from "./events.authz.ts";
import { judgingAuthorization } from "./judging.authz.ts";
import { organisationsAuthorization } from "./organisations.authz.ts";
import { teamsAuthorization } from "./teams.authz.ts";
import { registrationsAuthorization } from "./registrations.authz.ts";
import { submissionsAuthorization } from "./submissions.authz.ts";
import { systemAuthorization } from "./system.authz.ts";

const tables = [
  eventsAuthorization,
  organisationsAuthorization,
  challengesAuthorization,
  registrationsAuthorization,
  teamsAuthorization,
  submissionsAuthorization,
  dashboardAuthorization,
  usersAuthorization,
  centresAuthorization,
  judgingAuthorization,
  systemAuthorization,
];

describe("authorization coverage", () => {
  it("has authorization cases for every procedure, and none for procedures that do not exist", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    const covered = tables.flatMap((table) => Object.keys(table)).sort();
    expect(covered).toEqual(procedures);
  });
});
