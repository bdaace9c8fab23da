// Learner groups for a coding-club session, end to end: the organiser switches the matching board to
// "Learner groups", proposes the day's groups (one level each, under-18s with the vetted mentor), is told
// why a move is refused, moves a learner into a new group and publishes; the young learner then sees
// their group and the mentor's first name on their registration page, and the mentor sees first names
// on their mentoring page. axe on every page, no sideways scrolling at 390 px.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, expectNoSidewaysScroll, PHONE_WIDTH } from "./support/axe";
import {
  createCentreWithLead,
  createPublishedEvent,
  HACKING_WITH_REGISTRATION_OPEN,
  withDatabase,
} from "./support/db";
import { londonToday } from "./support/london";
import { saveViewportShots } from "./support/screenshots";

const PHONE = { width: PHONE_WIDTH, height: 844 };
const DESK = { width: 1280, height: 900 };

/** A mentor at `centreId` (the role given directly: every level, every day), vetted or not. */
async function addMentor(eventId: string, centreId: string, email: string, name: string, vetted: boolean) {
  await withDatabase(async (c) => {
    const { rows } = await c.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now()) RETURNING id`,
      [`e2e-${randomUUID()}`, email, name],
    );
    const userId = rows[0]?.id;
    await c.query(
      `INSERT INTO "EventRole" (id, "eventId", "userId", role, "centreId") VALUES ($1, $2, $3, 'MENTOR', $4)`,
      [`e2e-role-${randomUUID()}`, eventId, userId, centreId],
    );
    if (vetted) {
      await c.query(
        `INSERT INTO "VettingRecord" (id, "eventId", "userId", "check", "checkedOn", "expiresOn", "verifiedBy",
           "updatedAt")
         VALUES ($1, $2, $3, 'DBS_ENHANCED_BARRED', current_date - 300, current_date + 700, 'Owen Marsh', now())`,
        [`e2e-vetting-${randomUUID()}`, eventId, userId],
      );
    }
  });
}

test("an organiser proposes learner groups, moves a learner and publishes; the learner sees their group", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const slug = `groups-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Code Club ${slug}`,
    organiserEmail,
    timeline: HACKING_WITH_REGISTRATION_OPEN,
  });
  const twelve = `${new Date().getUTCFullYear() - 12}-02-02`;
  const kitEmail = uniqueEmail("kit");
  const centreId = await createCentreWithLead({
    eventId: event.id,
    centreName: "Leeds Central Library",
    capacity: 30,
    leadEmail: uniqueEmail("lead"),
    people: [
      { email: kitEmail, name: "Kit Walker", alias: "ByteKit", dateOfBirth: twelve, minor: true },
      { email: uniqueEmail("ada"), name: "Ada Lovelace", dateOfBirth: "1990-12-10" },
      { email: uniqueEmail("alan"), name: "Alan Turing", dateOfBirth: "1988-06-23" },
      { email: uniqueEmail("grace"), name: "Grace Brewster", dateOfBirth: "1986-12-09" },
      { email: uniqueEmail("sam"), name: "Sam Some", dateOfBirth: "1992-01-01" },
    ],
  });
  const mentorEmail = uniqueEmail("mentor");
  await addMentor(event.id, centreId, mentorEmail, "Jo Okafor", true);
  await addMentor(event.id, centreId, uniqueEmail("pat"), "Pat Quinn", false);
  await withDatabase(async (c) => {
    // Kit's guardian has consented; Sam has some experience; two learners a group.
    await c.query(`UPDATE "Registration" SET status = 'CONFIRMED' WHERE "centreId" = $1`, [centreId]);
    await c.query(
      `UPDATE "Registration" r SET experience = 'SOME' FROM "User" u
       WHERE r."userId" = u.id AND u.name = 'Sam Some' AND r."centreId" = $1`,
      [centreId],
    );
    await c.query(`UPDATE "Event" SET "youngPeoplePerVettedAdult" = 2 WHERE id = $1`, [event.id]);
  });

  const organiserContext = await browser.newContext({ viewport: DESK });
  const organiser = await organiserContext.newPage();
  await signIn(organiser, organiserEmail);
  await organiser.goto(`/manage/events/${event.id}/mentors/matching?centre=${centreId}&day=${londonToday()}`);
  await organiser.getByRole("link", { name: "Learner groups" }).click();
  await expect(organiser.getByRole("heading", { level: 1, name: "Learner groups" })).toBeVisible();
  await expect(organiser.getByRole("link", { name: "Learner groups" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(organiser.getByText("0 of 5 learners are in a group")).toBeVisible();
  await expectNoA11yViolations(organiser);

  await organiser.getByRole("button", { name: "Propose groups" }).click();
  await expect(organiser.getByText("5 of 5 learners are in a group (3 groups)")).toBeVisible();
  await expect(organiser.getByText("Draft: only you can see it")).toBeVisible();
  const groups = organiser.getByTestId("learner-group");
  await expect(groups).toHaveCount(3);
  // Kit (under 18) is with Jo, the vetted mentor; Sam's group has no mentor left, and says why.
  const kits = groups.filter({ hasText: "ByteKit" });
  await expect(kits.getByRole("combobox", { name: /^Mentor for New to coding/ })).toHaveValue(/.+/);
  await expect(kits.getByRole("combobox", { name: /^Mentor for/ }).locator("option:checked")).toHaveText(
    /Jo Okafor/,
  );
  await expect(kits).toContainText("Under-18s: vetted mentor only");
  const card = (label: string) =>
    groups.filter({ has: organiser.getByRole("heading", { level: 3, name: label, exact: true }) });
  await expect(card("Some experience 1")).toContainText(
    "All 2 mentors who could lead this group already lead as many groups as they can",
  );
  await expectNoA11yViolations(organiser);

  // The other new-to-coding group is full: moving Kit there is refused, saying why.
  const kitsLabel = (await kits.getByRole("heading", { level: 3 }).textContent())?.trim() ?? "";
  const other = kitsLabel === "New to coding 1" ? "New to coding 2" : "New to coding 1";
  await kits.getByRole("combobox", { name: "ByteKit" }).selectOption({ label: `${other} (2/2)` });
  await expect(kits.getByRole("alert")).toContainText("already has 2 learners, as many as a group takes");

  // Kit's companion moves into a new group of their own.
  await expect(kits.getByTestId("move-learner")).toHaveCount(2);
  const companionName = (
    await kits
      .locator("label")
      .filter({ hasNotText: "ByteKit" })
      .filter({ hasNotText: "Mentor for" })
      .first()
      .textContent()
  )?.trim();
  expect(companionName).toBeTruthy();
  await kits.getByRole("combobox", { name: companionName ?? "" }).selectOption({ label: "A new group" });
  await expect(organiser.getByText(`Moved ${companionName}.`)).toBeVisible();
  await expect(groups).toHaveCount(4);
  await expect(card("New to coding 3")).toContainText(companionName ?? "");

  await organiser.getByRole("button", { name: "Publish groups" }).click();
  await expect(organiser.getByText("Published: learners and mentors can see it")).toBeVisible();
  await expectNoSidewaysScroll(organiser);
  await expectNoA11yViolations(organiser);
  await saveViewportShots(organiser, "learner-groups");

  // Kit, on a phone, sees their group and the mentor's first name only.
  const kitContext = await browser.newContext({ viewport: PHONE });
  const kit = await kitContext.newPage();
  await signIn(kit, kitEmail, "Kit Walker");
  await kit.goto(`/events/${slug}/registration`);
  await expect(kit.getByTestId("your-group")).toHaveText(`${kitsLabel} with Jo`);
  await expect(kit.getByText("Okafor")).toHaveCount(0);
  await expectNoSidewaysScroll(kit);
  await expectNoA11yViolations(kit);
  await saveViewportShots(kit, "learner-group-registration");

  // Jo sees the group with first names only.
  const mentorContext = await browser.newContext({ viewport: PHONE });
  const mentor = await mentorContext.newPage();
  await signIn(mentor, mentorEmail, "Jo Okafor");
  await mentor.goto(`/manage/events/${event.id}/mentoring`);
  await expect(mentor.getByTestId("my-group")).toContainText(kitsLabel);
  await expect(mentor.getByTestId("my-group")).toContainText("Kit");
  await expect(mentor.getByTestId("my-group")).not.toContainText("Walker");
  await expect(mentor.getByTestId("my-group")).not.toContainText("ByteKit");
  await expectNoSidewaysScroll(mentor);
  await expectNoA11yViolations(mentor);
  await saveViewportShots(mentor, "learner-groups-mentor");
});
