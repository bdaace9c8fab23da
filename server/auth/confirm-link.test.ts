import { describe, expect, it } from "vitest";
import {
  confirmationLink,
  confirmationPathFor,
  crossSiteRequest,
  maskEmail,
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
});
