import { serveApi } from "~/server/api/http";
import { createApiContext } from "~/server/http/context";

/** The HTTP API (docs/api.md "HTTP API"; the OpenAPI document is /api/v1/openapi.json). */
const handle = (request: Request) => serveApi(request, () => createApiContext(request.headers));

export { handle as GET, handle as HEAD, handle as POST, handle as PATCH, handle as DELETE };
