// A judge on a phone in a noisy hall: accepts the invitation, scores entries with the big buttons,
// keeps scoring through a lost connection (the scores wait on the device and reach the server exactly
// once), changes a score, skips an entry, and sees the round read-only once it closes. Then two judges
// on phones score the same entry at once, one of them offline for a while.
//
// The event, teams and projects are written straight to the database; the round is set up by the
// organiser through the judging procedures, as the organisers' screens would.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { saveViewportShots } from "./support/screenshots";
import {
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  DEADLINE_PASSED,
} from "./support/db";
import { createJudgingDay } from "./support/judging";
import { mutate, query } from "./support/trpc";

interface LogRow {
  entry: string;
  criterion: string;
  oldValue: number | null;
  newValue: number | null;
}

interface QueueAnswer {
  queue: { id: string; status: string; entry: { title: string } }[];
}

const TITLES = ["Bus finder", "Tree mapper", "Rain alert"];

async function signedInPage(browser: Browser, email: string, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 } } : {});
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** The entry on screen, by its title. */
async function shownEntry(page: Page): Promise<string> {
  const label = await page.getByRole("article").getAttribute("aria-label");
  return (label ?? "").replace(/^Entry: /, "");
}

const criterion = (page: Page, name: string) => page.getByRole("group", { name });

test("a judge accepts, scores through a lost connection exactly once, changes a score and skips", async ({
  browser,
}) => {
  // Two people sign in and about ten page states are checked with axe: a long journey on a busy machine.
  test.setTimeout(180_000);
  const slug = `judging-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const organiserEmail = uniqueEmail("organiser");
  const judgeEmail = uniqueEmail("judge");
  const event = await createPublishedEvent({
    slug,
    name: `Judging ${slug}`,
    organiserEmail,
    timeline: DEADLINE_PASSED,
  });
  for (const [index, title] of TITLES.entries()) {
    const { teamId } = await createTeamWithCaptain({
      eventId: event.id,
      teamName: `Team ${index + 1}`,
      captainEmail: uniqueEmail(`captain${index + 1}`),
    });
    await createSubmittedProject({
      eventId: event.id,
      teamId,
      title,
      description: `**${title}** helps people get about.`,
    });
  }

  const organiser = await signedInPage(browser, organiserEmail);
  const round = await mutate<{ id: string }>(organiser.request, "judging.create", {
    eventId: event.id,
    details: {
      name: "Main judging",
      scope: "EVENT",
      centreId: null,
      challengeId: null,
      judgesPerEntry: 1,
      scaleMin: 1,
      scaleMax: 5,
      opensAt: null,
      closesAt: null,
      criteria: [
        { name: "Idea", guidance: "Is it new, and does it solve a real problem?", weight: 1 },
        { name: "Build", guidance: "How much of it works?", weight: 1 },
      ],
    },
  });
  const roundId = round.id;
  await mutate(organiser.request, "judging.inviteJudge", { roundId, email: judgeEmail, affiliation: "" });

  // The judge, on a phone, finds the round from the header.
  const judge = await signedInPage(browser, judgeEmail, true);
  // On a phone the header's links sit behind its Menu button, which closes again on the next page.
  const banner = judge.getByRole("banner");
  const menu = banner.getByRole("button", { name: "Menu" });
  if ((await menu.getAttribute("aria-expanded")) === "false") await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await banner.getByRole("link", { name: "Judging" }).click();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(banner.getByRole("link", { name: "Judging" })).toBeHidden();
  await expect(judge.getByRole("heading", { level: 1, name: "Judging" })).toBeVisible();
  await expect(judge.getByText("You haven't answered the invitation yet")).toBeVisible();
  await expectNoA11yViolations(judge);
  await judge.getByRole("link", { name: "Main judging" }).click();
  await expect(judge.getByRole("heading", { level: 1, name: "Main judging" })).toBeVisible();
  await expect(judge.getByText("so we can keep you away from teams from the same place")).toBeVisible();
  await expectNoA11yViolations(judge);

  await judge.getByRole("button", { name: "Accept" }).click();
  await expect(judge.getByText("The organisers are still assigning entries")).toBeVisible();
  await expect(judge.getByText(/all done/i)).toHaveCount(0);
  await expectNoA11yViolations(judge);

  await mutate(organiser.request, "judging.assign", { roundId });
  await mutate(organiser.request, "judging.release", { roundId });
  await mutate(organiser.request, "judging.move", { roundId, to: "OPEN" });

  await judge.reload();
  await expect(judge.getByText("0 of 3 done")).toBeVisible();
  await expect(judge.getByRole("status").filter({ hasText: "All scores saved." })).toBeVisible();
  await expectNoA11yViolations(judge);
  const first = await shownEntry(judge);
  expect(TITLES).toContain(first);

  await criterion(judge, "Idea").getByRole("radio", { name: "4" }).check();
  await expect(criterion(judge, "Idea").getByText("Saved", { exact: true })).toBeVisible();

  await saveViewportShots(judge, "judging-scoring");

  // The connection drops: the score waits on the device, and says so.
  await judge.context().setOffline(true);
  await criterion(judge, "Build").getByRole("radio", { name: "3" }).check();
  await expect(criterion(judge, "Build").getByText("Waiting for connection")).toBeVisible();
  await expect(
    judge.getByRole("status").filter({ hasText: "Waiting for connection — 1 score kept on this device." }),
  ).toBeVisible();
  await expectNoA11yViolations(judge);

  await judge.context().setOffline(false);
  await expect(criterion(judge, "Build").getByText("Saved", { exact: true })).toBeVisible();
  await expect(judge.getByRole("status").filter({ hasText: "All scores saved." })).toBeVisible();
  await expect(judge.getByText("1 of 3 done")).toBeVisible();

  const log = () => query<LogRow[]>(organiser.request, "judging.scoreLog", { roundId });
  const build = (await log()).filter((c) => c.entry === first && c.criterion === "Build");
  expect(build).toEqual([expect.objectContaining({ oldValue: null, newValue: 3 })]);

  // A changed score is logged old → new.
  await criterion(judge, "Idea").getByRole("radio", { name: "5" }).check();
  await expect(criterion(judge, "Idea").getByText("Saved", { exact: true })).toBeVisible();
  await expect
    .poll(async () =>
      (await log())
        .filter((c) => c.entry === first && c.criterion === "Idea")
        .map((c) => `${c.oldValue} → ${c.newValue}`),
    )
    .toEqual(["4 → 5", "null → 4"]);

  // After a reload the scored entry has gone to the back, and keeps what the server holds.
  await judge.reload();
  await expect.poll(() => shownEntry(judge)).not.toBe(first);
  await judge
    .getByRole("navigation", { name: "Your entries" })
    .getByRole("button", { name: new RegExp(first) })
    .click();
  await expect(criterion(judge, "Idea").getByRole("radio", { name: "5" })).toBeChecked();
  await expect(judge.getByRole("status").filter({ hasText: "All scores saved." })).toBeVisible();

  // Skipping sends the entry to the back of what is left to score.
  await judge.getByRole("button", { name: "Next entry" }).click();
  const skipped = await shownEntry(judge);
  expect(skipped).not.toBe(first);
  await judge.getByRole("button", { name: "Skip for now" }).click();
  await expect.poll(() => shownEntry(judge)).not.toBe(skipped);
  const third = await shownEntry(judge);
  expect([first, skipped]).not.toContain(third);
  const order = (await query<QueueAnswer>(judge.request, "judging.queue", { roundId })).queue.map(
    (a) => a.entry.title,
  );
  expect(order.indexOf(third)).toBeLessThan(order.indexOf(skipped));
  await expect(
    judge.getByRole("navigation", { name: "Your entries" }).getByRole("listitem").nth(1),
  ).toContainText(skipped);
  await expectNoA11yViolations(judge);

  // Once the round closes, the judge's scores are there to read, and no longer to change.
  await mutate(organiser.request, "judging.move", { roundId, to: "CLOSED" });
  await judge.reload();
  await expect(judge.getByText("This round has closed")).toBeVisible();
  await expect(judge.getByRole("radio")).toHaveCount(0);
  await expectNoA11yViolations(judge);

  await judge.context().close();
  await organiser.context().close();
});

test("two judges on phones score the same entry at once, one through a lost connection, each score arriving once", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const organiserEmail = uniqueEmail("pair-organiser");
  const judgeEmails = [uniqueEmail("pair-judge-a"), uniqueEmail("pair-judge-b")];
  const { event } = await createJudgingDay({
    prefix: "pair",
    organiserEmail,
    titles: ["Tide Tables"],
  });
  const organiser = await signedInPage(browser, organiserEmail);
  const { id: roundId } = await mutate<{ id: string }>(organiser.request, "judging.create", {
    eventId: event.id,
    details: {
      name: "Pair judging",
      scope: "EVENT",
      centreId: null,
      challengeId: null,
      judgesPerEntry: 2,
      scaleMin: 1,
      scaleMax: 5,
      opensAt: null,
      closesAt: null,
      criteria: [
        { name: "Idea", guidance: "", weight: 1 },
        { name: "Build", guidance: "", weight: 1 },
      ],
    },
  });
  const judges: Page[] = [];
  for (const email of judgeEmails) {
    await mutate(organiser.request, "judging.inviteJudge", { roundId, email, affiliation: "" });
    const judge = await signedInPage(browser, email, true);
    await mutate(judge.request, "judging.respond", { roundId, accept: true });
    judges.push(judge);
  }
  await mutate(organiser.request, "judging.assign", { roundId });
  await mutate(organiser.request, "judging.release", { roundId });
  await mutate(organiser.request, "judging.move", { roundId, to: "OPEN" });
  const [a, b] = judges;
  if (!a || !b) throw new Error("two judges");
  await Promise.all(judges.map((judge) => judge.goto(`/judging/${roundId}`)));

  // Judge A loses the connection after the first score; judge B scores meanwhile.
  await criterion(a, "Idea").getByRole("radio", { name: "4" }).check();
  await expect(criterion(a, "Idea").getByText("Saved", { exact: true })).toBeVisible();
  await a.context().setOffline(true);
  await criterion(a, "Build").getByRole("radio", { name: "2" }).check();
  await expect(criterion(a, "Build").getByText("Waiting for connection")).toBeVisible();
  await criterion(b, "Idea").getByRole("radio", { name: "3" }).check();
  await criterion(b, "Build").getByRole("radio", { name: "5" }).check();
  await expect(b.getByRole("status").filter({ hasText: "All scores saved." })).toBeVisible();
  await expect(b.getByText("1 of 1 done")).toBeVisible();
  await a.context().setOffline(false);
  await expect(a.getByRole("status").filter({ hasText: "All scores saved." })).toBeVisible();
  await expect(a.getByText("1 of 1 done")).toBeVisible();
  await expectNoA11yViolations(a);

  // Exactly one change per judge and criterion, and neither judge saw the other's scores.
  await expect
    .poll(async () =>
      (await query<LogRow[]>(organiser.request, "judging.scoreLog", { roundId }))
        .map((c) => `${c.criterion} ${c.oldValue} → ${c.newValue}`)
        .sort(),
    )
    .toEqual(["Build null → 2", "Build null → 5", "Idea null → 3", "Idea null → 4"]);
  for (const judge of judges) await judge.context().close();
  await organiser.context().close();
});
