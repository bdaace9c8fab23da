import "server-only";
import { TRPCError } from "@trpc/server";

const statusFor: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 404,
};

/**
 * Serves a file a procedure produced as a download (`load` returns its name and text); the procedure
 * behind `load` decides who may have it, and its refusals become the matching HTTP status.
 */
export async function downloadResponse(
  load: () => Promise<{ filename: string; body: string }>,
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
    if (status) return new Response(error instanceof TRPCError ? error.message : "", { status });
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
