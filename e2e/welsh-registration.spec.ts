// Registering from a Welsh page stays in Welsh (docs/languages.md): the register form and its problems,
// "your registration", the guardian's email and the consent page its link opens; and a form's problems
// in Welsh never pull the focus out of the field being typed in.
import { expect, test, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, expectNoSidewaysScroll, PHONE_WIDTH } from "./support/axe";
import { createPublishedEvent, refreshPublicPages, REGISTRATION_OPEN, withDatabase } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

/** A date of birth that makes someone 14 on any day this year's event starts. */
function fourteenYearsOld(): string {
  return `${new Date().getUTCFullYear() - 15}-12-31`;
}

/** Both widths the pages are checked at: axe and no sideways scrolling on each. */
async function checkAtBothWidths(page: Page, shot: string): Promise<void> {
  for (const width of [1280, PHONE_WIDTH]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoA11yViolations(page);
    await expectNoSidewaysScroll(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await saveViewportShots(page, shot);
}

test("a young person registers in Welsh and their guardian consents in Welsh", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const slug = `cofrestru-${Date.now().toString(36)}`;
  await createPublishedEvent({
    slug,
    name: `Hacio ${slug}`,
    organiserEmail: uniqueEmail("welsh-registration-organiser"),
    timeline: REGISTRATION_OPEN,
  });
  await refreshPublicPages();
  const email = uniqueEmail("welsh-registrant");
  const guardianEmail = uniqueEmail("welsh-guardian");
  await signIn(page, email);

  await page.goto(`/cy/events/${slug}/register`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Cofrestru" })).toBeVisible();
  await checkAtBothWidths(page, "register-welsh");

  // Every problem is in Welsh, and typing after a failed submit keeps the focus in the field.
  await page.getByRole("button", { name: "Cofrestru", exact: true }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Eich profiad codio: Dewiswch eich profiad" });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(
    page.getByRole("alert").filter({ hasText: /Some answers|Choose your|Enter your/ }),
  ).toHaveCount(0);
  const name = page.getByLabel("Eich enw", { exact: true });
  await name.click();
  await name.pressSequentially("Elin");
  await expect(name).toBeFocused();
  await expect(name).toHaveValue("Elin");

  await page.getByLabel(/^Llysenw/).fill("Draig");
  await page.getByRole("radio", { name: "Newydd i godio" }).check();
  await page.getByLabel("Dyddiad geni", { exact: true }).fill(fourteenYearsOld());
  await page.getByLabel(/^E-bost rhiant neu warcheidwad/).fill(guardianEmail);
  await page.getByRole("checkbox", { name: /Rydw i wedi darllen cod ymddygiad y digwyddiad/ }).check();
  await page.getByRole("button", { name: "Cofrestru", exact: true }).click();

  // "Your registration", in Welsh: waiting for the guardian.
  await expect(page).toHaveURL(new RegExp(`/cy/events/${slug}/registration`));
  await expect(page.getByRole("heading", { level: 1, name: "Eich cofrestriad" })).toBeVisible();
  await expect(page.getByText("Yn aros am ganiatâd eich rhiant neu warcheidwad")).toBeVisible();
  await checkAtBothWidths(page, "registration-welsh");

  // The registration keeps its language, and the guardian's email is in Welsh with a Welsh link.
  const stored = await withDatabase((client) =>
    client.query<{ locale: string }>(
      `SELECT r.locale FROM "Registration" r JOIN "User" u ON u.id = r."userId" WHERE u.email = $1`,
      [email],
    ),
  );
  expect(stored.rows[0]?.locale).toBe("cy");
  const mail = await withDatabase((client) =>
    client.query<{ subject: string; text: string }>(
      `SELECT subject, text FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [guardianEmail],
    ),
  );
  const consentLink = /https?:\/\/\S+\/cy\/consent\/[A-Za-z0-9_-]+/.exec(mail.rows[0]?.text ?? "")?.[0];
  expect(consentLink, mail.rows[0]?.text).toBeTruthy();

  // The guardian, not signed in, consents in Welsh.
  const guardian = await (
    await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 844 } })
  ).newPage();
  await guardian.goto(new URL(consentLink ?? "").pathname);
  await expect(guardian.locator("html")).toHaveAttribute("lang", "cy");
  await expect(guardian.getByRole("heading", { level: 1, name: "Caniatâd ar gyfer Elin" })).toBeVisible();
  await expectNoA11yViolations(guardian);
  await expectNoSidewaysScroll(guardian);
  // Without permission to attend and a name, the problems are in Welsh.
  await guardian.getByRole("button", { name: "Rhoi caniatâd" }).click();
  await expect(guardian.getByText("Teipiwch eich enw llawn").first()).toBeVisible();
  await expect(guardian.getByText("Type your full name")).toHaveCount(0);
  const signature = guardian.getByLabel("Eich enw llawn");
  await signature.click();
  await signature.pressSequentially("Siân");
  await expect(signature).toBeFocused();
  await signature.fill("Siân Jones");
  await guardian.getByRole("checkbox", { name: /Caniatâd i fynychu/ }).check();
  await guardian.getByRole("button", { name: "Rhoi caniatâd" }).click();
  await expect(
    guardian.getByText(/Mae eich caniatâd wedi'i gofnodi ac mae lle Elin wedi'i gadarnhau/),
  ).toBeVisible();
  await expectNoA11yViolations(guardian);
  await saveViewportShots(guardian, "guardian-consent-welsh");

  // The young person is told in Welsh, with a link to their Welsh registration page.
  const told = await withDatabase((client) =>
    client.query<{ subject: string; link: string }>(
      `SELECT subject, link FROM "OutboxEmail" WHERE "to" = $1 AND kind = 'consent-given'`,
      [email],
    ),
  );
  expect(told.rows[0]?.subject).toBe(`Gallwch chi gymryd rhan yn Hacio ${slug}`);
  expect(new URL(told.rows[0]?.link ?? "").pathname).toBe(`/cy/events/${slug}/registration`);

  // The young person sees their place confirmed, in Welsh.
  await page.reload();
  await expect(page.getByText(/Rhoddodd eich rhiant neu warcheidwad eu caniatâd ar/)).toBeVisible();
});

test("a Welsh form's problems keep the focus in the field being typed in (the concern form)", async ({
  page,
}) => {
  const slug = `pryder-${Date.now().toString(36)}`;
  await createPublishedEvent({
    slug,
    name: `Hacio ${slug}`,
    organiserEmail: uniqueEmail("welsh-concern-organiser"),
    timeline: REGISTRATION_OPEN,
  });
  await refreshPublicPages();
  await page.goto(`/cy/events/${slug}/concern`);
  await page.getByRole("button", { name: "Ei anfon yn breifat" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "mewn brawddeg neu fwy" });
  await expect(summary).toBeFocused();
  const description = page.getByLabel("Beth ddigwyddodd, neu beth sy'n eich poeni chi?");
  await description.click();
  await description.pressSequentially("Roedd");
  // Each keystroke re-renders the form; the summary must not take the focus back.
  await expect(description).toBeFocused();
  await expect(description).toHaveValue("Roedd");
});
