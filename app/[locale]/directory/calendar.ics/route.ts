import { downloadResponse } from "~/app/_components/csv-response";
import { publicCaller } from "~/app/trpc/server";
import { parseDirectoryFilters } from "~/server/directory/rules";

export const dynamic = "force-dynamic";

/**
 * The directory as an iCalendar feed, under the filters in the query (age, area, when, level, cost and
 * mode, as /directory's; a value
 * the filters do not offer is ignored). A calendar app can subscribe to the address.
 */
export async function GET(request: Request) {
  const filters = parseDirectoryFilters(new URL(request.url).searchParams);
  return downloadResponse(() => publicCaller().directory.calendar(filters), "text/calendar; charset=utf-8");
}
