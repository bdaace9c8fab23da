import { describe, expect, it } from "vitest";
import { z } from "zod";
import { callbackPath } from "~/server/auth/schema";
import { email } from "~/server/events/schema";
import { recordId } from "~/server/record-id";
import {
  flag,
  oneOf,
  optionalId,
  optionalText,
  parseSearchParams,
  refusedSearchParams,
  searchParam,
  type RawSearchParams,
} from "./search-params.ts";

// What Next hands a page for the hostile addresses e2e/query-strings.spec.ts requests (Next decodes
// "%FF%FE" to two replacement characters and keeps "[]" in the key).
const NUL = "\u0000";
const LONG = "x".repeat(5_000);
const REPLACEMENT = "\ufffd\ufffd";

describe("parseSearchParams", () => {
  const fields = { challenge: optionalId(), created: flag(), q: optionalText({ max: 20 }) };
  const parse = (raw: RawSearchParams) => parseSearchParams(fields, raw);

  it("gives every field its fallback when the query string is empty", () => {
    expect(parse({})).toEqual({ challenge: undefined, created: false, q: undefined });
  });

  it("reads well-formed values", () => {
    expect(parse({ challenge: "cm1abc", created: "1", q: "maps" })).toEqual({
      challenge: "cm1abc",
      created: true,
      q: "maps",
    });
  });

  it.each<[string, RawSearchParams, string | undefined]>([
    ["a repeated key: its first value", { challenge: ["a", "b"] }, "a"],
    ["a repeated key whose first value is refused: the fallback", { challenge: [NUL, "b"] }, undefined],
    ["an empty array", { challenge: [] }, undefined],
    ["undefined", { challenge: undefined }, undefined],
    ["a blank value", { challenge: "   " }, undefined],
    ["an empty value", { challenge: "" }, undefined],
    ["an oversized value", { challenge: LONG }, undefined],
    ["a NUL", { challenge: NUL }, undefined],
    ["a NUL inside", { challenge: `a${NUL}b` }, undefined],
    ["replacement characters (from %FF%FE)", { challenge: REPLACEMENT }, undefined],
    ["punctuation (from %3Benv%3B)", { challenge: ";env;" }, undefined],
    ["a path", { challenge: "../etc" }, undefined],
  ])("reads %s", (_, raw, expected) => {
    expect(parse(raw).challenge).toBe(expected);
  });

  it("ignores keys it does not declare, array-ish ones included", () => {
    expect(parse({ "[]": "x", "challenge[]": "a", other: "y" })).toEqual({
      challenge: undefined,
      created: false,
      q: undefined,
    });
  });

  it("never reads a key from Object.prototype", () => {
    const inherited = parseSearchParams({ constructor: optionalText({ max: 100 }), toString: flag() }, {});
    expect(inherited).toEqual({ constructor: undefined, toString: false });
  });

  it("reads a declared key named like a prototype property from the query string itself", () => {
    expect(parseSearchParams({ constructor: optionalText({ max: 100 }) }, { constructor: "yes" })).toEqual({
      constructor: "yes",
    });
  });

  it("leaves the raw object alone", () => {
    const raw: RawSearchParams = { challenge: ["a", "b"] };
    parse(raw);
    expect(raw).toEqual({ challenge: ["a", "b"] });
  });

  it("never throws, whatever each key holds", () => {
    const hostile = [
      "",
      " ",
      NUL,
      LONG,
      REPLACEMENT,
      ";env;",
      "__proto__",
      "javascript:alert(1)",
      "1",
      "all",
    ];
    for (const value of hostile) {
      for (const raw of [{ challenge: value, created: value, q: value }, { challenge: [value, "x"] }]) {
        expect(() => parse(raw)).not.toThrow();
      }
    }
  });
});

describe("optionalText", () => {
  const read = (value: string, max = 10) => parseSearchParams({ q: optionalText({ max }) }, { q: value }).q;

  it("trims", () => expect(read("  maps  ")).toBe("maps"));
  it("takes exactly max characters", () => expect(read("x".repeat(10))).toBe("x".repeat(10)));
  it("refuses one more than max", () => expect(read("x".repeat(11))).toBeUndefined());
  it("measures after trimming", () => expect(read(` ${"x".repeat(10)} `)).toBe("x".repeat(10)));
  it("keeps punctuation and non-ASCII text", () => expect(read(";env; é€", 20)).toBe(";env; é€"));
  it.each([NUL, "a\u0001b", "a\nb", "a\tb", "a\u007fb", "a\u0085b"])(
    "refuses a control character (%j)",
    (value) => expect(read(value)).toBeUndefined(),
  );
});

describe("optionalId", () => {
  const read = (value: string) => parseSearchParams({ id: optionalId() }, { id: value }).id;

  it.each(["cm1a2b3c4d5e6f7g8h9i0j1k2", "e2e-event-3c29aaec-2111-4bdc-b686-37d0e8bd7bf0", "all", "a_b"])(
    "accepts %s",
    (id) => expect(read(id)).toBe(id),
  );
  it("trims", () => expect(read(" abc ")).toBe("abc"));
  it("takes 64 characters", () => expect(read("x".repeat(64))).toBe("x".repeat(64)));
  it("refuses 65", () => expect(read("x".repeat(65))).toBeUndefined());
  it.each(["a b", "a/b", "a.b", "a%00b", ";env;", REPLACEMENT, NUL, "é"])("refuses %j", (value) =>
    expect(read(value)).toBeUndefined(),
  );

  it("accepts exactly what the procedures' id schema accepts", () => {
    for (const value of ["abc", " abc ", "x".repeat(64), "x".repeat(65), "a b", NUL, ";env;", "all"]) {
      expect(read(value) !== undefined, value).toBe(recordId().safeParse(value).success);
    }
  });
});

describe("oneOf", () => {
  const read = (value: string | string[]) =>
    parseSearchParams({ error: oneOf(["Verification", "AccessDenied"]) }, { error: value }).error;

  it("accepts a listed value", () => expect(read("Verification")).toBe("Verification"));
  it("takes the first of repeated values", () =>
    expect(read(["AccessDenied", "Verification"])).toBe("AccessDenied"));
  it.each(["verification", "Other", "__proto__", "constructor", "toString", LONG])("refuses %s", (value) =>
    expect(read(value)).toBeUndefined(),
  );
});

describe("flag", () => {
  const read = (value: string | string[] | undefined) =>
    parseSearchParams({ created: flag() }, { created: value }).created;

  it('is true for "1"', () => expect(read("1")).toBe(true));
  it("is true for a repeated key starting with 1", () => expect(read(["1", "0"])).toBe(true));
  it.each<string | string[] | undefined>([undefined, "", "0", "true", "yes", " 1", LONG, NUL, ["0", "1"]])(
    "is false for %j",
    (value) => expect(read(value)).toBe(false),
  );
});

describe("searchParam", () => {
  it("takes a procedure's own schema: the outbox's address filter", () => {
    const fields = { to: searchParam(email, undefined) };
    expect(parseSearchParams(fields, { to: " Ana@Example.org " }).to).toBe("ana@example.org");
    expect(parseSearchParams(fields, { to: ";env;" }).to).toBeUndefined();
    expect(parseSearchParams(fields, { to: `a${NUL}@example.org` }).to).toBeUndefined();
    expect(parseSearchParams(fields, { to: `${LONG}@example.org` }).to).toBeUndefined();
  });

  it("falls back to a default that is not undefined", () => {
    const pageNumber = z
      .string()
      .regex(/^\d{1,3}$/)
      .transform(Number)
      .pipe(z.number().min(1).max(100));
    const fields = { page: searchParam(pageNumber, 1) };
    expect(parseSearchParams(fields, { page: "3" }).page).toBe(3);
    expect(parseSearchParams(fields, { page: "0" }).page).toBe(1);
    expect(parseSearchParams(fields, { page: "three" }).page).toBe(1);
  });

  it("keeps a schema's own fallback: the sign-in callback", () => {
    const fields = { callbackUrl: searchParam(callbackPath, "/") };
    expect(parseSearchParams(fields, { callbackUrl: "/events/x/teams" }).callbackUrl).toBe("/events/x/teams");
    for (const hostile of [
      "javascript:alert(1)",
      "//evil.example",
      "/\\evil.example",
      `/${NUL}`,
      "/é",
      "/a\r\nb",
    ]) {
      expect(parseSearchParams(fields, { callbackUrl: hostile }).callbackUrl, hostile).toBe("/");
    }
  });
});

describe("refusedSearchParams", () => {
  const fields = { to: searchParam(email, undefined), created: flag() };

  it("lists the keys given a value their field refused", () => {
    expect(refusedSearchParams(fields, { to: ";env;", created: "0" })).toEqual(["to", "created"]);
  });

  it("looks at a repeated key's first value, like parseSearchParams", () => {
    expect(refusedSearchParams(fields, { to: ["ana@example.org", ";env;"] })).toEqual([]);
    expect(refusedSearchParams(fields, { to: [";env;", "ana@example.org"] })).toEqual(["to"]);
  });

  it("does not count missing, blank or undeclared keys", () => {
    expect(refusedSearchParams(fields, { to: "  ", other: ";env;", "to[]": "x" })).toEqual([]);
  });
});
