import { describe, expect, it } from "vitest";
import { challengeDetails } from "./schema.ts";

const valid = {
  title: "Buses on time",
  summary: "Predict late buses from open data.",
  problemStatement: "Buses in West Yorkshire are often late; help riders plan.",
  sector: "Transport",
  resources: [{ name: "Bus API", url: "https://api.example.test" }],
};

describe("challengeDetails", () => {
  it("accepts a complete challenge and defaults the optional fields", () => {
    expect(challengeDetails.parse(valid)).toMatchObject({ successCriteria: "", prize: "" });
  });

  it.each([
    ["javascript: resource", { resources: [{ name: "x", url: "javascript:alert(1)" }] }, "resources"],
    ["data: resource", { resources: [{ name: "x", url: "data:text/html,hi" }] }, "resources"],
    ["ftp resource", { resources: [{ name: "x", url: "ftp://example.test/a" }] }, "resources"],
    ["relative resource", { resources: [{ name: "x", url: "/data.csv" }] }, "resources"],
    ["unnamed resource", { resources: [{ name: " ", url: "https://example.test" }] }, "resources"],
    [
      "21 resources",
      { resources: Array.from({ length: 21 }, (_, i) => ({ name: `r${i}`, url: "https://example.test" })) },
      "resources",
    ],
    ["short title", { title: "ab" }, "title"],
    ["empty problem statement", { problemStatement: "" }, "problemStatement"],
  ])("refuses a %s", (_name, override, field) => {
    const result = challengeDetails.safeParse({ ...valid, ...override });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });

  it("accepts 20 resources", () => {
    const resources = Array.from({ length: 20 }, (_, i) => ({ name: `r${i}`, url: "http://example.test" }));
    expect(challengeDetails.safeParse({ ...valid, resources }).success).toBe(true);
  });
});
