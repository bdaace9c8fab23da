import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { grantRoleInput } from "./role-schema.ts";
import { createEventInput, updateEventInput } from "./schema.ts";

/** Each field's messages, in the order zod reported them. */
function problems(error: z.ZodError | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error?.issues ?? []) (out[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return out;
}

const valid = {
  name: "Leeds Hack Day",
  slug: "leeds-hack-day",
  description: "",
  timeZone: "Europe/London",
  registrationOpensAt: "2026-11-01T09:00",
  registrationClosesAt: "2026-12-01T09:00",
  startsAt: "2026-12-02T09:00",
  submissionDeadline: "2026-12-02T17:00",
  judgingClosesAt: "2026-12-03T17:00",
  resultsAt: "2026-12-04T12:00",
  teamMinSize: "1",
  teamMaxSize: "4",
  minimumAge: null,
  organiserEmail: "organiser@example.org",
};

describe("the event form's schema reports every problem at once", () => {
  it("accepts a valid event", () => {
    expect(createEventInput.safeParse(valid).success).toBe(true);
  });

  it("reports date order and team sizes alongside a bad name, slug, email and a missing date", () => {
    const result = createEventInput.safeParse({
      ...valid,
      name: "",
      slug: "Not A Slug",
      organiserEmail: "nobody",
      // Registration closes before it opens; hacking starts before it opens; judging is missing.
      registrationClosesAt: "2026-10-01T09:00",
      startsAt: "2026-10-15T09:00",
      judgingClosesAt: "",
      teamMinSize: "5",
      teamMaxSize: "2",
    });
    expect(result.success).toBe(false);
    const found = problems(result.error);
    expect(Object.keys(found).sort()).toEqual(
      [
        "judgingClosesAt",
        "name",
        "organiserEmail",
        "registrationClosesAt",
        "slug",
        "startsAt",
        "teamMaxSize",
      ].sort(),
    );
    expect(found.registrationClosesAt).toEqual(["Registration must close after it opens"]);
    expect(found.startsAt).toEqual(["Hacking cannot start before registration opens"]);
    expect(found.teamMaxSize).toEqual(["The largest team size can't be smaller than the smallest"]);
    expect(found.judgingClosesAt).toEqual(["Enter a date and a time"]);
  });

  it("reports a team-size mix-up even when a number is not a number elsewhere", () => {
    const found = problems(
      updateEventInput.safeParse({ ...valid, minimumAge: "abc", teamMinSize: "6", teamMaxSize: "3" }).error,
    );
    expect(found.teamMaxSize).toEqual(["The largest team size can't be smaller than the smallest"]);
    expect(found.minimumAge).toHaveLength(1);
  });

  it("reports a time skipped by the clocks going forward once, and the order of the others", () => {
    const found = problems(
      createEventInput.safeParse({
        ...valid,
        name: "x",
        registrationOpensAt: "2026-03-29T01:30",
        registrationClosesAt: "2026-03-01T09:00",
      }).error,
    );
    expect(found.registrationOpensAt).toEqual([
      "This time doesn't exist in Europe/London on that day (the clocks go forward). Choose another time.",
    ]);
    // The skipped time is left out of the order checks instead of causing follow-on errors.
    expect(found.registrationClosesAt).toBeUndefined();
    expect(found.name).toHaveLength(1);
  });

  it("says each problem once", () => {
    const result = createEventInput.safeParse({ ...valid, startsAt: "2026-12-05T09:00", name: "" });
    const messages = (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(new Set(messages).size).toBe(messages.length);
  });
});

describe("granting a role reports every problem at once", () => {
  it("asks for a centre even when the email is wrong too", () => {
    const found = problems(
      grantRoleInput.safeParse({ email: "nope", role: "CENTRE_LEAD", centreId: null }).error,
    );
    expect(Object.keys(found).sort()).toEqual(["centreId", "email"]);
  });
});
