// Importing projects from Devpost: an organiser chooses a Devpost export on the Projects page, reads what
// each row would do (two new, two with problems, nothing changed yet), imports, and finds the projects
// listed; importing the same file again changes nothing. No person from the file gets an account. Axe
// on the page at a laptop's width and a phone's.
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, expectNoSidewaysScroll, PHONE_WIDTH } from "./support/axe";
import { createPublishedEvent, REGISTRATION_OPEN, withDatabase } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

const EXPORT = fileURLToPath(new URL("../server/imports/fixtures/devpost-export.csv", import.meta.url));

test("an organiser previews a Devpost export, imports its good rows, and importing again changes nothing", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const slug = `import-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("import-organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Import ${slug}`,
    organiserEmail,
    timeline: REGISTRATION_OPEN,
  });
  await signIn(page, organiserEmail);
  await page.goto(`/manage/events/${event.id}/submissions`);
  await page.getByRole("link", { name: "Import from Devpost" }).click();
  await expect(page.getByRole("heading", { name: "Import projects from Devpost", level: 1 })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel("Devpost export (CSV)").setInputFiles(EXPORT);
  const counts = page.getByTestId("import-counts");
  await expect(counts).toHaveText("2 new, 0 to update, 0 unchanged, 2 with problems (not imported).");
  await expect(page.getByLabel("Project title")).toHaveValue("Project Title");
  const rows = page.getByTestId("import-row");
  await expect(
    rows.filter({ hasText: "Bad Links" }).getByText("Video: Enter a web address starting with https://"),
  ).toBeVisible();
  await expect(
    rows.filter({ hasText: "(no title)" }).getByText("Not imported", { exact: true }),
  ).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "project-import");

  await page.getByRole("button", { name: "Import 2 projects" }).click();
  await expect(
    page.getByText("Imported: 2 new, 0 updated, 0 unchanged; 2 rows with problems left out (line 4, 5)."),
  ).toBeVisible();
  await expect(counts).toHaveText("0 new, 0 to update, 2 unchanged, 2 with problems (not imported).");
  await expect(page.getByRole("button", { name: "Nothing to import" })).toBeDisabled();

  // Nobody in the file got an account.
  await withDatabase(async (client) => {
    const { rows: found } = await client.query(`SELECT 1 FROM "User" WHERE email = ANY($1)`, [
      ["ada@example.org", "grace@example.org", "alan@example.org"],
    ]);
    expect(found).toHaveLength(0);
  });

  await page.getByRole("link", { name: `Projects of Import ${slug}` }).click();
  await expect(page.getByRole("link", { name: "Bus Buddy" })).toBeVisible();
  await expect(page.getByRole("link", { name: "River Watch" })).toBeVisible();

  await page.goto(`/manage/events/${event.id}/submissions/import`);
  await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  await page.getByLabel("Devpost export (CSV)").setInputFiles(EXPORT);
  await expect(counts).toHaveText("0 new, 0 to update, 2 unchanged, 2 with problems (not imported).");
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);
});
