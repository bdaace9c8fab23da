import { openApiDocument } from "~/server/api/openapi";

/** The API's OpenAPI 3 document (generated from its procedures' schemas), for tools and for /developers. */
export function GET(): Response {
  return Response.json(openApiDocument(), {
    headers: {
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
