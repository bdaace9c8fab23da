// Inviting a new venue to become a centre: an organiser invites it from the Centres page; the person
// invited opens the emailed link on a phone, signs in, sends the centre's details (a wrong answer first,
// shown beside its field) and waits; the organiser approves; the centre is on the public event page and
// the person invited leads it. With axe on every page.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, PHONE_WIDTH } from "./support/axe";
import { createPublishedEvent, REGISTRATION_OPEN, withDatabase } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

const PHONE = { width: PHONE_WIDTH, height: 844 };

/** The link of the newest email of `kind` to `to`. */
async function emailedLink(to: string, kind: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ link: string | null }>(
      `SELECT link FROM "OutboxEmail" WHERE "to" = $1 AND kind = $2 ORDER BY "createdAt" DESC LIMIT 1`,
      [to, kind],
    );
    const link = rows[0]?.link;
    if (!link) throw new Error(`No ${kind} email to ${to}`);
    return link;
  });
}

test("an organiser invites a venue; its lead sends the details; approved, it is a centre they lead", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const slug = `venue-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("venue-organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Venues ${slug}`,
    organiserEmail,
    timeline: REGISTRATION_OPEN,
  });
  const leadEmail = uniqueEmail("venue-lead");
  const venueName = `Hillside Library ${slug}`;

  // The organiser invites the venue from the Centres page.
  await signIn(page, organiserEmail);
  await page.goto(`/manage/events/${event.id}/centres`);
  await expect(page.getByRole("heading", { name: "Invite a venue" })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText("Enter a valid email address").first()).toBeVisible();
  await page.getByLabel("Email address", { exact: true }).fill(leadEmail);
  await page.getByLabel("Venue", { exact: true }).fill(venueName);
  await page.getByLabel("Note to the venue (optional)").fill("You have the best room in Bradford for this.");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${leadEmail}.`)).toBeVisible();
  const row = page.getByTestId("venue-invitation").filter({ hasText: venueName });
  await expect(row.getByText("Invited", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  // The emailed link asks a signed-out visitor to sign in, and comes back to the page afterwards.
  const link = await emailedLink(leadEmail, "venue-invitation");
  const path = new URL(link).pathname;
  const leadContext = await browser.newContext({ viewport: PHONE });
  const lead = await leadContext.newPage();
  await lead.goto(path);
  await expect(lead).toHaveURL(/\/signin\?callbackUrl=/);
  expect(decodeURIComponent(new URL(lead.url()).searchParams.get("callbackUrl") ?? "")).toBe(path);
  await signIn(lead, leadEmail);
  await lead.goto(path);
  await expect(lead.getByRole("heading", { name: "Invitation to be a centre" })).toBeVisible();
  await expect(lead.getByText("You have the best room in Bradford for this.")).toBeVisible();
  await expectNoA11yViolations(lead);

  // A wrong answer is shown beside its field; nothing is sent.
  await lead.getByLabel("Postcode area (optional)").fill("BD1 1AA");
  await lead.getByRole("button", { name: "Send for approval" }).click();
  await expect(lead.getByText("Some answers need fixing.")).toBeVisible();
  await expect(lead.getByText("Enter how many people the centre can take").first()).toBeVisible();
  await expect(lead.getByText("Use only the first part of the postcode, e.g. LS1").first()).toBeVisible();
  await expectNoA11yViolations(lead);
  await saveViewportShots(lead, "venue-invitation-open");
  await lead.getByLabel("Places").fill("35");
  await lead.getByLabel("Postcode area (optional)").fill("bd1");
  await lead.getByLabel("Address (optional)").fill("1 Hill Road, Bradford");
  await lead.getByLabel("Opening times (optional)").fill("Saturday 9:00–17:00");
  await lead
    .getByLabel("Accessibility (optional)")
    .fill("Step-free entrance on Hill Road; a quiet room upstairs.");
  await lead.getByRole("button", { name: "Send for approval" }).click();
  await expect(lead.getByText("Sent for approval")).toBeVisible();
  await expect(lead.getByText("BD1", { exact: true })).toBeVisible();
  await expectNoA11yViolations(lead);
  await saveViewportShots(lead, "venue-invitation-sent");

  // Nothing public yet; the organiser sees the details and approves them.
  await page.reload();
  await expect(row.getByText("Waiting for your approval")).toBeVisible();
  await expect(row.getByText("1 Hill Road, Bradford")).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "venue-invitations-organiser");
  await row.getByRole("button", { name: `Approve ${venueName}` }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.getByRole("alertdialog").getByRole("button", { name: "Approve" }).click();
  await expect(page.getByText(`“${venueName}” is a centre now, led by ${leadEmail}.`)).toBeVisible();
  await expect(row.getByText("Approved", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: venueName, level: 3 })).toBeVisible();

  // The public event page lists the centre.
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/events/${slug}`);
  const centres = publicPage.getByRole("region", { name: "Centres" });
  await expect(centres.getByRole("heading", { name: venueName })).toBeVisible();
  await expect(
    centres.getByText("Access: Step-free entrance on Hill Road; a quiet room upstairs."),
  ).toBeVisible();
  await expectNoA11yViolations(publicPage);
  await visitor.close();

  // The lead's link now says so, and takes them to their centre.
  await lead.goto(path);
  await expect(lead.getByRole("heading", { name: `${venueName} is a centre` })).toBeVisible();
  await expectNoA11yViolations(lead);
  await saveViewportShots(lead, "venue-invitation-approved");
  await lead.getByRole("link", { name: "Go to your centre's page" }).click();
  await expect(lead.getByRole("heading", { name: venueName, level: 1 })).toBeVisible();
  await expectNoA11yViolations(lead);
  await leadContext.close();
});

test("someone signed in with another address is told where the invitation went, and nothing more", async ({
  browser,
}) => {
  const slug = `venue-w-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("venue-w-organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Venues ${slug}`,
    organiserEmail,
    timeline: REGISTRATION_OPEN,
  });
  const organiserContext = await browser.newContext();
  const organiser = await organiserContext.newPage();
  await signIn(organiser, organiserEmail);
  await organiser.goto(`/manage/events/${event.id}/centres`);
  const invited = uniqueEmail("venue-w-lead");
  await organiser.getByLabel("Email address", { exact: true }).fill(invited);
  await organiser.getByLabel("Venue", { exact: true }).fill(`Quay Hall ${slug}`);
  await organiser.getByLabel("Note to the venue (optional)").fill("A private note");
  await organiser.getByRole("button", { name: "Send the invitation" }).click();
  await expect(organiser.getByText(`Invitation sent to ${invited}.`)).toBeVisible();
  await organiserContext.close();

  const context = await browser.newContext({ viewport: PHONE });
  const someone = await context.newPage();
  const someoneEmail = uniqueEmail("venue-w-someone");
  await signIn(someone, someoneEmail);
  await someone.goto(new URL(await emailedLink(invited, "venue-invitation")).pathname);
  await expect(someone.getByText(`was sent to ${invited.slice(0, 1)}…@`)).toBeVisible();
  await expect(someone.getByText("A private note")).toHaveCount(0);
  await expect(someone.getByRole("button", { name: "Send for approval" })).toHaveCount(0);
  await expectNoA11yViolations(someone);
  await context.close();
});
