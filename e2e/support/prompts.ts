// Running the timely prompts' sweep from a test (dev.sendPrompts) at a moment that is daytime in London,
// so a test does not depend on the hour it runs at (prompts are never sent at night).
import type { APIRequestContext } from "@playwright/test";
import { withDatabase } from "./db";
import { mutate } from "./trpc";

const HOUR = 3_600_000;

/** The first instant, whole hours before `moment`, at which London's clock says 12:00 (within two days). */
export function londonNoonBefore(moment: Date): Date {
  for (let hours = 1; hours < 48; hours += 1) {
    const candidate = new Date(Math.floor(moment.getTime() / HOUR) * HOUR - hours * HOUR);
    const hour = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/London",
      hour: "2-digit",
      hourCycle: "h23",
    }).format(candidate);
    if (hour === "12") return candidate;
  }
  throw new Error("no noon in two days");
}

/**
 * Runs the sweep at noon (London) before the event's start, inside the "no team yet" prompt's window
 * (from 48 hours before). Returns how many prompts it sent.
 */
export async function sendNoTeamPrompts(request: APIRequestContext, eventId: string): Promise<number> {
  const startsAt = await withDatabase(async (client) => {
    const { rows } = await client.query<{ startsAt: Date }>(`SELECT "startsAt" FROM "Event" WHERE id = $1`, [
      eventId,
    ]);
    const value = rows[0]?.startsAt;
    if (!value) throw new Error(`No event ${eventId}`);
    return value;
  });
  const at = londonNoonBefore(startsAt);
  const result = await mutate<{ sent: number }>(request, "dev.sendPrompts", { at: at.toISOString() });
  return result.sent;
}
