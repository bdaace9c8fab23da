// At the venue: a guardian names who may collect their child; a participant sees their check-in code and
// QR code; a centre lead, on a phone, checks a young person in and out to an adult the guardian named, and
// cannot hand them to anyone else.
import { createHash, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { createCentreWithLead, createPublishedEvent, REGISTRATION_OPEN, withDatabase } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

const PHONE = { width: 390, height: 844 };

/** A live consent link for the registration of `email`, written straight in the database; returns its token. */
async function consentLinkFor(eventId: string, email: string): Promise<string> {
  const token = randomUUID();
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "GuardianConsent" (id, "registrationId", "guardianEmail", "tokenHash", "expiresAt")
       SELECT $1, r.id, r."guardianEmail", $2, now() + interval '7 days'
       FROM "Registration" r JOIN "User" u ON u.id = r."userId"
       WHERE r."eventId" = $3 AND u.email = $4`,
      [`e2e-consent-${randomUUID()}`, createHash("sha256").update(token).digest("hex"), eventId, email],
    ),
  );
  return token;
}

async function checkInCodeOf(eventId: string, email: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ code: string }>(
      `SELECT r."checkInCode" AS code FROM "Registration" r JOIN "User" u ON u.id = r."userId"
       WHERE r."eventId" = $1 AND u.email = $2`,
      [eventId, email],
    );
    const code = rows[0]?.code;
    if (!code) throw new Error(`No registration for ${email}`);
    return code;
  });
}

test("a guardian names who may collect their child; a centre lead checks them in and out on a phone", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const slug = `door-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Door Day ${slug}`,
    organiserEmail,
    timeline: REGISTRATION_OPEN,
  });
  const leadEmail = uniqueEmail("lead");
  const youngEmail = uniqueEmail("young");
  const adultEmail = uniqueEmail("adult");
  const thirteenYearsAgo = `${new Date().getUTCFullYear() - 12}-02-02`;
  await createCentreWithLead({
    eventId: event.id,
    centreName: "Bradford Library",
    capacity: 20,
    leadEmail,
    people: [
      {
        email: youngEmail,
        name: "Jess Walker",
        alias: "ByteJess",
        dateOfBirth: thirteenYearsAgo,
        minor: true,
      },
      { email: adultEmail, name: "Alex Adult", dateOfBirth: "1990-01-01" },
    ],
  });

  // The organiser asks for medical needs and an emergency contact.
  const organiser = await (await browser.newContext()).newPage();
  await signIn(organiser, organiserEmail);
  await organiser.goto(`/manage/events/${event.id}`);
  await organiser.getByRole("link", { name: "Safeguarding" }).click();
  await organiser.getByRole("checkbox", { name: /Medical or dietary needs/ }).check();
  await organiser.getByRole("checkbox", { name: /Emergency contact/ }).check();
  await organiser.getByRole("button", { name: "Save what the event asks for" }).click();
  await expect(organiser.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(organiser.getByText("Nobody has read any yet.")).toBeVisible();
  await expectNoA11yViolations(organiser);

  // The guardian consents (photos refused), then names who may collect Jess.
  const token = await consentLinkFor(event.id, youngEmail);
  const guardian = await (await browser.newContext({ viewport: PHONE })).newPage();
  await guardian.goto(`/consent/${token}`);
  await guardian.getByLabel("Your full name").fill("Pat Walker");
  await guardian.getByRole("checkbox", { name: /Permission to attend \(required\)/ }).check();
  await guardian.getByRole("button", { name: "Give consent" }).click();
  await expect(
    guardian.getByRole("status").filter({ hasText: "Thank you. Your consent is recorded" }),
  ).toBeVisible();
  await guardian.reload();
  await expect(guardian.getByRole("heading", { name: "Who may collect Jess" })).toBeVisible();
  // A name that is too short is refused next to its field, nothing saved.
  await guardian.getByLabel("Adult 1: full name").fill("S");
  await guardian.getByRole("button", { name: "Save who may collect Jess" }).click();
  await expect(guardian.getByLabel("Adult 1: full name")).toHaveAttribute("aria-invalid", "true");
  await guardian.getByLabel("Adult 1: full name").fill("Sam Patel");
  await guardian.getByLabel("Relationship").first().fill("aunt");
  await guardian.getByRole("button", { name: "Add another adult" }).click();
  await guardian.getByLabel("Adult 2: full name").fill("Robin Walker");
  await guardian.getByLabel("Relationship").nth(1).fill("grandparent");
  await guardian.getByRole("button", { name: "Save who may collect Jess" }).click();
  await expect(
    guardian.getByRole("status").filter({ hasText: "The centre will see this at the door" }),
  ).toBeVisible();
  // … and gives what the centre needs to know: a contact needs all three parts.
  await guardian
    .getByLabel("Medical or dietary needs")
    .fill("Nut allergy: EpiPen in the front pocket of her bag");
  await guardian.getByLabel("Their name").fill("Pat Walker");
  await guardian.getByRole("button", { name: "Save information for the centre" }).click();
  await expect(guardian.getByText("Say how they are related", { exact: true })).toBeVisible();
  await guardian.getByLabel("Relationship").last().fill("mother");
  await guardian.getByLabel("Phone number").fill("07700 900123");
  await guardian.getByRole("button", { name: "Save information for the centre" }).click();
  await expect(
    guardian.getByRole("status").filter({ hasText: "Only the organisers and the centre's lead" }),
  ).toBeVisible();
  await expectNoA11yViolations(guardian);
  await saveViewportShots(guardian, "consent-collection");

  // The adult participant sees their code and its QR code.
  const adult = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(adult, adultEmail, "Alex Adult");
  await adult.goto(`/events/${slug}/registration`);
  const adultCode = await checkInCodeOf(event.id, adultEmail);
  await expect(adult.getByTestId("check-in-code")).toHaveText(adultCode);
  await expect(
    adult.getByRole("img", { name: `QR code for check-in code ${adultCode}` }).locator("svg"),
  ).toBeVisible();
  await expectNoA11yViolations(adult);

  // The centre lead, on a phone.
  const lead = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signIn(lead, leadEmail);
  await lead.goto(`/manage/events/${event.id}/centre`);
  await lead.getByRole("link", { name: "Open check-in" }).click();
  await expect(lead.getByRole("heading", { level: 1, name: "Check-in" })).toBeVisible();
  await expect(lead.getByTestId("present-count")).toHaveText("0 of 2 in the building now");
  await expectNoA11yViolations(lead);

  // What the QR code opens: the desk, searching for the code.
  await lead.goto(`/manage/events/${event.id}/centre/check-in?q=${adultCode}`);
  const alex = lead.getByRole("listitem").filter({ has: lead.getByRole("heading", { name: "Alex Adult" }) });
  await alex.getByRole("button", { name: "Check in Alex Adult" }).click();
  await expect(alex.getByText(/^In since /)).toBeVisible();

  // Jess, found by nickname: the desk says no photos; in, then out only to an adult the guardian named.
  await lead.getByLabel("Check-in code or name").fill("bytej");
  await lead.getByRole("button", { name: "Find" }).click();
  const jess = lead.getByRole("listitem").filter({ has: lead.getByRole("heading", { name: "ByteJess" }) });
  await expect(jess.getByText("No photos or video: their guardian hasn't agreed to them.")).toBeVisible();
  await expect(jess.getByText("Has medical or access needs: read them before they start.")).toBeVisible();
  await jess.getByRole("button", { name: "Read ByteJess's needs and emergency contact" }).click();
  await expect(jess.getByText("Nut allergy: EpiPen in the front pocket of her bag")).toBeVisible();
  await expect(jess.getByRole("link", { name: "07700 900123" })).toHaveAttribute("href", "tel:07700900123");
  await jess.getByRole("button", { name: "Check in ByteJess" }).click();
  await expect(jess.getByText(/^In since /)).toBeVisible();

  // The live register for an evacuation: both in, with Jess's emergency contact.
  const register = await lead.context().newPage();
  await register.goto(`/manage/events/${event.id}/centre/register`);
  await expect(register.getByText(/^2 in the building at /)).toBeVisible();
  await expect(register.getByRole("row", { name: /ByteJess/ })).toContainText(
    "Pat Walker (mother) 07700 900123",
  );
  await expect(register.getByRole("row", { name: /Alex Adult/ })).toContainText("None given");
  await expectNoA11yViolations(register);
  await register.close();
  await expect(jess.getByRole("radio")).toHaveCount(2); // the two adults; no override for a centre lead
  await expect(jess.getByRole("radio", { name: /Someone else/ })).toHaveCount(0);
  await jess.getByRole("button", { name: "Check out ByteJess" }).click();
  await expect(jess.getByText("Choose who is collecting them first.")).toBeVisible();
  await saveViewportShots(lead, "check-in-desk");
  await jess.getByRole("radio", { name: "Sam Patel (aunt)" }).check();
  await jess.getByRole("button", { name: "Check out ByteJess" }).click();
  await expect(
    lead.getByRole("status").filter({ hasText: "ByteJess was collected by Sam Patel (aunt)." }),
  ).toBeVisible();
  await expect(jess.getByText("Not in")).toBeVisible();

  // Nothing searched: who is in the building.
  await lead.goto(`/manage/events/${event.id}/centre/check-in`);
  await expect(lead.getByTestId("present-count")).toHaveText("1 of 2 in the building now");
  await expect(lead.getByRole("heading", { level: 3 })).toHaveText(["Alex Adult"]);
  const sideways = await lead.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(sideways).toBeLessThanOrEqual(0);
  await expectNoA11yViolations(lead);

  // The organiser sees every read of sensitive information.
  await organiser.reload();
  const reads = organiser.getByRole("table").getByRole("row");
  await expect(reads.filter({ hasText: "ByteJess's details" })).toHaveCount(1);
  await expect(reads.filter({ hasText: "the live register (2 people present)" })).toHaveCount(1);

  const recorded = await withDatabase(
    async (client) =>
      (
        await client.query<{ departure: string; collectedBy: string }>(
          `SELECT a.departure, a."collectedBy" FROM "Attendance" a JOIN "Registration" r ON r.id = a."registrationId"
         JOIN "User" u ON u.id = r."userId" WHERE u.email = $1`,
          [youngEmail],
        )
      ).rows,
  );
  expect(recorded).toEqual([{ departure: "COLLECTED", collectedBy: "Sam Patel (aunt)" }]);
});
