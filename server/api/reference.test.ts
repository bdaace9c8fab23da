import { describe, expect, it } from "vitest";
import { bodyFieldsOf, referenceGroups, typeInWords } from "./reference.ts";

describe("typeInWords", () => {
  it.each([
    [undefined, "any"],
    [{ type: "string" }, "string"],
    [{ type: ["string", "null"] }, "string or null"],
    [{ type: "array", items: { type: "object" } }, "array of object"],
    [{ enum: ["approve", "publish"] }, "one of approve, publish"],
    [{ anyOf: [{ type: "integer" }, { type: "null" }] }, "integer or null"],
    [{ const: 30 }, "30"],
  ])("%o → %s", (schema, words) => {
    expect(typeInWords(schema)).toBe(words);
  });
});

describe("bodyFieldsOf", () => {
  it("lists a body's fields and one level of an object field's, with what is required", () => {
    const body = {
      type: "object",
      required: ["details"],
      properties: {
        details: {
          type: "object",
          required: ["title"],
          properties: {
            title: { type: "string", description: "What it is called" },
            prize: { type: "string" },
            deeper: { type: "object", properties: { never: { type: "string" } } },
          },
        },
        requestKey: { type: "string" },
      },
    };
    expect(bodyFieldsOf(body).map((f) => [f.name, f.required, f.type, f.description])).toEqual([
      ["details", true, "object", ""],
      ["details.title", true, "string", "What it is called"],
      ["details.prize", false, "string", ""],
      ["details.deeper", false, "object", ""],
      ["requestKey", false, "string", ""],
    ]);
  });
});

describe("referenceGroups", () => {
  it("groups operations by their first tag, in order, with parameters before body fields", () => {
    const groups = referenceGroups({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/a/{id}": {
          get: {
            operationId: "a-get",
            summary: "Read A",
            tags: ["Public"],
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
            responses: {},
          },
          post: {
            operationId: "a-post",
            tags: ["Tokens"],
            security: [{ Authorization: [] }],
            requestBody: {
              content: {
                "application/json": { schema: { type: "object", properties: { x: { type: "integer" } } } },
              },
            },
            responses: {},
          },
        },
        "/b": { get: { tags: ["Public"], responses: {} } },
      },
    });
    expect(
      groups.map((g) => [g.tag, g.operations.map((o) => `${o.method} ${o.path} ${o.needsToken}`)]),
    ).toEqual([
      ["Public", ["GET /a/{id} false", "GET /b false"]],
      ["Tokens", ["POST /a/{id} true"]],
    ]);
    expect(groups[1]?.operations[0]?.fields).toEqual([
      { name: "x", where: "body", required: false, type: "integer", description: "" },
    ]);
    expect(groups[0]?.operations[0]?.fields[0]).toMatchObject({ name: "id", where: "path", required: true });
  });
});
