// Waiting lists at a full centre, on a phone: someone joins the list of the event's only centre, which
// is full; the person holding its place withdraws; the job queue offers the place to the first person
// waiting by email; they open the emailed link and register, taking the place. With axe on every page.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, PHONE_WIDTH } from "./support/axe";
import { createCentreWithLead, createPublishedEvent, REGISTRATION_OPEN, withDatabase } from "./support/db";

const PHONE = { width: PHONE_WIDTH, height: 844 };

/** The link of the newest email of `kind` to `to`, waiting up to 30 s for the job queue to send it. */
async function emailedLink(to: string, kind: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const link = await withDatabase(async (client) => {
      const { rows } = await client.query<{ link: string | null }>(
        `SELECT link FROM "OutboxEmail" WHERE "to" = $1 AND kind = $2 ORDER BY "createdAt" DESC LIMIT 1`,
        [to, kind],
      );
      return rows[0]?.link ?? null;
    });
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`No ${kind} email to ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test("a full centre's waiting list: join, a place frees, the emailed offer is taken by registering", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const slug = `wait-${Date.now().toString(36)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Waiting list ${slug}`,
    organiserEmail: uniqueEmail("wait-organiser"),
    timeline: REGISTRATION_OPEN,
  });
  const holderEmail = uniqueEmail("wait-holder");
  const centreName = `Tiny Library ${slug}`;
  const centreId = await createCentreWithLead({
    eventId: event.id,
    centreName,
    capacity: 1,
    leadEmail: uniqueEmail("wait-lead"),
    people: [{ email: holderEmail, name: "Hal Holder", dateOfBirth: "1990-04-01" }],
  });

  // Someone finds the only centre full and joins its waiting list.
  const waiterEmail = uniqueEmail("wait-waiter");
  const waiterContext = await browser.newContext({ viewport: PHONE });
  const waiter = await waiterContext.newPage();
  await signIn(waiter, waiterEmail);
  await waiter.goto(`/events/${slug}/register`);
  await expect(waiter.getByRole("heading", { name: "Is the centre you want full?" })).toBeVisible();
  await expect(waiter.getByRole("option", { name: new RegExp(`${centreName}.*full`) })).toBeDisabled();
  await expectNoA11yViolations(waiter);
  // Sending without choosing an experience shows the field's problem, not a failure.
  await waiter.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(waiter.getByText("Choose your experience").first()).toBeVisible();
  await waiter.getByLabel("Your experience", { exact: true }).selectOption({ label: "Some experience" });
  await waiter.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(
    waiter.getByRole("heading", { name: `You're on the waiting list for ${centreName}` }),
  ).toBeVisible();
  await expect(waiter.getByText("You're 1st in the queue.")).toBeVisible();
  await expectNoA11yViolations(waiter);

  // The person holding the place withdraws.
  const holderContext = await browser.newContext({ viewport: PHONE });
  const holder = await holderContext.newPage();
  await signIn(holder, holderEmail, "Hal Holder");
  await holder.goto(`/events/${slug}/registration`);
  await holder.getByRole("button", { name: "Withdraw" }).click();
  await holder.getByRole("button", { name: "Yes, withdraw" }).click();
  await expect(holder.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
  await holderContext.close();

  // The job queue offers the place by email; the link opens the form with the centre chosen.
  const link = await emailedLink(waiterEmail, "waitlist-offer");
  expect(link).toContain(`/events/${slug}/register?centre=${centreId}`);
  await waiter.goto(link);
  await expect(waiter.getByRole("heading", { name: `A place at ${centreName} is yours` })).toBeVisible();
  await expect(waiter.getByLabel("Centre", { exact: true })).toHaveValue(centreId);
  await expectNoA11yViolations(waiter);
  await waiter.getByLabel("Your name", { exact: true }).fill("Wren Waiter");
  await waiter.getByRole("radio", { name: "Some experience" }).check();
  await waiter.getByLabel("Date of birth", { exact: true }).fill("1991-02-03");
  await waiter.getByRole("checkbox", { name: /I have read and accept the event's code of conduct/ }).check();
  await waiter.getByRole("button", { name: "Register", exact: true }).click();
  await expect(waiter.getByRole("heading", { level: 1, name: "Your registration" })).toBeVisible();
  await expectNoA11yViolations(waiter);
  const status = await withDatabase(async (client) => {
    const { rows } = await client.query<{ status: string }>(
      `SELECT w.status FROM "WaitingListEntry" w JOIN "User" u ON u.id = w."userId"
       WHERE w."centreId" = $1 AND u.email = $2`,
      [centreId, waiterEmail],
    );
    return rows[0]?.status;
  });
  expect(status).toBe("ACCEPTED");
  await waiterContext.close();
});
