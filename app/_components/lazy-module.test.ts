import { describe, expect, it } from "vitest";
import { lazyModule } from "./lazy-module";

describe("lazyModule", () => {
  it("imports on the first call only, and every call gets the same module", async () => {
    let imports = 0;
    const load = lazyModule(() => {
      imports += 1;
      return Promise.resolve({ answer: 42 });
    });
    expect(imports).toBe(0);
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(a);
    expect(a).toBe(b);
    expect(imports).toBe(1);
  });

  it("tries again after a failed import instead of keeping the failure", async () => {
    let attempt = 0;
    const load = lazyModule(() => {
      attempt += 1;
      return attempt === 1 ? Promise.reject(new Error("offline")) : Promise.resolve("loaded");
    });
    await expect(load()).rejects.toThrow("offline");
    expect(await load()).toBe("loaded");
    expect(await load()).toBe("loaded");
    expect(attempt).toBe(2);
  });
});
