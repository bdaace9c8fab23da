import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOCALE,
  LOCALES,
  addressIn,
  addressOf,
  hasWelsh,
  languageAlternates,
  isLocale,
  localeOr,
  localeRouting,
  routeOf,
  switchedAddress,
} from "./locales.mjs";

describe("locales", () => {
  it("knows the served locales, and nothing else is one", () => {
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
    for (const other of [
      "en",
      "EN-GB",
      "en-gb",
      "api",
      "",
      " en-GB",
      "wp-admin",
      null,
      undefined,
      1,
      ["en-GB"],
    ]) {
      expect(isLocale(other), String(other)).toBe(false);
      expect(localeOr(other, DEFAULT_LOCALE)).toBe(DEFAULT_LOCALE);
    }
    expect(localeOr("en-GB", "x")).toBe("en-GB");
  });

  it("maps an address to its route in the default locale", () => {
    expect(routeOf("/")).toBe("/en-GB");
    expect(routeOf("/events/spring")).toBe("/en-GB/events/spring");
    expect(routeOf("/directory/in/a~b?x=1")).toBe("/en-GB/directory/in/a~b?x=1");
    expect(routeOf("/events/spring/projects/in/a/b/2", "cy")).toBe("/cy/events/spring/projects/in/a/b/2");
  });

  it("rewrites every address without a locale, outside /api and /_next, to the default locale's route", () => {
    const [rule] = localeRouting.afterFiles;
    // The rule's parameter pattern as Next applies it to the path after "/" (path-to-regexp).
    const pattern = /^\/:path\((.*)\)$/.exec(rule?.source ?? "")?.[1];
    const rewrites = (path: string) => new RegExp(`^${pattern}$`).test(path.slice(1));
    for (const path of [
      "/events/spring",
      "/privacy",
      "/apis",
      "/api-docs",
      "/en-GBx/a",
      "/_nextx",
      "/cymru",
      "/cyx/a",
    ]) {
      expect(rewrites(path), path).toBe(true);
    }
    for (const path of [
      "/en-GB",
      "/en-GB/events/spring",
      "/api",
      "/api/trpc/x",
      "/_next/static/a.js",
      "/",
      "/cy",
      "/cy/a",
    ]) {
      expect(rewrites(path), path).toBe(false);
    }
    expect(rule?.destination).toBe("/en-GB/:path");
    expect(localeRouting.redirects.map((r) => [r.source, r.destination])).toEqual([
      ["/en-GB", "/"],
      ["/en-GB/:path*", "/:path*"],
      ["/", "/cy"],
      ["/events/:slug", "/cy/events/:slug"],
      ["/events/:slug/projects", "/cy/events/:slug/projects"],
      ["/events/:slug/code-of-conduct", "/cy/events/:slug/code-of-conduct"],
      ["/events/:slug/finals", "/cy/events/:slug/finals"],
      ["/events/:slug/next", "/cy/events/:slug/next"],
      ["/events/:slug/concern", "/cy/events/:slug/concern"],
      ["/organisations/:slug/next", "/cy/organisations/:slug/next"],
    ]);
    // Only someone whose cookie says Welsh is sent to the Welsh home page.
    expect(localeRouting.redirects[2]).toMatchObject({
      permanent: false,
      has: [{ type: "cookie", key: "NEXT_LOCALE", value: "cy" }],
    });
  });

  it("reads the locale off an address, and finds a page's address in another language", () => {
    expect(addressOf("/cy")).toEqual({ locale: "cy", address: "/" });
    expect(addressOf("/cy/")).toEqual({ locale: "cy", address: "/" });
    expect(addressOf("/cy/events/a")).toEqual({ locale: "cy", address: "/events/a" });
    for (const english of ["/", "/cymru", "/cyx/a", "/events/cy", "/en-GB/x"]) {
      expect(addressOf(english)).toEqual({ locale: "en-GB", address: english });
    }
    expect(hasWelsh("/")).toBe(true);
    expect(hasWelsh("/privacy")).toBe(false);
    // A ":slug" part of a Welsh address is any one segment, never none and never two.
    expect(hasWelsh("/events/spring-2027")).toBe(true);
    expect(hasWelsh("/events/a.b")).toBe(true);
    for (const english of [
      "/events",
      "/events/",
      "/events/spring/teams",
      "/events//",
      "/eventsx/a",
      "/x/events/a",
    ]) {
      expect(hasWelsh(english), english).toBe(false);
    }
    expect(addressIn("cy", "/events/spring")).toBe("/cy/events/spring");
    expect(addressIn("cy", "/events/spring/register")).toBe("/events/spring/register");
    expect(addressIn("cy", "/events/spring/projects")).toBe("/cy/events/spring/projects");
    expect(languageAlternates("/")).toEqual({ "en-GB": "/", cy: "/cy", "x-default": "/" });
    expect(languageAlternates("/events/a/projects")).toEqual({
      "en-GB": "/events/a/projects",
      cy: "/cy/events/a/projects",
      "x-default": "/events/a/projects",
    });
    expect(languageAlternates("/privacy")).toEqual({ "en-GB": "/privacy", "x-default": "/privacy" });
    expect(hasWelsh("/events/spring/projects/in/~all/~all/2")).toBe(false);
    expect(addressIn("cy", "/")).toBe("/cy");
    expect(addressIn("cy", "/privacy")).toBe("/privacy");
    expect(addressIn("en-GB", "/")).toBe("/");
    expect(addressIn("en-GB", "/privacy")).toBe("/privacy");
  });

  it("sends the language switch back to the page it was pressed on, in that language when it exists", () => {
    const site = ["https://festival.example", "http://localhost:3000"];
    expect(switchedAddress("cy", `${site[0]}/`, site)).toBe("/cy");
    expect(switchedAddress("en-GB", `${site[0]}/cy`, site)).toBe("/");
    expect(switchedAddress("cy", `${site[0]}/privacy?x=1`, site)).toBe("/privacy?x=1");
    expect(switchedAddress("en-GB", `${site[0]}/cy/events/a`, site)).toBe("/events/a");
    expect(switchedAddress("cy", `${site[0]}/events/a`, site)).toBe("/cy/events/a");
    expect(switchedAddress("cy", `${site[0]}/events/a/teams`, site)).toBe("/events/a/teams");
    expect(switchedAddress("cy", `${site[0]}/?utm=1`, site)).toBe("/cy?utm=1");
    expect(switchedAddress("cy", "http://localhost:3000/privacy", site)).toBe("/privacy");
    expect(switchedAddress("cy", "http://localhost:3000/", ["not an origin", ...site])).toBe("/cy");
    // Another site, no Referer, or nonsense: the home page in the chosen language.
    for (const from of ["https://evil.example/cy", "http://festival.example/", null, "", "not a url"]) {
      expect(switchedAddress("cy", from, site), String(from)).toBe("/cy");
      expect(switchedAddress("en-GB", from, site), String(from)).toBe("/");
    }
  });
});
