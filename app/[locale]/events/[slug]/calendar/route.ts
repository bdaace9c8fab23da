import { downloadResponse } from "~/app/_components/csv-response";
import { serverCaller } from "~/app/trpc/server";

export const dynamic = "force-dynamic";

/** "Add to calendar": the event's dates as an .ics file (404 for a draft, like the event page). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return downloadResponse(
    async () => (await serverCaller()).events.calendar({ slug }),
    "text/calendar; charset=utf-8",
  );
}
