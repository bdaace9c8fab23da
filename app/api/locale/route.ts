import { NextResponse, type NextRequest } from "next/server";
import { appBaseUrl, appUrl } from "~/server/http/app-url";
import { LOCALE_COOKIE, isLocale, switchedAddress } from "~/server/http/locales.mjs";
import { crossSiteRefusal } from "~/server/http/same-site";

/** A year, in seconds: the visitor chose the language, so it is kept like a setting. */
const A_YEAR = 365 * 24 * 60 * 60;

/**
 * POST /api/locale: the language switch at the foot of every page (a plain form, no JavaScript needed).
 * Form field `locale` ("en-GB" or "cy"). Remembers the choice in the NEXT_LOCALE cookie (which only
 * next.config.mjs's redirects read: pages stay the same for everyone, and cached) and answers 303 with the
 * page the visitor was on (its Referer) in that language, or in English when it has no Welsh page yet.
 * Refused: from another site (403), a language the site does not offer (400, saying which it does).
 */
export async function POST(request: NextRequest) {
  const base = appBaseUrl();
  if (crossSiteRefusal(request.headers, { trustedHosts: [new URL(base).host] })) {
    return new NextResponse("Refused: that request came from another site.", { status: 403 });
  }
  const form = await request.formData().catch(() => new FormData());
  const locale = form.get("locale");
  if (!isLocale(locale)) {
    return new NextResponse('Choose a language this site offers: "en-GB" (English) or "cy" (Cymraeg).', {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const response = NextResponse.redirect(
    appUrl(switchedAddress(locale, request.headers.get("referer"), [base, request.nextUrl.origin])),
    303,
  );
  response.cookies.set(LOCALE_COOKIE, locale, {
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(base).protocol === "https:",
    path: "/",
    maxAge: A_YEAR,
  });
  return response;
}
