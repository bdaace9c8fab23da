import type { NextRequest } from "next/server";
import { handlers } from "~/server/auth";
import {
  confirmationPathFor,
  crossSiteRequest,
  EMAIL_CALLBACK_PATH,
  LOCALE_PARAM,
  localisedAuthRedirect,
} from "~/server/auth/confirm-link";

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
export async function POST(request: NextRequest): Promise<Response> {
  if (request.nextUrl.pathname === EMAIL_CALLBACK_PATH && crossSiteRequest(request.headers)) {
    return new Response("Sign-in links can only be used from this site.", { status: 403, headers: noStore });
  }
  const response = await handlers.POST(request);
  // A link spent from a Welsh confirmation page that fails lands on the Welsh error page.
  const location = response.headers.get("location");
  const localised =
    location && request.nextUrl.pathname === EMAIL_CALLBACK_PATH
      ? localisedAuthRedirect(location, request.nextUrl.searchParams.get(LOCALE_PARAM))
      : null;
  if (!localised) return response;
  const headers = new Headers(response.headers);
  headers.set("location", localised);
  return new Response(null, { status: response.status, headers });
}
