import { downloadResponse } from "~/app/_components/csv-response";
import { serverCaller } from "~/app/trpc/server";

export const dynamic = "force-dynamic";

/** "Download your data": everything the platform holds about the signed-in person, as a JSON file. */
export async function GET() {
  return downloadResponse(async () => {
    const data = await (await serverCaller()).users.myData();
    return { filename: `my-data-${data.exportedAt.slice(0, 10)}.json`, body: JSON.stringify(data, null, 2) };
  }, "application/json; charset=utf-8");
}
