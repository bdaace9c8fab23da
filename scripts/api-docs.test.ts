// docs/api.md cannot fall behind the code: every procedure has a row with its kind, input and builder.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  eventRoleProcedure,
  protectedProcedure,
  publicProcedure,
  router,
  teamCaptainProcedure,
} from "../server/trpc.ts";
import {
  API_DOC_PATH,
  apiDocProblems,
  documentedProcedures,
  listProcedures,
  tableRow,
  type ProcedureInfo,
} from "./api-docs.ts";

describe("docs/api.md", () => {
  it("has one row for every procedure of the app router, with its kind, input and builder", async () => {
    const documented = documentedProcedures(readFileSync(API_DOC_PATH, "utf8"));
    expect(apiDocProblems(await listProcedures(), documented)).toEqual([]);
  });
});

describe("listProcedures", () => {
  const sample = router({
    judgesAndMentors: eventRoleProcedure(["JUDGE", "MENTOR"]).query(() => null),
    save: protectedProcedure
      .input(
        z.object({ title: z.string(), note: z.string().optional(), tags: z.array(z.string()).default([]) }),
      )
      .mutation(() => null),
    captain: teamCaptainProcedure.query(() => null),
    open: publicProcedure.query(() => null),
    piped: publicProcedure.input(z.object({ when: z.string() }).transform((v) => v.when)).query(() => null),
    extra: protectedProcedure.use(({ next }) => next()).query(() => null),
  });

  it("reads each procedure's kind, input keys and builder, the roles of eventRoleProcedure included", async () => {
    expect(await listProcedures(sample)).toEqual([
      { path: "captain", kind: "query", input: "{ eventId, teamId }", builder: "teamCaptainProcedure" },
      { path: "extra", kind: "query", input: "none", builder: "protectedProcedure + 1 more middleware" },
      {
        path: "judgesAndMentors",
        kind: "query",
        input: "{ eventId }",
        builder: 'eventRoleProcedure(["JUDGE", "MENTOR"])',
      },
      { path: "open", kind: "query", input: "none", builder: "publicProcedure" },
      { path: "piped", kind: "query", input: "{ when }", builder: "publicProcedure" },
      { path: "save", kind: "mutation", input: "{ title, note?, tags? }", builder: "protectedProcedure" },
    ]);
  });
});

describe("documentedProcedures and apiDocProblems", () => {
  const update: ProcedureInfo = {
    path: "events.update",
    kind: "mutation",
    input: "{ eventId, details }",
    builder: 'eventRoleProcedure(["ORGANISER"])',
  };
  const code: ProcedureInfo[] = [
    { path: "events.list", kind: "query", input: "none", builder: "publicProcedure" },
    update,
  ];
  const doc = (rows: string[]) =>
    [
      "# API",
      "",
      "| Procedure | Kind | Input | Builder | Who | What |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows,
    ].join("\n");

  it("reads rows padded by prettier and ignores other tables", () => {
    const rows = documentedProcedures(
      doc([
        "| `events.list`   | query    | `none` | `publicProcedure` | anyone | published events |",
        "| not a procedure | query | x | y | z | w |",
      ]),
    );
    expect(rows).toEqual([
      { path: "events.list", kind: "query", input: "none", builder: "publicProcedure", line: 5 },
    ]);
  });

  it("finds nothing wrong with rows made from the code", () => {
    expect(apiDocProblems(code, documentedProcedures(doc(code.map(tableRow))))).toEqual([]);
  });

  it("reports a missing, an extra, a repeated and a stale row", () => {
    const problems = apiDocProblems(
      code,
      documentedProcedures(
        doc([
          "| `events.list` | mutation | `{ slug }` | `protectedProcedure` | x | y |",
          "| `events.list` | query | `none` | `publicProcedure` | x | y |",
          "| `events.gone` | query | `none` | `publicProcedure` | x | y |",
        ]),
      ),
    );
    expect(problems).toEqual([
      "events.list is listed twice (lines 5 and 6)",
      'events.list (line 5) is a query, not "mutation"',
      'events.list (line 5) takes none, not "{ slug }"',
      'events.list (line 5) is built with publicProcedure, not "protectedProcedure"',
      `events.update is missing; add: ${tableRow(update)}`,
      "events.gone (line 7) is no procedure of the app router",
    ]);
  });
});
