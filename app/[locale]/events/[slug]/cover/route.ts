import { blobResponse } from "~/app/_components/blob-response";
import { serverCaller } from "~/app/trpc/server";

type Params = { params: Promise<{ slug: string }> };

/** An event's cover image, for whoever may see the event (a draft's is a 404 to the public). */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { slug } = await params;
  return blobResponse(
    async () => (await serverCaller()).events.cover({ slug }),
    // A new upload is a new address (?v=); private, so a draft's cover never sits in a shared cache.
    "private, max-age=86400",
  );
}
