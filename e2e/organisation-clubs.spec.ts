// An operator's weekly clubs on its public organisation page: a visitor, signed out, sees the published
// club as the directory shows it (never a draft) with a link to book and one to the whole directory.
// Axe on the page.
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/axe";
import { withDatabase } from "./support/db";

test("a visitor sees an operator's published club on its organisation page", async ({ page }) => {
  const tag = Date.now().toString(36);
  const slug = `clubs-org-${tag}`;
  const club = `Saturday Code Club ${tag}`;
  const draft = `Draft Club ${tag}`;
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, kind, "operatorRequestedAt", "operatorApprovedAt", "updatedAt")
       VALUES ($1, $1, $2, 'COMMUNITY', now(), now(), now())`,
      [slug, `Splott Coders ${tag}`],
    );
    const insert = `INSERT INTO "RecurringSession" (id, "organisationId", title, weekday, "startTime", "endTime",
        "timeZone", "startsOn", mode, "venueName", "addressLine", "postcodeDistrict", "minAge", "maxAge", level,
        "costPence", "bookingUrl", "publishedAt", "updatedAt")
      VALUES ($1, $2, $3, 6, '10:00', '12:00', 'Europe/London', DATE '2026-01-03', 'IN_PERSON', 'Splott Library',
        'Singleton Road', 'CF24', 9, 14, 'NEW', 0, 'https://example.org/book-splott', $4, now())`;
    await client.query(insert, [`${slug}-club`, slug, club, new Date()]);
    await client.query(insert, [`${slug}-draft`, slug, draft, null]);
  });

  await page.goto(`/organisations/${slug}`);
  await expect(page.getByRole("heading", { name: `Splott Coders ${tag}`, level: 1 })).toBeVisible();
  const clubs = page.getByRole("region", { name: "Weekly clubs" });
  await expect(clubs.getByRole("heading", { name: "Weekly clubs", level: 2 })).toBeVisible();
  const card = clubs.getByTestId("directory-session").filter({ hasText: club });
  await expect(card.getByRole("heading", { name: club, level: 3 })).toBeVisible();
  await expect(card.getByText(/Every Saturday, 10:00–12:00/)).toBeVisible();
  await expect(card.getByText(/Next:/)).toBeVisible();
  await expect(card.getByText("Splott Library, Singleton Road, CF24")).toBeVisible();
  await expect(card.getByText("Ages 9–14", { exact: true })).toBeVisible();
  await expect(card.getByText("Free", { exact: true })).toBeVisible();
  await expect(card.getByRole("link", { name: /Book a place/ })).toHaveAttribute(
    "href",
    "https://example.org/book-splott",
  );
  await expect(page.getByText(draft)).toHaveCount(0);
  await expect(clubs.getByRole("link", { name: "All clubs and events near you" })).toHaveAttribute(
    "href",
    "/directory",
  );
  await expectNoA11yViolations(page);
});
