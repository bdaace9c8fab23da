// An organiser runs a judging round from the pages: creates it through the form (one invalid submit
// first), invites two judges, assigns and releases, opens it, watches progress, closes it, reads the
// results with their diagrams and publishes them. The judges answer and score through the API as
// themselves (their own pages are tested elsewhere).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { createJudgingDay } from "./support/judging";
import { mutate, query } from "./support/trpc";

type Queue = {
  criteria: { id: string; name: string }[];
  queue: { id: string; entry: { title: string } }[];
};

/** Signs the judge in elsewhere, accepts the invitation and returns their signed-in page. */
async function acceptAs(browser: Browser, email: string, roundId: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await mutate(page.request, "judging.respond", { roundId, accept: true });
  return page;
}

/** Scores every criterion of every entry in the judge's queue: `score(title)` for each. */
async function scoreQueue(page: Page, roundId: string, score: (title: string) => number): Promise<void> {
  const { criteria, queue } = await query<Queue>(page.request, "judging.queue", { roundId });
  expect(queue.length).toBeGreaterThan(0);
  for (const item of queue) {
    for (const criterion of criteria) {
      await mutate(page.request, "judging.saveScore", {
        roundId,
        assignmentId: item.id,
        criterionId: criterion.id,
        value: score(item.entry.title),
        writtenAt: Date.now(),
      });
    }
  }
}

/** Presses a round action and confirms it in the dialog that says what will happen. */
async function confirmAction(page: Page, action: string, confirm = action): Promise<void> {
  await page.getByRole("button", { name: action, exact: true }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await expectNoA11yViolations(page);
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test("an organiser creates, assigns, opens, closes and publishes a judging round", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const organiser = uniqueEmail("judging-organiser");
  const titles = ["Bus Buddy", "Tram Tracker", "Ferry Finder"];
  const { event } = await createJudgingDay({ prefix: "judging", organiserEmail: organiser, titles });

  await signIn(page, organiser);
  await page.goto(`/manage/events/${event.id}`);
  await page
    .getByRole("navigation", { name: "Manage this event" })
    .getByRole("link", { name: "Judging" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Judging" })).toBeVisible();
  await expect(page.getByText("No rounds yet")).toBeVisible();
  await expect(page.getByText("Europe/London", { exact: false }).first()).toBeVisible();
  await expectNoA11yViolations(page);

  // One invalid submit shows every problem at once, focused.
  await page.getByLabel("What the round judges").selectOption({ label: "A centre's heat" });
  await page.getByLabel("Criterion 1 weight").fill("0");
  await page.getByRole("button", { name: "Create round" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Some answers need fixing." });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Name: Use at least 3 characters" })).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Centre: Choose the centre whose heat this is" }),
  ).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Criterion 1 name: Give the criterion a name" }),
  ).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Criterion 1 weight: A weight must be more than 0" }),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel("Name", { exact: true }).fill("Main round");
  await page.getByLabel("What the round judges").selectOption({ label: "Whole event" });
  await page.getByLabel("Judges per entry").fill("2");
  await page.getByLabel("Lowest score").fill("1");
  await page.getByLabel("Highest score").fill("5");
  await page.getByLabel("Criterion 1 name").fill("Idea");
  await page.getByLabel("Criterion 1 weight").fill("2");
  await page.getByRole("button", { name: "Add a criterion" }).click();
  await page.getByLabel("Criterion 2 name").fill("Code");
  await page.getByLabel("Criterion 2 guidance").fill("Does it work? Is it readable?");
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page).toHaveURL(/\/judging\/[^/?]+/);
  const roundId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
  await expect(page.getByRole("heading", { level: 1, name: "Main round" })).toBeVisible();
  await expect(page.getByText("Round created as a draft.")).toBeVisible();
  await expect(page.getByText("Opening needs a released assignment")).toBeVisible();
  await expect(page.getByRole("button", { name: "Open for scoring" })).toBeDisabled();
  await expectNoA11yViolations(page);

  const judges = [uniqueEmail("judge-a"), uniqueEmail("judge-b")];
  for (const email of judges) {
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Invite judge" }).click();
    await expect(page.getByText(`Invited ${email}.`)).toBeVisible();
  }
  const judgesCard = page.getByRole("region", { name: "Judges" });
  await expect(judgesCard.getByText("Invited", { exact: true })).toHaveCount(2);

  const [lenient, strict] = [
    await acceptAs(browser, judges[0] ?? "", roundId),
    await acceptAs(browser, judges[1] ?? "", roundId),
  ];
  await page.reload();
  await expect(judgesCard.getByText("Accepted", { exact: true })).toHaveCount(2);

  await page.getByRole("button", { name: "Assign judges" }).click();
  await expect(page.getByTestId("assign-outcome")).toContainText("Every entry has enough judges.");
  await expect(
    page.getByRole("region", { name: "Entries and their judges" }).getByText("2 of 2 judges"),
  ).toHaveCount(3);
  await expectNoA11yViolations(page);
  await confirmAction(page, "Release to judges", "Release");
  await expect(page.getByText("Released: judges can see their entries.")).toBeVisible();
  await confirmAction(page, "Open for scoring");
  await expect(page.getByText("The round is open: judges can score.")).toBeVisible();

  await scoreQueue(lenient, roundId, (title) => (title === "Tram Tracker" ? 5 : 4));
  await scoreQueue(strict, roundId, (title) => (title === "Ferry Finder" ? 1 : 3));

  await page.reload();
  await expect(page.getByTestId("round-progress")).toContainText("6 of 6 done");
  await expect(
    page.getByRole("region", { name: "Score changes, newest first" }).getByRole("row"),
  ).toHaveCount(13);
  await expectNoA11yViolations(page);

  await confirmAction(page, "Close");
  await expect(page.getByText("The round is closed.")).toBeVisible();
  const results = page.getByRole("region", { name: "Results, best first" });
  await expect(results.getByRole("row")).toHaveCount(4);
  await expect(results.getByRole("row").nth(1)).toContainText("Tram Tracker");
  await expect(results.getByText(/in the top 3 in \d+% of resamples/).first()).toBeVisible();
  await expect(page.locator("figure svg")).toHaveCount(4);
  await results.locator("summary", { hasText: "Tram Tracker" }).click();
  await expect(results.getByText(/Entry Tram Tracker was scored by 2 judges/)).toBeVisible();
  await expectNoA11yViolations(page);

  await confirmAction(page, "Publish results");
  await expect(page.getByText("The results are published.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  await expectNoA11yViolations(page);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `/tmp/judging-round-${width}.png`, fullPage: true });
  }
});
