import { describe, expect, it } from "vitest";
import { capacityProblem, deleteProblem } from "./problems.ts";

describe("capacityProblem", () => {
  it.each([
    [10, 0, null],
    [10, 10, null],
    [9, 10, "10 people are registered at this centre, so it needs at least 10 places."],
    [0, 1, "1 person is registered at this centre, so it needs at least 1 place."],
  ])("capacity %i with %i registered → %s", (capacity, registered, expected) => {
    expect(capacityProblem(capacity, { registered, offered: 0 })?.text ?? null).toBe(expected);
  });

  it.each([
    [3, 2, 1, null],
    [
      2,
      2,
      1,
      "2 people are registered at this centre and 1 place is offered from its waiting list, so it needs at least 3 places.",
    ],
    [1, 0, 2, "2 places are offered from this centre's waiting list, so it needs at least 2 places."],
  ])("capacity %i with %i registered and %i offered → %s", (capacity, registered, offered, expected) => {
    expect(capacityProblem(capacity, { registered, offered })?.text ?? null).toBe(expected);
  });
});

describe("deleteProblem", () => {
  it("allows an empty centre and refuses one with people or teams", () => {
    expect(deleteProblem({ registrations: 0, teams: 0 })).toBeNull();
    expect(deleteProblem({ registrations: 1, teams: 0 })?.text).toMatch(/People are registered/);
    expect(deleteProblem({ registrations: 0, teams: 2 })?.text).toMatch(/Teams are based/);
  });
});
