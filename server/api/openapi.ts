import "server-only";
import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { appUrl } from "../http/app-url.ts";
import { apiRouter } from "../routers/api.ts";

/** The API's version, in its address (/api/v1) and its document. */
export const API_VERSION = "1.0.0";

let cached: OpenAPIObject | null = null;

/**
 * The OpenAPI 3 document of the HTTP API, generated from the API router's zod schemas (trpc-to-openapi)
 * and kept for the process's life (the router does not change while it runs). Servers: APP_URL/api/v1.
 */
export function openApiDocument(): OpenAPIObject {
  cached ??= generateOpenApiDocument(apiRouter, {
    title: "Festival of code API",
    version: API_VERSION,
    baseUrl: appUrl("/api/v1"),
    description:
      "Public reads (events, challenges, gallery, results) need no token. Everything else takes an API " +
      "token for one organisation or one event, made on its Integrations page, sent as " +
      "`Authorization: Bearer fst_…`, with the permission each operation names. Errors are JSON " +
      "`{ message, code }` with the HTTP status; 429 comes with Retry-After. See /developers.",
  });
  return cached;
}
