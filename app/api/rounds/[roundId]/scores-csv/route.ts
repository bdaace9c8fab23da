import { csvResponse } from "~/app/_components/csv-response";
import { serverCaller } from "~/app/trpc/server";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  return csvResponse(async () => (await serverCaller()).judging.exportScoresCsv({ roundId }));
}
