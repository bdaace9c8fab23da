import { expect, test } from "@playwright/test";
import {
  continueSigningIn,
  expectSignedIn,
  expectSignedOut,
  latestSignInLink,
  requestSignInLink,
  signInByEmail,
  uniqueEmail,
} from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";

test.describe("signing in with an emailed link", () => {
  test("signs in through the outbox link and signs out again", async ({ page }) => {
    const email = uniqueEmail("person");
    await signInByEmail(page, email);

    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectSignedOut(page);
    await expectNoA11yViolations(page);

    // Signed out for real: a page that needs an account sends us to sign in.
    await page.goto("/manage");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fmanage$/);
    await expectNoA11yViolations(page);
  });

  test("a sign-in link works only once", async ({ page }) => {
    const email = uniqueEmail("once");
    await requestSignInLink(page, email);
    const link = await latestSignInLink(page, email);

    await page.goto(link);
    await continueSigningIn(page);
    await expectSignedIn(page, email);
    await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expectSignedOut(page);

    await page.goto(link);
    await continueSigningIn(page);
    await expect(page).toHaveURL(/\/signin\/error\?error=Verification$/);
    await expect(page.getByRole("heading", { level: 1, name: "We couldn't sign you in" })).toBeVisible();
    await expect(page.getByText("That sign-in link has expired or has already been used.")).toBeVisible();
    await expectSignedOut(page);
    await expectNoA11yViolations(page);

    await page.getByRole("link", { name: "Ask for a new sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin$/);
    await expectNoA11yViolations(page);
  });

  test("an invalid email address is refused on the form", async ({ page }) => {
    await page.goto("/signin");
    await expectNoA11yViolations(page);
    const field = page.getByLabel("Email address");
    await field.fill("not-an-email");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();

    const message = "Enter your email address, like name@example.com.";
    await expect(page.getByText(message)).toBeVisible();
    await expect(page).toHaveURL(/\/signin$/);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(new RegExp(message.replaceAll(".", "\\.")));
    await expect(field).toHaveValue("not-an-email");
    await expectNoA11yViolations(page);
  });

  test("too many links for one address are refused with a message", async ({ page }) => {
    const email = uniqueEmail("greedy");
    // The default limit is 5 sign-in emails per address per 15 minutes.
    for (let i = 0; i < 5; i++) {
      await page.goto("/signin");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Email me a sign-in link" }).click();
      await expect(page).toHaveURL(/\/signin\/check-email$/);
    }
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(
      page.getByText(
        "Too many sign-in emails have been requested. Please wait a few minutes before asking for another.",
      ),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/signin$/);
    await expectNoA11yViolations(page);

    await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
    await expect(page.getByRole("link", { name: `Sign in as ${email}`, exact: true })).toHaveCount(5);
    await expectNoA11yViolations(page);
  });
});
