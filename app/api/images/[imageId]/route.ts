import { TRPCError } from "@trpc/server";
import { serverCaller } from "~/app/trpc/server";
import { blobStore } from "~/server/storage/blob-store";

type Params = { params: Promise<{ imageId: string }> };

/** A project image, for whoever may see its project (the procedure decides; 404 otherwise). */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { imageId } = await params;
  let image;
  try {
    image = await (await serverCaller()).submissions.image({ imageId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return new Response("Not found", { status: 404 });
    }
    throw error;
  }
  const bytes = await blobStore().get(image.storageKey);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": image.contentType,
      // Private: drafts are visible only to their team; never let a shared cache keep them.
      "Cache-Control": "private, max-age=300",
      "Content-Security-Policy": "default-src 'none'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
