// Before routing: answers 400 to an address with a percent-escape that is not UTF-8 (/events/%FF) and
// sends a filtered gallery or directory address to the cached page for that filter (gallery-filter.ts,
// server/directory/rules.ts). The home
// page is rewritten in next.config.mjs, which costs less than running this function for it.
//
// Next decodes a dynamic segment to match it against [slug]; for such an escape decoding throws, and
// a production build answers that with a bare 500 "Internal Server Error" (next dev says 400). No page
// code runs, so no page can catch it. Static files, image optimisation and Auth.js's routes are left
// out: the first two are not dynamic routes, and Auth.js answers its own addresses.
import { NextResponse, type NextRequest } from "next/server";
import { galleryRewrite } from "~/app/_components/gallery-filter";
import { directoryRewrite } from "~/server/directory/rules";
import { DEFAULT_LOCALE, addressOf, hasWelsh, routeOf } from "~/server/http/locales.mjs";

/** true when every "/"-separated part of `pathname` percent-decodes. */
function decodes(pathname: string): boolean {
  try {
    for (const part of pathname.split("/")) decodeURIComponent(part);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses addresses Next cannot decode; sends a Welsh address without a Welsh page to the English one;
 * rewrites a filtered gallery or directory address to its cached page (the
 * address people see keeps its query); every other request goes on untouched.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  if (decodes(pathname)) {
    // A Welsh address of a page not translated yet goes to the English page (307: it may be translated later).
    const { locale, address } = addressOf(pathname);
    if (locale !== DEFAULT_LOCALE && !hasWelsh(address)) {
      const english = request.nextUrl.clone();
      english.pathname = address;
      return NextResponse.redirect(english, 307);
    }
    // Filters are read off the English address, whatever the language ("/cy/events/a/projects?page=2").
    const cached = galleryRewrite(address, searchParams) ?? directoryRewrite(address, searchParams);
    // The rewrite names the app route itself (/en-GB/... or /cy/...), not an address for next.config.mjs
    // to rewrite.
    return cached ? NextResponse.rewrite(new URL(routeOf(cached, locale), request.url)) : NextResponse.next();
  }
  return new NextResponse("Bad request: the address has a percent-escape that is not UTF-8.", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

export const config = {
  // Only addresses with a "%" can fail to decode; static files and Auth.js's routes are never checked.
  // Galleries and the directory are matched whatever their query (a matcher cannot look at it).
  // Welsh addresses are checked against the pages translated so far.
  matcher: [
    "/((?!_next/static|_next/image|api/auth).*%.*)",
    "/events/:slug/projects",
    "/directory",
    "/cy",
    "/cy/:path*",
  ],
};
