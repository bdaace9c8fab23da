import { NextResponse, type NextRequest } from "next/server";
import { signOut } from "~/server/auth";
import { appUrl } from "~/server/http/app-url";
import { homePageOr } from "~/server/http/locales.mjs";
import { formPostRefusal } from "~/server/http/form-post";
import { ACTING_COOKIE } from "~/server/guardians/acting";

/**
 * POST /api/sign-out: ends the caller's session (deletes it and its cookie) and sends the browser to
 * the home page in the language of the page it came from (the form's `home`: "/" or "/cy"), loaded afresh. The header's Sign out button is a plain form posting here, so signing
 * out needs no JavaScript. Refused (403) when another site's page sent it.
 */
export async function POST(request: NextRequest) {
  const refusal = formPostRefusal(request);
  if (refusal) return refusal;
  await signOut({ redirect: false });
  const response = NextResponse.redirect(appUrl(await homeAsked(request)), 303);
  // Acting for a child ends with the session (the cookie alone could do nothing, but it is not kept).
  response.cookies.delete(ACTING_COOKIE);
  return response;
}

/** The home page the form names (`home`), when it is one of the site's home pages; else the English one. */
async function homeAsked(request: NextRequest): Promise<string> {
  const form = await request.formData().catch(() => null);
  return homePageOr(form?.get("home"));
}
