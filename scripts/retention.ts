// Runs the retention job by hand: `npm run retention` deletes the personal data (dates of birth,
// sensitive information, check-in records) of every event whose retention period has passed, exactly
// as the hourly scheduled job does (server/retention/commands.ts), and prints what it deleted.
// `npm run retention -- --at 2027-01-31T00:00:00Z` runs it as of another moment (to rehearse a date).
import { createDb } from "../server/db/create.ts";
import { resolveDatabaseUrl } from "../server/db/url.ts";
import { deleteExpiredPersonalData } from "../server/retention/commands.ts";

const atIndex = process.argv.indexOf("--at");
const at = atIndex >= 0 ? new Date(process.argv[atIndex + 1] ?? "") : new Date();
if (Number.isNaN(at.getTime())) {
  console.error("Usage: npm run retention [-- --at <ISO 8601 moment, e.g. 2027-01-31T00:00:00Z>]");
  process.exit(2);
}
const db = createDb(resolveDatabaseUrl(), { poolMax: 1 });
try {
  const done = await deleteExpiredPersonalData(db, { now: at, trigger: "by hand" });
  if (done.length === 0) console.log("No event's retention period has passed: nothing to delete.");
  for (const { eventId, counts } of done) {
    console.log(
      `Event ${eventId}: ${counts.datesOfBirth} dates of birth, ${counts.sensitiveRecords} sensitive records, ` +
        `${counts.visits} check-in visits and ${counts.collectors} authorised collectors deleted ` +
        `(${counts.registrations} registrations, ${counts.attended} attended).`,
    );
  }
} finally {
  await db.$disconnect();
}
