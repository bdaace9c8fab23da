// Makes (or creates) a platform admin: `npm run admin:grant -- someone@example.org`.
// The first platform admin of a deployment is made this way; after that admins work in the app.
import { z } from "zod";
import { createDb } from "../server/db/create.ts";
import { resolveDatabaseUrl } from "../server/db/url.ts";
import { makePlatformAdmin } from "../server/users/commands.ts";

const address = z.email().safeParse(process.argv[2]?.trim().toLowerCase());
if (!address.success) {
  console.error("Usage: npm run admin:grant -- <email address>");
  process.exit(2);
}
const db = createDb(resolveDatabaseUrl(), { poolMax: 1 });
try {
  const result = await db.$transaction((tx) => makePlatformAdmin(tx, address.data));
  console.log(
    result.created
      ? "Created a new platform admin account; they sign in with that address."
      : "That account is now a platform admin.",
  );
} finally {
  await db.$disconnect();
}
