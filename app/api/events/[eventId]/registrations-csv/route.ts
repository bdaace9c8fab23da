import { TRPCError } from "@trpc/server";
import { serverCaller } from "~/app/trpc/server";

export const dynamic = "force-dynamic";

const statusFor: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 404,
};

/** The organisers' CSV export; the procedure decides who may have it. */
export async function GET(_request: Request, { params }: { params: Promise<{ eventId: string }> }) {
  const { eventId } = await params;
  try {
    const { filename, csv } = await (await serverCaller()).registrations.exportCsv({ eventId });
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
