import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";

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
});
