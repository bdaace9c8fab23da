import { describe, expect, it } from "vitest";
import { PageStore, sizeOf } from "./page-cache-handler.mjs";
import { HOME_PAGES_TAG, ORGANISATION_NEXT_PAGES_TAG, eventPagesTag, pageTagsOf } from "./page-tags.mjs";

const page = (html: string, tags: string[] = []) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(html),
  headers: tags.length > 0 ? { "x-next-cache-tags": tags.join(",") } : {},
});

describe("PageStore", () => {
  it("returns what was stored, with when and for how long", () => {
    const store = new PageStore(1_000_000);
    store.set("/events/a", page("<p>a</p>"), { cacheControl: { revalidate: 30 }, now: 1_000 });
    expect(store.get("/events/a")).toMatchObject({ lastModified: 1_000, cacheControl: { revalidate: 30 } });
    expect(store.get("/events/b")).toBeNull();
  });

  it("drops an entry whose tag, from its headers or from the request, was invalidated since it was stored", () => {
    const store = new PageStore(1_000_000);
    store.set("/events/a", page("a", ["_N_T_/layout", "_N_T_/events/a"]), { now: 1_000 });
    store.set("/events/b", page("b", ["_N_T_/layout", "_N_T_/events/b"]), { now: 1_000 });
    store.invalidate(["_N_T_/events/a"], 2_000);
    expect(store.get("/events/a")).toBeNull();
    expect(store.get("/events/b")).not.toBeNull();
    // An implicit tag Next passes with the request counts too.
    store.set("/x", page("x"), { now: 3_000 });
    store.invalidate(["_N_T_/x"], 3_500);
    expect(store.get("/x")).not.toBeNull();
    expect(store.get("/x", ["_N_T_/x"])).toBeNull();
  });

  it("keeps an entry stored after the invalidation, and counts one stored in the same millisecond as stale", () => {
    const store = new PageStore(1_000_000);
    store.invalidate(["t"], 2_000);
    store.set("/late", page("late", ["t"]), { now: 2_001 });
    store.set("/same", page("same", ["t"]), { now: 2_000 });
    expect(store.get("/late")).not.toBeNull();
    expect(store.get("/same")).toBeNull();
  });

  it("invalidates everything stored up to a moment", () => {
    const store = new PageStore(1_000_000);
    store.set("/a", page("a"), { now: 1_000 });
    store.invalidateAll(1_500);
    store.set("/b", page("b"), { now: 2_000 });
    expect(store.get("/a")).toBeNull();
    expect(store.get("/b")).not.toBeNull();
  });

  it("evicts the least recently used pages beyond its size, and never holds more", () => {
    const one = sizeOf(page("x".repeat(1_000)));
    const store = new PageStore(one * 3);
    for (const key of ["/1", "/2", "/3"]) store.set(key, page("x".repeat(1_000)), { now: 1 });
    expect(store.get("/1")).not.toBeNull(); // now the most recently used
    store.set("/4", page("x".repeat(1_000)), { now: 2 });
    expect(store.get("/2")).toBeNull();
    expect([store.get("/1"), store.get("/3"), store.get("/4")].every(Boolean)).toBe(true);
    expect(store.bytes).toBeLessThanOrEqual(one * 3);
  });

  it("does not store a page larger than the whole cache, and replacing a key does not count it twice", () => {
    const store = new PageStore(10_000);
    store.set("/huge", page("x".repeat(20_000)), { now: 1 });
    expect(store.get("/huge")).toBeNull();
    store.set("/a", page("a"), { now: 1 });
    const bytes = store.bytes;
    store.set("/a", page("a"), { now: 2 });
    expect(store.bytes).toBe(bytes);
    store.set("/a", null, { now: 3 });
    expect(store.bytes).toBe(0);
  });
});

describe("the page cache's own tags", () => {
  it("names the event of every page under /events/<slug>, and the home pages", () => {
    expect(pageTagsOf("/events/spring")).toEqual([eventPagesTag("spring")]);
    expect(pageTagsOf("/events/spring/projects/in/~all/c1/2")).toEqual([eventPagesTag("spring")]);
    expect(pageTagsOf("/events/spring?x=1")).toEqual([eventPagesTag("spring")]);
    expect(pageTagsOf("/landing/everyone")).toEqual([HOME_PAGES_TAG]);
    expect(pageTagsOf("/landing")).toEqual([HOME_PAGES_TAG]);
    // Next 16's keys, and the path tags it stores with a page (route patterns are not events).
    expect(pageTagsOf("/route-cache/APP_PAGE/76fe1c9d/$/events/spring")).toEqual([eventPagesTag("spring")]);
    expect(pageTagsOf("/route-cache/APP_PAGE/76fe1c9d/$/landing/everyone")).toEqual([HOME_PAGES_TAG]);
    expect(
      pageTagsOf("opaque-key", [
        "_N_T_/layout",
        "_N_T_/events/[slug]/layout",
        "_N_T_/events/[slug]/page",
        "_N_T_/events/spring",
      ]),
    ).toEqual([eventPagesTag("spring")]);
    // An organisation's "What happened next" shows projects of many events.
    expect(pageTagsOf("/organisations/acme/next")).toEqual([ORGANISATION_NEXT_PAGES_TAG]);
    expect(pageTagsOf("/route-cache/APP_PAGE/76fe1c9d/$/organisations/acme/next")).toEqual([
      ORGANISATION_NEXT_PAGES_TAG,
    ]);
    for (const other of [
      "/",
      "/en-GB",
      "/en-GBx/events/spring",
      "/xen-GB/events/spring",
      "/en-GB/en-GB/events/spring",
      "/organisations/acme",
      "/organisations/acme/nextx",
      "/organisations/acme/manage",
      "/organisations/[slug]/next",
      "/events",
      "/events/",
      "/eventsx/a",
      "/landingx",
      "/privacy",
    ]) {
      expect(pageTagsOf(other), other).toEqual([]);
    }
  });

  it("names the same tags for a page's route under app/[locale] as for its address", () => {
    // Pages are routes under app/[locale] (server/http/locales.mjs): keys and Next's tags may name either.
    expect(pageTagsOf("/en-GB/events/spring")).toEqual([eventPagesTag("spring")]);
    expect(
      pageTagsOf("/route-cache/APP_PAGE/76fe1c9d/$/en-GB/events/spring/projects/in/~all/~all/1"),
    ).toEqual([eventPagesTag("spring")]);
    expect(pageTagsOf("/en-GB/landing/everyone")).toEqual([HOME_PAGES_TAG]);
    // The Welsh pages are the same event's and the same home page: a change refreshes both languages.
    expect(pageTagsOf("/route-cache/APP_PAGE/76fe1c9d/$/cy/events/spring")).toEqual([
      eventPagesTag("spring"),
    ]);
    expect(pageTagsOf("/cy/landing/everyone")).toEqual([HOME_PAGES_TAG]);
    expect(pageTagsOf("/cymru/events/spring")).toEqual([]);
    expect(pageTagsOf("/en-GB/organisations/acme/next")).toEqual([ORGANISATION_NEXT_PAGES_TAG]);
    expect(
      pageTagsOf("opaque-key", [
        "_N_T_/layout",
        "_N_T_/[locale]/events/[slug]/page",
        "_N_T_/en-GB/events/spring",
      ]),
    ).toEqual([eventPagesTag("spring")]);
  });

  it("refreshes one event's pages and the home page, and nothing of another event whose slug shares a prefix", () => {
    const store = new PageStore(1_000_000);
    for (const key of [
      "/events/a",
      "/events/a/projects",
      "/events/ab",
      "/events/ab/projects",
      "/landing/everyone",
      "/organisations/o",
    ])
      store.set(key, page(key), { now: 1_000 });
    store.invalidate([eventPagesTag("a"), HOME_PAGES_TAG], 2_000);
    expect(store.get("/events/a")).toBeNull();
    expect(store.get("/events/a/projects")).toBeNull();
    expect(store.get("/landing/everyone")).toBeNull();
    expect(store.get("/events/ab")).not.toBeNull();
    expect(store.get("/events/ab/projects")).not.toBeNull();
    expect(store.get("/organisations/o")).not.toBeNull();
  });
});
