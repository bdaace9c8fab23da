// Mentors, end to end: a volunteer offers to mentor on a phone; an organiser accepts the offer and
// records the vetting they saw; the centre's lead proposes and publishes the day's matches; the mentor
// sees their team and signs in on site; the team sees its mentor's first name; the check-in screen
// warns the moment the centre falls below the ratio of vetted adults; and the mentor claims and resolves
// the team's help request, on a 390 px phone. axe on every page.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, expectNoSidewaysScroll, PHONE_WIDTH } from "./support/axe";
import {
  createCentreWithLead,
  createPublishedEvent,
  createTeamWithCaptain,
  HACKING_WITH_REGISTRATION_OPEN,
  withDatabase,
} from "./support/db";
import { addYoungMember, placeTeam } from "./support/mentoring";
import { londonToday, londonTodayLabel } from "./support/london";
import { saveViewportShots } from "./support/screenshots";

const PHONE = { width: PHONE_WIDTH, height: 844 };
const DESK = { width: 1280, height: 900 };

test("a volunteer offers, is accepted and vetted, matched to a team, signs in, and resolves its help request", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const slug = `mentors-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Mentor Day ${slug}`,
    organiserEmail,
    timeline: HACKING_WITH_REGISTRATION_OPEN,
  });
  const leadEmail = uniqueEmail("lead");
  const centreId = await createCentreWithLead({
    eventId: event.id,
    centreName: "Leeds Central Library",
    capacity: 30,
    leadEmail,
    people: [],
  });
  const captainEmail = uniqueEmail("captain");
  const kites = await createTeamWithCaptain({
    eventId: event.id,
    teamName: "Kites",
    captainEmail,
    captainName: "Casey Captain",
  });
  await placeTeam(kites.teamId, centreId);
  const youngRegistration = await addYoungMember(event.id, kites.teamId, centreId);
  const volunteerEmail = uniqueEmail("volunteer");

  // The volunteer, on a phone: the offer form, from the event's page.
  const volunteerContext = await browser.newContext({ viewport: PHONE });
  const volunteer = await volunteerContext.newPage();
  await signIn(volunteer, volunteerEmail);
  await withDatabase((c) =>
    c.query(`UPDATE "User" SET name = 'Jo Okafor' WHERE email = $1`, [volunteerEmail]),
  );
  await volunteer.goto(`/events/${slug}`);
  await volunteer.getByRole("link", { name: "Volunteer as a mentor" }).click();
  await expect(volunteer.getByRole("heading", { level: 1, name: "Volunteer as a mentor" })).toBeVisible();
  // Without saying they are an adult, and with no days: each says what is wrong.
  const days = volunteer.getByRole("group", { name: "Days you can come" }).getByRole("checkbox");
  for (const box of await days.all()) await box.uncheck();
  await volunteer.getByRole("button", { name: "Offer to mentor" }).click();
  await expect(volunteer.getByText("Mentors must be 18 or over").first()).toBeVisible();
  await expect(volunteer.getByText("Choose at least one day you can come").first()).toBeVisible();
  await expectNoA11yViolations(volunteer);
  // Today's box, by name: the event began an hour ago, which just after midnight is yesterday.
  await volunteer.getByRole("checkbox", { name: londonTodayLabel() }).check();
  await volunteer.getByLabel("Centre").selectOption({ label: "Leeds Central Library" });
  await volunteer.getByRole("checkbox", { name: "Python" }).check();
  await volunteer.getByRole("checkbox", { name: "I am 18 or over" }).check();
  await volunteer.getByRole("button", { name: "Offer to mentor" }).click();
  await expect(volunteer.getByText("Thank you! Your offer is with the organisers.")).toBeVisible();
  await expectNoSidewaysScroll(volunteer);
  await expectNoA11yViolations(volunteer);
  await saveViewportShots(volunteer, "mentor-offer");

  // The organiser, at a desk: accept the offer, then record the vetting seen.
  const organiserContext = await browser.newContext({ viewport: DESK });
  const organiser = await organiserContext.newPage();
  await signIn(organiser, organiserEmail);
  await organiser.goto(`/manage/events/${event.id}`);
  await organiser.getByRole("link", { name: "Mentors and vetting" }).click();
  await expect(organiser.getByRole("heading", { level: 1, name: "Mentors and vetting" })).toBeVisible();
  await expect(organiser.getByRole("heading", { name: "Offers to decide (1)" })).toBeVisible();
  await expectNoA11yViolations(organiser);
  await organiser.getByRole("button", { name: "Accept" }).click();
  await expect(organiser.getByText("Jo Okafor is a mentor now.")).toBeVisible();
  const jo = organiser.getByTestId("mentor-person").filter({ hasText: "Jo Okafor" });
  await expect(jo).toContainText("Not cleared for under-18s");
  await expect(jo).toContainText("No vetting recorded");
  await jo.getByText("Record vetting").click();
  await jo.getByRole("button", { name: "Save vetting" }).click();
  await expect(jo.getByText("Say who saw the check").first()).toBeVisible();
  await jo.getByLabel("Kind of check").selectOption("DBS_ENHANCED_BARRED");
  const year = Number(londonToday().slice(0, 4));
  await jo.getByLabel("Date of the check").fill(`${year - 1}-03-01`);
  await expect(jo.getByLabel("Valid until")).toHaveValue(`${year + 2}-03-01`);
  await jo.getByLabel("Seen by").fill("Owen Marsh, organiser");
  await jo.getByLabel("Safeguarding training completed (optional)").fill(`${year - 1}-04-01`);
  await jo.getByRole("button", { name: "Save vetting" }).click();
  await expect(organiser.getByText("Saved Jo Okafor's vetting.")).toBeVisible();
  await expect(jo.getByText("Vetted", { exact: true })).toBeVisible();
  // One vetted adult for every young person: the check-in screen below will show the ratio.
  await organiser.getByLabel("Young people per vetted adult").fill("1");
  await organiser.getByRole("button", { name: "Save the ratio" }).click();
  await expect(organiser.getByText("Saved.")).toBeVisible();
  await expectNoA11yViolations(organiser);
  await saveViewportShots(organiser, "mentors-vetting");

  // A starter project for beginners, which the team's captain then sees on their registration page.
  await organiser.goto(`/manage/events/${event.id}`);
  await organiser.getByRole("link", { name: "Starter projects" }).click();
  await organiser.getByRole("button", { name: "Add it" }).click();
  await expect(organiser.getByText("Give it a title of at least 3 characters").first()).toBeVisible();
  await organiser.getByLabel("Title").fill("Count the trees");
  await organiser
    .getByLabel("What to build")
    .fill("Use the council's tree survey to chart the commonest trees.");
  await organiser.getByLabel("Link 1").fill("http://example.org/trees");
  await organiser.getByRole("button", { name: "Add it" }).click();
  await expect(organiser.getByText("Enter a web address starting with https://").first()).toBeVisible();
  await organiser.getByLabel("Link 1").fill("https://example.org/trees");
  await organiser.getByRole("button", { name: "Add it" }).click();
  await expect(organiser.getByText("Added “Count the trees”.")).toBeVisible();
  await expect(organiser.getByTestId("starter")).toContainText("For beginners");
  await expectNoA11yViolations(organiser);

  // The lead, on a phone: propose today's matches, then publish them.
  const leadContext = await browser.newContext({ viewport: PHONE });
  const lead = await leadContext.newPage();
  await signIn(lead, leadEmail);
  await lead.goto(`/manage/events/${event.id}/mentors/matching?centre=${centreId}&day=${londonToday()}`);
  await expect(lead.getByRole("heading", { level: 1, name: "Match mentors to teams" })).toBeVisible();
  await expect(lead.getByText("Draft: only you can see it")).toBeVisible();
  await lead.getByRole("button", { name: "Propose matches" }).click();
  await expect(lead.getByLabel("Mentor for Kites")).toHaveValue(/.+/);
  await expect(lead.getByText("1 of 1 team has a mentor.")).toBeVisible();
  await lead.getByRole("button", { name: "Publish" }).click();
  await expect(lead.getByText("Published: mentors and teams can see it")).toBeVisible();
  await expectNoSidewaysScroll(lead);
  await expectNoA11yViolations(lead);
  await saveViewportShots(lead, "mentor-matching");

  // The mentor sees their team, and signs in on site.
  await volunteer.goto(`/manage/events/${event.id}/mentoring`);
  await expect(volunteer.getByTestId("my-team")).toContainText("Kites");
  await expect(volunteer.getByTestId("my-team")).toContainText("ByteJess");
  await volunteer.getByRole("button", { name: "Sign in at Leeds Central Library" }).click();
  await expect(volunteer.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expectNoA11yViolations(volunteer);
  await saveViewportShots(volunteer, "mentor-home");

  // The team sees its mentor's first name only.
  const teamContext = await browser.newContext({ viewport: PHONE });
  const team = await teamContext.newPage();
  await signIn(team, captainEmail, "Casey Captain");
  await team.goto(`/events/${slug}/team`);
  await expect(team.getByTestId("team-mentor")).toContainText("Your mentor: Jo on");
  await expect(team.getByText("Okafor")).toHaveCount(0);
  await team.goto(`/events/${slug}/registration`);
  await expect(team.getByTestId("starter")).toContainText("Count the trees");
  await expect(team.getByRole("link", { name: "example.org (opens in a new tab)" })).toBeVisible();
  await expectNoA11yViolations(team);
  await team.goto(`/events/${slug}/team`);

  // At the door: the young member is in; with Jo signed in the ratio holds; once she leaves it doesn't.
  await withDatabase(async (c) => {
    await c.query(
      `INSERT INTO "Attendance" (id, "registrationId", "centreId", "checkedInAt") VALUES ($1, $2, $3, now())`,
      [`e2e-visit-${Date.now()}`, youngRegistration, centreId],
    );
  });
  await lead.goto(`/manage/events/${event.id}/centre/check-in`);
  const onSite = lead.getByTestId("on-site");
  await expect(onSite).toContainText("Ratio kept: 1 vetted adult for 1 under-18.");
  await onSite.getByRole("button", { name: "Sign Jo Okafor out" }).click();
  await expect(onSite.getByRole("alert")).toContainText("Below the ratio: 1 under-18 in need 1 vetted adult");
  await expectNoA11yViolations(lead);
  await saveViewportShots(lead, "check-in-ratio");
  await onSite.getByText("Sign in a mentor or lead").click();
  await onSite.getByRole("button", { name: "Sign Jo Okafor in" }).click();
  await expect(onSite).toContainText("Ratio kept");

  // The team asks for help; the mentor, on her phone, claims and resolves it.
  await team.getByRole("link", { name: "Stuck? Ask a mentor for help" }).click();
  await team.getByLabel("What do you need help with?").selectOption({ index: 1 });
  await team.getByLabel("Tell the mentor in a sentence").fill("Our Python loop never stops.");
  await team.getByLabel("Where are you sitting?").fill("Table 2");
  await team.getByRole("button", { name: "Ask for help" }).click();
  await expect(team.getByTestId("help-status")).toContainText("You're next in the queue");
  await volunteer.goto(`/manage/events/${event.id}/help`);
  await volunteer.getByRole("button", { name: "Claim Kites's request" }).click();
  await expect(volunteer.getByText("Claimed by you")).toBeVisible();
  await volunteer.getByRole("button", { name: "Resolve Kites's request" }).click();
  await expect(volunteer.getByRole("button", { name: "Resolve Kites's request" })).toHaveCount(0);
  await expectNoA11yViolations(volunteer);
});
