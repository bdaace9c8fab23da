import { describe, expect, it } from "vitest";
import {
  callbackLocale,
  confirmationLink,
  confirmationPathFor,
  crossSiteRequest,
  localisedAuthRedirect,
  maskEmail,
  signInPathFor,
  spendLinkPath,
} from "./confirm-link.ts";

const authLink =
  "http://localhost:3000/api/auth/callback/nodemailer?callbackUrl=http%3A%2F%2Flocalhost%3A3000%2Fteam&token=abc123&email=sam%40example.org";

describe("confirmationLink", () => {
  it("keeps the origin and the parameters but points at the confirmation page", () => {
    const link = new URL(confirmationLink(authLink));
    expect(link.origin).toBe("http://localhost:3000");
    expect(link.pathname).toBe("/signin/confirm");
    expect(link.searchParams.get("token")).toBe("abc123");
    expect(link.searchParams.get("email")).toBe("sam@example.org");
    expect(link.searchParams.get("callbackUrl")).toBe("http://localhost:3000/team");
  });

  it("drops parameters the callback does not use", () => {
    const link = new URL(confirmationLink(`${authLink}&extra=1`));
    expect([...link.searchParams.keys()].sort()).toEqual(["callbackUrl", "email", "token"]);
  });
});

describe("spendLinkPath", () => {
  it("posts back to the callback with the same parameters, encoded", () => {
    const path = spendLinkPath({ token: "a&b=c", email: "s+x@example.org", callbackUrl: "/team" });
    const url = new URL(path, "http://x");
    expect(url.pathname).toBe("/api/auth/callback/nodemailer");
    expect(url.searchParams.get("token")).toBe("a&b=c");
    expect(url.searchParams.get("email")).toBe("s+x@example.org");
    expect(url.searchParams.get("callbackUrl")).toBe("/team");
  });

  it("leaves callbackUrl out when there is none", () => {
    expect(spendLinkPath({ token: "t", email: "e@x.org", callbackUrl: undefined })).not.toContain(
      "callbackUrl",
    );
  });

  it("round-trips through the confirmation page", () => {
    const confirm = new URL(confirmationLink(authLink));
    const back = new URL(
      spendLinkPath({
        token: confirm.searchParams.get("token") ?? "",
        email: confirm.searchParams.get("email") ?? "",
        callbackUrl: confirm.searchParams.get("callbackUrl") ?? undefined,
      }),
      confirm.origin,
    );
    expect(Object.fromEntries(back.searchParams)).toEqual(Object.fromEntries(new URL(authLink).searchParams));
  });
});

describe("confirmationPathFor", () => {
  it("turns a GET of the callback into a relative link to the confirmation page", () => {
    expect(confirmationPathFor(authLink)).toBe(
      "/signin/confirm?token=abc123&email=sam%40example.org&callbackUrl=http%3A%2F%2Flocalhost%3A3000%2Fteam",
    );
  });
});

describe("sign-in links in Welsh", () => {
  const welshLink =
    "http://localhost:3000/api/auth/callback/nodemailer?callbackUrl=http%3A%2F%2Flocalhost%3A3000%2Fcy%2Fevents%2Fa&token=abc123&email=sam%40example.org";

  it("emails a link to the confirmation page in the language asked for", () => {
    expect(new URL(confirmationLink(authLink, "cy")).pathname).toBe("/cy/signin/confirm");
    expect(new URL(confirmationLink(authLink, "en-GB")).pathname).toBe("/signin/confirm");
    expect(new URL(confirmationLink(authLink)).pathname).toBe("/signin/confirm");
  });

  it("reads the language off the address the link returns to, absolute or a path", () => {
    expect(callbackLocale(new URL(welshLink))).toBe("cy");
    expect(callbackLocale(new URL(authLink))).toBe("en-GB");
    const withPath = new URL(authLink);
    withPath.searchParams.set("callbackUrl", "/cy");
    expect(callbackLocale(withPath)).toBe("cy");
    withPath.searchParams.set("callbackUrl", "/cymru");
    expect(callbackLocale(withPath)).toBe("en-GB");
    withPath.searchParams.delete("callbackUrl");
    expect(callbackLocale(withPath)).toBe("en-GB");
    withPath.searchParams.set("callbackUrl", "http://[bad");
    expect(callbackLocale(withPath)).toBe("en-GB");
  });

  it("sends a GET of a Welsh link to the Welsh confirmation page", () => {
    expect(confirmationPathFor(welshLink)).toMatch(/^\/cy\/signin\/confirm\?token=abc123&/);
  });

  it("names the confirmation page's language in the spend link, English by leaving it out", () => {
    const welsh = new URL(
      spendLinkPath({ token: "t", email: "e@x.org", callbackUrl: "/cy", locale: "cy" }),
      "http://x",
    );
    expect(welsh.searchParams.get("locale")).toBe("cy");
    expect(spendLinkPath({ token: "t", email: "e@x.org", callbackUrl: "/", locale: "en-GB" })).not.toContain(
      "locale",
    );
  });

  it("sends a failed Welsh sign-in to the Welsh error page, and nothing else anywhere new", () => {
    const error = "https://festival.example/signin/error?error=Verification";
    expect(localisedAuthRedirect(error, "cy")).toBe(
      "https://festival.example/cy/signin/error?error=Verification",
    );
    expect(localisedAuthRedirect(error, "en-GB")).toBeNull();
    expect(localisedAuthRedirect(error, null)).toBeNull();
    expect(localisedAuthRedirect(error, "fr")).toBeNull();
    expect(localisedAuthRedirect("https://festival.example/cy/events/a", "cy")).toBeNull();
    expect(localisedAuthRedirect("/signin/error", "cy")).toBeNull();
  });

  it.each([
    ["/cy/events/a/register", "/cy/signin?callbackUrl=%2Fcy%2Fevents%2Fa%2Fregister"],
    ["/events/a/register", "/signin?callbackUrl=%2Fevents%2Fa%2Fregister"],
    ["/manage?tab=2", "/signin?callbackUrl=%2Fmanage%3Ftab%3D2"],
    ["/cy/events/a?x=1", "/cy/signin?callbackUrl=%2Fcy%2Fevents%2Fa%3Fx%3D1"],
    ["/", "/signin"],
    ["/cy", "/cy/signin"],
  ])("signs in from %s at %s", (returnTo, expected) => {
    expect(signInPathFor(returnTo)).toBe(expected);
  });
});

describe("crossSiteRequest", () => {
  it.each([
    ["cross-site", true],
    ["same-site", true],
    ["same-origin", false],
    ["none", false],
    [null, false],
  ])("Sec-Fetch-Site %s → %s", (value, expected) => {
    const headers = new Headers(value === null ? {} : { "sec-fetch-site": value });
    expect(crossSiteRequest(headers)).toBe(expected);
  });
});

describe("maskEmail", () => {
  it.each([
    ["sam@example.org", "s…@example.org"],
    ["s@example.org", "s…@example.org"],
    ["scanner.trial@example.org", "s…@example.org"],
    ["a@b@example.org", "a…@example.org"],
    ["no-at-sign", "your account"],
    ["@example.org", "your account"],
    ["sam@", "your account"],
  ])("%s → %s", (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });

  it("says what the caller asks when the address cannot be shown", () => {
    expect(maskEmail("no-at-sign", "eich cyfrif")).toBe("eich cyfrif");
    expect(maskEmail("sam@example.org", "eich cyfrif")).toBe("s…@example.org");
  });
});
