// The API reference page's view of the OpenAPI document: one entry per operation, grouped by tag, with
// what a reader needs (method, path, what it does, whether it takes a token, its parameters and the
// fields of its body). Pure: it reads the document it is given.
import type { OpenAPIObject } from "trpc-to-openapi";

export interface ReferenceField {
  name: string;
  where: "path" | "query" | "body";
  required: boolean;
  type: string;
  description: string;
}

export interface ReferenceOperation {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  needsToken: boolean;
  fields: ReferenceField[];
}

export interface ReferenceGroup {
  tag: string;
  operations: ReferenceOperation[];
}

type Schema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  const?: unknown;
};

/** "string", "integer", "array of object", "one of approve, publish": a schema's type in words. */
export function typeInWords(schema: Schema | undefined): string {
  if (!schema) return "any";
  if (schema.enum) return `one of ${schema.enum.map(String).join(", ")}`;
  if (schema.anyOf) return schema.anyOf.map(typeInWords).join(" or ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const type = Array.isArray(schema.type) ? schema.type.join(" or ") : (schema.type ?? "any");
  if (type === "array") return `array of ${typeInWords(schema.items)}`;
  return type;
}

const METHODS = ["get", "post", "patch", "put", "delete"] as const;

/**
 * A JSON body's fields, and (one level down) the fields of an object field, named with a dot
 * (`details.title`): a nested field is required when it and its parent are.
 */
export function bodyFieldsOf(
  body: Schema | undefined,
  parent?: { name: string; required: boolean },
): ReferenceField[] {
  return Object.entries(body?.properties ?? {}).flatMap(([key, schema]) => {
    const name = parent ? `${parent.name}.${key}` : key;
    const required = (body?.required ?? []).includes(key) && (parent?.required ?? true);
    const field: ReferenceField = {
      name,
      where: "body",
      required,
      type: typeInWords(schema),
      description: schema.description ?? "",
    };
    return schema.properties && !parent ? [field, ...bodyFieldsOf(schema, { name, required })] : [field];
  });
}

/** The document's operations, grouped by their first tag in the order tags first appear. */
export function referenceGroups(document: OpenAPIObject): ReferenceGroup[] {
  const groups = new Map<string, ReferenceOperation[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, unknown>)[method] as
        | {
            operationId?: string;
            summary?: string;
            description?: string;
            tags?: string[];
            security?: unknown[];
            parameters?: {
              name: string;
              in: string;
              required?: boolean;
              description?: string;
              schema?: Schema;
            }[];
            requestBody?: { content?: Record<string, { schema?: Schema }> };
          }
        | undefined;
      if (!operation) continue;
      const parameters: ReferenceField[] = (operation.parameters ?? []).map((p) => ({
        name: p.name,
        where: p.in === "path" ? "path" : "query",
        required: Boolean(p.required),
        type: typeInWords(p.schema),
        description: p.description ?? p.schema?.description ?? "",
      }));
      const body = operation.requestBody?.content?.["application/json"]?.schema;
      const bodyFields = bodyFieldsOf(body);
      const tag = operation.tags?.[0] ?? "Other";
      const list = groups.get(tag) ?? [];
      list.push({
        id: operation.operationId ?? `${method}-${path}`,
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? "",
        description: operation.description ?? "",
        needsToken: (operation.security ?? []).length > 0,
        fields: [...parameters, ...bodyFields],
      });
      groups.set(tag, list);
    }
  }
  return [...groups.entries()].map(([tag, operations]) => ({ tag, operations }));
}
