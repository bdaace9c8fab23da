// docs/authorization.md cannot fall behind the authorization tables the integration tests run.
import { readFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { describe, expect, it } from "vitest";
import type { AuthCase, AuthWorld } from "../server/test/authorization.ts";
import { MATRIX_PATH, authorizationMatrix, callerName, matrixRow } from "./authz-matrix.ts";

describe("docs/authorization.md", () => {
  it("is what scripts/authz-matrix.ts writes from the tables today", async () => {
    const expected = await format(authorizationMatrix(), {
      ...(await resolveConfig(MATRIX_PATH)),
      filepath: MATRIX_PATH,
    });
    expect(readFileSync(MATRIX_PATH, "utf8")).toBe(expected);
  });
});

describe("the matrix's rows", () => {
  it("name the member of the world a case calls as, however deep", () => {
    expect(callerName((w) => (w as unknown as { organiser: unknown }).organiser)).toBe("organiser");
    expect(callerName((w) => (w as unknown as { team: { captain: unknown } }).team.captain)).toBe(
      "team.captain",
    );
    expect(callerName(null)).toBe("—");
  });

  it("give the four outcomes in order, and 'other' for a case without a wrong caller", () => {
    const testCase = {
      right: (w: AuthWorld) => (w as unknown as { judge: AuthWorld["other"] }).judge,
      wrong: null,
      call: () => Promise.resolve(null),
      expect: { right: "ok", wrong: "ok", signedOut: "UNAUTHORIZED", other: "NOT_FOUND" },
    } satisfies AuthCase<AuthWorld>;
    expect(matrixRow("judging.mine", testCase)).toBe(
      "| `judging.mine` | judge | other | `ok` | `ok` | `UNAUTHORIZED` | `NOT_FOUND` |",
    );
  });
});
