import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { trpcResponseMeta } from "../trpc.ts";
import { RateLimitedError, waitInWords } from "./procedures.ts";

describe("waitInWords", () => {
  it("gives seconds under a minute, and whole minutes rounded up from there", () => {
    expect(waitInWords(1)).toBe("1 second");
    expect(waitInWords(45)).toBe("45 seconds");
    expect(waitInWords(60)).toBe("a minute");
    expect(waitInWords(61)).toBe("2 minutes");
    expect(waitInWords(900)).toBe("15 minutes");
  });
});

describe("Retry-After on a refusal", () => {
  const limited = (seconds: number) =>
    new TRPCError({
      code: "TOO_MANY_REQUESTS",
      message: "wait",
      cause: new RateLimitedError("wait", seconds),
    });

  it("says how long the rate limit lasts, the longest of a batch, and forbids caching", () => {
    expect(trpcResponseMeta({ errors: [limited(42)] })).toEqual({
      headers: { "Retry-After": "42", "Cache-Control": "no-store" },
    });
    expect(trpcResponseMeta({ errors: [limited(42), limited(300)] }).headers?.["Retry-After"]).toBe("300");
    const unavailable = new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "down" });
    expect(trpcResponseMeta({ errors: [limited(2), unavailable] }).headers?.["Retry-After"]).toBe("5");
  });

  it("adds nothing to other failures", () => {
    expect(trpcResponseMeta({ errors: [] })).toEqual({});
    expect(
      trpcResponseMeta({ errors: [new TRPCError({ code: "TOO_MANY_REQUESTS", message: "other" })] }),
    ).toEqual({});
    expect(trpcResponseMeta({ errors: [new TRPCError({ code: "FORBIDDEN" })] })).toEqual({});
  });
});
