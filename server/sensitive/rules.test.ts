import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { answersToKeep, hasAnything } from "./rules.ts";

const all = {
  medical: "Asthma: inhaler in bag",
  access: "Step-free access",
  emergencyName: "Pat Walker",
  emergencyRelationship: "mother",
  emergencyPhone: "07700 900123",
};

describe("answersToKeep", () => {
  it("keeps only what the event asks for", () => {
    expect(answersToKeep(["MEDICAL"], all)).toEqual({
      medical: all.medical,
      access: "",
      emergencyName: "",
      emergencyRelationship: "",
      emergencyPhone: "",
    });
    expect(answersToKeep([], all)).toEqual({
      medical: "",
      access: "",
      emergencyName: "",
      emergencyRelationship: "",
      emergencyPhone: "",
    });
    expect(answersToKeep(["MEDICAL", "ACCESS", "EMERGENCY_CONTACT"], all)).toEqual(all);
  });
  it("needs an emergency contact whole or not at all, naming the missing parts", () => {
    const partial = { ...all, emergencyRelationship: "", emergencyPhone: "" };
    let error: unknown;
    try {
      answersToKeep(["EMERGENCY_CONTACT"], partial);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(Object.keys((error as DomainError).fieldErrors ?? {})).toEqual([
      "emergencyRelationship",
      "emergencyPhone",
    ]);
    // A partial contact the event does not ask for is simply dropped.
    expect(answersToKeep(["MEDICAL"], partial).emergencyName).toBe("");
    expect(
      answersToKeep(["EMERGENCY_CONTACT"], {
        ...all,
        emergencyName: "",
        emergencyRelationship: "",
        emergencyPhone: "",
      }).emergencyName,
    ).toBe("");
  });
  it("hasAnything is false for nothing or all blanks", () => {
    expect(hasAnything(null)).toBe(false);
    expect(
      hasAnything({
        ...all,
        medical: "",
        access: "",
        emergencyName: "",
        emergencyRelationship: "",
        emergencyPhone: "",
      }),
    ).toBe(false);
    expect(hasAnything(all)).toBe(true);
  });
});
