import { describe, expect, it } from "vitest";
import { connectTimeoutMs } from "./adapter.ts";

describe("the connection timeout of a database address", () => {
  it("is the address's connect_timeout in seconds, as libpq reads it", () => {
    expect(connectTimeoutMs("postgresql://postgres@127.0.0.1:5432/x?connect_timeout=60")).toBe(60_000);
    expect(
      connectTimeoutMs("postgresql://p@127.0.0.1:41234/postgres?sslmode=disable&connect_timeout=1"),
    ).toBe(1000);
  });

  it("is 15 s without one, or with one that is not a positive whole number of seconds", () => {
    for (const url of [
      "postgresql://postgres@127.0.0.1:5432/x",
      "postgresql://postgres@127.0.0.1:5432/x?connect_timeout=0",
      "postgresql://postgres@127.0.0.1:5432/x?connect_timeout=-5",
      "postgresql://postgres@127.0.0.1:5432/x?connect_timeout=2.5",
      "postgresql://postgres@127.0.0.1:5432/x?connect_timeout=abc",
      "postgresql://postgres@127.0.0.1:5432/x?connect_timeout=9999999",
      "not a url",
    ]) {
      expect(connectTimeoutMs(url), url).toBe(15_000);
    }
  });
});
