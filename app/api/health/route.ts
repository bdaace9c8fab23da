import { db } from "~/server/db/client";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, warnDatabaseUnavailable } from "~/server/db/unavailable";
import { log } from "~/server/log";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when this instance can reach the database, 503 when it cannot. */
export async function GET(): Promise<Response> {
  try {
    await db().$queryRaw`select 1`;
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    // An outage is polled every few seconds by every load balancer: a warning, and not on every poll.
    if (isDatabaseUnavailable(error)) warnDatabaseUnavailable("health", error);
    else log.error("health check failed", { error });
    return Response.json(
      { status: "unavailable", reason: "database unreachable" },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
    );
  }
}
