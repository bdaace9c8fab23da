// People's rights and retention: a person downloads their data and deletes their account, and the
// project they made stays, credited to a former participant; organisers see and set how long personal
// data is kept, and delete it once the period has passed.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import {
  createCentreWithLead,
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  REGISTRATION_OPEN,
  type TimelineOffsets,
} from "./support/db";
import { saveViewportShots } from "./support/screenshots";

const PHONE = { width: 390, height: 844 };

/** An event that ended (results out) 40 days ago: with the default 30 days, its personal data is due. */
const ENDED_40_DAYS_AGO: TimelineOffsets = {
  registrationOpensAt: "-60 days",
  registrationClosesAt: "-50 days",
  startsAt: "-45 days",
  submissionDeadline: "-44 days",
  judgingClosesAt: "-42 days",
  resultsAt: "-40 days",
};

test("a person downloads their data and deletes their account; their project stays, credited to a former participant", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const slug = `rights-${Date.now().toString(36)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Rights Day ${slug}`,
    organiserEmail: uniqueEmail("organiser"),
    timeline: ENDED_40_DAYS_AGO,
  });
  const email = uniqueEmail("captain");
  const { teamId } = await createTeamWithCaptain({
    eventId: event.id,
    teamName: "Bus Finders",
    captainEmail: email,
  });
  const projectId = await createSubmittedProject({
    eventId: event.id,
    teamId,
    title: "Next Bus",
    description: "When the next bus comes.",
  });

  const page = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(page, email, "Casey Captain");
  await page.goto(`/events/${slug}/projects/${projectId}`);
  const main = page.getByRole("main");
  await expect(main.getByText(/by Casey Captain/)).toBeVisible();

  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 2, name: "Your data" })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download your data (JSON)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync(await download.path(), "utf8")) as {
    account: { email: string; name: string };
    registrations: { event: string; dateOfBirth: string }[];
    teams: { team: string; project: { title: string } | null }[];
  };
  expect(data.account).toMatchObject({ email, name: "Casey Captain" });
  expect(data.registrations[0]).toMatchObject({ event: event.name, dateOfBirth: "1990-01-15" });
  expect(data.teams[0]).toMatchObject({ team: "Bus Finders", project: { title: "Next Bus" } });

  // Deleting needs the address typed; a wrong one is marked and nothing happens.
  await page.getByRole("button", { name: "Delete my account" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Your email address").fill("someone-else@example.org");
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(dialog.getByLabel("Your email address")).toHaveAttribute("aria-invalid", "true");
  await expect(dialog.getByLabel("Your email address")).toHaveAccessibleDescription(
    /This isn't the address you sign in with/,
  );
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "account-delete-dialog");
  await dialog.getByLabel("Your email address").fill(email);
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/account\/deleted$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account has been deleted" })).toBeVisible();
  await expectNoA11yViolations(page);

  // The project is still there, credited to a former participant.
  await page.goto(`/events/${slug}/projects/${projectId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Next Bus" })).toBeVisible();
  await expect(main.getByText(/by Former participant/)).toBeVisible();
  await expect(main.getByText(/Casey/)).toHaveCount(0);

  // Signed out everywhere: the account page now asks to sign in.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin/);
});

test("organisers set how long personal data is kept, and delete it once the period has passed", async ({
  page,
}) => {
  const organiserEmail = uniqueEmail("organiser");
  const upcoming = await createPublishedEvent({
    slug: `keep-${Date.now().toString(36)}`,
    name: "Keep Day",
    organiserEmail,
    timeline: REGISTRATION_OPEN,
  });
  const ended = await createPublishedEvent({
    slug: `ended-${Date.now().toString(36)}`,
    name: "Ended Day",
    organiserEmail,
    timeline: ENDED_40_DAYS_AGO,
  });
  await createCentreWithLead({
    eventId: ended.id,
    centreName: "Leeds Library",
    capacity: 10,
    leadEmail: uniqueEmail("lead"),
    people: [{ email: uniqueEmail("adult"), name: "Alex Adult", dateOfBirth: "1990-01-01" }],
  });
  await signIn(page, organiserEmail);

  await page.goto(`/manage/events/${upcoming.id}/safeguarding`);
  const section = page.getByRole("region", { name: "How long personal data is kept" });
  const days = section.getByLabel("Days to keep it after the event ends");
  await expect(days).toHaveValue("30");
  await days.fill("0");
  await section.getByRole("button", { name: "Save how long it is kept" }).click();
  await expect(days).toHaveAttribute("aria-invalid", "true");
  await expect(days).toHaveAccessibleDescription(/Keep it at least 1 day/);
  await days.fill("60");
  await section.getByRole("button", { name: "Save how long it is kept" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(days).toHaveAccessibleDescription(/With 60 days it is deleted on/);
  await expectNoA11yViolations(page);

  await page.goto(`/manage/events/${ended.id}/safeguarding`);
  const endedSection = page.getByRole("region", { name: "How long personal data is kept" });
  await expect(endedSection.getByText(/The period ended on/)).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "safeguarding-retention-due");
  await endedSection.getByRole("button", { name: "Delete now" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Yes, delete it" }).click();
  await expect(endedSection.getByText(/Deleted on .* \(by hand\): 1 date of birth/)).toBeVisible();
  await expect(endedSection.getByText(/1 registration, 0 people came/)).toBeVisible();
  await expectNoA11yViolations(page);
});
