import "server-only";
import { TRPCError } from "@trpc/server";

/**
 * The HTTP status of a procedure's refusal in a download. An input that is not valid (an id that is not
 * an id, a name that is not theirs) is a 404 like an address that leads nowhere; a code not here is not a
 * refusal and is thrown on.
 */
const statusFor: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 404,
  TOO_MANY_REQUESTS: 429,
};

/**
 * Serves a file a procedure produced as a download (`load` returns its name and its body: text, or bytes
 * such as a PDF's); the procedure behind `load` decides who may have it, and its refusals become the
 * matching HTTP status (statusFor) with their message as plain text.
 */
export async function downloadResponse(
  load: () => Promise<{ filename: string; body: string | Uint8Array<ArrayBuffer> }>,
  contentType: string,
): Promise<Response> {
  try {
    const { filename, body } = await load();
    return new Response(body, {
      headers: {
        "Content-Type": contentType,
        "Content-Disposition": `attachment; filename="${filename.replace(/[^a-z0-9.-]/gi, "-")}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const status = error instanceof TRPCError ? statusFor[error.code] : undefined;
    if (status)
      return new Response(error instanceof TRPCError ? error.message : "", {
        status,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    throw error;
  }
}

/** Serves an organisers' CSV export; the procedure behind `load` decides who may have it. */
export function csvResponse(load: () => Promise<{ filename: string; csv: string }>): Promise<Response> {
  return downloadResponse(async () => {
    const { filename, csv } = await load();
    return { filename, body: csv };
  }, "text/csv; charset=utf-8");
}
