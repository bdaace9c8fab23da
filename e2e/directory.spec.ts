// Operators and the directory: an organisation's owner asks to run events and clubs, a platform admin
// approves, the owner lists a weekly club (fixing a refused form first) and publishes it, and a visitor
// finds it in the directory filtered by age and postcode, and in its calendar feed. Axe on every page,
// at a laptop's width and (the sideways check) a phone's.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { makePlatformAdmin, withDatabase } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

test("an operator lists a weekly club and it appears in the filtered directory and its calendar", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = Date.now().toString(36);
  const slug = `club-org-${tag}`;
  const name = `Cathays Coders ${tag}`;
  const club = `Tuesday Code Club ${tag}`;
  const ownerEmail = uniqueEmail("operator-owner");
  await signIn(page, ownerEmail);
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [
      ownerEmail,
    ]);
    const userId = rows[0]?.id;
    if (!userId) throw new Error("no user");
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, kind, "updatedAt") VALUES ($1, $1, $2, 'COMMUNITY', now())`,
      [slug, name],
    );
    await client.query(
      `INSERT INTO "OrganisationMember" (id, "organisationId", "userId", role) VALUES ($1, $2, $3, 'OWNER')`,
      [`${slug}-owner`, slug, userId],
    );
  });

  // The owner asks.
  await page.goto(`/organisations/${slug}/manage`);
  await expect(page.getByRole("heading", { name: "Your own events and clubs" })).toBeVisible();
  await page.getByRole("button", { name: "Ask to run events and clubs" }).click();
  await expect(page.getByText("Asked. The platform's admins will look at it soon.")).toBeVisible();
  await expect(page.getByText(/You asked on/)).toBeVisible();
  await expectNoA11yViolations(page);

  // A platform admin approves, in a browser of their own.
  const adminEmail = uniqueEmail("operator-admin");
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, adminEmail);
  await makePlatformAdmin(adminEmail);
  await admin.goto("/manage");
  await admin.getByRole("link", { name: "Operators" }).click();
  await expect(admin.getByRole("heading", { name: "Operators", level: 1 })).toBeVisible();
  const row = admin.getByTestId("operator-row").filter({ hasText: name });
  await expect(row.getByText("Waiting", { exact: true })).toBeVisible();
  await expectNoA11yViolations(admin);
  await row.getByRole("button", { name: `Approve ${name}` }).click();
  await expect(admin.getByText(`${name} is an operator now.`)).toBeVisible();
  await expect(row.getByText("Operator", { exact: true })).toBeVisible();
  await saveViewportShots(admin, "operators");
  await adminContext.close();

  // The owner lists a weekly club.
  await page.reload();
  // An operator's owner creates events run by the organisation, on the admins' form.
  await page.getByRole("link", { name: "Create an event" }).click();
  await expect(page.getByRole("heading", { name: "New event", level: 1 })).toBeVisible();
  await expect(page.getByText(`Run by ${name}.`, { exact: false })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.goBack();
  await page.getByRole("link", { name: "Weekly sessions" }).click();
  await expect(page.getByRole("heading", { name: "Weekly sessions", level: 1 })).toBeVisible();
  await expect(page.getByText("No sessions yet.")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel("Title").fill("x");
  await page.getByLabel("Ends at").fill("16:00");
  await page.getByRole("textbox", { name: "Booking page" }).fill("http://example.org/book");
  await page.getByLabel(/^Breaks/).fill("after Christmas");
  await page.getByRole("button", { name: "Add the session" }).click();
  await expect(page.getByText("Use at least 3 characters").first()).toBeVisible();
  await expect(
    page.getByText("Line 1: write it like 2027-02-15 to 2027-02-19 Half term").first(),
  ).toBeVisible();
  await expect(page.getByText("End after it starts, on the same day").first()).toBeVisible();
  await expect(page.getByText("Enter the first date, like 2027-01-12").first()).toBeVisible();
  await expect(page.getByText("Say where it meets").first()).toBeVisible();
  await expect(page.getByText("starting with https://").first()).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel("Title").fill(club);
  await page.getByLabel("What happens there").fill("Make games in Scratch. Laptops provided.");
  await page.getByLabel("Ends at").fill("18:30");
  await page.getByLabel("First date").fill("2026-09-01");
  await page.getByLabel("Venue").fill("Cathays Library");
  await page.getByLabel("Address").fill("Fairoak Road");
  await page.getByLabel("Postcode district").fill("cf24");
  await page.getByRole("textbox", { name: "Booking page" }).fill("https://example.org/book");
  // A break on the Tuesday a week or so ahead: the directory's card says so.
  const inset = new Date();
  inset.setUTCDate(inset.getUTCDate() + ((2 - inset.getUTCDay() + 7) % 7 || 7));
  await page.getByLabel(/^Breaks/).fill(`${inset.toISOString().slice(0, 10)} Inset day`);
  await page.getByRole("button", { name: "Add the session" }).click();
  await expect(page.getByText(`Added “${club}” as a draft.`, { exact: false })).toBeVisible();
  const session = page.getByTestId("session-row").filter({ hasText: club });
  await expect(session.getByText("Draft", { exact: true })).toBeVisible();
  await session.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(`“${club}” is in the directory now.`)).toBeVisible();
  // The badge, not the confirmation beside it ("… is in the directory now.").
  await expect(session.getByText("In the directory", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "operator-sessions");

  // A visitor, signed out, finds it by age and postcode; not for a 14-year-old, nor online.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/directory");
  await expect(visitor.getByRole("heading", { name: "Find a coding club or event", level: 1 })).toBeVisible();
  await visitor.getByLabel("Age").selectOption("10");
  await visitor.getByLabel(/Postcode area/).fill("cf24");
  await visitor.getByRole("button", { name: "Show" }).click();
  await expect(visitor).toHaveURL(/\/directory\?age=10&area=cf24/);
  const card = visitor.getByTestId("directory-session").filter({ hasText: club });
  await expect(card.getByRole("heading", { name: club })).toBeVisible();
  await expect(card.getByText(/Every Tuesday, 17:00–18:30/)).toBeVisible();
  await expect(card.getByText("Cathays Library, Fairoak Road, CF24")).toBeVisible();
  await expect(card.getByText("Ages 8–12", { exact: true })).toBeVisible();
  await expect(card.getByText(/^No meeting \d{1,2} [A-Z][a-z]{2} \d{4} \(Inset day\)\.$/)).toBeVisible();
  await expect(card.getByText("Free", { exact: true })).toBeVisible();
  await expect(card.getByRole("link", { name: /Book a place/ })).toHaveAttribute(
    "href",
    "https://example.org/book",
  );
  await expect(visitor.getByLabel("Age")).toHaveValue("10");
  await expectNoA11yViolations(visitor);
  await saveViewportShots(visitor, "directory");

  // The same in Welsh: the form keeps the language (the proxy sends the filtered Welsh address to its
  // cached Welsh page), the club's card speaks Welsh, what the operator wrote stays as written.
  const welsh = await visitorContext.newPage();
  await welsh.goto("/cy/directory");
  await expect(welsh.locator("html")).toHaveAttribute("lang", "cy");
  await expect(
    welsh.getByRole("heading", { name: "Dod o hyd i glwb codio neu ddigwyddiad", level: 1 }),
  ).toBeVisible();
  await welsh.getByLabel("Oed").selectOption("10");
  await welsh.getByLabel(/Ardal cod post/).fill("cf24");
  await welsh.getByRole("button", { name: "Dangos" }).click();
  await expect(welsh).toHaveURL(/\/cy\/directory\?age=10&area=cf24/);
  await expect(welsh.locator("html")).toHaveAttribute("lang", "cy");
  await expect(welsh.getByTestId("directory-count")).toContainText("yn cyfateb i'r hidlwyr hyn.");
  const cerdyn = welsh.getByTestId("directory-session").filter({ hasText: club });
  await expect(cerdyn.getByText(/Bob dydd Mawrth, 17:00–18:30/)).toBeVisible();
  await expect(cerdyn.getByText("Cathays Library, Fairoak Road, CF24")).toBeVisible();
  await expect(cerdyn.getByText("Am ddim", { exact: true })).toBeVisible();
  await expect(welsh.getByRole("link", { name: "Clirio'r hidlwyr" })).toHaveAttribute(
    "href",
    "/cy/directory",
  );
  await expectNoA11yViolations(welsh);
  await saveViewportShots(welsh, "directory-welsh");
  await welsh.close();

  await visitor.goto("/directory?age=14&area=CF24");
  await expect(visitor.getByTestId("directory-count")).toBeVisible();
  await expect(visitor.getByRole("heading", { name: club })).toHaveCount(0);
  await visitor.goto("/directory?mode=online&area=CF24");
  await expect(visitor.getByText("Nothing matches yet")).toBeVisible();
  await expectNoA11yViolations(visitor);

  // The calendar feed of the same filters has the club's meetings.
  await visitor.goto("/directory?age=10&area=CF24");
  const feedHref = await visitor.getByRole("link", { name: /to your calendar/ }).getAttribute("href");
  expect(feedHref).toBe("/directory/calendar.ics?age=10&area=CF24");
  const feed = await visitor.request.get(feedHref ?? "");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const body = await feed.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toContain(`SUMMARY:${club} (${name})`);
  expect(body.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThanOrEqual(12);
  await visitorContext.close();
});
