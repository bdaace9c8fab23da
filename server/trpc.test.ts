import { describe, expect, it } from "vitest";
import { holdsNul } from "./trpc.ts";

describe("holdsNul", () => {
  it.each([
    ["plain", false],
    ["a\u0000b", true],
    [{ title: "ok", body: "x\u0000" }, true],
    [{ details: { resources: [{ name: "n", url: "u\u0000" }] } }, true],
    [["a", ["b", ["c\u0000"]]], true],
    [{ n: 1, b: true, d: null }, false],
    [undefined, false],
  ])("%j → %s", (value, expected) => {
    expect(holdsNul(value)).toBe(expected);
  });
});
