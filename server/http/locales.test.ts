import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES, isLocale, localeOr, localeRouting, routeOf } from "./locales.mjs";

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
      "/cy/events/a",
    ]) {
      expect(rewrites(path), path).toBe(true);
    }
    for (const path of ["/en-GB", "/en-GB/events/spring", "/api", "/api/trpc/x", "/_next/static/a.js", "/"]) {
      expect(rewrites(path), path).toBe(false);
    }
    expect(rule?.destination).toBe("/en-GB/:path");
    expect(localeRouting.redirects.map((r) => [r.source, r.destination])).toEqual([
      ["/en-GB", "/"],
      ["/en-GB/:path*", "/:path*"],
    ]);
  });
});
