import { afterAll, beforeAll } from "vitest";
import { describeAuthorization } from "../test/authorization.ts";
import { openTestDatabase, type TestDatabase } from "../test/database.ts";
import { apiTokensAuthorization, apiTokensWorld, now } from "./api-tokens.authz.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb.close());

describeAuthorization(apiTokensAuthorization, { db: () => tdb.db, world: apiTokensWorld, now });
