import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  checkForm,
  distinctFieldErrors,
  draftOf,
  FORM_WIDE,
  problemFromZod,
  translateProblem,
} from "./form-errors";

describe("problemFromZod and checkForm", () => {
  const schema = z.object({
    title: z
      .string()
      .min(3, "Use at least 3 characters")
      .regex(/^[a-z]*$/, "Use lower-case letters"),
    technologies: z.array(z.string().max(3, "Too long")),
    resources: z.array(z.object({ url: z.string().url("Enter a web address") })),
  });

  it("keeps every issue, once each, keyed by the field the form shows it at", () => {
    const result = schema.safeParse({
      title: "A",
      technologies: ["Python", "TypeScript"],
      resources: [{ url: "ok?" }, { url: "https://example.org" }],
    });
    if (result.success) throw new Error("expected a failure");
    const { fields } = problemFromZod(result.error);
    expect(fields).toEqual({
      title: ["Use at least 3 characters", "Use lower-case letters"],
      // Two list items with the same problem: said once, at the list's field.
      technologies: ["Too long"],
      // A row of a list keeps its own key, so the row can show it.
      "resources.0.url": ["Enter a web address"],
    });
  });

  it("adds problems found outside the schema (a file's size) to the schema's", () => {
    const checked = checkForm(
      schema,
      { title: "ok", technologies: [], resources: [] },
      {
        image: ["Images can be at most 2 MB."],
      },
    );
    expect(checked.problem?.fields).toEqual({
      title: ["Use at least 3 characters"],
      image: ["Images can be at most 2 MB."],
    });
    expect(checkForm(schema, { title: "fine", technologies: [], resources: [] }).problem).toBeNull();
  });

  it("keeps object-level issues without a field as form-wide", () => {
    const result = z
      .object({ a: z.string() })
      .refine(() => false, "Something about the whole form")
      .safeParse({ a: "x" });
    if (result.success) throw new Error("expected a failure");
    expect(problemFromZod(result.error).fields).toEqual({ [FORM_WIDE]: ["Something about the whole form"] });
  });

  it("drops repeats and blanks", () => {
    expect(distinctFieldErrors({ a: ["x", "x", ""], b: [], c: undefined })).toEqual({ a: ["x"] });
  });
});

describe("draftOf", () => {
  const initial = {
    title: "",
    challengeIds: [] as string[],
    listed: false,
    resources: [] as { url: string }[],
  };

  it("takes saved values of the same type", () => {
    expect(
      draftOf(initial, { title: "Bus Buddy", challengeIds: ["c1"], listed: true, resources: [{ url: "u" }] }),
    ).toEqual({ title: "Bus Buddy", challengeIds: ["c1"], listed: true, resources: [{ url: "u" }] });
  });

  it("ignores keys the form does not have and values of another type", () => {
    expect(draftOf(initial, { title: 42, challengeIds: [1], listed: "yes", extra: "x" })).toEqual(initial);
    expect(draftOf(initial, null)).toEqual(initial);
    expect(draftOf(initial, "nonsense")).toEqual(initial);
  });
});

describe("translateProblem", () => {
  const table = {
    "Use at most 200 characters": "Defnyddiwch 200 nod ar y mwyaf",
    "Fix these": "Cywirwch y rhain",
  };

  it("swaps every message the table knows, keeps the others, and leaves the problem's shape", () => {
    const problem = {
      message: "Fix these",
      fields: { about: ["Use at most 200 characters", "Something new"], other: undefined },
      signIn: true,
    };
    expect(translateProblem(problem, table)).toEqual({
      message: "Cywirwch y rhain",
      fields: { about: ["Defnyddiwch 200 nod ar y mwyaf", "Something new"], other: undefined },
      signIn: true,
    });
  });

  it("changes nothing on an English page (an empty table)", () => {
    const problem = { message: "Fix these", fields: { about: ["Use at most 200 characters"] } };
    expect(translateProblem(problem, {})).toBe(problem);
  });

  // A form translates its problem as it renders; the error summary takes focus whenever the problem it is
  // given is a new object, so a new object on every keystroke pulled focus out of the field being typed in.
  it("gives the same object for the same problem and table, and a new one only when either changes", () => {
    const problem = { message: "Fix these", fields: { about: ["Use at most 200 characters"] } };
    const first = translateProblem(problem, table);
    expect(translateProblem(problem, table)).toBe(first);
    const again = { ...problem };
    expect(translateProblem(again, table)).not.toBe(first);
    expect(translateProblem(again, table)).toEqual(first);
    const otherTable = { ...table, "Fix these": "Trwsiwch y rhain" };
    expect(translateProblem(problem, otherTable)).toEqual({ ...first, message: "Trwsiwch y rhain" });
    expect(translateProblem(problem, table)).toBe(first);
  });
});
