import { draftMode } from "next/headers";
import { NextResponse, type NextRequest } from "next/server";
import { appUrl } from "~/server/http/app-url";
import { serverCaller } from "~/app/trpc/server";

/**
 * GET /events/[slug]/preview: for the event's organisers (and platform admins), turns on Next's draft
 * mode in their browser and shows the event page, which then renders afresh for them with their
 * session instead of coming from the page cache, so a draft is visible to them. `?stop` turns draft
 * mode off again. Anyone else gets the event page as everyone sees it (a draft: not found).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const target = appUrl(`/events/${encodeURIComponent(slug)}`);
  const mode = await draftMode();
  if (request.nextUrl.searchParams.has("stop")) {
    mode.disable();
    return NextResponse.redirect(target, 303);
  }
  const canManage = await (await serverCaller()).events.viewer({ slug }).then(
    (viewer) => viewer.canManage,
    () => false,
  );
  if (canManage) mode.enable();
  return NextResponse.redirect(target, 303);
}
