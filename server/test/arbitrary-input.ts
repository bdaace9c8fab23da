// Inputs for property tests of the procedures: fast-check arbitraries built from a procedure's zod input
// schema (through its JSON Schema), mixing valid values, real record ids of a test world, and hostile
// ones (wrong types, extreme lengths and numbers, control and bidirectional characters, markup, paths).
import fc from "fast-check";
import { z } from "zod";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
};

/** Text that has broken software before: nothing a schema lets through may turn it into a 500. */
export const HOSTILE_STRINGS: readonly string[] = [
  "",
  " ",
  "\t\n",
  "\u0000",
  "\u202e\u2066evil\u2069",
  "\u200b",
  '\'; DROP TABLE "User"; --',
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%00%2e%2e%2f",
  "${process.env}",
  "{{7*7}}",
  "\\",
  "𝕏🧑🏽‍💻👩‍👩‍👧",
  "Ａｄｍｉｎ",
  "a".repeat(10_000),
  "9".repeat(400),
  "-1",
  "NaN",
  "null",
  "2026-02-30",
  "2026-12-01T25:61:00Z",
  "javascript:alert(1)",
  "http://127.0.0.1:5432/",
];

const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  0.5,
  [],
  {},
  [null],
  { __proto__: { admin: true } },
  { constructor: { prototype: {} } },
];

const hostile = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...HOSTILE_VALUES));

/** Real values by input field name (eventId, roundId, slug, …), so some calls get past "not found". */
export type KnownValues = Readonly<Record<string, readonly unknown[]>>;

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === "email") return fc.emailAddress();
  if (schema.format === "uri" || schema.format === "url") return fc.webUrl();
  if (schema.format === "date-time") return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length <= (schema.maxLength ?? 10_000));
    } catch {
      // A pattern fast-check cannot generate from: plain strings below.
    }
  }
  return fc.string({
    unit: "grapheme",
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 40, 200),
  });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min =
    schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
  const max =
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
  return integer
    ? fc.integer({ min: Math.ceil(Math.max(min, -(2 ** 31))), max: Math.floor(Math.min(max, 2 ** 31)) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/**
 * An arbitrary for values of `schema` (a JSON Schema, as zod's toJSONSchema writes one for an input),
 * where a tenth of the values anywhere are hostile, and a field whose name is in `known` often takes one
 * of its real values.
 */
export function arbitraryFor(schema: JsonSchema, known: KnownValues = {}, name = ""): fc.Arbitrary<unknown> {
  const valid = validArbitrary(schema, known);
  const real = known[name];
  const parts: fc.WeightedArbitrary<unknown>[] = [
    { arbitrary: valid, weight: 6 },
    { arbitrary: hostile, weight: 1 },
  ];
  if (real && real.length > 0) parts.push({ arbitrary: fc.constantFrom(...real), weight: 6 });
  return fc.oneof(...parts);
}

function validArbitrary(schema: JsonSchema, known: KnownValues): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const union = schema.anyOf ?? schema.oneOf;
  if (union && union.length > 0) return fc.oneof(...union.map((part) => arbitraryFor(part, known)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return stringArbitrary(schema);
    case "integer":
      return numberArbitrary(schema, true);
    case "number":
      return numberArbitrary(schema, false);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(schema.items ? arbitraryFor(schema.items, known) : fc.jsonValue(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, 6),
      });
    case "object": {
      const properties = schema.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, part] of Object.entries(properties)) record[key] = arbitraryFor(part, known, key);
      return fc.record(record, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * Inputs for a procedure whose input parsers are `inputs` (tRPC merges several into one object): mostly
 * shaped like the schema, sometimes any JSON at all, and nothing when it takes no input.
 */
export function procedureInput(inputs: readonly unknown[], known: KnownValues): fc.Arbitrary<unknown> {
  const schemas = inputs.filter((input): input is z.ZodType => input instanceof z.ZodType);
  if (schemas.length === 0) return fc.constant(undefined);
  const parts = schemas.map((schema) =>
    arbitraryFor(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema, known),
  );
  const merged = fc
    .tuple(...parts)
    .map((values): unknown =>
      values.every((value) => typeof value === "object" && value !== null && !Array.isArray(value))
        ? (Object.assign({}, ...values) as Record<string, unknown>)
        : values[0],
    );
  return fc.oneof({ arbitrary: merged, weight: 9 }, { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 });
}

/**
 * One plausible input for a procedure whose input parsers are `inputs`: every field named in `known`
 * takes its `pick`-th real value (the last one when there are fewer), every other field one valid value
 * drawn with `seed`. Undefined when the procedure takes no input. For tests that need calls to succeed.
 */
export function knownInput(inputs: readonly unknown[], known: KnownValues, pick = 0, seed = 1): unknown {
  const schemas = inputs.filter((input): input is z.ZodType => input instanceof z.ZodType);
  if (schemas.length === 0) return undefined;
  const values = schemas.map((schema) => {
    const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
    if (!json.properties) return fc.sample(validArbitrary(json, known), { numRuns: 1, seed })[0];
    const out: Record<string, unknown> = {};
    for (const [key, part] of Object.entries(json.properties)) {
      const real = known[key];
      if (real && real.length > 0) out[key] = real[Math.min(pick, real.length - 1)];
      else if (json.required?.includes(key))
        out[key] = fc.sample(validArbitrary(part, known), { numRuns: 1, seed })[0];
    }
    return out;
  });
  return values.every((v) => typeof v === "object" && v !== null && !Array.isArray(v))
    ? (Object.assign({}, ...values) as Record<string, unknown>)
    : values[0];
}
