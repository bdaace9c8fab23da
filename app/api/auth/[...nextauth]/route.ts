import type { NextRequest } from "next/server";
import { handlers } from "~/server/auth";
import { confirmationPathFor, crossSiteRequest, EMAIL_CALLBACK_PATH } from "~/server/auth/confirm-link";

const noStore = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

/**
 * Opening a magic link (GET, and HEAD, which Next answers with this handler) never spends it: a mail
 * scanner would sign itself in and leave the person a used link. It goes to the confirmation page, whose
 * button posts back here.
 */
export function GET(request: NextRequest): Promise<Response> | Response {
  if (request.nextUrl.pathname === EMAIL_CALLBACK_PATH) {
    return new Response(null, {
      status: 303,
      headers: { ...noStore, Location: confirmationPathFor(request.url) },
    });
  }
  return handlers.GET(request);
}

/** A link is spent only by a POST from our own pages: another site cannot sign a visitor in. */
export function POST(request: NextRequest): Promise<Response> | Response {
  if (request.nextUrl.pathname === EMAIL_CALLBACK_PATH && crossSiteRequest(request.headers)) {
    return new Response("Sign-in links can only be used from this site.", { status: 403, headers: noStore });
  }
  return handlers.POST(request);
}
