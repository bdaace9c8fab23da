// Timely prompts from the organisers' side: the Reminders page lists each prompt with the email as it
// reads; an organiser rewords one (a placeholder it cannot fill is refused, saying which), switches one
// off, and the sweep then emails a participant without a team the organisers' words. Axe on the page, at
// a laptop's width and a phone's.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, expectNoSidewaysScroll, PHONE_WIDTH } from "./support/axe";
import { createCentreWithLead, createPublishedEvent } from "./support/db";
import { sendNoTeamPrompts } from "./support/prompts";
import { saveViewportShots } from "./support/screenshots";
import { query } from "./support/trpc";

test("an organiser rewords a reminder, and a participant without a team gets it in those words", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const slug = `prompts-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("prompts-organiser");
  const participant = uniqueEmail("prompts-alone");
  const event = await createPublishedEvent({
    slug,
    name: `Reminders ${slug}`,
    organiserEmail,
    // Hacking starts in 3 days: the "no team yet" window (48 hours before) is not open yet, so the app's
    // own background sweep cannot send the reminder before the organiser rewords it; the test runs the
    // sweep at a moment inside the window (sendNoTeamPrompts).
    timeline: {
      registrationOpensAt: "-3 days",
      registrationClosesAt: "1 day",
      startsAt: "3 days",
      submissionDeadline: "5 days",
      judgingClosesAt: "6 days",
      resultsAt: "7 days",
    },
  });
  await createCentreWithLead({
    eventId: event.id,
    centreName: `Prompt Library ${slug}`,
    capacity: 10,
    leadEmail: uniqueEmail("prompts-lead"),
    people: [{ email: participant, name: "Alex Alone", dateOfBirth: "1990-04-04" }],
  });
  await signIn(page, organiserEmail);
  await page.goto(`/manage/events/${event.id}`);
  await page.getByRole("link", { name: "Reminders" }).click();
  await expect(page.getByRole("heading", { name: "Reminders", level: 1 })).toBeVisible();
  const cards = page.getByTestId("prompt");
  await expect(cards).toHaveCount(8);
  const noTeam = cards.filter({ hasText: "No team yet" });
  await expect(noTeam.getByText(`Find your team for Reminders ${slug}`)).toBeVisible();
  await expectNoA11yViolations(page);

  // A placeholder it cannot fill is refused, saying which.
  await noTeam.getByLabel("Your message (optional)").fill("Hi {team}, see you at {event}!");
  await noTeam.getByRole("button", { name: /^Save/ }).click();
  await expect(noTeam.getByText("Use only {event} and {deadline}: {team} can't be filled in.")).toBeVisible();
  await noTeam.getByLabel("Your message (optional)").fill("Teams form at the welcome desk of {event} too.");
  await noTeam.getByRole("button", { name: /^Save/ }).click();
  await expect(noTeam.getByText(`Teams form at the welcome desk of Reminders ${slug} too.`)).toBeVisible();

  // The judges' reminder is switched off.
  const judges = cards.filter({ hasText: "Scores still to give" });
  await judges.getByLabel("Send this reminder").uncheck();
  await judges.getByRole("button", { name: /^Save/ }).click();
  await expect(judges.getByText("Off", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "prompts");

  await sendNoTeamPrompts(page.request, event.id);
  const outbox = await query<{ to: string; kind: string; subject: string; text: string }[]>(
    page.request,
    "dev.outbox",
    {
      to: participant,
    },
  );
  const prompt = outbox.find((m) => m.kind === "prompt");
  expect(prompt?.subject).toBe(`Find your team for Reminders ${slug}`);
  expect(prompt?.text).toContain(`Teams form at the welcome desk of Reminders ${slug} too.`);
  expect(prompt?.text).toContain(`/events/${slug}/teams`);
  await page.reload();
  await expect(noTeam.getByText("1 sent")).toBeVisible();

  await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  await page.reload();
  await expect(cards.first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);
});
