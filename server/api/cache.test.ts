import { describe, expect, it } from "vitest";
import { eventPagesTag, HOME_PAGES_TAG } from "../cache/page-tags.mjs";
import { publicRead } from "./cache.ts";

describe("publicRead", () => {
  it("reads afresh without a cache (outside a request)", async () => {
    expect(await publicRead({}, { kind: "events" }, ["list"], () => Promise.resolve(7))).toBe(7);
  });

  it("keeps the events list with the home page, and an event's reads with its pages", async () => {
    const kept: { key: readonly string[]; tags: readonly string[] }[] = [];
    const ctx = {
      cachePublicRead: <T>(key: readonly string[], tags: readonly string[], read: () => Promise<T>) => {
        kept.push({ key, tags });
        return read();
      },
    };
    await publicRead(ctx, { kind: "events" }, ["list"], () => Promise.resolve(1));
    await publicRead(ctx, { kind: "event", slug: "spring" }, ["projects", "2"], () => Promise.resolve(2));
    expect(kept).toEqual([
      { key: ["events", "list"], tags: [HOME_PAGES_TAG] },
      { key: ["event", "spring", "projects", "2"], tags: [eventPagesTag("spring")] },
    ]);
  });
});
