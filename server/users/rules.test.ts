import { describe, expect, it } from "vitest";
import type { EventCapabilities } from "../events/rules.ts";
import { nextStep, type ProjectState, type RegistrationState } from "./rules.ts";

const none: EventCapabilities = {
  canRegister: false,
  canChangeTeam: false,
  canSubmit: false,
  canScore: false,
  canSeeResults: false,
};
const registrationOpen = { ...none, canRegister: true, canChangeTeam: true };
const hacking = { ...none, canChangeTeam: true, canSubmit: true };
const judging = { ...none, canScore: true };
const results = { ...none, canSeeResults: true };

describe("nextStep", () => {
  it.each<[RegistrationState, boolean, ProjectState | null, EventCapabilities, string | null]>([
    ["WITHDRAWN", false, null, hacking, null],
    ["PENDING_CONSENT", false, null, hacking, "/registration"],
    ["PENDING_CONSENT", false, null, results, "/registration"],
    ["CONFIRMED", false, null, registrationOpen, "/teams"],
    ["CONFIRMED", false, null, hacking, "/teams"],
    ["CONFIRMED", false, null, judging, null],
    ["CONFIRMED", true, null, registrationOpen, "/team"],
    ["CONFIRMED", true, null, hacking, "/submission"],
    ["CONFIRMED", true, "DRAFT", hacking, "/submission"],
    ["CONFIRMED", true, "SUBMITTED", hacking, "/submission"],
    ["CONFIRMED", true, "SUBMITTED", judging, null],
    ["CONFIRMED", true, "SUBMITTED", results, "/projects"],
    ["CONFIRMED", true, "DISQUALIFIED", judging, "/submission"],
  ])("%s, in a team %s, project %s → %s", (registration, inTeam, project, capabilities, path) => {
    expect(nextStep({ registration, inTeam, project, capabilities })?.path ?? null).toBe(path);
  });

  it("tells someone still drafting to submit, and someone submitted that they can still improve it", () => {
    expect(
      nextStep({ registration: "CONFIRMED", inTeam: true, project: "DRAFT", capabilities: hacking })?.label,
    ).toBe("Finish your project and submit it.");
    expect(
      nextStep({ registration: "CONFIRMED", inTeam: true, project: "SUBMITTED", capabilities: hacking })
        ?.label,
    ).toMatch(/submitted/);
  });
});
