// Issue 8, "every role's journey finished": forms that cannot be sent twice, controls that say why they
// are off, forms that report every problem at once with focus on the summary, and no dead ends when
// the session ends or an image is refused.
import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { continueSigningIn, latestSignInLink, requestSignInLink, signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import {
  createCentreWithLead,
  createPublishedEvent,
  createTeamWithCaptain,
  HACKING_WITH_REGISTRATION_OPEN,
  makePlatformAdmin,
  REGISTRATION_OPEN,
  withDatabase,
} from "./support/db";
import { saveViewportShots } from "./support/screenshots";

function uniqueSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

// A real 1×1 PNG, so the browser can draw it.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

/** The error summary: the alert at the top of a form, which takes focus after an invalid submit. */
const summary = (page: Page) => page.getByRole("alert").filter({ hasText: "Some answers need fixing." });

/** The summary's items, as text. */
async function summaryItems(page: Page): Promise<string[]> {
  return (await summary(page).getByRole("listitem").allInnerTexts()).map((t) => t.trim());
}

/** Counts requests to one tRPC procedure, so a test can say how many times a button really sent. */
function countCalls(page: Page, procedure: string): () => number {
  let calls = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname.includes(`/api/trpc/${procedure}`)) {
      calls += 1;
    }
  });
  return () => calls;
}

async function openProjectEditor(page: Page, slug: string): Promise<void> {
  await page.goto(`/events/${slug}/submission`);
  await expect(page.getByRole("heading", { level: 1, name: "Your project" })).toBeVisible();
  await expectNoA11yViolations(page);
}

test.describe("double submissions", () => {
  test("double-clicking Save reports no false conflict and saves once", async ({ page }) => {
    const slug = uniqueSlug("dbl");
    const event = await createPublishedEvent({
      slug,
      name: `Festival ${slug}`,
      organiserEmail: uniqueEmail("organiser"),
      timeline: HACKING_WITH_REGISTRATION_OPEN,
    });
    const captain = uniqueEmail("captain");
    const { teamId } = await createTeamWithCaptain({
      eventId: event.id,
      teamName: `Team ${slug}`,
      captainEmail: captain,
    });
    await signIn(page, captain, "Casey Captain");
    await openProjectEditor(page, slug);
    const saves = countCalls(page, "submissions.save");

    await page.getByLabel("Title", { exact: true }).fill("Bus Buddy");
    await page.getByLabel("Description", { exact: true }).fill("Live bus times, read aloud.");
    await page.getByRole("button", { name: "Save", exact: true }).dblclick();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(page.getByText(/saved a newer version/)).toHaveCount(0);
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    expect(saves()).toBe(1);

    // Saving again right away edits the version just saved (not a conflict with itself).
    await page.getByLabel("Tagline", { exact: true }).fill("Never miss the bus");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    await expect
      .poll(() =>
        withDatabase(async (db) => {
          const { rows } = await db.query<{ version: number }>(
            `SELECT version FROM "Submission" WHERE "teamId" = $1`,
            [teamId],
          );
          return rows.map((r) => r.version);
        }),
      )
      .toEqual([2]);
    await expectNoA11yViolations(page);
  });

  test("double-clicking Create organisation and Send invitation creates one and emails once, and the link works", async ({
    page,
  }) => {
    const name = `Leeds Data ${uniqueSlug("org")}`;
    await signIn(page, uniqueEmail("owner"));
    await page.goto("/organisations/new");
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Create organisation" }).dblclick();
    await expect(page).toHaveURL(/\/organisations\/[^/?]+\/manage$/);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    expect(
      await withDatabase(async (db) => {
        const { rows } = await db.query(`SELECT id FROM "Organisation" WHERE name = $1`, [name]);
        return rows.length;
      }),
    ).toBe(1);

    const invitee = uniqueEmail("invitee");
    const invites = countCalls(page, "organisations.invite");
    await page.getByLabel("Email address").fill(invitee);
    await page.getByRole("button", { name: "Send invitation" }).dblclick();
    await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${invitee}` })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
    expect(invites()).toBe(1);
    await expectNoA11yViolations(page);

    const { links, hashes } = await withDatabase(async (db) => {
      const mail = await db.query<{ link: string }>(`SELECT link FROM "OutboxEmail" WHERE "to" = $1`, [
        invitee,
      ]);
      const stored = await db.query<{ tokenHash: string }>(
        `SELECT "tokenHash" FROM "OrganisationInvite" WHERE email = $1`,
        [invitee],
      );
      return { links: mail.rows.map((r) => r.link), hashes: stored.rows.map((r) => r.tokenHash) };
    });
    expect(links).toHaveLength(1);
    const token = links[0]?.split("/invites/")[1] ?? "";
    // The one emailed link is the one that works.
    expect(hashes).toEqual([createHash("sha256").update(token, "utf8").digest("hex")]);

    // Inviting the same address again sends nothing and says the first link still works.
    await page.getByLabel("Email address").fill(invitee);
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "already has a pending invitation" }),
    ).toContainText("the link we emailed them still works");
    expect(
      await withDatabase(async (db) => {
        const { rows } = await db.query(`SELECT id FROM "OutboxEmail" WHERE "to" = $1`, [invitee]);
        return rows.length;
      }),
    ).toBe(1);
  });
});

test.describe("disabled controls say why", () => {
  test("the project page before hacking starts says when it opens, in the event's zone", async ({ page }) => {
    const slug = uniqueSlug("early");
    const event = await createPublishedEvent({
      slug,
      name: `Festival ${slug}`,
      organiserEmail: uniqueEmail("organiser"),
      timeline: REGISTRATION_OPEN,
    });
    const captain = uniqueEmail("captain");
    await createTeamWithCaptain({ eventId: event.id, teamName: `Team ${slug}`, captainEmail: captain });
    await signIn(page, captain, "Casey Captain");
    await openProjectEditor(page, slug);
    const notice = page
      .getByRole("status")
      .filter({ hasText: "Projects can be edited once hacking starts, on" });
    await expect(notice).toContainText("(Europe/London time)");
    await expect(notice).toHaveText(/\d{2}:\d{2} (GMT|BST) \(Europe\/London time\)\.$/);
    const title = page.getByLabel("Title", { exact: true });
    await expect(title).toBeDisabled();
    await expect(page.getByRole("group", { name: "Project details" })).toHaveAccessibleDescription(
      /Projects can be edited once hacking starts/,
    );
    // The header no longer promises changes that the form refuses.
    await expect(page.getByText("until then you can change it")).toHaveCount(0);
    await saveViewportShots(page, "project-before-hacking");
  });

  test("a young person awaiting consent is told why they can't form a team, and where to resend", async ({
    page,
  }) => {
    const slug = uniqueSlug("consent");
    const event = await createPublishedEvent({
      slug,
      name: `Festival ${slug}`,
      organiserEmail: uniqueEmail("organiser"),
      timeline: REGISTRATION_OPEN,
    });
    const young = uniqueEmail("young");
    await createCentreWithLead({
      eventId: event.id,
      centreName: `Library ${slug}`,
      capacity: 20,
      leadEmail: uniqueEmail("lead"),
      people: [{ email: young, name: "Kit Young", dateOfBirth: "2013-04-04", minor: true }],
    });
    // Their account has a name, which the header shows instead of the address signIn looks for.
    await requestSignInLink(page, young);
    await latestSignInLink(page, young);
    await page
      .getByRole("link", { name: `Sign in as ${young}`, exact: true })
      .first()
      .click();
    await continueSigningIn(page);
    await expect(page.getByRole("banner").getByRole("link", { name: "Kit Young" })).toBeVisible();
    for (const path of ["team", "submission"]) {
      await page.goto(`/events/${slug}/${path}`);
      await expect(
        page
          .getByRole("status")
          .filter({ hasText: "needs to give their consent before you can join or create a team" }),
      ).toBeVisible();
      await expect(page.getByRole("link", { name: "Find a team or start one" })).toHaveCount(0);
      await expect(
        page.getByRole("link", { name: "Check their email address or send the link again" }),
      ).toHaveAttribute("href", `/events/${slug}/registration`);
      await expectNoA11yViolations(page);
    }
    await page.goto(`/events/${slug}/team`);
    await saveViewportShots(page, "team-awaiting-consent");
  });
});

test.describe("every problem at once", () => {
  test("the registration form reports the centre with every other problem, once each, and focuses the summary", async ({
    page,
  }) => {
    const slug = uniqueSlug("reg");
    const event = await createPublishedEvent({
      slug,
      name: `Festival ${slug}`,
      organiserEmail: uniqueEmail("organiser"),
      timeline: REGISTRATION_OPEN,
    });
    await createCentreWithLead({
      eventId: event.id,
      centreName: `Leeds Library ${slug}`,
      capacity: 20,
      leadEmail: uniqueEmail("lead"),
      people: [],
    });
    await signIn(page, uniqueEmail("participant"));
    await page.goto(`/events/${slug}/register`);
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Register", exact: true }).click();

    await expect(summary(page)).toBeFocused();
    const items = await summaryItems(page);
    expect(items).toEqual([
      "Your name: Enter your name",
      "Centre: Choose the centre you'll attend",
      "Your coding experience: Choose your experience",
      "Date of birth: Enter your date of birth",
      "Code of conduct: Accept the code of conduct to register",
    ]);
    expect(new Set(items).size).toBe(items.length);
    await expect(page.getByLabel("Centre", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(page);
    await saveViewportShots(page, "register-all-problems");

    // A link in the summary takes focus to its field.
    await summary(page)
      .getByRole("link", { name: /^Centre:/ })
      .click();
    await expect(page.getByLabel("Centre", { exact: true })).toBeFocused();

    // A young person's missing guardian address comes with the rest, not after it.
    await page.getByLabel("Date of birth", { exact: true }).fill("2013-04-04");
    await page.getByRole("button", { name: "Register", exact: true }).click();
    await expect(summary(page)).toBeFocused();
    const young = await summaryItems(page);
    expect(young).toContain(
      "Parent or guardian's email: You're under 18 when the event starts, so we need a parent or guardian's email address",
    );
    // So does a young person's missing nickname (main's rule, now checked with the rest).
    expect(young).toContain(
      "Nickname: Choose a nickname: you're under 18 when the event starts, so other participants see it instead of your name",
    );
  });

  test("the event form reports date order and team sizes together with every other problem", async ({
    page,
  }) => {
    const admin = uniqueEmail("admin");
    await makePlatformAdmin(admin);
    await signIn(page, admin);
    await page.goto("/manage/events/new");
    await expectNoA11yViolations(page);
    await page.getByLabel("Web address", { exact: true }).fill("Not A Slug");
    await page.getByLabel("Organiser's email", { exact: true }).fill("nobody");
    await page.getByLabel("Registration opens", { exact: true }).fill("2031-05-10T09:00");
    await page.getByLabel("Registration closes", { exact: true }).fill("2031-05-01T09:00");
    await page.getByLabel("Hacking starts", { exact: true }).fill("2031-05-20T09:00");
    await page.getByLabel("Submission deadline", { exact: true }).fill("2031-05-21T17:00");
    await page.getByLabel("Judging closes", { exact: true }).fill("2031-05-22T17:00");
    await page.getByLabel("Results announced", { exact: true }).fill("2031-05-23T17:00");
    await page.getByLabel("Smallest team", { exact: true }).fill("5");
    await page.getByLabel("Largest team", { exact: true }).fill("2");
    await page.getByRole("button", { name: "Create draft event" }).click();

    await expect(summary(page)).toBeFocused();
    const items = await summaryItems(page);
    expect(items).toEqual([
      expect.stringMatching(/^Name: /),
      "Web address: Use lower-case letters, digits and single hyphens",
      "Organiser's email: Enter a valid email address",
      "Registration closes: Registration must close after it opens",
      "Largest team: The largest team size can't be smaller than the smallest",
    ]);
    expect(new Set(items).size).toBe(items.length);
    await expect(page.getByLabel("Largest team", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(page);
    await saveViewportShots(page, "event-form-all-problems");
  });
});

test.describe("no dead ends", () => {
  test("a save after signing out in another tab offers to sign in again, and keeps what was typed", async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const slug = uniqueSlug("out");
    const event = await createPublishedEvent({
      slug,
      name: `Festival ${slug}`,
      organiserEmail: uniqueEmail("organiser"),
      timeline: HACKING_WITH_REGISTRATION_OPEN,
    });
    const captain = uniqueEmail("captain");
    await createTeamWithCaptain({ eventId: event.id, teamName: `Team ${slug}`, captainEmail: captain });
    await signIn(page, captain, "Casey Captain");
    await openProjectEditor(page, slug);
    await page.getByLabel("Title", { exact: true }).fill("Bus Buddy");
    await page.getByLabel("Description", { exact: true }).fill("Typed before the session ended.");

    // Another tab signs out.
    const other = await context.newPage();
    await other.goto("/");
    await other.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
    await expect(other.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    await other.close();

    await page.getByRole("button", { name: "Save", exact: true }).click();
    const problem = page.getByRole("alert").filter({ hasText: "You're signed out" });
    await expect(problem).toBeFocused();
    await expect(page.getByLabel("Description", { exact: true })).toHaveValue(
      "Typed before the session ended.",
    );
    await expectNoA11yViolations(page);
    await saveViewportShots(page, "signed-out-save");

    await problem.getByRole("link", { name: "Sign in again" }).click();
    await expect(page).toHaveURL(
      new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(`/events/${slug}/submission`)}$`),
    );
    await page.getByLabel("Email address").fill(captain);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    await latestSignInLink(page, captain);
    await page
      .getByRole("link", { name: `Sign in as ${captain}`, exact: true })
      .first()
      .click();
    await continueSigningIn(page);

    // Back on the editor, with what was typed.
    await expect(page).toHaveURL(new RegExp(`/events/${slug}/submission$`));
    await expect(page.getByRole("status").filter({ hasText: "We kept what you typed" })).toBeVisible();
    await expect(page.getByLabel("Description", { exact: true })).toHaveValue(
      "Typed before the session ended.",
    );
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Bus Buddy");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("an image over 2 MB or without a description marks its field and keeps every typed value", async ({
    page,
  }) => {
    const slug = uniqueSlug("img");
    const event = await createPublishedEvent({
      slug,
      name: `Festival ${slug}`,
      organiserEmail: uniqueEmail("organiser"),
      timeline: HACKING_WITH_REGISTRATION_OPEN,
    });
    const captain = uniqueEmail("captain");
    await createTeamWithCaptain({ eventId: event.id, teamName: `Team ${slug}`, captainEmail: captain });
    await signIn(page, captain, "Casey Captain");
    await openProjectEditor(page, slug);
    await page.getByLabel("Title", { exact: true }).fill("Bus Buddy");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    // A description typed but not saved yet must survive whatever happens to the image.
    await page.getByLabel("Description", { exact: true }).fill("Not saved yet, and not to be lost.");
    const images = page.getByRole("region", { name: /^Images/ });
    await images.getByLabel("Describe the image").fill("The home screen");
    await images.getByLabel("Image file").setInputFiles({
      name: "huge.png",
      mimeType: "image/png",
      buffer: Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024 + 10)]),
    });
    await images.getByRole("button", { name: "Add image" }).click();
    await expect(images.getByRole("alert")).toBeFocused();
    await expect(images.getByLabel("Image file")).toHaveAttribute("aria-invalid", "true");
    await expect(images.getByLabel("Image file")).toHaveAccessibleDescription(/Images can be at most 2 MB/);
    await expect(page.getByLabel("Description", { exact: true })).toHaveValue(
      "Not saved yet, and not to be lost.",
    );
    await expect(images.getByLabel("Describe the image")).toHaveValue("The home screen");
    await expectNoA11yViolations(page);

    // No description: refused at that field, before anything is sent.
    const uploads = countCalls(page, "submissions.addImage");
    await images.getByLabel("Describe the image").fill("");
    await images
      .getByLabel("Image file")
      .setInputFiles({ name: "shot.png", mimeType: "image/png", buffer: png });
    await images.getByRole("button", { name: "Add image" }).click();
    await expect(images.getByLabel("Describe the image")).toHaveAttribute("aria-invalid", "true");
    await expect(images.getByLabel("Describe the image")).toHaveAccessibleDescription(
      /Describe the image for people who can't see it/,
    );
    expect(uploads()).toBe(0);

    await images.getByLabel("Describe the image").fill("The home screen");
    await images.getByRole("button", { name: "Add image" }).dblclick();
    await expect(page.getByRole("status").filter({ hasText: "Image added." })).toBeVisible();
    await expect(images.getByRole("img", { name: "The home screen" })).toHaveCount(1);
    expect(uploads()).toBe(1);
    await expect(page.getByLabel("Description", { exact: true })).toHaveValue(
      "Not saved yet, and not to be lost.",
    );
    await expectNoA11yViolations(page);
    await saveViewportShots(page, "project-images");
  });
});
