import { csvResponse } from "~/app/_components/csv-response";
import { serverCaller } from "~/app/trpc/server";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  return csvResponse(async () => (await serverCaller()).supply.exportCsv({ eventId }));
}
