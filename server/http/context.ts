import "server-only";
import { revalidatePath } from "next/cache";
import { auth } from "../auth/index.ts";
import { databaseClock, type Context } from "../context.ts";
import { db } from "../db/client.ts";
import { clientIp, trustedProxyHops } from "./client-ip.ts";

/** The tRPC context for one request: who is calling, the database, and the database's clock. */
export async function createRequestContext(requestHeaders: Headers): Promise<Context> {
  const session = await auth();
  const database = db();
  return {
    db: database,
    user: session?.user ?? null,
    now: databaseClock(database),
    clientIp: clientIp(requestHeaders, trustedProxyHops()),
    // The root layout's tag: every page (the page cache handler tells the other instances).
    publicPagesChanged: () => revalidatePath("/", "layout"),
  };
}
