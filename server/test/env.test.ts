import { describe, expect, it } from "vitest";
import { withEnv } from "./env";

describe("withEnv", () => {
  it("sets for the call and puts back what was there, unsetting what was unset", async () => {
    delete process.env.WITH_ENV_A;
    process.env.WITH_ENV_B = "kept";
    const seen = await withEnv({ WITH_ENV_A: "1", WITH_ENV_B: undefined }, () =>
      Promise.resolve([process.env.WITH_ENV_A, process.env.WITH_ENV_B]),
    );
    expect(seen).toEqual(["1", undefined]);
    expect("WITH_ENV_A" in process.env).toBe(false);
    expect(process.env.WITH_ENV_B).toBe("kept");
    delete process.env.WITH_ENV_B;
  });

  it("puts back when the call throws", async () => {
    delete process.env.WITH_ENV_C;
    await expect(withEnv({ WITH_ENV_C: "x" }, () => Promise.reject(new Error("boom")))).rejects.toThrow(
      "boom",
    );
    expect("WITH_ENV_C" in process.env).toBe(false);
  });
});
