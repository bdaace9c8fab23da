import "server-only";
import { TRPCError } from "@trpc/server";

const statusFor: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 404,
};

/** Serves an organisers' CSV export; the procedure behind `load` decides who may have it. */
export async function csvResponse(load: () => Promise<{ filename: string; csv: string }>): Promise<Response> {
  try {
    const { filename, csv } = await load();
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
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
