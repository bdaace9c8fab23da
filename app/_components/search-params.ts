// The one way a page reads its query string. Anyone can type anything after the "?", so reading it
// must never throw: each key a page reads is declared with the value it falls back to, and whatever
// does not fit (a repeated key's extra values, a wrong type, an oversized or unknown value) becomes that
// fallback. The fields reuse the procedures' own schemas where a value is passed on to one, so what a
// page accepts, the procedure accepts too. Pure: no Prisma, no server-only code.
import { z } from "zod";
import { recordId } from "~/server/record-id";

/** What Next hands a page as (the awaited) `searchParams`: a repeated key arrives as an array. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** One declared query parameter: the schema its value must pass, and what it is otherwise. */
export interface SearchParam<T> {
  readonly schema: z.ZodType<T, string>;
  readonly fallback: T;
}

type Fields = Record<string, SearchParam<unknown>>;

/** The values of `fields`, each the parsed value or the field's fallback. */
export type SearchParamValues<F extends Fields> = {
  [K in keyof F]: F[K] extends SearchParam<infer T> ? T : never;
};

/** A query parameter of any shape: `schema`'s output when the value passes, else `fallback`. */
export function searchParam<T, F = T>(schema: z.ZodType<T, string>, fallback: F): SearchParam<T | F> {
  return { schema, fallback };
}

// Control characters (C0, DEL, C1) are never part of text a person meant to type, and a NUL would
// reach PostgreSQL, which refuses it in text.
const CONTROL_CHARACTERS = /\p{Cc}/u;

/** Free text, trimmed, of at most `max` characters and without control characters; else undefined. */
export function optionalText({ max }: { max: number }): SearchParam<string | undefined> {
  return searchParam(
    z
      .string()
      .trim()
      .max(max)
      .refine((text) => !CONTROL_CHARACTERS.test(text)),
    undefined,
  );
}

/** A row id, exactly as the procedures accept one (server/record-id.ts); else undefined. */
export function optionalId(): SearchParam<string | undefined> {
  return searchParam(recordId(), undefined);
}

/** One of `values`, matched exactly (case and all); else undefined. */
export function oneOf<const V extends readonly [string, ...string[]]>(
  values: V,
): SearchParam<V[number] | undefined> {
  return searchParam(z.enum(values), undefined);
}

/** An on/off marker the app adds to an address after an action (`?created=1`): true only for "1". */
export function flag(): SearchParam<boolean> {
  return searchParam(
    z.literal("1").transform(() => true),
    false,
  );
}

/**
 * The first value of `key`, or undefined. A repeated key (`?a=1&a=2`) is read as its first value, the
 * way `URLSearchParams.get` reads it, so a page and a route handler agree on what an address says. A
 * blank value counts as absent: an empty GET form field sends `key=`.
 */
function firstValue(raw: RawSearchParams, key: string): string | undefined {
  // Own keys only: a page reading "constructor" must not find Object.prototype's.
  const value = Object.hasOwn(raw, key) ? raw[key] : undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === "" ? undefined : first;
}

/**
 * Reads the keys declared in `fields` from Next's `searchParams` and never throws.
 *
 * Each key gets its first value (see firstValue); a blank or missing value, or one its field's schema
 * refuses, gives the field's fallback. Keys that are not declared are ignored. Example:
 *
 *     const { challenge, created } = parseSearchParams(
 *       { challenge: optionalId(), created: flag() },
 *       await searchParams,
 *     ); // ?challenge=a&challenge=%00 → { challenge: "a", created: false }
 */
export function parseSearchParams<F extends Fields>(fields: F, raw: RawSearchParams): SearchParamValues<F> {
  const values: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(fields)) {
    const value = firstValue(raw, key);
    const parsed = value === undefined ? undefined : field.schema.safeParse(value);
    values[key] = parsed?.success ? parsed.data : field.fallback;
  }
  // Each key was filled from its own field, which is what the mapped type says; TypeScript cannot follow
  // that through Object.entries.
  return values as SearchParamValues<F>;
}

/**
 * The declared keys that were given a value their field refused (blank and missing ones are not), for
 * a page that says so rather than quietly showing its default ("That isn't an email address").
 */
export function refusedSearchParams<F extends Fields>(fields: F, raw: RawSearchParams): (keyof F & string)[] {
  return Object.entries(fields).flatMap(([key, field]) => {
    const value = firstValue(raw, key);
    return value !== undefined && !field.schema.safeParse(value).success ? [key] : [];
  });
}
