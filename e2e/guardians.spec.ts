// A guardian registers a child who has no email address, from the guardian's own account: adds the
// child's profile, acts for them, registers them, consents at once (attending and public credit, not
// photos), and the child joins a team; later the guardian withdraws public credit with the same link
// and the gallery stops naming the child. On a phone, with axe on every page. And organisers changing the
// consent wording, which a guardian who consented confirms.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, expectNoSidewaysScroll, PHONE_WIDTH } from "./support/axe";
import {
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  HACKING_WITH_REGISTRATION_OPEN,
  refreshPublicPages,
  withDatabase,
} from "./support/db";
import { saveViewportShots } from "./support/screenshots";

/** A date of birth that makes someone 10 when the event (hacking started an hour ago) starts. */
function tenYearsOld(): string {
  const today = new Date();
  return `${today.getUTCFullYear() - 10}-01-01`;
}

test("a guardian registers a child with no email, consents for them, and later withdraws public credit", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const slug = `family-${Date.now().toString(36)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Family Hack ${slug}`,
    organiserEmail: uniqueEmail("organiser"),
    timeline: HACKING_WITH_REGISTRATION_OPEN,
  });
  // A team of another participant's, which the child will join with its code; its project is in the
  // gallery (opened early by the organisers).
  const { teamId, joinCode } = await createTeamWithCaptain({
    eventId: event.id,
    teamName: "Robot Makers",
    captainEmail: uniqueEmail("captain"),
    captainName: "Casey Captain",
  });
  const projectId = await createSubmittedProject({
    eventId: event.id,
    teamId,
    title: "Litter Robot",
    description: "A robot that picks up litter.",
  });
  await withDatabase((client) =>
    client.query(`UPDATE "Event" SET "galleryOpenedAt" = now() WHERE id = $1`, [event.id]),
  );

  const page = await (await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 844 } })).newPage();
  const guardianEmail = uniqueEmail("guardian");
  await signIn(page, guardianEmail);

  // The guardian adds their child's profile: first name and nickname; a missing nickname is explained.
  await page.goto("/account");
  const children = page.getByRole("region", { name: "Children you register" });
  await children.getByLabel("Their first name").fill("Mia");
  await children.getByRole("button", { name: "Add child" }).click();
  await expect(children.getByLabel("Their nickname")).toHaveAttribute("aria-invalid", "true");
  await children.getByLabel("Their nickname").fill("Pixel");
  await children.getByRole("button", { name: "Add child" }).click();
  await expect(children.getByRole("status").filter({ hasText: "Added Mia." })).toBeVisible();
  await expect(children.getByText("Not registered for any event yet.")).toBeVisible();
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);
  await saveViewportShots(page, "account-children");

  // Acting for Mia, the header says so; the guardian registers her (the consent address is theirs).
  await children.getByRole("button", { name: "Act for Mia" }).click();
  await expect(page).toHaveURL(/\/$/);
  // On every page, outside the phone's folded menu.
  await expect(page.getByText("You're acting for Mia")).toBeVisible();
  // In Welsh too, with the child's name in bold where the sentence names them.
  await page.goto("/cy");
  await expect(page.getByText("Rydych chi'n gweithredu ar ran Mia")).toBeVisible();
  await expect(page.getByRole("button", { name: "Newid yn ôl i'ch cyfrif" })).toBeVisible();
  await page.goto(`/events/${slug}/register`);
  await expect(page.getByText("You're registering Mia, whose profile you keep")).toBeVisible();
  await expect(page.getByRole("main").getByText(guardianEmail)).toBeVisible();
  await expect(page.getByLabel(/^Parent or guardian's email/)).toHaveCount(0);
  await expect(page.getByLabel("Your name", { exact: true })).toHaveValue("Mia");
  await expect(page.getByLabel(/^Nickname/)).toHaveValue("Pixel");
  await page.getByRole("radio", { name: "New to coding" }).check();
  await page.getByLabel("Date of birth", { exact: true }).fill(tenYearsOld());
  await page.getByRole("checkbox", { name: /I have read and accept the event's code of conduct/ }).check();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Register", exact: true }).click();

  // Straight to the consent form: attending and public credit, not photos; the team finder is asked
  // about because Mia is under 13, and left off.
  await expect(page).toHaveURL(/\/consent\/[A-Za-z0-9_-]+$/);
  const consentUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: "Consent for Mia" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /Team finder/ })).not.toBeChecked();
  await page.getByRole("checkbox", { name: /Permission to attend/ }).check();
  await page.getByRole("checkbox", { name: /Public credit/ }).check();
  await expect(page.getByRole("checkbox", { name: /Photos and video/ })).not.toBeChecked();
  await page.getByLabel("Your full name").fill("Sam Parent");
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "guardian-consent-for-child");
  await page.getByRole("button", { name: "Give consent" }).click();
  await expect(page.getByText("Your consent is recorded and Mia's place is confirmed")).toBeVisible();

  // "You can take part" was addressed to Mia's profile and reached the guardian, saying whom it is about.
  const mail = await withDatabase((client) =>
    client.query<{ text: string }>(
      `SELECT text FROM "OutboxEmail" WHERE "to" = $1 AND kind = 'consent-given' ORDER BY "createdAt" DESC LIMIT 1`,
      [guardianEmail],
    ),
  );
  expect(mail.rows[0]?.text).toContain("This email is about Mia, whose profile you keep");

  // Still acting for Mia, the guardian joins the team with its code for her.
  await page.goto(`/events/${slug}/teams/join?code=${joinCode}`);
  await page.getByRole("button", { name: "Join team" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}/team$`));
  await expect(page.getByRole("heading", { level: 1, name: "Robot Makers" })).toBeVisible();
  await expectNoA11yViolations(page);

  // The gallery credits Mia by her nickname, as the guardian allowed.
  await refreshPublicPages();
  await page.goto(`/events/${slug}/projects/${projectId}`);
  const main = page.getByRole("main");
  await expect(main.getByText(/by Casey Captain and Pixel/)).toBeVisible();

  // Later, from the same link, the guardian withdraws public credit: the gallery stops naming her.
  await page.goto(consentUrl);
  const choices = page.getByRole("region", { name: "Change your choices" });
  await expect(choices.getByRole("checkbox", { name: /Public credit/ })).toBeChecked();
  await expect(choices.getByRole("checkbox", { name: /Photos and video/ })).not.toBeChecked();
  await expectNoA11yViolations(page);
  await choices.getByRole("checkbox", { name: /Public credit/ }).uncheck();
  await choices.getByRole("button", { name: "Save choices" }).click();
  await expect(choices.getByRole("status").filter({ hasText: "Your choices are saved." })).toBeVisible();
  await page.goto(`/events/${slug}/projects/${projectId}`);
  await expect(main.getByText(/by Casey Captain and 1 other team member/)).toBeVisible();
  await expect(main.getByText(/Pixel/)).toHaveCount(0);

  // Back to the guardian's own account: Mia is registered there.
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "Mia's profile" })).toBeVisible();
  await page.getByRole("button", { name: "Back to your own account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(children.getByText(`${event.name}: registered`)).toBeVisible();
  await expectNoA11yViolations(page);
});

test("organisers change the consent wording; a guardian who consented confirms the new words", async ({
  page,
  browser,
}) => {
  const organiserEmail = uniqueEmail("organiser");
  const slug = `wording-${Date.now().toString(36)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Wording Day ${slug}`,
    organiserEmail,
    timeline: HACKING_WITH_REGISTRATION_OPEN,
  });
  // Jess (14), whose guardian consented to the standard wording, straight in the database.
  const guardianEmail = uniqueEmail("guardian");
  await withDatabase(async (client) => {
    const userId = `e2e-${randomUUID()}`;
    const registrationId = `e2e-reg-${randomUUID()}`;
    await client.query(
      `INSERT INTO "User" (id, email, name, alias, "updatedAt") VALUES ($1, $2, 'Jess Okoro', 'PixelFox', now())`,
      [userId, uniqueEmail("jess")],
    );
    await client.query(
      `INSERT INTO "Registration" (id, "eventId", "userId", experience, skills, "dateOfBirth", status,
         "guardianEmail", "codeOfConductVersion", "codeOfConductAt", "updatedAt")
       SELECT $1, id, $2, 'NEW', '{}', (now() - interval '14 years')::date, 'CONFIRMED', $3,
         "codeOfConductVersion", now(), now()
       FROM "Event" WHERE id = $4`,
      [registrationId, userId, guardianEmail, event.id],
    );
    await client.query(
      `INSERT INTO "GuardianConsent" (id, "registrationId", "guardianEmail", "tokenHash", "expiresAt",
         "consentTextVersion", "guardianName", "consentedAt", attend, photo)
       VALUES ($1, $2, $3, $4, now() + interval '14 days', 'consent-2026-2', 'Pat Okoro', now(), true, true)`,
      [`e2e-consent-${randomUUID()}`, registrationId, guardianEmail, randomUUID()],
    );
  });

  await signIn(page, organiserEmail);
  await page.goto(`/manage/events/${event.id}/safeguarding`);
  const wording = page.getByRole("region", { name: "What guardians agree to" });
  await expect(wording.getByText("The platform's standard wording")).toBeVisible();
  await expect(wording.getByText("1 guardian consented to it.")).toBeVisible();
  await wording
    .getByLabel("The wording")
    .fill(
      "I am the parent or guardian of the young person named on this page.\n\nThey may take part on Saturday at the library, supervised by its staff. Parents may stay.",
    );
  await wording.getByRole("button", { name: "Save the wording" }).click();
  await expect(
    wording.getByRole("status").filter({ hasText: /1 guardian asked to confirm it/ }),
  ).toBeVisible();
  await expect(
    wording.getByText(/1 guardian to an earlier version \(1 asked to confirm this one\)/),
  ).toBeVisible();
  await expectNoA11yViolations(page);

  // The guardian, signed out, opens the emailed link: the new words, their answers to start from.
  const link = await withDatabase(async (client) => {
    const { rows } = await client.query<{ link: string; subject: string }>(
      `SELECT link, subject FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [guardianEmail],
    );
    expect(rows[0]?.subject).toBe(`Please confirm: the consent wording for ${event.name} has changed`);
    return rows[0]?.link ?? "";
  });
  const guardian = await (
    await browser.newContext({ viewport: { width: PHONE_WIDTH, height: 844 } })
  ).newPage();
  await guardian.goto(new URL(link).pathname);
  await expect(
    guardian.getByRole("heading", { level: 1, name: "Confirm the new wording for Jess" }),
  ).toBeVisible();
  await expect(guardian.getByText("They may take part on Saturday at the library")).toBeVisible();
  await expect(guardian.getByRole("checkbox", { name: /Photos and video/ })).toBeChecked();
  await guardian.getByRole("checkbox", { name: /Permission to attend/ }).check();
  await guardian.getByLabel("Your full name").fill("Pat Okoro");
  await expectNoA11yViolations(guardian);
  await expectNoSidewaysScroll(guardian);
  await guardian.getByRole("button", { name: "Give consent" }).click();
  await expect(guardian.getByText("Your consent is recorded")).toBeVisible();

  await page.reload();
  await expect(wording.getByText(/1 guardian consented to it\./)).toBeVisible();
});
