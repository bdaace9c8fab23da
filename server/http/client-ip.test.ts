import { describe, expect, it } from "vitest";
import { clientIp, trustedProxyHops } from "./client-ip.ts";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIp", () => {
  it.each([
    { xff: "203.0.113.7", hops: 0, expected: null },
    { xff: undefined, hops: 1, expected: null },
    { xff: "", hops: 1, expected: null },
    { xff: "203.0.113.7", hops: 1, expected: "203.0.113.7" },
    // A client-supplied entry on the left cannot choose the address.
    { xff: "1.2.3.4, 203.0.113.7", hops: 1, expected: "203.0.113.7" },
    { xff: "1.2.3.4, 203.0.113.7, 10.0.0.2", hops: 2, expected: "203.0.113.7" },
    { xff: "203.0.113.7", hops: 3, expected: "203.0.113.7" },
  ])("xff=$xff hops=$hops → $expected", ({ xff, hops, expected }) => {
    expect(clientIp(headers(xff), hops)).toBe(expected);
  });
});

describe("trustedProxyHops", () => {
  it.each([
    [undefined, 0],
    ["", 0],
    ["false", 0],
    ["0", 0],
    ["true", 1],
    ["TRUE", 1],
    ["2", 2],
    ["nonsense", 0],
  ])("TRUST_PROXY=%s → %i", (value, hops) => {
    expect(trustedProxyHops(value === undefined ? {} : { TRUST_PROXY: value })).toBe(hops);
  });
});
