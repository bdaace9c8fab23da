import { randomBytes, randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { expectNoA11yViolations } from "./axe";
import { databaseUrl } from "./db";
import { BASE_URL } from "./env";

/** A unique, lower-case address per call (users are unique by email across the whole run). */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

/** Asks for a sign-in link on /signin and returns once the "Check your email" page shows. */
export async function requestSignInLink(page: Page, email: string): Promise<void> {
  await page.goto("/signin");
  await expectNoA11yViolations(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page).toHaveURL(/\/signin\/check-email$/);
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectNoA11yViolations(page);
}

/** The newest sign-in link for `email` in the development outbox (opened on `page`). */
export async function latestSignInLink(page: Page, email: string): Promise<string> {
  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  await expectNoA11yViolations(page);
  const link = page.getByRole("link", { name: `Sign in as ${email}`, exact: true }).first();
  const href = await link.getAttribute("href");
  if (!href) throw new Error(`No sign-in link for ${email} in the outbox`);
  return href;
}

/**
 * Signs in for real: request a link, open it from the outbox, land signed in. The header then shows the
 * person's name, or their address when they have none yet: pass `shownAs` for someone with a name.
 * e2e/auth.spec.ts and e2e/email-links.spec.ts drive this; other specs use signIn, which is quicker.
 */
export async function signInByEmail(page: Page, email: string, shownAs: string = email): Promise<void> {
  await requestSignInLink(page, email);
  await latestSignInLink(page, email);
  await page
    .getByRole("link", { name: `Sign in as ${email}`, exact: true })
    .first()
    .click();
  await continueSigningIn(page);
  await expectSignedIn(page, shownAs);
}

/**
 * Signs in as `email` (making the account when it is new, as the first sign-in does) with a session
 * written straight into the database and its cookie, the two things a completed email sign-in leaves
 * behind; then opens the home page and checks the header (see signInByEmail for `shownAs`). The emailed
 * link itself is driven, with its edge cases, by e2e/auth.spec.ts and e2e/email-links.spec.ts; doing it
 * for every person of every test cost four page loads each.
 */
export async function signIn(page: Page, email: string, shownAs: string = email): Promise<void> {
  const sessionToken = randomBytes(32).toString("hex");
  // Its own connection, and no refresh of the cached pages (withDatabase's): a session changes none.
  const client = new pg.Client({ connectionString: databaseUrl(), connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const user = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, "emailVerified", "updatedAt") VALUES ($1, $2, now(), now())
       ON CONFLICT (email) DO UPDATE SET "emailVerified" = coalesce("User"."emailVerified", now())
       RETURNING id`,
      [`e2e${randomUUID().replaceAll("-", "")}`, email.trim().toLowerCase()],
    );
    await client.query(
      `INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [`e2e${randomUUID().replaceAll("-", "")}`, sessionToken, user.rows[0]?.id],
    );
  } finally {
    await client.end();
  }
  // Auth.js's cookie over plain HTTP (no __Secure- prefix).
  await page
    .context()
    .addCookies([
      { name: "authjs.session-token", value: sessionToken, url: BASE_URL, httpOnly: true, sameSite: "Lax" },
    ]);
  await page.goto("/");
  await expectSignedIn(page, shownAs);
}

/** On the page an emailed link opens, presses the one button that spends the link. */
export async function continueSigningIn(page: Page): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Finish signing in" })).toBeVisible();
  await page.getByRole("button", { name: /^Continue signing in as / }).click();
}

/** The header offers to sign out and shows `shownAs` (the person's name, or their address). */
export async function expectSignedIn(page: Page, shownAs: string): Promise<void> {
  const header = page.getByRole("banner");
  // On a phone the header's links and account sit behind its Menu button. A click before the page has
  // hydrated, or just before a navigation (which closes the menu), does nothing lasting: open it until
  // it stays open.
  const menu = header.getByRole("button", { name: "Menu" });
  const signOut = header.getByRole("button", { name: "Sign out" });
  if (await menu.isVisible()) {
    await expect(async () => {
      if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
      await expect(signOut).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  }
  await expect(signOut).toBeVisible();
  await expect(header.getByText(shownAs, { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
}

export async function expectSignedOut(page: Page): Promise<void> {
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(header.getByRole("button", { name: "Sign out" })).toHaveCount(0);
}
