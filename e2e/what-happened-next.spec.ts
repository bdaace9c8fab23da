// What happened next: after the deadline a team adds an update on its project page (fixing a refused form
// first), the event's public page shows it credited to the team and counted, an organiser hides one with
// a reason the team then reads. Axe on every page, at
// a laptop's width and a phone's.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, expectNoSidewaysScroll, PHONE_WIDTH } from "./support/axe";
import {
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  DEADLINE_PASSED,
  withDatabase,
} from "./support/db";
import { saveViewportShots } from "./support/screenshots";

test("a team posts what happened next, the public page shows it, and an organiser hides one", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const slug = `next-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("next-organiser");
  const captainEmail = uniqueEmail("next-captain");
  const event = await createPublishedEvent({
    slug,
    name: `Next ${slug}`,
    organiserEmail,
    timeline: DEADLINE_PASSED,
  });
  const team = await createTeamWithCaptain({
    eventId: event.id,
    teamName: `Night Owls ${slug}`,
    captainEmail,
    captainName: "Ada Lovelace",
  });
  await createSubmittedProject({
    eventId: event.id,
    teamId: team.teamId,
    title: "Bus Buddy",
    description: "Tells you which bus gets you there first.",
  });

  await signIn(page, captainEmail, "Ada Lovelace");
  await page.goto(`/events/${slug}/submission`);
  const section = page.getByRole("region", { name: "What happened next" });
  await section.getByRole("button", { name: "Add update" }).click();
  await expect(section.getByText("Say what happened, in a few words").first()).toBeVisible();
  await section.getByLabel("What happened").selectOption({ label: "Launched" });
  await section.getByLabel("Tell us in a line or two").fill("It's live for every school in Leeds.");
  await section.getByLabel("Link (optional)").fill("https://bus-buddy.example.org");
  await section.getByRole("button", { name: "Add update" }).click();
  await expect(section.getByText("It's live for every school in Leeds.", { exact: true })).toBeVisible();
  await section.getByLabel("What happened").selectOption({ label: "Something else" });
  await section.getByLabel("Tell us in a line or two").fill("Call Ada on 07700 900123 to try it.");
  await section.getByLabel("Link (optional)").fill("");
  await section.getByRole("button", { name: "Add update" }).click();
  await expect(section.getByText("Call Ada on 07700 900123 to try it.", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  // The public page, signed out: credited to the team, counted by the latest news.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/events/${slug}`);
  await visitor.getByRole("link", { name: "What happened next" }).click();
  await expect(visitor.getByRole("heading", { name: "What happened next", level: 1 })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Bus Buddy" })).toBeVisible();
  await expect(visitor.getByText(`by Night Owls ${slug}`)).toBeVisible();
  await expect(visitor.getByText("It's live for every school in Leeds.")).toBeVisible();
  await expect(visitor.getByText("Lovelace")).toHaveCount(0);
  await expectNoA11yViolations(visitor);
  await saveViewportShots(visitor, "what-happened-next");

  // In Welsh, from the Welsh event page: the page's words, kinds and dates in Welsh, the team's as written.
  const welsh = await (await browser.newContext()).newPage();
  await welsh.goto(`/cy/events/${slug}`);
  await welsh.getByRole("link", { name: "Beth ddigwyddodd nesaf" }).click();
  await expect(welsh).toHaveURL(new RegExp(`/cy/events/${slug}/next$`));
  await expect(welsh.locator("html")).toHaveAttribute("lang", "cy");
  await expect(welsh.getByRole("heading", { name: "Beth ddigwyddodd nesaf", level: 1 })).toBeVisible();
  await expect(welsh.getByRole("heading", { name: "Gan y timau", level: 2 })).toBeVisible();
  await expect(welsh.getByText(`gan Night Owls ${slug}`)).toBeVisible();
  await expect(welsh.getByText("Wedi lansio", { exact: true })).toBeVisible();
  await expect(welsh.getByRole("list", { name: "Prosiectau yn ôl eu newyddion diweddaraf" })).toBeVisible();
  await expect(welsh.getByText("It's live for every school in Leeds.")).toBeVisible();
  await expect(welsh.getByRole("main")).toContainText(
    /\d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/,
  );
  await expectNoA11yViolations(welsh);
  await saveViewportShots(welsh, "what-happened-next-welsh");
  // The page of an organisation that runs the event, in Welsh too.
  const organisationSlug = `runs-${slug}`;
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, kind, "updatedAt") VALUES ($1, $2, $3, 'COMMUNITY', now())`,
      [`e2e-org-${slug}`, organisationSlug, `Runs ${slug}`],
    );
    await client.query(`UPDATE "Event" SET "organisationId" = $1 WHERE id = $2`, [
      `e2e-org-${slug}`,
      event.id,
    ]);
  });
  await welsh.goto(`/cy/organisations/${organisationSlug}/next`);
  await expect(welsh.getByRole("heading", { name: "Beth ddigwyddodd nesaf", level: 1 })).toBeVisible();
  await expect(
    welsh.getByRole("heading", { name: "Prosiectau yn y digwyddiadau mae'n eu cynnal", level: 2 }),
  ).toBeVisible();
  await expect(welsh.getByRole("link", { name: event.name })).toHaveAttribute(
    "href",
    `/cy/events/${slug}/next`,
  );
  await expect(welsh.getByText(`gan Night Owls ${slug}`)).toBeVisible();
  // Its latest news only: the second update, "something else".
  await expect(welsh.getByText("Rhywbeth arall", { exact: true }).first()).toBeVisible();
  await expectNoA11yViolations(welsh);

  // The organiser hides the update with a phone number; the team reads why.
  const organiser = await (await browser.newContext()).newPage();
  await signIn(organiser, organiserEmail);
  await organiser.goto(`/manage/events/${event.id}`);
  await organiser.getByRole("link", { name: "What happened next" }).click();
  const row = organiser.getByTestId("next-update").filter({ hasText: "07700 900123" });
  await row.getByRole("button", { name: /^Hide/ }).click();
  await organiser.getByLabel("Why (the team reads this)").fill("Phone numbers stay off public pages.");
  await organiser.getByRole("button", { name: "Hide it" }).click();
  await expect(row.getByText("Hidden: Phone numbers stay off public pages.")).toBeVisible();
  await expectNoA11yViolations(organiser);

  // The hide refreshed the event's cached pages.
  await visitor.reload();
  await expect(visitor.getByText("07700 900123")).toHaveCount(0);
  await expect(visitor.getByText("It's live for every school in Leeds.")).toBeVisible();
  await page.reload();
  await expect(section.getByText("Why: Phone numbers stay off public pages.")).toBeVisible();

  await visitor.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  await visitor.reload();
  await expectNoSidewaysScroll(visitor);
  await expectNoA11yViolations(visitor);
});
