import { NextResponse, type NextRequest } from "next/server";
import { auth } from "~/server/auth";
import { db } from "~/server/db/client";
import { ACTING_COOKIE, actingUser } from "~/server/guardians/acting";
import { appUrl } from "~/server/http/app-url";
import { formPostRefusal, siteCookieOptions } from "~/server/http/form-post";

/** Where to go afterwards: a path on this site (never another site), else the account page. */
function returnPath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/account";
}

/**
 * POST /api/acting: a guardian starts acting for a child whose profile they keep (form field
 * `profileId`), or stops (no `profileId`), then goes to `next` (a path on this site; the account page by
 * default). Plain forms post here, so it needs no JavaScript. The cookie only names the profile: every
 * request checks again that the signed-in person keeps it (server/guardians/acting.ts). Refused: from
 * another site (403), signed out (401), a profile they do not keep (404).
 */
export async function POST(request: NextRequest) {
  const refusal = formPostRefusal(request);
  if (refusal) return refusal;
  const session = await auth();
  if (!session?.user) return new NextResponse("Sign in first.", { status: 401 });
  const form = await request.formData().catch(() => new FormData());
  const profileId = form.get("profileId");
  const next = returnPath(form.get("next"));
  const response = NextResponse.redirect(appUrl(next), 303);
  if (typeof profileId !== "string" || profileId === "") {
    response.cookies.delete(ACTING_COOKIE);
    return response;
  }
  // The same check every request makes with the cookie.
  if (!(await actingUser(db(), session.user, profileId)).guardian) {
    return new NextResponse("That profile isn't one you keep.", { status: 404 });
  }
  response.cookies.set(ACTING_COOKIE, profileId, siteCookieOptions());
  return response;
}
