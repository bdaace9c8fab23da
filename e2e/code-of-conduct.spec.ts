// People can read what they agree to: the code of conduct behind the registration checkbox, who to
// contact at the bottom of every event page, and a privacy notice written for young people.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { createPublishedEvent, REGISTRATION_OPEN, withDatabase } from "./support/db";

test("the code of conduct and the event's contact are one click from every event page, and privacy from every page", async ({
  page,
}) => {
  const slug = `coc-${Date.now().toString(36)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Conduct ${slug}`,
    organiserEmail: uniqueEmail("coc-organiser"),
    timeline: REGISTRATION_OPEN,
  });
  await withDatabase((client) =>
    client.query(
      `UPDATE "Event" SET "codeOfConduct" = $2, "codeOfConductVersion" = 'c-0123456789ab', "contactEmail" = $3 WHERE id = $1`,
      [
        event.id,
        "## Our rules\n\n- **Be kind** to everyone.\n- Ask before you take a photo.",
        "hello@example.org",
      ],
    ),
  );

  await page.goto(`/events/${slug}`);
  const about = page.getByRole("complementary", { name: `About ${event.name}` });
  await expect(about.getByRole("link", { name: "hello@example.org" })).toHaveAttribute(
    "href",
    "mailto:hello@example.org",
  );
  await about.getByRole("link", { name: "Code of conduct" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Code of conduct" })).toBeVisible();
  await expect(page.getByText("Version c-0123456789ab")).toBeVisible();
  await expect(page.locator("[data-markdown] strong")).toHaveText("Be kind");
  await expectNoA11yViolations(page);

  // In Welsh: the page's own words, from the Welsh event page; the code itself as the organisers wrote it.
  await page.goto(`/cy/events/${slug}`);
  await page
    .getByRole("complementary", { name: `Am ${event.name}` })
    .getByRole("link", { name: "Cod ymddygiad" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/cy/events/${slug}/code-of-conduct$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Cod ymddygiad" })).toBeVisible();
  await expect(page.getByText("Fersiwn c-0123456789ab")).toBeVisible();
  const article = page.getByRole("article");
  await expect(article).toContainText("Cwestiynau, neu rywbeth i'w adrodd? Ysgrifennwch at y trefnwyr yn");
  await expect(article.getByRole("link", { name: "hello@example.org" })).toHaveAttribute(
    "href",
    "mailto:hello@example.org",
  );
  await expect(article.getByRole("link", { name: event.name })).toHaveAttribute("href", `/cy/events/${slug}`);
  await expect(page.locator("[data-markdown] strong")).toHaveText("Be kind");
  await expectNoA11yViolations(page);

  // The registration checkbox names the version and links to the text.
  await signIn(page, uniqueEmail("coc-person"));
  await page.goto(`/events/${slug}/register`);
  await expect(
    page.getByRole("checkbox", {
      name: /I have read and accept the event's code of conduct \(version c-0123456789ab\)/,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Read the code of conduct (opens in a new tab)" }),
  ).toHaveAttribute("href", `/events/${slug}/code-of-conduct`);

  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "How we look after your information" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
});
