import { describe, expect, it } from "vitest";
import { GALLERY_ALL, galleryRewrite } from "./gallery-filter";

const rewrite = (path: string, query: string) => galleryRewrite(path, new URLSearchParams(query));

describe("galleryRewrite", () => {
  it("sends a filtered gallery to the cached page for its filter", () => {
    expect(rewrite("/events/summer/projects", "challenge=abc123&centre=def456")).toBe(
      "/events/summer/projects/in/abc123/def456",
    );
    expect(rewrite("/events/summer/projects/", "centre=def456")).toBe(
      `/events/summer/projects/in/${GALLERY_ALL}/def456`,
    );
  });

  it("reads a repeated key's first value, and anything that cannot be an id as no filter", () => {
    expect(rewrite("/events/s/projects", "challenge=a1&challenge=b2")).toBe(
      `/events/s/projects/in/a1/${GALLERY_ALL}`,
    );
    for (const bad of ["%3Benv%3B", "", "a/b", "x".repeat(65), "..", "~all", "<script>"]) {
      expect(rewrite("/events/s/projects", `challenge=${encodeURIComponent(bad)}`)).toBe(
        `/events/s/projects/in/${GALLERY_ALL}/${GALLERY_ALL}`,
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
