import { blobResponse } from "~/app/_components/blob-response";
import { serverCaller } from "~/app/trpc/server";

type Params = { params: Promise<{ organisationId: string }> };

/** An organisation's logo: public, like its page. A new upload gets a new address (?v=). */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { organisationId } = await params;
  return blobResponse(
    async () => (await serverCaller()).organisations.logo({ organisationId }),
    "public, max-age=86400",
  );
}
