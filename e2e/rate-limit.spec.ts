// The sign-in rate limits, through the HTTP sign-in route itself (what a script would hit directly,
// bypassing our form). The counters live in the database, so they hold across app instances
// (server/auth/rate-limit.int.test.ts shows that with two clients).
import { expect, test, type APIRequestContext } from "@playwright/test";
import { uniqueEmail } from "./support/auth";
import { E2E_SIGNIN_LIMIT_PER_IP } from "./support/env";

/** POSTs to Auth.js's email sign-in endpoint like a browser form would and returns where it redirects. */
async function requestLink(
  request: APIRequestContext,
  email: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/signin/nodemailer", {
    form: { email, csrfToken, callbackUrl: "/" },
    headers,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  return response.headers().location ?? "";
}

test("the HTTP sign-in route refuses a sixth link for one address within the window", async ({ request }) => {
  const email = uniqueEmail("http-limit");
  for (let i = 0; i < 5; i++) {
    expect(await requestLink(request, email)).toContain("/api/auth/verify-request");
  }
  expect(await requestLink(request, email)).toContain("/signin?error=RateLimited");
  // Case and spacing do not make a new address.
  expect(await requestLink(request, `  ${email.toUpperCase()} `)).toContain("/signin?error=RateLimited");
});

test("the per-IP limit counts the client address a trusted proxy reports", async ({ request }) => {
  // The e2e server trusts one proxy (TRUST_PROXY=1) and allows SIGNIN_LIMIT_PER_IP=E2E_SIGNIN_LIMIT_PER_IP.
  const ip = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
  const results: string[] = [];
  for (let i = 0; i <= E2E_SIGNIN_LIMIT_PER_IP; i++) {
    // Whatever the client claims on the left, the right-most entry is the one our proxy added.
    results.push(
      await requestLink(request, uniqueEmail("ip-limit"), { "x-forwarded-for": `10.9.9.${i}, ${ip}` }),
    );
  }
  expect(
    results
      .slice(0, E2E_SIGNIN_LIMIT_PER_IP)
      .every((location) => location.includes("/api/auth/verify-request")),
  ).toBe(true);
  expect(results[E2E_SIGNIN_LIMIT_PER_IP]).toContain("/signin?error=RateLimited");
  // Another client is not affected.
  expect(await requestLink(request, uniqueEmail("ip-other"), { "x-forwarded-for": "192.0.2.77" })).toContain(
    "/api/auth/verify-request",
  );
});
