import { describe, expect, it } from "vitest";
import { clockReadOnce } from "./context.ts";

describe("clockReadOnce", () => {
  it("reads the clock once and gives every caller that instant", async () => {
    let reads = 0;
    const clock = clockReadOnce(() => Promise.resolve(new Date(1_000 + reads++)));
    const [a, b] = await Promise.all([clock(), clock()]);
    expect(a).toEqual(new Date(1_000));
    expect(b).toBe(a);
    expect(await clock()).toBe(a);
    expect(reads).toBe(1);
  });

  it("reads again after a failed read", async () => {
    let reads = 0;
    const clock = clockReadOnce(() =>
      reads++ === 0 ? Promise.reject(new Error("database down")) : Promise.resolve(new Date(5)),
    );
    await expect(clock()).rejects.toThrow("database down");
    expect(await clock()).toEqual(new Date(5));
  });
});
