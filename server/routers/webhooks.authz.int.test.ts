import { afterAll, beforeAll } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { settleBackgroundDeliveries } from "../webhooks/deliver.ts";
import { now, webhooksAuthorization, webhooksWorld } from "./webhooks.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(async () => {
  // "Send test" and "Redeliver" attempt in the background (no job queue in tests): let them finish.
  await settleBackgroundDeliveries();
  await tdb.close();
});

describeAuthorization(webhooksAuthorization, { db: () => tdb.db, world: webhooksWorld, now });
