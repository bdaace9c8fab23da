// After the scoring: an organiser imports scores judged on paper (a bad file first), asks why one entry
// is above another, approves one judge's feedback, names an award's winner and publishes. The public sees
// the award on the event page; the winning team reads the approved feedback, and only that, on its
// project page. The round is built and scored through the API (its pages are tested elsewhere).
import { expect, test, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { createJudgingDay } from "./support/judging";
import { mutate, query } from "./support/trpc";

type Queue = {
  criteria: { id: string; name: string }[];
  queue: { id: string; entry: { title: string } }[];
};

const ROUND = {
  name: "Main round",
  scope: "EVENT",
  centreId: null,
  challengeId: null,
  judgesPerEntry: 2,
  scaleMin: 1,
  scaleMax: 5,
  opensAt: null,
  closesAt: null,
  criteria: [
    { name: "Idea", guidance: "", weight: 2 },
    { name: "Code", guidance: "", weight: 1 },
  ],
};

/** Scores every criterion of the judge's whole queue and leaves feedback on every entry. */
async function scoreAll(page: Page, roundId: string, score: (title: string) => number, who: string) {
  const { criteria, queue } = await query<Queue>(page.request, "judging.queue", { roundId });
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
    await mutate(page.request, "judging.saveNotes", {
      roundId,
      assignmentId: item.id,
      privateNote: "not for the team",
      feedback: `${who} on ${item.entry.title}: keep going!`,
    });
  }
}

test("paper scores, a comparison, moderated feedback and a published award reach the right people", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const organiser = uniqueEmail("results-organiser");
  const titles = ["Bus Buddy", "Tram Tracker", "Ferry Finder"];
  const { event, slug, captains } = await createJudgingDay({
    prefix: "results",
    organiserEmail: organiser,
    titles,
  });

  await signIn(page, organiser);
  const round = await mutate<{ id: string }>(page.request, "judging.create", {
    eventId: event.id,
    details: ROUND,
  });
  const judges = [uniqueEmail("results-judge-a"), uniqueEmail("results-judge-b")];
  const paperJudge = uniqueEmail("results-paper-judge");
  for (const email of [...judges, paperJudge]) {
    await mutate(page.request, "judging.inviteJudge", { roundId: round.id, email, affiliation: "" });
  }
  const judgePages: Page[] = [];
  for (const email of judges) {
    const judgePage = await (await browser.newContext()).newPage();
    await signIn(judgePage, email);
    await mutate(judgePage.request, "judging.respond", { roundId: round.id, accept: true });
    judgePages.push(judgePage);
  }
  await mutate(page.request, "judging.assign", { roundId: round.id });
  await mutate(page.request, "judging.release", { roundId: round.id });
  await mutate(page.request, "judging.move", { roundId: round.id, to: "OPEN" });
  const [first, second] = judgePages;
  if (!first || !second) throw new Error("two judges");
  await scoreAll(first, round.id, (title) => (title === "Tram Tracker" ? 5 : 4), "Judge A");
  await scoreAll(second, round.id, (title) => (title === "Ferry Finder" ? 1 : 3), "Judge B");
  await mutate(page.request, "judging.move", { roundId: round.id, to: "CLOSED" });

  await page.goto(`/manage/events/${event.id}/judging/${round.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Main round" })).toBeVisible();

  // Paper scores: a file with two mistakes is refused whole, each mistake named by line.
  const paper = page.getByRole("region", { name: "Scores judged on paper" });
  await paper.getByLabel("CSV file of scores").setInputFiles({
    name: "paper.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `entry,judge,criterion,score\nTram Tracker,${paperJudge},Idea,5\nTram Trackr,${paperJudge},Idea,5\nTram Tracker,${paperJudge},Design,4\n`,
    ),
  });
  await paper.getByRole("button", { name: "Import scores" }).click();
  const refusal = paper.getByRole("alert");
  await expect(refusal).toContainText("Nothing was imported: 2 problems");
  await expect(refusal).toContainText('Line 3: no entry in this round is called "Tram Trackr"');
  await expect(refusal).toContainText('Line 4: the rubric has no criterion called "Design"');
  await expectNoA11yViolations(page);
  await paper.getByLabel("CSV file of scores").setInputFiles({
    name: "paper.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `entry,judge,criterion,score\nTram Tracker,${paperJudge},Idea,5\n"Tram Tracker",${paperJudge.toUpperCase()},code,4\n`,
    ),
  });
  await paper.getByRole("button", { name: "Import scores" }).click();
  await expect(paper.getByRole("status")).toContainText("Imported 2 scores; 1 judge–entry pairs added.");
  await expect(
    page.getByRole("region", { name: "Score changes, newest first" }).getByRole("row"),
  ).toHaveCount(15);

  // Why is one entry above another?
  const results = page.getByRole("region", { name: "Results, best first" });
  await expect(results.getByRole("row").nth(1)).toContainText("Tram Tracker");
  const compare = page.getByRole("form", { name: "Compare two entries" });
  await compare.getByLabel("First entry").selectOption({ label: "3. Ferry Finder" });
  await compare.getByLabel("Second entry").selectOption({ label: "1. Tram Tracker" });
  await compare.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByText("Tram Tracker is ranked 1 and Ferry Finder 3")).toBeVisible();
  await expectNoA11yViolations(page);

  // Approve Judge A's feedback on Tram Tracker only.
  await page
    .getByRole("listitem")
    .filter({ hasText: "Judge A on Tram Tracker: keep going!" })
    .getByRole("button", { name: /^Approve/ })
    .click();
  await expect(page.getByText("Approved: the team can read it.")).toBeVisible();

  // An award, and its winner.
  await page.getByLabel("Kind").selectOption({ label: "Overall place" });
  await page.getByLabel("Name", { exact: true }).last().fill("Best in show");
  await page.getByLabel("Place").fill("1");
  await page.getByRole("button", { name: "Add award" }).click();
  await expect(page.getByText("Added “Best in show”. Choose its winners below.")).toBeVisible();
  await page.locator("summary", { hasText: "Choose winners" }).click();
  const winners = page.getByRole("group", { name: "Winners of “Best in show”" });
  await winners.getByLabel(/Tram Tracker/).check();
  await page.getByRole("button", { name: "Save winners of Best in show" }).click();
  await expect(page.getByText("Winners of “Best in show” saved.")).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "Publish results", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Publish results", exact: true }).click();
  await expect(page.getByText("The results are published.")).toBeVisible();

  // The public sees the award on the event page.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/events/${slug}`);
  const awards = visitor.getByRole("region", { name: "Winners" });
  await expect(awards.getByText("Best in show")).toBeVisible();
  await expect(awards.getByRole("link", { name: "Tram Tracker" })).toBeVisible();
  await expect(awards.getByText(`by team Team 2 ${slug}`)).toBeVisible();
  await expectNoA11yViolations(visitor);

  // The winning team reads the approved feedback, and not the rest, nor any private note.
  const team = await (await browser.newContext()).newPage();
  await signIn(team, captains[1] ?? "", "Casey Captain");
  await team.goto(`/events/${slug}/submission`);
  const feedback = team.getByRole("region", { name: "What the judges said" });
  await expect(feedback.getByText("Judge A on Tram Tracker: keep going!")).toBeVisible();
  await expect(feedback.getByText("Judge B on Tram Tracker")).toHaveCount(0);
  await expect(team.getByText("not for the team")).toHaveCount(0);
  await expectNoA11yViolations(team);
  await team.setViewportSize({ width: 390, height: 900 });
  await team.screenshot({ path: "/tmp/team-feedback-390.png", fullPage: true });
});
