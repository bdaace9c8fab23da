// Booking a club's place here: a visitor signed out sees the places left and is asked to sign in; a guardian
// books the last place for their child; an adult joins the waiting list; the guardian gives the place up and
// the adult gets it (and an email); the operator's owner sees who booked and cancels a booking (the person is
// emailed); the club page in Welsh. Axe on every page, and the 1280 / 390 px shots when asked for.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { withDatabase } from "./support/db";
import { addDays, todayUtc } from "./support/london";
import { saveViewportShots } from "./support/screenshots";

/** "YYYY-MM-DD", `years` years before today (UTC). */
function bornYearsAgo(years: number): string {
  const day = addDays(todayUtc(), -3);
  return `${day.year - years}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}

async function userId(email: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    const id = rows[0]?.id;
    if (!id) throw new Error(`no user ${email}`);
    return id;
  });
}

/** The subjects of the club-booking emails sent to `to`, oldest first. */
async function clubMails(to: string): Promise<string[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ subject: string }>(
      `SELECT subject FROM "OutboxEmail" WHERE "to" = $1 AND kind = 'club-booking' ORDER BY "createdAt", id`,
      [to],
    );
    return rows.map((r) => r.subject);
  });
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test("a guardian books the last place, an adult waits and gets it, and the operator sees and cancels bookings", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  const slug = `club-booking-${tag}`;
  const club = `Thursday Makers ${tag}`;
  const clubId = `${slug}-club`;
  const ownerEmail = uniqueEmail("club-owner");
  const guardianEmail = uniqueEmail("club-guardian");
  const adultEmail = uniqueEmail("club-adult");

  const owner = await signedInPage(browser, ownerEmail);
  const guardian = await signedInPage(browser, guardianEmail);
  const adult = await signedInPage(browser, adultEmail);
  const [ownerId, guardianId, adultId] = await Promise.all(
    [ownerEmail, guardianEmail, adultEmail].map(userId),
  );
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, kind, "operatorRequestedAt", "operatorApprovedAt", "updatedAt")
       VALUES ($1, $1, $2, 'COMMUNITY', now(), now(), now())`,
      [slug, `Makers of Splott ${tag}`],
    );
    await client.query(
      `INSERT INTO "OrganisationMember" (id, "organisationId", "userId", role) VALUES ($1, $2, $3, 'OWNER')`,
      [`${slug}-owner`, slug, ownerId],
    );
    await client.query(`UPDATE "User" SET name = 'Gwen Adult' WHERE id = $1`, [adultId]);
    await client.query(`UPDATE "User" SET name = 'Rhian Parry' WHERE id = $1`, [guardianId]);
    // The guardian keeps a child's profile (as "Your children" on the account page makes one).
    await client.query(
      `INSERT INTO "User" (id, email, name, alias, "managedById", "updatedAt")
       VALUES ($1, $2, 'Ada', 'AdaCodes', $3, now())`,
      [`${slug}-child`, `managed-${tag}@managed.invalid`, guardianId],
    );
    await client.query(
      `INSERT INTO "RecurringSession" (id, "organisationId", title, description, weekday, "startTime", "endTime",
         "timeZone", "startsOn", mode, "venueName", "addressLine", "postcodeDistrict", "minAge", "maxAge", level,
         "bookingUrl", "placesHere", "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, 'Build robots and games together.', 4, '17:00', '18:30', 'Europe/London',
         DATE '2026-01-08', 'IN_PERSON', 'Splott Library', 'Singleton Road', 'CF24', 8, 25, 'NEW', '', 1, now(), now())`,
      [clubId, slug, club],
    );
  });
  const clubPage = `/directory/clubs/${clubId}`;

  // A visitor, signed out: the club, its places, and a reason to sign in.
  await page.goto(clubPage);
  await expect(page.getByRole("heading", { name: club, level: 1 })).toBeVisible();
  await expect(page.getByText("1 of 1 places left")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to book" })).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "club-page-signed-out");

  // The guardian books the last place for Ada.
  await guardian.goto(clubPage);
  await guardian.getByRole("radio", { name: "Ada" }).check();
  await guardian.getByLabel("Ada's date of birth").fill(bornYearsAgo(10));
  await guardian.getByRole("button", { name: "Book a place" }).click();
  await expect(guardian.getByText("Booked: we've emailed you the details.")).toBeVisible();
  await expect(guardian.getByText("Ada has a place.")).toBeVisible();
  await expectNoA11yViolations(guardian);
  await saveViewportShots(guardian, "club-page-guardian");
  await expect.poll(() => clubMails(guardianEmail)).toEqual([`Your place at ${club} is booked`]);

  // An adult finds it full and joins the waiting list.
  await adult.goto(clubPage);
  await expect(adult.getByText("Full: nobody is waiting yet")).toBeVisible();
  await expect(adult.getByText("This place is for you.")).toBeVisible();
  await adult.getByLabel("Your date of birth").fill(bornYearsAgo(34));
  await adult.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(adult.getByText("You're 1st on the waiting list.")).toBeVisible();
  await expectNoA11yViolations(adult);

  // The guardian gives Ada's place up; it goes to the adult, who is emailed.
  await guardian.reload();
  await guardian.getByRole("button", { name: "Give up Ada's place" }).click();
  await guardian.getByRole("button", { name: "Yes, give it up" }).click();
  await expect(guardian.getByText("Done: the place is free for someone else now.")).toBeVisible();
  await adult.reload();
  await expect(adult.getByText("You have a place.")).toBeVisible();
  await expect
    .poll(() => clubMails(adultEmail))
    .toEqual([`You're on the waiting list for ${club}`, `A place at ${club} is yours`]);

  // Ada books again: the club is full, so she waits.
  await guardian.getByRole("radio", { name: "Ada" }).check();
  await guardian.getByLabel("Ada's date of birth").fill(bornYearsAgo(10));
  await guardian.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(guardian.getByText("Ada is 1st on the waiting list.")).toBeVisible();

  // The owner sees who booked, places first, and cancels the adult's booking: Ada moves up.
  await owner.goto(`/organisations/${slug}/manage/sessions/${clubId}/bookings`);
  await expect(owner.getByRole("heading", { name: `Bookings for ${club}` })).toBeVisible();
  await expect(owner.getByText("1 of 1 place booked, 1 waiting")).toBeVisible();
  const rows = owner.getByRole("row");
  await expect(rows.filter({ hasText: "Gwen Adult" })).toContainText("Place");
  await expect(rows.filter({ hasText: "AdaCodes" })).toContainText("Waiting: 1st");
  await expect(rows.filter({ hasText: "AdaCodes" })).toContainText(guardianEmail);
  await expectNoA11yViolations(owner);
  await saveViewportShots(owner, "club-bookings");
  await rows
    .filter({ hasText: "Gwen Adult" })
    .getByRole("button", { name: /Cancel booking/ })
    .click();
  await owner.getByRole("button", { name: "Yes, cancel the booking" }).click();
  await expect(owner.getByText("Cancelled the booking for Gwen Adult.")).toBeVisible();
  await expect(rows.filter({ hasText: "AdaCodes" })).toContainText("Place");
  await expect
    .poll(async () => (await clubMails(adultEmail)).at(-1))
    .toBe(`Your place at ${club} was cancelled`);
  await expect.poll(async () => (await clubMails(guardianEmail)).at(-1)).toBe(`A place at ${club} is yours`);

  // The club page in Welsh, signed out.
  await page.goto(`/cy${clubPage}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { name: club, level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mewngofnodi i archebu" })).toBeVisible();
  await expectNoA11yViolations(page);
});
