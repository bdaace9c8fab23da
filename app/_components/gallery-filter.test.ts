import { describe, expect, it } from "vitest";
import { GALLERY_ALL, galleryHref, galleryRewrite } from "./gallery-filter";

const rewrite = (path: string, query: string) => galleryRewrite(path, new URLSearchParams(query));

describe("galleryRewrite", () => {
  it("sends a filtered gallery to the cached page for its filter", () => {
    expect(rewrite("/events/summer/projects", "challenge=abc123&centre=def456")).toBe(
      "/events/summer/projects/in/abc123/def456/1",
    );
    expect(rewrite("/events/summer/projects/", "centre=def456")).toBe(
      `/events/summer/projects/in/${GALLERY_ALL}/def456/1`,
    );
  });

  it("reads a repeated key's first value, and anything that cannot be an id as no filter", () => {
    expect(rewrite("/events/s/projects", "challenge=a1&challenge=b2")).toBe(
      `/events/s/projects/in/a1/${GALLERY_ALL}/1`,
    );
    for (const bad of ["%3Benv%3B", "", "a/b", "x".repeat(65), "..", "~all", "<script>"]) {
      expect(rewrite("/events/s/projects", `challenge=${encodeURIComponent(bad)}`)).toBe(
        `/events/s/projects/in/${GALLERY_ALL}/${GALLERY_ALL}/1`,
      );
    }
  });

  it("sends a page number to its own cached page, and anything that is not one to page 1", () => {
    expect(rewrite("/events/s/projects", "page=2")).toBe(
      `/events/s/projects/in/${GALLERY_ALL}/${GALLERY_ALL}/2`,
    );
    expect(rewrite("/events/s/projects", "page=12&centre=c1")).toBe(
      `/events/s/projects/in/${GALLERY_ALL}/c1/12`,
    );
    for (const bad of ["0", "-1", "1.5", "02", "1000", "abc", "", "1e3", "<x>"]) {
      expect(rewrite("/events/s/projects", `page=${encodeURIComponent(bad)}`), bad).toBe(
        `/events/s/projects/in/${GALLERY_ALL}/${GALLERY_ALL}/1`,
      );
    }
  });

  it("leaves every other address alone, and the plain gallery to its own page", () => {
    expect(rewrite("/events/summer/projects", "")).toBeNull();
    expect(rewrite("/events/summer/projects", "other=1")).toBeNull();
    expect(rewrite("/events/summer/projects/abc", "challenge=a1")).toBeNull();
    expect(rewrite("/events/summer", "challenge=a1")).toBeNull();
  });
});

describe("galleryHref", () => {
  it("keeps the filters and leaves page 1 out of the address", () => {
    expect(galleryHref("s", { page: 1 })).toBe("/events/s/projects");
    expect(galleryHref("s", { page: 3 })).toBe("/events/s/projects?page=3");
    expect(galleryHref("s", { challenge: "c1", centre: "d2", page: 2 })).toBe(
      "/events/s/projects?challenge=c1&centre=d2&page=2",
    );
    expect(galleryHref("s", { centre: "d2", page: 1 })).toBe("/events/s/projects?centre=d2");
  });

  it("gives the Welsh gallery's address for a Welsh page", () => {
    expect(galleryHref("s", { page: 1 }, "cy")).toBe("/cy/events/s/projects");
    expect(galleryHref("s", { challenge: "c1", page: 2 }, "cy")).toBe(
      "/cy/events/s/projects?challenge=c1&page=2",
    );
    expect(galleryHref("s", { page: 2 }, "en-GB")).toBe("/events/s/projects?page=2");
  });

  it("round-trips through the proxy's rewrite", () => {
    const href = galleryHref("s", { challenge: "c1", page: 7 });
    const url = new URL(href, "http://x");
    expect(galleryRewrite(url.pathname, url.searchParams)).toBe(`/events/s/projects/in/c1/${GALLERY_ALL}/7`);
  });
});
