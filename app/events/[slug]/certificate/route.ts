import { TRPCError } from "@trpc/server";
import { serverCaller } from "~/app/trpc/server";

export const dynamic = "force-dynamic";

const statusFor: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  TOO_MANY_REQUESTS: 429,
};

/**
 * The caller's certificate as a PDF download (`?subject=participation|award:<id>&name=…`): issued by
 * certificates.download, which decides who may have which. A refusal is answered with its status and
 * its message as text.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = new URL(request.url).searchParams;
  try {
    const caller = await serverCaller();
    const event = await caller.events.bySlug({ slug });
    const certificate = await caller.certificates.download({
      eventId: event.id,
      subject: query.get("subject") ?? "",
      name: query.get("name") ?? "",
    });
    return new Response(Buffer.from(certificate.pdfBase64, "base64"), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${certificate.filename.replace(/[^a-z0-9.-]/gi, "-")}"`,
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
