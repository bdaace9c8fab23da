// Signing in from a Welsh page stays in Welsh (docs/languages.md): the sign-in page, the email, the page its
// link opens, a failed link's error page, and back to the Welsh page the person came from.
import { expect, test, type Page } from "@playwright/test";
import { expectSignedOut, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { createPublishedEvent, refreshPublicPages, REGISTRATION_OPEN } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

test("a young person signs in to register from the Welsh event page, in Welsh all the way", async ({
  page,
}) => {
  const slug = `mewngofnodi-${Date.now().toString(36)}`;
  await createPublishedEvent({
    slug,
    name: `Hacio ${slug}`,
    organiserEmail: uniqueEmail("welsh-sign-in-organiser"),
    timeline: REGISTRATION_OPEN,
  });
  await refreshPublicPages();
  const email = uniqueEmail("welsh-sign-in");

  await page.goto(`/cy/events/${slug}`);
  await page.getByRole("link", { name: "Mewngofnodi i gofrestru" }).click();
  await expect(page).toHaveURL(`/cy/signin?callbackUrl=${encodeURIComponent(`/cy/events/${slug}/register`)}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page).toHaveTitle(/^Mewngofnodi/);
  await expect(page.getByRole("heading", { level: 1, name: "Mewngofnodi" })).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "sign-in-welsh");

  // A mistake is explained in Welsh, and the form keeps what was typed.
  const field = page.getByLabel("Cyfeiriad e-bost");
  await field.fill("dim-cyfeiriad");
  await page.getByRole("button", { name: "Anfon dolen fewngofnodi ataf i" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Rhowch eich cyfeiriad e-bost" })).toBeVisible();
  await expect(field).toHaveValue("dim-cyfeiriad");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expectNoA11yViolations(page);

  await field.fill(email);
  await page.getByRole("button", { name: "Anfon dolen fewngofnodi ataf i" }).click();
  await expect(page).toHaveURL(/\/cy\/signin\/check-email$/);
  await expect(page.getByRole("heading", { level: 1, name: "Edrychwch ar eich e-bost" })).toBeVisible();
  await expect(page.getByRole("link", { name: "gofynnwch am ddolen arall" })).toHaveAttribute(
    "href",
    "/cy/signin",
  );
  await expectNoA11yViolations(page);

  // The email is in Welsh, and its link opens the Welsh confirmation page.
  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  const mail = page.getByRole("listitem").filter({ hasText: email }).first();
  await expect(mail.getByRole("heading", { name: "Mewngofnodi i Festival of Code" })).toBeVisible();
  const link = await mail.getByRole("link", { name: `Sign in as ${email}` }).getAttribute("href");
  expect(link).toBeTruthy();
  expect(new URL(link ?? "").pathname).toBe("/cy/signin/confirm");

  await page.goto(link ?? "");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Gorffen mewngofnodi" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: /^Parhau i fewngofnodi fel w…@example\.org$/ }).click();
  // Back where they were going, signed in, still in Welsh.
  await expect(page).toHaveURL(`/cy/events/${slug}/register`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  const header = page.getByRole("banner");
  const menu = header.getByRole("button", { name: "Dewislen" });
  if (await menu.isVisible()) await menu.click();
  await expect(header.getByRole("button", { name: "Allgofnodi" })).toBeVisible();
  await header.getByRole("button", { name: "Allgofnodi" }).click();
  await expectSignedOutInWelsh(page);

  // The same link again: spent, so the Welsh error page says so.
  await page.goto(link ?? "");
  await page.getByRole("button", { name: /^Parhau i fewngofnodi fel / }).click();
  await expect(page).toHaveURL(/\/cy\/signin\/error\?error=Verification$/);
  await expect(
    page.getByRole("heading", { level: 1, name: "Doedd dim modd eich mewngofnodi" }),
  ).toBeVisible();
  await expect(page.getByText("Mae'r ddolen fewngofnodi honno wedi dod i ben")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Gofyn am ddolen fewngofnodi newydd" }).click();
  await expect(page).toHaveURL(/\/cy\/signin$/);

  // A Welsh page that needs an account sends a signed-out visitor to the Welsh sign-in page.
  await page.goto(`/cy/events/${slug}/register`);
  await expect(page).toHaveURL(`/cy/signin?callbackUrl=${encodeURIComponent(`/cy/events/${slug}/register`)}`);
  // The English pages are as they were.
  await page.goto(`/events/${slug}/register`);
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(`/events/${slug}/register`)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expectSignedOut(page);
});

async function expectSignedOutInWelsh(page: Page): Promise<void> {
  const header = page.getByRole("banner");
  const menu = header.getByRole("button", { name: "Dewislen" });
  if (await menu.isVisible()) await menu.click();
  await expect(header.getByRole("link", { name: "Mewngofnodi" })).toHaveAttribute("href", "/cy/signin");
  await expect(header.getByRole("button", { name: "Allgofnodi" })).toHaveCount(0);
}
