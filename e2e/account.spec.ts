import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { saveViewportShots } from "./support/screenshots";

test("a new account sets the name and nickname others see", async ({ page }) => {
  const email = uniqueEmail("profile");
  await signIn(page, email);
  await page.getByRole("banner").getByRole("link", { name: email }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expectNoA11yViolations(page);

  const name = page.getByLabel("Your name");
  await name.fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription(/Enter your name/);
  await expectNoA11yViolations(page);

  await name.fill("Grace Hopper");
  await page.getByLabel("Nickname (optional)").fill("amazing_grace");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Grace Hopper" })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.reload();
  await expect(page.getByLabel("Your name")).toHaveValue("Grace Hopper");
  await expect(page.getByLabel("Nickname (optional)")).toHaveValue("amazing_grace");

  // Optional emails can be turned off; sign-in and consent emails cannot.
  await page.getByRole("link", { name: "Choose which emails we send you" }).click();
  await expect(page).toHaveURL(/\/account\/emails$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your emails" })).toBeVisible();
  const team = page.getByRole("checkbox", { name: "Your team" });
  const announcements = page.getByRole("checkbox", { name: "Event announcements" });
  await expect(team).toBeChecked();
  await expect(announcements).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Challenge reviews" })).toBeChecked();
  const always = page.getByRole("region", { name: "Always sent" });
  await expect(always.getByText("Sign-in and access", { exact: true })).toBeVisible();
  await expect(always.getByText("Guardian consent", { exact: true })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Guardian consent" })).toHaveCount(0);
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "account-emails");

  await team.uncheck();
  await page.getByRole("button", { name: "Save choices" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\./ })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Your team" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Event announcements" })).toBeChecked();
});
