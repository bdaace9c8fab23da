import { downloadResponse } from "~/app/_components/csv-response";
import { serverCaller } from "~/app/trpc/server";

export const dynamic = "force-dynamic";

/**
 * The caller's certificate as a PDF download (`?subject=participation|award:<id>&name=…`): issued by
 * certificates.download, which decides who may have which. A refusal is answered with its status (as
 * downloadResponse maps it) and its message as text.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = new URL(request.url).searchParams;
  return downloadResponse(async () => {
    const caller = await serverCaller();
    const event = await caller.events.bySlug({ slug });
    const certificate = await caller.certificates.download({
      eventId: event.id,
      subject: query.get("subject") ?? "",
      name: query.get("name") ?? "",
    });
    return { filename: certificate.filename, body: Buffer.from(certificate.pdfBase64, "base64") };
  }, "application/pdf");
}
