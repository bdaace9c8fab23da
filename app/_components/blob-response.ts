import { TRPCError } from "@trpc/server";
import { blobStore } from "~/server/storage/blob-store";

/**
 * Serves a stored file once its procedure said where it is and that the caller may see it. A refusal
 * the caller could learn from (not found, bad input) is a plain 404; the file is never sniffed or run.
 */
export async function blobResponse(
  locate: () => Promise<{ storageKey: string; contentType: string }>,
  cacheControl: string,
): Promise<Response> {
  let blob;
  try {
    blob = await locate();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return new Response("Not found", { status: 404 });
    }
    throw error;
  }
  const bytes = await blobStore().get(blob.storageKey);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": blob.contentType,
      "Cache-Control": cacheControl,
      "Content-Security-Policy": "default-src 'none'",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
