import { describe, expect, it } from "vitest";
import { appBaseUrl } from "./app-url.ts";

describe("appBaseUrl", () => {
  it.each([
    [{}, "http://localhost:3000"],
    [{ PORT: "3100" }, "http://localhost:3100"],
    [{ PORT: " 3100 " }, "http://localhost:3100"],
    [{ PORT: "0" }, "http://localhost:3000"],
    [{ PORT: "70000" }, "http://localhost:3000"],
    [{ PORT: "abc" }, "http://localhost:3000"],
    [{ PORT: "" }, "http://localhost:3000"],
    [{ APP_URL: "https://fest.example.org", PORT: "3100" }, "https://fest.example.org"],
    [{ APP_URL: "", PORT: "3100" }, "http://localhost:3100"],
  ])("%j → %s", (env, expected) => {
    expect(appBaseUrl(env as NodeJS.ProcessEnv)).toBe(expected);
  });
});
