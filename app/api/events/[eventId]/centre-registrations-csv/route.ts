import { csvResponse } from "~/app/_components/csv-response";
import { serverCaller } from "~/app/trpc/server";

export const dynamic = "force-dynamic";

/** A centre lead's people, as CSV (the procedure limits it to the centres they lead). */
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return csvResponse(async () => (await serverCaller()).registrations.exportCentresCsv({ eventId }));
}
