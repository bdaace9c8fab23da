import { blobResponse } from "~/app/_components/blob-response";
import { serverCaller } from "~/app/trpc/server";

type Params = { params: Promise<{ imageId: string }> };

/** A project image, for whoever may see its project (the procedure decides; 404 otherwise). */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { imageId } = await params;
  return blobResponse(
    async () => (await serverCaller()).submissions.image({ imageId }),
    // Private: drafts are visible only to their team; never let a shared cache keep them.
    "private, max-age=300",
  );
}
