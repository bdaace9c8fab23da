import { describe, expect, it } from "vitest";
import { concernRoutesFor, readsConcern, routeConcern } from "./rules.ts";

describe("routeConcern", () => {
  it.each([
    [{ aboutLead: false, leadCount: 1 }, "SAFEGUARDING_LEAD"],
    [{ aboutLead: false, leadCount: 3 }, "SAFEGUARDING_LEAD"],
    [{ aboutLead: true, leadCount: 1 }, "ORGANISER"],
    [{ aboutLead: false, leadCount: 0 }, "ORGANISER"],
    [{ aboutLead: true, leadCount: 0 }, "ORGANISER"],
  ] as const)("%o → %s", (input, expected) => {
    expect(routeConcern(input)).toBe(expected);
  });
});

describe("readsConcern", () => {
  it("only the role the concern was routed to reads it", () => {
    expect(readsConcern(["SAFEGUARDING_LEAD"], "SAFEGUARDING_LEAD")).toBe(true);
    expect(readsConcern(["ORGANISER"], "SAFEGUARDING_LEAD")).toBe(false);
    expect(readsConcern(["SAFEGUARDING_LEAD"], "ORGANISER")).toBe(false);
    expect(readsConcern(["ORGANISER", "CENTRE_LEAD"], "ORGANISER")).toBe(true);
    expect(readsConcern(["CENTRE_LEAD", "JUDGE", "MENTOR"], "ORGANISER")).toBe(false);
    expect(readsConcern([], "SAFEGUARDING_LEAD")).toBe(false);
  });
  it("lists the routes of someone holding both roles", () => {
    expect(concernRoutesFor(["ORGANISER", "SAFEGUARDING_LEAD"])).toEqual(["SAFEGUARDING_LEAD", "ORGANISER"]);
    expect(concernRoutesFor(["JUDGE"])).toEqual([]);
  });
});
