// Response templates: an organiser writes one (a mistyped placeholder is refused with the list of those
// allowed), then starts an announcement from it on the dashboard, filled in for the event. On a phone,
// checked by axe.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { createPublishedEvent, REGISTRATION_OPEN } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

test.use({ viewport: { width: 390, height: 844 } });

test("an organiser writes a response template and starts an announcement from it", async ({ page }) => {
  test.setTimeout(90_000);
  const slug = `templates-${Date.now().toString(36)}`;
  const organiser = uniqueEmail("templates-organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Templates ${slug}`,
    organiserEmail: organiser,
    timeline: REGISTRATION_OPEN,
  });
  await signIn(page, organiser);
  await page.goto(`/manage/events/${event.id}`);
  await page.getByRole("link", { name: "Response templates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Response templates" })).toBeVisible();

  // A mistyped placeholder and no use chosen: both explained, nothing saved.
  const add = page.getByRole("region", { name: "Add a template" });
  await add.getByLabel("Title").fill("Doors open");
  await add.getByLabel("Response").fill("Welcome to {evnt}! Doors open at 9:30.");
  await add.getByRole("button", { name: "Add template" }).click();
  await expect(
    add.getByText("{evnt} isn't a placeholder: use {team}, {challenge}, {event}, {deadline}").first(),
  ).toBeVisible();
  await expect(add.getByText("Choose at least one place it can be used").first()).toBeVisible();
  await expectNoA11yViolations(page);

  await add
    .getByLabel("Response")
    .fill("Welcome to {event}! Doors open at 9:30. Projects are due {deadline}.");
  await add.getByRole("checkbox", { name: "Announcements" }).check();
  await add.getByRole("button", { name: "Add template" }).click();
  await expect(add.getByText("Added “Doors open”.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 3, name: "Doors open" })).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "response-templates");

  // On the dashboard, the announcement starts from it, filled in for this event.
  await page.goto(`/manage/events/${event.id}/dashboard`);
  const announce = page.getByRole("region", { name: "Post an announcement" });
  await expect(announce.getByLabel("Start from a template")).toHaveValue(/.+/);
  await announce.getByRole("button", { name: "Use it" }).click();
  const message = announce.getByLabel("Message");
  await expect(message).toHaveValue(
    new RegExp(`^Welcome to ${event.name}! Doors open at 9:30\\. Projects are due .+\\.$`),
  );
  await expect(message).not.toHaveValue(/\{/);
  await announce.getByLabel("Title").fill("Doors open at 9:30");
  await announce.getByRole("button", { name: "Post and email" }).click();
  await expect(announce.getByText(/Posted on the event page/)).toBeVisible();
  await expectNoA11yViolations(page);
});
