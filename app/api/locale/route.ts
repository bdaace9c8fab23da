import { NextResponse, type NextRequest } from "next/server";
import { appBaseUrl, appUrl } from "~/server/http/app-url";
import { LOCALE_COOKIE, isLocale, switchedAddress } from "~/server/http/locales.mjs";
import { formPostRefusal, siteCookieOptions } from "~/server/http/form-post";

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
  const refusal = formPostRefusal(request);
  if (refusal) return refusal;
  const form = await request.formData().catch(() => new FormData());
  const locale = form.get("locale");
  if (!isLocale(locale)) {
    return new NextResponse('Choose a language this site offers: "en-GB" (English) or "cy" (Cymraeg).', {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  const response = NextResponse.redirect(
    appUrl(switchedAddress(locale, request.headers.get("referer"), [appBaseUrl(), request.nextUrl.origin])),
    303,
  );
  response.cookies.set(LOCALE_COOKIE, locale, siteCookieOptions(A_YEAR));
  return response;
}
