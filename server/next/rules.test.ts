import { describe, expect, it } from "vitest";
import { countsByKind, latestPerProject } from "./rules.ts";

describe("each project's latest update", () => {
  it("keeps the first update seen of each project, in the order seen (newest news first)", () => {
    const updates = [
      { projectId: "b", id: "b3" },
      { projectId: "a", id: "a2" },
      { projectId: "b", id: "b2" },
      { projectId: "a", id: "a1" },
      { projectId: "c", id: "c1" },
    ];
    expect(latestPerProject(updates).map((u) => u.id)).toEqual(["b3", "a2", "c1"]);
  });

  it("is empty for no updates", () => {
    expect(latestPerProject([])).toEqual([]);
  });

  it("counts one kind per project when fed to countsByKind", () => {
    const latest = latestPerProject([
      { projectId: "a", kind: "LAUNCHED" as const },
      { projectId: "a", kind: "STILL_BUILDING" as const },
      { projectId: "b", kind: "LAUNCHED" as const },
    ]);
    const counts = countsByKind(latest.map((u) => u.kind));
    expect(counts.find((c) => c.kind === "LAUNCHED")?.count).toBe(2);
    expect(counts.find((c) => c.kind === "STILL_BUILDING")?.count).toBe(0);
    expect(counts).toHaveLength(6);
  });
});
