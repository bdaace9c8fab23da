import { expect, type Page } from "@playwright/test";
import { expectNoA11yViolations } from "./axe";

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
 */
export async function signIn(page: Page, email: string, shownAs: string = email): Promise<void> {
  await requestSignInLink(page, email);
  await latestSignInLink(page, email);
  await page
    .getByRole("link", { name: `Sign in as ${email}`, exact: true })
    .first()
    .click();
  await continueSigningIn(page);
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
