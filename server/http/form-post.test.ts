import { describe, expect, it } from "vitest";
import { formPostRefusal, fromAnotherSite, siteCookieOptions } from "./form-post.ts";

const env = (APP_URL: string): NodeJS.ProcessEnv => ({ ...process.env, APP_URL });
const post = (headers: Record<string, string>) =>
  new Request("http://internal:3000/api/locale", { method: "POST", headers });

describe("plain-form POST routes", () => {
  it("refuse a request another site's page sent, with a 403 in plain words", async () => {
    const refused = formPostRefusal(
      post({ "sec-fetch-site": "cross-site" }),
      env("https://festival.example"),
    );
    expect(refused?.status).toBe(403);
    expect(await refused?.text()).toBe("Refused: that request came from another site.");
    expect(
      formPostRefusal(post({ origin: "https://evil.example" }), env("https://festival.example"))?.status,
    ).toBe(403);
  });

  it("let this site's requests through, including behind a proxy at APP_URL, and non-browser clients", () => {
    const site = env("https://festival.example");
    expect(
      formPostRefusal(post({ origin: "https://festival.example", "sec-fetch-site": "same-origin" }), site),
    ).toBeNull();
    expect(formPostRefusal(post({ origin: "http://internal:3000", host: "internal:3000" }), site)).toBeNull();
    expect(formPostRefusal(post({}), site)).toBeNull();
    expect(fromAnotherSite(new Headers({ origin: "https://festival.example.evil.test" }), site)).toMatch(
      /another site/,
    );
  });

  it("set cookies HttpOnly, Lax, for the whole site, Secure exactly when the site is served over https", () => {
    expect(siteCookieOptions(undefined, env("https://festival.example"))).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: true,
      path: "/",
    });
    expect(siteCookieOptions(60, env("http://localhost:3000"))).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: false,
      path: "/",
      maxAge: 60,
    });
  });
});
