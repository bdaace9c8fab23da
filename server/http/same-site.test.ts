import { describe, expect, it } from "vitest";
import { crossSiteRefusal } from "./same-site.ts";

const check = (headers: Record<string, string>, trustedHosts: string[] = []) =>
  crossSiteRefusal(new Headers(headers), { trustedHosts });

describe("crossSiteRefusal", () => {
  it("lets the app's own pages through", () => {
    expect(check({ host: "festival.example", origin: "https://festival.example" })).toBeNull();
    expect(
      check({ host: "localhost:3200", origin: "http://localhost:3200", "sec-fetch-site": "same-origin" }),
    ).toBeNull();
  });

  it("lets through requests that are not from a browser page (no Origin, no Sec-Fetch-Site)", () => {
    expect(check({ host: "festival.example" })).toBeNull();
  });

  it("refuses another site, by Sec-Fetch-Site or by Origin, whatever the other header says", () => {
    expect(check({ host: "festival.example", "sec-fetch-site": "cross-site" })).toMatch(/cross-site/);
    expect(
      check({ host: "festival.example", origin: "https://festival.example", "sec-fetch-site": "cross-site" }),
    ).toMatch(/cross-site/);
    expect(check({ host: "festival.example", origin: "https://evil.example" })).toMatch(/evil\.example/);
    // A look-alike host is another site.
    expect(check({ host: "festival.example", origin: "https://festival.example.evil.test" })).not.toBeNull();
    expect(check({ host: "festival.example", origin: "null" })).not.toBeNull();
  });

  it("accepts the public address behind a proxy, which may differ from the Host the app sees", () => {
    expect(
      check({ host: "10.0.0.5:3000", origin: "https://festival.example" }, ["festival.example"]),
    ).toBeNull();
    expect(check({ host: "10.0.0.5:3000", origin: "https://festival.example" })).not.toBeNull();
  });
});
