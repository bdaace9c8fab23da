import { NextResponse, type NextRequest } from "next/server";
import { signOut } from "~/server/auth";
import { appUrl } from "~/server/http/app-url";
import { formPostRefusal } from "~/server/http/form-post";
import { ACTING_COOKIE } from "~/server/guardians/acting";

/**
 * POST /api/sign-out: ends the caller's session (deletes it and its cookie) and sends the browser to
 * the home page, loaded afresh. The header's Sign out button is a plain form posting here, so signing
 * out needs no JavaScript. Refused (403) when another site's page sent it.
 */
export async function POST(request: NextRequest) {
  const refusal = formPostRefusal(request);
  if (refusal) return refusal;
  await signOut({ redirect: false });
  const response = NextResponse.redirect(appUrl("/"), 303);
  // Acting for a child ends with the session (the cookie alone could do nothing, but it is not kept).
  response.cookies.delete(ACTING_COOKIE);
  return response;
}
