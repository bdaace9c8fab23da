// What every response says to the browser about framing, sniffing and referrers, and a state change
// that another site's page tries to make with the signed-in person's cookies.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { BASE_URL } from "./support/env";
import { query } from "./support/trpc";

test("pages forbid framing and sniffing, and a mutation from another site or of 9 MB is refused", async ({
  page,
}) => {
  const home = await page.request.get("/");
  const headers = home.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("form-action 'self'");
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline';");
  expect(headers["content-security-policy"]).toContain("connect-src 'self';");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Not a production deployment: browsers are not told to insist on HTTPS for localhost.
  expect(headers["strict-transport-security"]).toBeUndefined();

  const email = uniqueEmail("csrf");
  await signIn(page, email);
  const change = (headers: Record<string, string>) =>
    page.request.post("/api/trpc/users.updateEmailPreferences", {
      data: { json: { turnedOff: ["TEAM"] } },
      headers,
    });
  const forgeries: Record<string, string>[] = [
    { origin: "https://evil.example" },
    { "sec-fetch-site": "cross-site" },
    { origin: BASE_URL, "sec-fetch-site": "cross-site" },
  ];
  for (const forged of forgeries) {
    const refused = await change(forged);
    expect(refused.status(), JSON.stringify(forged)).toBe(403);
  }
  type Preferences = { optional: { category: string; on: boolean }[] };
  const teamMail = async () =>
    (await query<Preferences>(page.request, "users.emailPreferences", {})).optional.find(
      (c) => c.category === "TEAM",
    )?.on;
  expect(await teamMail()).toBe(true);
  // The app's own page, from its own origin, may.
  expect((await change({ origin: BASE_URL, "sec-fetch-site": "same-origin" })).status()).toBe(200);
  expect(await teamMail()).toBe(false);

  // A body over 8 MB is refused before it is parsed, and the next ordinary request is served.
  const huge = await page.request.post("/api/trpc/users.updateEmailPreferences", {
    data: { json: { turnedOff: [], padding: "x".repeat(9 * 1024 * 1024) } },
  });
  expect(huge.status()).toBe(413);
  expect(await teamMail()).toBe(false);
});
