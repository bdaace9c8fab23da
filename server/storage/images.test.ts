import { describe, expect, it } from "vitest";
import { checkImage, freeImageSlot, MAX_IMAGE_BYTES, sniffImageType } from "./images.ts";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const gif = new TextEncoder().encode("GIF89a....");
const webp = Uint8Array.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50]);
const svg = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
);
const html = new TextEncoder().encode("<!doctype html><script>alert(1)</script>");

describe("sniffImageType", () => {
  it.each([
    ["png", png, "image/png"],
    ["jpeg", jpeg, "image/jpeg"],
    ["gif", gif, "image/gif"],
    ["webp", webp, "image/webp"],
    ["svg (can carry script)", svg, null],
    ["html", html, null],
    ["truncated png", png.slice(0, 4), null],
    [
      "RIFF that is not WebP",
      Uint8Array.from([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]),
      null,
    ],
  ])("%s → %s", (_name, bytes, expected) => {
    expect(sniffImageType(bytes)).toBe(expected);
  });
});

describe("checkImage", () => {
  it.each([
    [png, 0, null],
    [png, 4, null],
    [png, 5, "TOO_MANY"],
    [new Uint8Array(), 0, "EMPTY"],
    [svg, 0, "NOT_AN_IMAGE"],
  ] as const)("%#", (bytes, count, expected) => {
    expect(checkImage(bytes, count)).toBe(expected);
  });

  it("refuses an image one byte over the limit and accepts one at it", () => {
    const atLimit = new Uint8Array(MAX_IMAGE_BYTES);
    atLimit.set(png);
    const over = new Uint8Array(MAX_IMAGE_BYTES + 1);
    over.set(png);
    expect(checkImage(atLimit, 0)).toBeNull();
    expect(checkImage(over, 0)).toBe("TOO_LARGE");
  });
});

describe("freeImageSlot", () => {
  it.each([
    [[], 0],
    [[0, 1, 2], 3],
    [[1, 3], 0],
    [[0, 2, 4], 1],
    [[4, 3, 2, 1, 0], null],
  ])("with slots %j taken gives %j", (taken, expected) => {
    expect(freeImageSlot(taken)).toBe(expected);
  });
});
