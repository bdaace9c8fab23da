import { describe, expect, it } from "vitest";
import {
  DEFAULT_LOCALE,
  LOCALES,
  addressIn,
  addressOf,
  hasWelsh,
  homePageOr,
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
      ["/directory", "/cy/directory"],
      ["/organisations/:slug/next", "/cy/organisations/:slug/next"],
      ["/organisations/:slug", "/cy/organisations/:slug"],
      ["/certificates/:code", "/cy/certificates/:code"],
      ["/areas/:area", "/cy/areas/:area"],
      ["/events/:slug/challenges/:challengeSlug", "/cy/events/:slug/challenges/:challengeSlug"],
      ["/events/:slug/projects/:submissionId", "/cy/events/:slug/projects/:submissionId"],
      ["/signin", "/cy/signin"],
      ["/signin/check-email", "/cy/signin/check-email"],
      ["/signin/confirm", "/cy/signin/confirm"],
      ["/signin/error", "/cy/signin/error"],
      ["/events/:slug/register", "/cy/events/:slug/register"],
      ["/events/:slug/registration", "/cy/events/:slug/registration"],
      ["/events/:slug/registration/edit", "/cy/events/:slug/registration/edit"],
      ["/consent/:token", "/cy/consent/:token"],
      ["/directory/clubs/:sessionId", "/cy/directory/clubs/:sessionId"],
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
    expect(addressIn("cy", "/events/spring/register")).toBe("/cy/events/spring/register");
    expect(addressIn("cy", "/events/spring/teams")).toBe("/events/spring/teams");
    expect(addressIn("cy", "/events/spring/projects")).toBe("/cy/events/spring/projects");
    expect(languageAlternates("/")).toEqual({ "en-GB": "/", cy: "/cy", "x-default": "/" });
    expect(languageAlternates("/events/a/projects")).toEqual({
      "en-GB": "/events/a/projects",
      cy: "/cy/events/a/projects",
      "x-default": "/events/a/projects",
    });
    expect(languageAlternates("/privacy")).toEqual({ "en-GB": "/privacy", "x-default": "/privacy" });
    expect(hasWelsh("/events/spring/projects/in/~all/~all/2")).toBe(false);
    // An organisation's public page, a certificate's check and an area's need and supply are Welsh; the
    // organisation's other pages stay English, except "What happened next".
    expect(hasWelsh("/organisations/a")).toBe(true);
    expect(hasWelsh("/certificates/7K3M9QX2TB")).toBe(true);
    expect(hasWelsh("/areas/LS")).toBe(true);
    for (const english of ["/organisations", "/organisations/a/manage", "/organisations/new/x", "/areas"]) {
      expect(hasWelsh(english), english).toBe(false);
    }
    expect(addressIn("cy", "/organisations/a")).toBe("/cy/organisations/a");
    expect(addressIn("cy", "/organisations/a/next")).toBe("/cy/organisations/a/next");
    expect(addressIn("cy", "/organisations/a/manage")).toBe("/organisations/a/manage");
    expect(addressIn("cy", "/certificates/7K3M9QX2TB")).toBe("/cy/certificates/7K3M9QX2TB");
    expect(addressIn("cy", "/areas/LS")).toBe("/cy/areas/LS");
    expect(addressIn("cy", "/directory")).toBe("/cy/directory");
    expect(languageAlternates("/areas/LS")).toEqual({
      "en-GB": "/areas/LS",
      cy: "/cy/areas/LS",
      "x-default": "/areas/LS",
    });
    // A challenge's page and a project's page are Welsh; the gallery's filtered pages, the challenges'
    // list and anything deeper are not.
    expect(hasWelsh("/events/a/challenges/buses")).toBe(true);
    expect(hasWelsh("/events/a/projects/e2e-submission-1")).toBe(true);
    for (const english of [
      "/events/a/challenges",
      "/events/a/challenges/",
      "/events/a/challenges/buses/edit",
      "/events/a/projects/x/y",
      "/events/a/projects/in/~all/~all/2",
      "/events//projects/x",
    ]) {
      expect(hasWelsh(english), english).toBe(false);
    }
    expect(addressIn("cy", "/events/a/challenges/buses")).toBe("/cy/events/a/challenges/buses");
    expect(addressIn("cy", "/events/a/projects/p1")).toBe("/cy/events/a/projects/p1");
    expect(addressIn("cy", "/events/a/projects/p1/edit")).toBe("/events/a/projects/p1/edit");
    expect(addressIn("cy", "/events/a/challenges/buses/x")).toBe("/events/a/challenges/buses/x");
    expect(languageAlternates("/events/a/projects/p1")).toEqual({
      "en-GB": "/events/a/projects/p1",
      cy: "/cy/events/a/projects/p1",
      "x-default": "/events/a/projects/p1",
    });
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
    expect(switchedAddress("cy", `${site[0]}/organisations/a`, site)).toBe("/cy/organisations/a");
    expect(switchedAddress("cy", `${site[0]}/organisations/a/manage`, site)).toBe("/organisations/a/manage");
    expect(switchedAddress("en-GB", `${site[0]}/cy/areas/LS`, site)).toBe("/areas/LS");
    expect(switchedAddress("cy", `${site[0]}/events/a/projects/p1`, site)).toBe("/cy/events/a/projects/p1");
    expect(switchedAddress("en-GB", `${site[0]}/cy/events/a/challenges/buses`, site)).toBe(
      "/events/a/challenges/buses",
    );
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

describe("homePageOr", () => {
  it.each([
    ["/", "/"],
    ["/cy", "/cy"],
    ["/cy/", "/"],
    ["/en-GB", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example", "/"],
    ["/events/a", "/"],
    [null, "/"],
    [undefined, "/"],
    [["/cy"], "/"],
  ])("%j → %s", (value, expected) => {
    expect(homePageOr(value)).toBe(expected);
  });
});
