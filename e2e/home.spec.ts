// Every role has somewhere to go: a signed-in home with each event's next step, the roles a person
// holds (with what a judge or mentor will do, and when), and a header that offers Manage and
// Organisations only to people who have something there.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { WELSH_MONTH } from "./support/languages";
import {
  createPublishedEvent,
  createTeamWithCaptain,
  HACKING_WITH_REGISTRATION_OPEN,
  withDatabase,
} from "./support/db";

test("a participant's home says what to do next; a judge's says what judging will be and when", async ({
  page,
  browser,
}) => {
  const slug = `home-${Date.now().toString(36)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Home ${slug}`,
    organiserEmail: uniqueEmail("home-organiser"),
    timeline: HACKING_WITH_REGISTRATION_OPEN,
  });
  const captain = uniqueEmail("home-captain");
  await createTeamWithCaptain({ eventId: event.id, teamName: `Owls ${slug}`, captainEmail: captain });

  await signIn(page, captain, "Casey Captain");
  await page.goto("/");
  const mine = page.getByRole("list", { name: "Events you registered for" }).getByRole("listitem");
  await expect(mine).toHaveCount(1);
  await expect(mine.getByRole("link", { name: event.name })).toBeVisible();
  await expect(mine.getByText(`Owls ${slug}`)).toBeVisible();
  await expect(mine.getByTestId("next-step")).toContainText("Start your team's project.");
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Manage", exact: true })).toHaveCount(0);
  await expect(banner.getByRole("link", { name: "Organisations", exact: true })).toHaveCount(0);
  await expectNoA11yViolations(page);
  // The event page offers its dates as a calendar file.
  await page.goto(`/events/${slug}`);
  const calendarLink = page.getByRole("link", { name: "Add to calendar (.ics)" });
  const ics = await page.request.get((await calendarLink.getAttribute("href")) ?? "");
  expect(ics.status()).toBe(200);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  expect(await ics.text()).toContain(`SUMMARY:Home ${slug}`);
  await page.goto("/");
  await mine.getByRole("link", { name: "Start your team's project." }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}/submission$`));

  // The Welsh home page says the same in Welsh; what people wrote (names) stays as written.
  await page.goto("/cy");
  const mineInWelsh = page
    .getByRole("list", { name: "Digwyddiadau rydych chi wedi cofrestru ar eu cyfer" })
    .getByRole("listitem");
  await expect(page.getByRole("heading", { level: 2, name: "Eich pethau chi" })).toBeVisible();
  await expect(mineInWelsh.getByText(`Owls ${slug}`)).toBeVisible();
  await expect(mineInWelsh.getByText("Wedi'i gadarnhau")).toBeVisible();
  await expect(mineInWelsh.getByText("Hacio", { exact: true })).toBeVisible();
  await expect(mineInWelsh.getByTestId("next-step")).toContainText("Nesaf: Dechreuwch brosiect eich tîm.");
  await expect(mineInWelsh).toContainText(WELSH_MONTH);
  await expect(mineInWelsh.getByRole("link", { name: event.name })).toHaveAttribute(
    "href",
    `/cy/events/${slug}`,
  );
  await expectNoA11yViolations(page);

  const judge = uniqueEmail("home-judge");
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now()) RETURNING id`,
      [`e2e-${randomUUID()}`, judge],
    );
    await client.query(
      `INSERT INTO "EventRole" (id, "eventId", "userId", role) VALUES ($1, $2, $3, 'JUDGE')`,
      [`e2e-role-${randomUUID()}`, event.id, rows[0]?.id],
    );
  });
  const judgeContext = await browser.newContext();
  const judgePage = await judgeContext.newPage();
  await signIn(judgePage, judge);
  await judgePage.goto("/");
  await expect(judgePage.getByText(/You are a judge\. Judging runs from .+ GMT to .+/)).toBeVisible();
  await expectNoA11yViolations(judgePage);
  await judgePage.getByRole("banner").getByRole("link", { name: "Manage", exact: true }).click();
  await expect(judgePage.getByRole("heading", { level: 2, name: "Your other roles" })).toBeVisible();
  await expect(judgePage.getByText("You don't organise any events yet", { exact: false })).toHaveCount(0);
  await expectNoA11yViolations(judgePage);
  await judgePage.goto("/cy");
  await expect(
    judgePage.getByText(/Rydych chi'n feirniad\. Mae'r beirniadu'n rhedeg o .+ GMT i .+/),
  ).toBeVisible();
  await judgeContext.close();
});
