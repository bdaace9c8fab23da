// Long text people write reads the same everywhere (one Markdown renderer, one typography style), and
// nothing they type can make a page scroll sideways on a phone. The sideways check itself runs on every
// page any test visits (expectNoSidewaysScroll, called by expectNoA11yViolations); this test feeds it
// the worst inputs: a 60-character name with no spaces and a wide Markdown table.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, PHONE_WIDTH } from "./support/axe";
import { createPublishedEvent, createTeamWithCaptain, REGISTRATION_OPEN, withDatabase } from "./support/db";

const description = [
  "Build **something useful** with open data.",
  "",
  "| Centre | Opens | Closes | Lunch | Wi-Fi network | Accessibility | Parking | Nearest station |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
  "| Leeds Central Library | 09:00 | 17:00 | provided | LibraryGuest-5GHz-Extended | step-free, hearing loop | none | Leeds |",
  "",
  "- bring a laptop",
  "- bring a charger",
].join("\n");

test("Markdown renders the same way everywhere, and long names and wide tables never widen a phone's page", async ({
  page,
  browser,
}) => {
  const organiser = uniqueEmail("long-text-organiser");
  const slug = `long-text-${Date.now().toString(36)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Long text ${slug}`,
    organiserEmail: organiser,
    timeline: REGISTRATION_OPEN,
  });
  await withDatabase((client) =>
    client.query(`UPDATE "Event" SET description = $2 WHERE id = $1`, [event.id, description]),
  );
  // The longest name the form allows, with nowhere to break.
  const longName = "Supercalifragilisticexpialidocious".padEnd(60, "X");
  const captain = uniqueEmail("long-captain");
  await createTeamWithCaptain({ eventId: event.id, teamName: longName, captainEmail: captain });

  await page.setViewportSize({ width: PHONE_WIDTH, height: 800 });
  await page.goto(`/events/${slug}`);
  const about = page.locator("[data-markdown]").first();
  await expect(about.locator("strong")).toHaveText("something useful");
  await expect(about.locator("li")).toHaveCount(2);
  const table = about.getByRole("region", { name: "Table" });
  await expect(table.getByRole("columnheader", { name: "Nearest station" })).toBeAttached();
  // The table scrolls inside its own box, which the keyboard can reach.
  await expect(table).toHaveAttribute("tabindex", "0");
  await expectNoA11yViolations(page);

  await signIn(page, organiser);
  await page.goto(`/manage/events/${event.id}/dashboard`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoA11yViolations(page);

  const captainContext = await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 800 } });
  const captainPage = await captainContext.newPage();
  await signIn(captainPage, captain, "Casey Captain");
  await captainPage.goto(`/events/${slug}/team`);
  await expect(captainPage.getByRole("heading", { level: 1, name: longName })).toBeVisible();
  await expectNoA11yViolations(captainPage);
  await captainContext.close();
});
