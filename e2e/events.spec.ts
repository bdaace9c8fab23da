import { expect, test, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { makePlatformAdmin } from "./support/db";
import { addDays, datetimeLocal, londonText, todayUtc, type CivilDate } from "./support/london";

const TIMELINE_LABELS = [
  "Registration opens",
  "Registration closes",
  "Hacking starts",
  "Submission deadline",
  "Judging closes",
  "Results announced",
] as const;
type TimelineLabel = (typeof TIMELINE_LABELS)[number];
type Timeline = Record<TimelineLabel, { date: CivilDate; time: string }>;

/**
 * Registration opened two days ago; everything else is weeks ahead, so the event is in
 * "Registration open" and the next milestone is registration closing, whenever the test runs.
 */
function timelineAroundNow(): Timeline {
  const today = todayUtc();
  return {
    "Registration opens": { date: addDays(today, -2), time: "12:00" },
    "Registration closes": { date: addDays(today, 30), time: "09:00" },
    "Hacking starts": { date: addDays(today, 40), time: "09:30" },
    "Submission deadline": { date: addDays(today, 41), time: "17:00" },
    "Judging closes": { date: addDays(today, 45), time: "17:00" },
    "Results announced": { date: addDays(today, 50), time: "18:00" },
  };
}

function uniqueSlug(): string {
  return `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

async function signInAsAdmin(page: Page): Promise<string> {
  const admin = uniqueEmail("admin");
  await makePlatformAdmin(admin);
  await signIn(page, admin);
  return admin;
}

async function openNewEventForm(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "Manage", exact: true }).click();
  await expect(page).toHaveURL(/\/manage$/);
  await expect(page.getByRole("heading", { level: 1, name: "Manage events" })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole("link", { name: "New event" }).click();
  await expect(page).toHaveURL(/\/manage\/events\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "New event" })).toBeVisible();
  await expectNoA11yViolations(page);
}

async function fillEventForm(
  page: Page,
  event: { name: string; slug: string; organiserEmail: string; timeline: Timeline },
): Promise<void> {
  await page.getByLabel("Name", { exact: true }).fill(event.name);
  await page.getByLabel("Web address", { exact: true }).fill(event.slug);
  await page.getByLabel("Description", { exact: true }).fill("A weekend of building things for the city.");
  await page.getByLabel("Organiser's email", { exact: true }).fill(event.organiserEmail);
  // The searchable time-zone box: type part of a city, pick it from the list.
  await page.getByRole("combobox", { name: "Time zone" }).fill("london");
  await page.getByRole("option", { name: "Europe/London" }).click();
  await expect(page.getByRole("combobox", { name: "Time zone" })).toHaveValue("Europe/London");
  for (const label of TIMELINE_LABELS) {
    const { date, time } = event.timeline[label];
    await page.getByLabel(label, { exact: true }).fill(datetimeLocal(date, time));
  }
  await page.getByLabel("Smallest team", { exact: true }).fill("2");
  await page.getByLabel("Largest team", { exact: true }).fill("5");
}

const formProblem = (page: Page) =>
  page.getByRole("alert").filter({ hasText: "Some answers need fixing. Check the fields marked below." });

test.describe("event lifecycle", () => {
  test("an admin creates a draft, publishes it, and visitors see it in London time", async ({
    page,
    browser,
  }) => {
    await signInAsAdmin(page);
    await openNewEventForm(page);

    const slug = uniqueSlug();
    const name = `Festival ${slug}`;
    const organiserEmail = uniqueEmail("organiser");
    const timeline = timelineAroundNow();
    await fillEventForm(page, { name, slug, organiserEmail, timeline });
    await page.getByRole("button", { name: "Create draft event" }).click();

    // Redirected with ?created=1, which the page takes out of the address once the notice shows.
    await expect(page).toHaveURL(/\/manage\/events\/(?!new$)[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Event created as a draft." })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
    await expectNoA11yViolations(page);
    // The edit form reads back what was typed, in the event's zone (not the browser's or the server's).
    for (const label of TIMELINE_LABELS) {
      const { date, time } = timeline[label];
      await expect(page.getByLabel(label, { exact: true })).toHaveValue(datetimeLocal(date, time));
    }

    // Organisers and admins can preview the draft (the public page is cached, the same for everyone:
    // the preview turns on draft mode, which renders it afresh with their session).
    await page.getByRole("link", { name: "Preview the event page" }).click();
    await expect(page).toHaveURL(new RegExp(`/events/${slug}$`));
    await expect(
      page.getByText("This event is a draft: only its organisers can see this page."),
    ).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goBack();
    await expect(page.getByRole("heading", { name: "Status: Draft" })).toBeVisible();

    // Anyone else: the draft does not exist.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    const draftResponse = await visitor.goto(`/events/${slug}`);
    expect(draftResponse?.status()).toBe(404);
    await expect(visitor.getByRole("heading", { name })).toHaveCount(0);
    await expectNoA11yViolations(visitor);
    await visitor.goto("/");
    await expect(visitor.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(visitor.getByRole("link", { name })).toHaveCount(0);
    await expectNoA11yViolations(visitor);

    // "Event created" belongs to the creation: the next save replaces it with its own message.
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
    await expect(page.getByText("Event created as a draft.")).toHaveCount(0);
    await page.reload();
    await expect(page.getByText("Event created as a draft.")).toHaveCount(0);

    // No centres yet: publishing warns, and Cancel leaves it a draft.
    await page.getByRole("button", { name: "Publish event" }).click();
    const publishDialog = page.getByRole("alertdialog", { name: "Publish without any centres?" });
    await expect(publishDialog).toBeVisible();
    await expect(publishDialog.getByRole("button", { name: "Cancel" })).toBeFocused();
    await expectNoA11yViolations(page);
    await publishDialog.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("heading", { name: "Status: Draft" })).toBeVisible();
    await page.getByRole("button", { name: "Publish event" }).click();
    await publishDialog.getByRole("button", { name: "Publish without centres" }).click();
    await expect(page.getByRole("heading", { name: "Status: Published" })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "The event is published." })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("banner").getByRole("link", { name: "Manage", exact: true }).click();
    const managed = page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
    await expect(managed.getByText("Published", { exact: true })).toBeVisible();
    await expectNoA11yViolations(page);

    // Computed from what was typed, not by the app's code: see support/london.ts.
    const closes = timeline["Registration closes"];
    const milestone = `Registration closes: ${londonText(closes.date, closes.time)}`;

    await visitor.reload();
    const card = visitor.getByRole("listitem").filter({ has: visitor.getByRole("link", { name }) });
    await expect(card).toHaveCount(1);
    await expect(card.getByText("Registration open", { exact: true })).toBeVisible();
    await expect(card.getByText(milestone, { exact: true })).toBeVisible();
    await expectNoA11yViolations(visitor);

    await card.getByRole("link", { name }).click();
    await expect(visitor).toHaveURL(new RegExp(`/events/${slug}$`));
    await expect(visitor.getByRole("heading", { level: 1, name })).toBeVisible();
    const header = visitor.locator("article header");
    await expect(header.getByText("Registration open", { exact: true })).toBeVisible();
    await expect(visitor.getByTestId("next-milestone")).toHaveText(milestone);
    await expect(visitor.getByText("All times are in Europe/London.", { exact: true })).toBeVisible();
    const timelineList = visitor.locator("dl");
    for (const label of TIMELINE_LABELS) {
      const { date, time } = timeline[label];
      const entry = timelineList.locator("div").filter({ has: visitor.getByText(label, { exact: true }) });
      await expect(entry.locator("dd")).toHaveText(londonText(date, time));
    }
    await expect(visitor.getByText("This event is a draft")).toHaveCount(0);
    await expectNoA11yViolations(visitor);

    // A fresh load answers 200 now that the event is published.
    const publishedResponse = await visitor.goto(`/events/${slug}`);
    expect(publishedResponse?.status()).toBe(200);

    await visitorContext.close();
  });

  test("the form refuses a time skipped by the clocks and an out-of-order timeline", async ({ page }) => {
    await signInAsAdmin(page);
    await openNewEventForm(page);

    const slug = uniqueSlug();
    const timeline = timelineAroundNow();
    await fillEventForm(page, {
      name: `Festival ${slug}`,
      slug,
      organiserEmail: uniqueEmail("organiser"),
      timeline,
    });

    // 28 March 2027: London's clocks jump from 01:00 to 02:00, so 01:30 never happens.
    const opens = page.getByLabel("Registration opens", { exact: true });
    await opens.fill("2027-03-28T01:30");
    await page.getByRole("button", { name: "Create draft event" }).click();
    await expect(formProblem(page)).toBeVisible();
    const dstMessage =
      "This time doesn't exist in Europe/London on that day (the clocks go forward). Choose another time.";
    await expect(page.getByText(dstMessage, { exact: true })).toBeVisible();
    await expect(opens).toHaveAttribute("aria-invalid", "true");
    await expect(opens).toHaveAccessibleDescription(new RegExp("the clocks go forward"));
    await expect(page).toHaveURL(/\/manage\/events\/new$/);
    await expectNoA11yViolations(page);

    // Registration closing before it opens.
    const valid = timeline["Registration opens"];
    await opens.fill(datetimeLocal(valid.date, valid.time));
    const closes = page.getByLabel("Registration closes", { exact: true });
    await closes.fill(datetimeLocal(addDays(valid.date, -1), "09:00"));
    await page.getByRole("button", { name: "Create draft event" }).click();
    await expect(formProblem(page)).toBeVisible();
    await expect(page.getByText("Registration must close after it opens", { exact: true })).toBeVisible();
    await expect(closes).toHaveAttribute("aria-invalid", "true");
    await expect(closes).toHaveAccessibleDescription(/Registration must close after it opens/);
    await expect(page.getByText(dstMessage)).toHaveCount(0);
    await expect(opens).not.toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/manage\/events\/new$/);
    await expectNoA11yViolations(page);

    // Nothing was saved: the slug is still free.
    const response = await page.goto(`/events/${slug}`);
    expect(response?.status()).toBe(404);
    await expectNoA11yViolations(page);
  });
});
