// Issue 8 on the organisers' side: nothing destructive happens without a confirmation that says what
// will happen, what can be undone is undone from the same page, and every page shows the state an action
// left behind, with messages that belong to the action that caused them.
import { expect, test, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import {
  createCentreWithLead,
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  HACKING_WITH_REGISTRATION_OPEN,
  REGISTRATION_OPEN,
  withDatabase,
} from "./support/db";
import { saveViewportShots } from "./support/screenshots";

const uniqueSlug = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

const status = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

async function outboxKinds(to: string): Promise<string[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ kind: string }>(
      `SELECT kind FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt"`,
      [to],
    );
    return rows.map((r) => r.kind);
  });
}

test("an organiser reads a project in full, disqualifies it after confirming, and reinstates it; the team is told each time", async ({
  page,
}) => {
  const organiser = uniqueEmail("journey-organiser");
  const captain = uniqueEmail("journey-captain");
  const slug = uniqueSlug("projects");
  const event = await createPublishedEvent({
    slug,
    name: `Projects ${slug}`,
    organiserEmail: organiser,
    timeline: HACKING_WITH_REGISTRATION_OPEN,
  });
  const team = await createTeamWithCaptain({
    eventId: event.id,
    teamName: `Buses ${slug}`,
    captainEmail: captain,
  });
  const projectId = await createSubmittedProject({
    eventId: event.id,
    teamId: team.teamId,
    title: "Bus Buddy",
    description: "## How it works\n\nIt **reads** live bus times aloud.",
    versions: 2,
  });
  await signIn(page, organiser);

  // The gallery: opening it asks first, and the page then offers to close it, not to open it again.
  await page.goto(`/manage/events/${event.id}/submissions`);
  const gallery = page.getByTestId("gallery-control");
  await expect(gallery).toContainText("The public gallery is closed.");
  await gallery.getByRole("button", { name: "Open the public gallery now" }).click();
  const openDialog = page.getByRole("alertdialog", { name: "Open the public gallery now?" });
  await expect(openDialog).toContainText("You can close it again until the deadline");
  await expectNoA11yViolations(page);
  await openDialog.getByRole("button", { name: "Open the gallery" }).click();
  await expect(status(page, "The gallery is open to everyone.")).toBeVisible();
  await expect(gallery.getByRole("button", { name: "Open the public gallery now" })).toHaveCount(0);
  await expect(gallery).toContainText("an organiser opened it before the deadline");
  await gallery.getByRole("button", { name: "Close the gallery" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Close the gallery" }).click();
  await expect(status(page, "The gallery is closed.")).toBeVisible();
  await expect(status(page, "The gallery is open to everyone.")).toHaveCount(0);
  await expect(gallery.getByRole("button", { name: "Open the public gallery now" })).toBeVisible();
  await expectNoA11yViolations(page);

  // The project page: its content rendered, every submitted version, the team and the history.
  await page.getByRole("link", { name: "Bus Buddy" }).click();
  await expect(page).toHaveURL(new RegExp(`/manage/events/${event.id}/submissions/${projectId}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Bus Buddy" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How it works" }).first()).toBeVisible();
  await expect(page.getByText("Version 2, submitted", { exact: false })).toBeVisible();
  await expect(page.getByText("Version 1, submitted", { exact: false })).toBeVisible();
  await expect(page.getByText(captain, { exact: false })).toBeVisible();
  await expect(page.getByTestId("project-status")).toContainText("Status: Submitted");
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "manage-project");

  // Disqualifying needs a reason, said inside the dialog; Cancel changes nothing.
  await page.getByRole("button", { name: "Disqualify this project…" }).click();
  const disqualify = page.getByRole("alertdialog", { name: "Disqualify “Bus Buddy”?" });
  await expect(disqualify).toContainText("Every member is emailed the reason");
  await disqualify.getByRole("button", { name: "Disqualify" }).click();
  await expect(disqualify.getByText("Say why, in at least 5 characters")).toBeVisible();
  await expect(disqualify.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "disqualify-dialog");
  await disqualify.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("project-status")).toContainText("Status: Submitted");

  await page.getByRole("button", { name: "Disqualify this project…" }).click();
  await disqualify.getByLabel("Reason").fill("Built before the event started");
  await disqualify.getByRole("button", { name: "Disqualify" }).click();
  await expect(
    status(page, "“Bus Buddy” is disqualified. The team has been emailed the reason."),
  ).toBeVisible();
  await expect(page.getByTestId("project-status")).toContainText("Status: Disqualified");
  await expect(page.getByText("Disqualified: Built before the event started")).toBeVisible();
  await expect(page.getByRole("button", { name: "Disqualify this project…" })).toHaveCount(0);
  await expectNoA11yViolations(page);
  expect(await outboxKinds(captain)).toContain("project-disqualified");

  await page.getByRole("button", { name: "Reinstate this project" }).click();
  await page
    .getByRole("alertdialog", { name: "Reinstate “Bus Buddy”?" })
    .getByRole("button", { name: "Reinstate" })
    .click();
  await expect(status(page, "“Bus Buddy” is reinstated. The team has been emailed.")).toBeVisible();
  await expect(status(page, "is disqualified")).toHaveCount(0);
  await expect(page.getByTestId("project-status")).toContainText("Status: Submitted");
  const history = page.getByRole("region", { name: "Status history" });
  await expect(
    history.getByRole("listitem").filter({ hasText: /: Disqualified by .* — “Built before/ }),
  ).toBeVisible();
  await expect(history.getByRole("listitem").filter({ hasText: /: Reinstated by / })).toBeVisible();
  await expectNoA11yViolations(page);
  expect(await outboxKinds(captain)).toEqual(
    expect.arrayContaining(["project-disqualified", "project-reinstated"]),
  );
});

test("the roles panel asks before removing, its messages belong to the last action, and a centre picked for one role is not reused", async ({
  page,
}) => {
  const organiser = uniqueEmail("roles-organiser");
  const slug = uniqueSlug("roles");
  const event = await createPublishedEvent({
    slug,
    name: `Roles ${slug}`,
    organiserEmail: organiser,
    timeline: REGISTRATION_OPEN,
  });
  for (const name of ["Leeds Library", "York Hub"]) {
    await createCentreWithLead({
      eventId: event.id,
      centreName: name,
      capacity: 20,
      leadEmail: uniqueEmail("roles-lead"),
      people: [],
    });
  }
  await signIn(page, organiser);
  await page.goto(`/manage/events/${event.id}`);
  const panel = page.getByRole("region", { name: "People and roles" });

  // The last organiser cannot go: the dialog says why and the panel keeps no stale error after it.
  await panel.getByRole("button", { name: `Remove Organiser ${organiser}` }).click();
  const removeSelf = page.getByRole("alertdialog", { name: /^Remove .* as Organiser\?$/ });
  await expect(removeSelf).toContainText("emailed that it was removed");
  await removeSelf.getByRole("button", { name: "Remove" }).click();
  await expect(removeSelf.getByRole("alert")).toContainText("An event always needs at least one organiser");
  await expectNoA11yViolations(page);
  await removeSelf.getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByRole("alert")).toHaveCount(0);

  // A centre lead at Leeds: then the centre choice starts again.
  const lead = uniqueEmail("roles-new-lead");
  await panel.getByLabel("Email address").fill(lead);
  await panel.getByLabel("Role").selectOption("CENTRE_LEAD");
  await panel.getByLabel("Centre", { exact: true }).selectOption({ label: "Leeds Library" });
  await panel.getByRole("button", { name: "Add role" }).click();
  await expect(status(page, `Added ${lead} as Centre lead, Leeds Library.`)).toBeVisible();
  await expect(panel.getByLabel("Centre", { exact: true })).toHaveValue("");
  await expect(panel.getByText(`${lead} — Centre lead, Leeds Library`, { exact: false })).toBeVisible();
  // Picking a centre, then another role: the mentor is not silently placed at it.
  await panel.getByLabel("Centre", { exact: true }).selectOption({ label: "York Hub" });
  await panel.getByLabel("Role").selectOption("MENTOR");
  await expect(panel.getByLabel("Centre (optional)")).toHaveValue("");

  // A judge, then removing them: the "Added" message gives way to the removal's own.
  const judge = uniqueEmail("roles-judge");
  await panel.getByLabel("Email address").fill(judge);
  await panel.getByLabel("Role").selectOption("JUDGE");
  await panel.getByRole("button", { name: "Add role" }).click();
  await expect(status(page, `Added ${judge} as Judge.`)).toBeVisible();
  await panel.getByRole("button", { name: `Remove Judge ${judge}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  await expect(panel.getByText(`${judge} — Judge`, { exact: false })).toBeVisible();
  await panel.getByRole("button", { name: `Remove Judge ${judge}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(status(page, `Removed ${judge} as Judge. They have been emailed.`)).toBeVisible();
  await expect(status(page, `Added ${judge}`)).toHaveCount(0);
  await expect(panel.getByRole("button", { name: `Remove Judge ${judge}` })).toHaveCount(0);
  await expectNoA11yViolations(page);
  expect(await outboxKinds(judge)).toEqual(["event-role", "event-role-revoked"]);
});

test("archiving asks first, the public page then says the event is archived, and unarchiving brings it back", async ({
  page,
  browser,
}) => {
  const organiser = uniqueEmail("archive-organiser");
  const slug = uniqueSlug("archive");
  const event = await createPublishedEvent({
    slug,
    name: `Archive ${slug}`,
    organiserEmail: organiser,
    timeline: { ...REGISTRATION_OPEN, registrationOpensAt: "2 days", startsAt: "7 days" },
  });
  await signIn(page, organiser);
  await page.goto(`/manage/events/${event.id}`);
  await page.getByRole("button", { name: "Archive event" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Archive this event?" });
  await expect(dialog).toContainText("You can unarchive it from this page.");
  await expectNoA11yViolations(page);
  await dialog.getByRole("button", { name: "Archive" }).click();
  await expect(page.getByRole("heading", { name: "Status: Archived" })).toBeVisible();
  await expect(status(page, "The event is archived.")).toBeVisible();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/events/${slug}`);
  await expect(visitor.getByText("This event is archived", { exact: false })).toBeVisible();
  const header = visitor.locator("article header");
  await expect(header.getByText("Archived", { exact: true })).toBeVisible();
  await expect(header.getByText("Upcoming", { exact: true })).toHaveCount(0);
  await expect(visitor.getByTestId("next-milestone")).toHaveCount(0);
  await expectNoA11yViolations(visitor);

  await page.getByRole("button", { name: "Unarchive event" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Unarchive" }).click();
  await expect(page.getByRole("heading", { name: "Status: Published" })).toBeVisible();
  await expect(status(page, "The event is published again.")).toBeVisible();
  await expect(status(page, "The event is archived.")).toHaveCount(0);
  await visitor.reload();
  await expect(visitor.getByText("This event is archived", { exact: false })).toHaveCount(0);
  await expect(visitor.locator("article header").getByText("Upcoming", { exact: true })).toBeVisible();
  await visitorContext.close();
});

test("changing the time zone asks whether to keep the clock times or the moments, and the form shows the result", async ({
  page,
}) => {
  const organiser = uniqueEmail("zone-organiser");
  const slug = uniqueSlug("zone");
  const event = await createPublishedEvent({
    slug,
    name: `Zone ${slug}`,
    organiserEmail: organiser,
    timeline: REGISTRATION_OPEN,
  });
  const startsAt = await withDatabase(async (client) => {
    const { rows } = await client.query<{ startsAt: Date }>(
      `SELECT date_trunc('minute', "startsAt") AS "startsAt" FROM "Event" WHERE id = $1`,
      [event.id],
    );
    return rows[0]?.startsAt ?? new Date(Number.NaN);
  });
  await signIn(page, organiser);
  await page.goto(`/manage/events/${event.id}`);

  // Searchable by keyboard: type, arrow down, Enter.
  const zone = page.getByRole("combobox", { name: "Time zone" });
  await zone.fill("new york");
  await expect(page.getByRole("option", { name: "America/New York" })).toBeVisible();
  await expectNoA11yViolations(page);
  await zone.press("ArrowDown");
  await zone.press("Enter");
  await expect(zone).toHaveValue("America/New_York");
  // Text that is not a zone puts the chosen one back; obsolete names are not offered.
  await zone.fill("US/Eastern");
  await expect(page.getByText("No time zone matches.", { exact: false }).first()).toBeAttached();
  await zone.blur();
  await expect(zone).toHaveValue("America/New_York");

  await zone.fill("tokyo");
  await page.getByRole("option", { name: "Asia/Tokyo" }).click();
  const choice = page.getByRole("group", {
    name: /The time zone changes from Europe\/London to Asia\/Tokyo/,
  });
  await expect(choice).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(choice.getByText("Choose whether to keep the clock times or the moments")).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "time-zone-choice");

  await choice.getByLabel(/Keep the moments/).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(status(page, /every moment is unchanged/)).toBeVisible();
  // Tokyo has no summer time: the same moment reads nine hours later than UTC.
  const tokyo = new Date(startsAt.getTime() + 9 * 3_600_000).toISOString().slice(0, 16);
  await expect(page.getByLabel("Hacking starts", { exact: true })).toHaveValue(tokyo);
  await expect(page.getByRole("group", { name: /The time zone changes/ })).toHaveCount(0);
  await expectNoA11yViolations(page);
  const stored = await withDatabase(async (client) => {
    const { rows } = await client.query<{ timeZone: string; startsAt: Date }>(
      `SELECT "timeZone", date_trunc('minute', "startsAt") AS "startsAt" FROM "Event" WHERE id = $1`,
      [event.id],
    );
    return rows[0];
  });
  expect(stored?.timeZone).toBe("Asia/Tokyo");
  expect(stored?.startsAt.getTime()).toBe(startsAt.getTime());
});

test("people who registered before there were centres are asked to choose one, and organisers and leads are told", async ({
  page,
  browser,
}) => {
  const organiser = uniqueEmail("nocentre-organiser");
  const early = uniqueEmail("nocentre-early");
  const lead = uniqueEmail("nocentre-lead");
  const slug = uniqueSlug("nocentre");
  const event = await createPublishedEvent({
    slug,
    name: `No centre ${slug}`,
    organiserEmail: organiser,
    timeline: REGISTRATION_OPEN,
  });
  // Registered (with a team of their own) while the event had no centres; a centre is added later.
  await createTeamWithCaptain({ eventId: event.id, teamName: `Early ${slug}`, captainEmail: early });
  await createCentreWithLead({
    eventId: event.id,
    centreName: "Leeds Library",
    capacity: 20,
    leadEmail: lead,
    people: [],
  });

  await signIn(page, early, "Casey Captain");
  await page.goto(`/events/${slug}/registration`);
  const notice = page.getByRole("region", { name: "Choose your centre" });
  await expect(notice).toContainText("When you registered, this event had no centres yet.");
  await expect(notice.getByRole("link", { name: "Choose a centre" })).toHaveAttribute(
    "href",
    `/events/${slug}/registration/edit`,
  );
  await expectNoA11yViolations(page);

  const organiserContext = await browser.newContext();
  const organiserPage = await organiserContext.newPage();
  await signIn(organiserPage, organiser);
  await organiserPage.goto(`/manage/events/${event.id}/registrations`);
  await expect(organiserPage.getByText("One person has no centre", { exact: false })).toBeVisible();
  // The organiser sees who has no centre, and can place them at one from the list.
  await expect(organiserPage.getByRole("combobox", { name: "Centre for Casey Captain" })).toHaveValue("");
  await expect(
    organiserPage.getByRole("combobox", { name: "Centre for Casey Captain" }).locator("option:checked"),
  ).toHaveText("No centre chosen");
  await expectNoA11yViolations(organiserPage);
  await organiserPage.goto(`/manage/events/${event.id}/centres`);
  await expect(organiserPage.getByText("One person has no centre", { exact: false })).toBeVisible();
  await organiserContext.close();

  const leadContext = await browser.newContext();
  const leadPage = await leadContext.newPage();
  await signIn(leadPage, lead);
  await leadPage.goto(`/manage/events/${event.id}/centre`);
  await expect(
    leadPage.getByText("They are in no centre's list yet, including yours", { exact: false }),
  ).toBeVisible();
  await expectNoA11yViolations(leadPage);
  await leadContext.close();
});
