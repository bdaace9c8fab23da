import { describe, expect, it } from "vitest";
import { STREAM_FRAME_ORIGINS } from "../finals/rules.ts";
import { contentSecurityPolicy } from "./csp.mjs";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((part) => [part.split(" ")[0], part.split(" ").slice(1)] as const));

describe("contentSecurityPolicy", () => {
  it("loads scripts only from this site, never evaluates strings, and talks to nobody else, in production", () => {
    const policy = directives(contentSecurityPolicy({ development: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    for (const [name, values] of policy) {
      expect(values, name).not.toContain("*");
      expect(values, name).not.toContain("'unsafe-eval'");
    }
  });

  it("keeps framing, plugins, <base> and form targets shut", () => {
    const policy = directives(contentSecurityPolicy({ development: false }));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });

  it("frames only the live stream players the finals page embeds", () => {
    const policy = directives(contentSecurityPolicy({ development: false }));
    expect(policy.get("frame-src")).toEqual([...STREAM_FRAME_ORIGINS]);
  });

  it("lets next dev evaluate and reload, and only there", () => {
    const policy = directives(contentSecurityPolicy({ development: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("connect-src")).toContain("ws:");
  });
});
