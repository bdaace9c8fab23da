// The case builders of the authorization tables: who they call as and what each caller must get.
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../context.ts";
import { anySignedIn, type AuthWorld, openToAll, restrictedTo, scopedTo } from "./authorization.ts";

interface World extends AuthWorld {
  lead: SessionUser;
  otherLead: SessionUser;
}

const person = (id: string): SessionUser => ({ id }) as SessionUser;
const world: World = { lead: person("lead"), otherLead: person("otherLead"), other: person("other") };
const call = () => Promise.resolve();

describe("case builders", () => {
  it.each([
    [
      "restrictedTo",
      restrictedTo,
      { right: "ok", wrong: "FORBIDDEN", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
    ],
    [
      "scopedTo",
      scopedTo,
      { right: "ok", wrong: "NOT_FOUND", signedOut: "UNAUTHORIZED", other: "FORBIDDEN" },
    ],
    ["anySignedIn", anySignedIn, { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "ok" }],
  ] as const)("%s calls as the right and wrong callers given, expecting %j", (_name, builder, outcomes) => {
    const testCase = builder<World>(
      (w) => w.lead,
      (w) => w.otherLead,
    )(call);
    expect(testCase.right(world)).toBe(world.lead);
    expect(testCase.wrong?.(world)).toBe(world.otherLead);
    expect(testCase.call).toBe(call);
    expect(testCase.expect).toEqual(outcomes);
  });

  it("has no wrong caller of its own for anySignedIn without one, nor for openToAll", () => {
    expect(anySignedIn<World>((w) => w.lead)(call).wrong).toBeNull();
    const open = openToAll<World>()(call);
    expect(open.wrong).toBeNull();
    expect(open.right(world)).toBe(world.other);
    expect(open.expect).toEqual({ right: "ok", wrong: "ok", signedOut: "ok", other: "ok" });
  });
});
