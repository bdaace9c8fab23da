import "server-only";
import { TRPCError } from "@trpc/server";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import {
  API_READS_TAG,
  HOME_PAGES_TAG,
  ORGANISATION_NEXT_PAGES_TAG,
  eventPagesTag,
} from "../cache/page-tags.mjs";
import { auth } from "../auth/index.ts";
import { bearerSecret } from "../api-tokens/rules.ts";
import type { PageScope } from "../cache/public-pages.ts";
import { databaseClock, type Context } from "../context.ts";
import { db } from "../db/client.ts";
import type { Db } from "../db/create.ts";
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
  warnDatabaseUnavailable,
} from "../db/unavailable.ts";
import { clientIp, trustedProxyHops } from "./client-ip.ts";
import { actingCookieValue, actingUser } from "../guardians/acting.ts";

/** Auth.js's session cookie, over http and (with the __Secure- prefix) over https (as in proxy.ts). */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function carriesSessionCookie(requestHeaders: Headers): boolean {
  const names = (requestHeaders.get("cookie") ?? "").split(";").map((c) => c.trim().split("=")[0]);
  return SESSION_COOKIES.some((name) => names.includes(name));
}

/**
 * Auth.js swallows a failed session lookup (it logs it and answers "no session"), so during a database
 * outage a signed-in person would look signed out and be told to sign in again (401). When a session
 * cookie found no session, one cheap query tells the two apart: an unreachable database is a 503.
 * (A database that came back between the two would still look like no session, for that one request.)
 */
async function refuseWhenUnreachable(database: Db): Promise<void> {
  try {
    await database.$queryRaw`select 1`;
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    warnDatabaseUnavailable("session", error);
    throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, cause: error });
  }
}

/** The tRPC context for one request: who is calling, the database, and the database's clock. */
export async function createRequestContext(requestHeaders: Headers): Promise<Context> {
  const session = await auth();
  const database = db();
  if (!session && carriesSessionCookie(requestHeaders)) await refuseWhenUnreachable(database);
  const user = session?.user
    ? await actingUser(database, session.user, actingCookieValue(requestHeaders.get("cookie")))
    : null;
  return {
    db: database,
    user,
    now: databaseClock(database),
    clientIp: clientIp(requestHeaders, trustedProxyHops()),
    publicPagesChanged,
  };
}

// The page cache handler tells the other instances. Everything: the root layout's tag, which every page
// carries; one event: the tags the handler gives its pages, the home page and the organisations' "What
// happened next" pages, which show projects of many events (page-tags.mjs).
// `expire: 0`: gone now, not served stale while it renders again.
function publicPagesChanged(scope: PageScope): void {
  if (scope.kind === "everything") {
    revalidateTag(API_READS_TAG, { expire: 0 });
    return revalidatePath("/", "layout");
  }
  revalidateTag(eventPagesTag(scope.slug), { expire: 0 });
  revalidateTag(HOME_PAGES_TAG, { expire: 0 });
  revalidateTag(ORGANISATION_NEXT_PAGES_TAG, { expire: 0 });
}

/**
 * The context of one HTTP API request (/api/v1): no session is read (a browser's cookies give no
 * rights there, so another site cannot make a signed-in browser call it), only the bearer token.
 */
export function createApiContext(requestHeaders: Headers): Context {
  const database = db();
  return {
    db: database,
    user: null,
    apiBearer: bearerSecret(requestHeaders.get("authorization")),
    // The public reads share the page cache (its handler keeps every instance in step), 30 s at most.
    cachePublicRead: (key, tags, read) =>
      unstable_cache(read, ["api-v1", ...key], { tags: [API_READS_TAG, ...tags], revalidate: 30 })(),
    now: databaseClock(database),
    clientIp: clientIp(requestHeaders, trustedProxyHops()),
    publicPagesChanged,
  };
}
