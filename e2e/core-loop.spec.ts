// The core loop end to end: a sponsor's challenge goes through review onto an event, participants
// register, team up and submit a project entering it, and after the deadline the project is public;
// and a young person takes part once a guardian has consented through the emailed link.
//
// Events are created straight in the database (e2e/support/db.ts) with timestamps relative to the
// database's now(), the app's rule clock; "after the deadline" is reached by moving them into the past.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectSignedOut, signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import {
  createPublishedEvent,
  createTeamWithCaptain,
  DEADLINE_PASSED,
  HACKING_WITH_REGISTRATION_OPEN,
  REGISTRATION_OPEN,
  setEventTimeline,
  type SeededEvent,
} from "./support/db";
import { addDays, todayUtc, type CivilDate } from "./support/london";
import { saveViewportShots } from "./support/screenshots";

function uniqueSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

const formProblem = (page: Page) =>
  page.getByRole("alert").filter({ hasText: "Some answers need fixing. Check the fields marked below." });

const isoDate = (d: CivilDate): string =>
  `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;

/** A new browser context and page, signed in as `email`. */
async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Registers through the event page's Register link; returns on the registration page. */
interface Answers {
  name: string;
  nickname?: string;
  experience: string;
  dateOfBirth: string;
  guardianEmail?: string;
}

async function register(page: Page, event: SeededEvent, answers: Answers): Promise<void> {
  await page.goto(`/events/${event.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: event.name })).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Register", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.slug}/register$`));
  await expect(page.getByRole("heading", { level: 1, name: "Register" })).toBeVisible();
  await expectNoA11yViolations(page);
  await fillRegistration(page, answers);
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.slug}/registration$`)); // ?registered=1 is taken out once its notice shows
  await expect(page.getByRole("heading", { level: 1, name: "Your registration" })).toBeVisible();
}

async function fillRegistration(page: Page, answers: Answers): Promise<void> {
  await page.getByLabel("Your name", { exact: true }).fill(answers.name);
  await page.getByLabel(/^Nickname/).fill(answers.nickname ?? "");
  await page.getByRole("radio", { name: answers.experience }).check();
  await page.getByLabel("Date of birth", { exact: true }).fill(answers.dateOfBirth);
  await page.getByLabel(/^Parent or guardian's email/).fill(answers.guardianEmail ?? "");
  await page.getByRole("checkbox", { name: /I have read and accept the event's code of conduct/ }).check();
}

/** Creates a team from the team finder page; returns on the new team's page. */
async function createTeam(page: Page, event: SeededEvent, teamName: string): Promise<void> {
  await page.getByLabel("Team name", { exact: true }).fill(teamName);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.slug}/team$`));
  await expect(page.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  await expect(page.getByText("1 of 5 members · You're the captain")).toBeVisible();
  await expectNoA11yViolations(page);
}

test.describe("the core loop", () => {
  test("a sponsor's challenge is reviewed and published, a team enters it, and the project is public after the deadline", async ({
    page: sponsor,
    browser,
  }) => {
    // Four people and a visitor, about forty pages each checked with axe: longer than the default.
    // The longest journey of the suite (three people, every page checked with axe at two widths): about
    // two minutes on an idle 2-core machine; beside another spec on a busy CI run it took just over
    // four, so it gets six.
    test.setTimeout(360_000);
    const slug = uniqueSlug("loop");
    const organiserEmail = uniqueEmail("organiser");
    const event = await createPublishedEvent({
      slug,
      name: `Festival ${slug}`,
      organiserEmail,
      timeline: HACKING_WITH_REGISTRATION_OPEN,
    });
    const organisationName = `Acme Transit ${slug}`;
    const challengeTitle = `Buses on time ${slug}`;

    // --- The sponsor creates an organisation and drafts a challenge for the event.
    await signIn(sponsor, uniqueEmail("sponsor"));
    await sponsor.goto("/organisations");
    await expect(sponsor.getByRole("heading", { level: 1, name: "Your organisations" })).toBeVisible();
    await expectNoA11yViolations(sponsor);
    await sponsor.getByRole("link", { name: "New organisation" }).click();
    await expect(sponsor).toHaveURL(/\/organisations\/new$/);
    await expectNoA11yViolations(sponsor);

    await sponsor.getByRole("button", { name: "Create organisation" }).click();
    await expect(formProblem(sponsor)).toBeVisible();
    await expect(sponsor.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(sponsor);

    await sponsor.getByLabel("Name", { exact: true }).fill(organisationName);
    await sponsor.getByLabel("Kind of organisation").selectOption({ label: "Public sector" });
    await sponsor.getByRole("button", { name: "Create organisation" }).click();
    await expect(sponsor).toHaveURL(/\/organisations\/[^/]+\/manage$/);
    await expect(sponsor.getByRole("heading", { level: 1, name: organisationName })).toBeVisible();
    await expect(sponsor.getByText("No challenges yet.")).toBeVisible();
    await expectNoA11yViolations(sponsor);

    await sponsor.getByLabel("Event", { exact: true }).selectOption({ label: event.name });
    await sponsor.getByRole("button", { name: "Create draft" }).click();
    await expect(formProblem(sponsor)).toBeVisible();
    await expect(sponsor.getByLabel("Title", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expectNoA11yViolations(sponsor);

    await sponsor.getByLabel("Title", { exact: true }).fill(challengeTitle);
    await sponsor.getByLabel("Summary", { exact: true }).fill("Help people know when the next bus comes.");
    await sponsor
      .getByLabel("Problem statement", { exact: true })
      .fill("## Why it matters\n\nTimetables say one thing, the street another. Use the **live feed**.");
    await sponsor.getByLabel("Sector", { exact: true }).fill("transport");
    await sponsor.getByLabel("Prize", { exact: true }).fill("A day with our data team");
    await sponsor.getByRole("button", { name: "Create draft" }).click();
    await expect(sponsor).toHaveURL(/\/organisations\/[^/]+\/manage\/challenges\/[^/]+$/);
    // The status badge beside the title (the history below repeats the same words).
    const header = sponsor
      .locator("main div")
      .filter({
        has: sponsor.getByRole("heading", { level: 1, name: challengeTitle }),
      })
      .last();
    await expect(sponsor.getByRole("heading", { level: 1, name: challengeTitle })).toBeVisible();
    await expect(header.getByText("Draft", { exact: true })).toBeVisible();
    await expectNoA11yViolations(sponsor);

    await sponsor.getByRole("button", { name: "Submit for review" }).click();
    await expect(header.getByText("Waiting for review", { exact: true })).toBeVisible();
    await expect(
      sponsor.getByText("The organisers are reviewing it. It can't be edited meanwhile."),
    ).toBeVisible();
    await expect(sponsor.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
    await expectNoA11yViolations(sponsor);

    // --- The event's organiser approves and publishes it.
    const organiser = await signedInPage(browser, organiserEmail);
    await organiser.getByRole("banner").getByRole("link", { name: "Manage", exact: true }).click();
    await expect(organiser).toHaveURL(/\/manage$/);
    await expectNoA11yViolations(organiser);
    await organiser.getByRole("link", { name: event.name }).click();
    await expect(organiser).toHaveURL(new RegExp(`/manage/events/${event.id}$`));
    await expect(organiser.getByRole("heading", { name: "Status: Published" })).toBeVisible();
    await expectNoA11yViolations(organiser);
    await organiser.getByRole("link", { name: "Review challenges" }).click();
    await expect(organiser).toHaveURL(new RegExp(`/manage/events/${event.id}/challenges$`));
    await expect(
      organiser.getByRole("heading", { level: 1, name: `Challenges for ${event.name}` }),
    ).toBeVisible();
    await expect(organiser.getByText("1 waiting for review.")).toBeVisible();
    const review = organiser.getByRole("article", { name: challengeTitle });
    const reviewBadge = review
      .locator("div")
      .filter({ has: organiser.getByRole("heading", { name: challengeTitle }) });
    await expect(review.getByText(organisationName, { exact: false })).toBeVisible();
    await expect(reviewBadge.getByText("Waiting for review", { exact: true })).toBeVisible();
    await expectNoA11yViolations(organiser);
    await saveViewportShots(organiser, "challenge-review");

    await review.getByRole("button", { name: "Approve" }).click();
    await expect(reviewBadge.getByText("Approved", { exact: true })).toBeVisible();
    await expect(review.getByRole("status")).toHaveText(
      "Approved. The organisation has been emailed; publish it when you are ready.",
    );
    await expect(organiser.getByText("Nothing is waiting for review.")).toBeVisible();
    await expectNoA11yViolations(organiser);
    await review.getByRole("button", { name: "Publish" }).click();
    await expect(reviewBadge.getByText("Published", { exact: true })).toBeVisible();
    await expect(review.getByRole("button")).toHaveCount(0);
    // The message now is the publication's, not the approval's.
    await expect(review.getByRole("status")).toHaveText("Published: it is on the event page now.");
    await expectNoA11yViolations(organiser);

    // The sponsor sees it published too.
    await sponsor.reload();
    await expect(header.getByText("Published", { exact: true })).toBeVisible();
    await expectNoA11yViolations(sponsor);
    await organiser.context().close();

    // --- Two adults register; the challenge is on the event page.
    const teamName = `Night Owls ${slug}`;
    const captain = await signedInPage(browser, uniqueEmail("captain"));
    await register(captain, event, {
      name: "Cat Captain",
      experience: "Some experience",
      dateOfBirth: "1990-05-14",
    });
    await expect(captain.getByTestId("registration-status")).toHaveText("Confirmed");
    await expect(captain.getByText("You're registered. See you there!")).toBeVisible();
    await expectNoA11yViolations(captain);

    await captain.getByRole("link", { name: event.name }).click();
    await expect(captain.getByRole("heading", { level: 2, name: "You're registered" })).toBeVisible();
    const challenges = captain.locator("section").filter({
      has: captain.getByRole("heading", { level: 2, name: "Challenges" }),
    });
    await expect(challenges.getByText(`${organisationName} · transport`)).toBeVisible();
    await expectNoA11yViolations(captain);
    await challenges.getByRole("link", { name: challengeTitle }).click();
    await expect(captain.getByRole("heading", { level: 1, name: challengeTitle })).toBeVisible();
    await expect(captain.getByRole("heading", { name: "Why it matters" })).toBeVisible();
    await expectNoA11yViolations(captain);

    const member = await signedInPage(browser, uniqueEmail("member"));
    await register(member, event, {
      name: "Mo Member",
      experience: "New to coding",
      dateOfBirth: "2001-11-02",
    });
    await expect(member.getByTestId("registration-status")).toHaveText("Confirmed");
    await expectNoA11yViolations(member);

    // --- One starts a team; the other joins with the code shown to the captain.
    await captain.goto(`/events/${slug}/teams`);
    await expect(captain.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
    await expectNoA11yViolations(captain);
    await createTeam(captain, event, teamName);
    const code = (await captain.getByTestId("join-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    await member.goto(`/events/${slug}/teams/join`);
    await expect(member.getByRole("heading", { level: 1, name: "Join a team" })).toBeVisible();
    await expectNoA11yViolations(member);
    await member.getByLabel("Team code").fill(code.toLowerCase());
    await member.getByRole("button", { name: "Find team" }).click();
    await expect(member.getByText(`Join ${teamName}? It has 1 of 5 places taken.`)).toBeVisible();
    await expectNoA11yViolations(member);
    await member.getByRole("button", { name: "Join team" }).click();
    await expect(member).toHaveURL(new RegExp(`/events/${slug}/team$`));
    await expect(member.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
    await expect(member.getByText("2 of 5 members", { exact: true })).toBeVisible();
    // Only the captain gets the captain's tools.
    await expect(member.getByTestId("join-code")).toHaveCount(0);
    await expectNoA11yViolations(member);

    await captain.reload();
    await expect(captain.getByText("2 of 5 members · You're the captain")).toBeVisible();
    await expect(captain.getByRole("button", { name: /^Make captain/ })).toHaveCount(1);
    await expectNoA11yViolations(captain);
    await saveViewportShots(captain, "team-captain");

    // --- The captain saves and submits the project, entering the challenge.
    const projectTitle = `Bus Buddy ${slug}`;
    await captain.goto(`/events/${slug}/submission`);
    await expect(captain.getByRole("heading", { level: 1, name: "Your project" })).toBeVisible();
    await expect(captain.getByText("Save your project once to add images.")).toBeVisible();
    await expectNoA11yViolations(captain);
    await captain.getByLabel("Title", { exact: true }).fill(projectTitle);
    await captain.getByLabel("Tagline", { exact: true }).fill("Know when the next bus really comes.");
    await captain
      .getByLabel("Description", { exact: true })
      .fill("A small web app that reads the **live feed** and tells you when to leave home.");
    await captain.getByLabel("Code repository", { exact: true }).fill("https://example.org/bus-buddy");
    await captain.getByLabel("Technologies", { exact: true }).fill("TypeScript, open data");
    await captain.getByRole("checkbox", { name: challengeTitle }).check();
    await captain.getByRole("button", { name: "Save", exact: true }).click();
    await expect(captain.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    await expect(captain.getByRole("heading", { name: "Status: Draft — not submitted yet" })).toBeVisible();
    await expectNoA11yViolations(captain);
    await captain.getByRole("button", { name: "Submit this version" }).click();
    await expect(
      captain
        .getByRole("status")
        .filter({ hasText: "Submitted. You can still change it until the deadline." }),
    ).toBeVisible();
    await expect(captain.getByRole("heading", { name: "Status: Submitted" })).toBeVisible();
    await expect(captain.getByRole("button", { name: "Submit this version" })).toHaveCount(0);
    await expectNoA11yViolations(captain);
    await saveViewportShots(captain, "submission-editor");

    // The other member sees the team's project and keeps the editor open over the deadline.
    await member.goto(`/events/${slug}/submission`);
    await expect(member.getByRole("heading", { name: "Status: Submitted" })).toBeVisible();
    await expect(member.getByLabel("Title", { exact: true })).toHaveValue(projectTitle);
    await expect(member.getByRole("checkbox", { name: challengeTitle })).toBeChecked();
    await expectNoA11yViolations(member);

    // Before the deadline the gallery is closed to visitors.
    const visitorContext = await browser.newContext();
    const visitor = await visitorContext.newPage();
    await visitor.goto(`/events/${slug}/projects`);
    await expect(visitor.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    await expect(
      visitor.getByText(
        /^The projects will appear here when submissions close, on .+\(Europe\/London time\)\.$/,
      ),
    ).toBeVisible();
    await expect(visitor.getByRole("link", { name: projectTitle })).toHaveCount(0);
    await expectSignedOut(visitor);
    await expectNoA11yViolations(visitor);

    // --- The deadline passes.
    await setEventTimeline(event.id, DEADLINE_PASSED);

    // A save from the editor left open is refused.
    await member.getByLabel("Tagline", { exact: true }).fill("A late change.");
    await member.getByRole("button", { name: "Save", exact: true }).click();
    await expect(
      member
        .getByRole("alert")
        .filter({ hasText: /^Submissions closed on .+: the project can no longer change\./ }),
    ).toBeVisible();
    await expectNoA11yViolations(member);
    await member.reload();
    await expect(
      member
        .getByRole("status")
        .filter({ hasText: /^Submissions closed on .+: the project can no longer change\.$/ }),
    ).toBeVisible();
    await expect(member.getByLabel("Tagline", { exact: true })).toHaveValue(
      "Know when the next bus really comes.",
    );
    await expect(member.getByLabel("Title", { exact: true })).toBeDisabled();
    await expect(member.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
    await expect(member.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
    await expectNoA11yViolations(member);

    // The team can't change any more either.
    await captain.goto(`/events/${slug}/team`);
    await expect(
      captain
        .getByRole("status")
        .filter({ hasText: /^Teams closed at the submission deadline, on .+: they can no longer change\.$/ }),
    ).toBeVisible();
    await expect(captain.getByTestId("join-code")).toHaveCount(0);
    await expect(captain.getByRole("button", { name: "Leave team" })).toHaveCount(0);
    await expectNoA11yViolations(captain);

    // --- A signed-out visitor finds the project in the gallery.
    await visitor.reload();
    const card = visitor
      .getByRole("listitem")
      .filter({ has: visitor.getByRole("link", { name: projectTitle }) });
    await expect(card).toHaveCount(1);
    await expect(card.getByText("Know when the next bus really comes.")).toBeVisible();
    await expect(card.getByText(`Team ${teamName}`)).toBeVisible();
    await expectNoA11yViolations(visitor);
    await saveViewportShots(visitor, "gallery");

    await card.getByRole("link", { name: projectTitle }).click();
    await expect(visitor).toHaveURL(new RegExp(`/events/${slug}/projects/[^/]+$`));
    await expect(visitor.getByRole("heading", { level: 1, name: projectTitle })).toBeVisible();
    await expect(visitor.getByText("Know when the next bus really comes.")).toBeVisible();
    await expect(visitor.getByText("live feed", { exact: true })).toBeVisible();
    await expect(visitor.getByRole("link", { name: "Code", exact: true })).toHaveAttribute(
      "href",
      "https://example.org/bus-buddy",
    );
    await expect(visitor.getByText("Built with TypeScript, open data.")).toBeVisible();
    // Adults are credited by the names they registered with.
    await expect(
      visitor.getByText(`Team ${teamName} · by Cat Captain and Mo Member`, { exact: true }),
    ).toBeVisible();
    await expect(visitor.getByRole("link", { name: challengeTitle })).toBeVisible();
    await expectSignedOut(visitor);
    await expectNoA11yViolations(visitor);
    await saveViewportShots(visitor, "project");

    await visitorContext.close();
    await captain.context().close();
    await member.context().close();
  });

  test("a young person takes part once a guardian consents through the emailed link", async ({
    page: young,
    browser,
  }) => {
    // Three people and a guardian through the real pages: close to a minute on an idle machine.
    test.setTimeout(150_000);
    const slug = uniqueSlug("young");
    const event = await createPublishedEvent({
      slug,
      name: `Youth festival ${slug}`,
      organiserEmail: uniqueEmail("organiser"),
      timeline: REGISTRATION_OPEN,
    });
    const existing = await createTeamWithCaptain({
      eventId: event.id,
      teamName: `Existing team ${slug}`,
      captainEmail: uniqueEmail("other-captain"),
    });
    const guardianEmail = uniqueEmail("guardian");
    // Hacking starts in 7 days: born 15 years and about seven weeks before that, so 15 at the start.
    const startDay = addDays(todayUtc(), 7);
    const dateOfBirth = isoDate(addDays({ ...startDay, year: startDay.year - 15 }, -50));

    const youngEmail = uniqueEmail("young");
    await signIn(young, youngEmail);
    await young.goto(`/events/${slug}/register`);
    await expect(young.getByRole("heading", { level: 1, name: "Register" })).toBeVisible();
    await expectNoA11yViolations(young);

    // Registration asks for a name before anything else; without one, nothing is sent.
    await fillRegistration(young, { name: "", experience: "New to coding", dateOfBirth });
    await young.getByRole("button", { name: "Register", exact: true }).click();
    await expect(formProblem(young)).toBeVisible();
    const nameField = young.getByLabel("Your name", { exact: true });
    await expect(nameField).toHaveAttribute("aria-invalid", "true");
    await expect(nameField).toHaveAccessibleDescription(/Enter your name/);
    await expectNoA11yViolations(young);

    // Under 18 without a nickname or a guardian's email: refused, with the reasons at the fields.
    await nameField.fill("Jess Okoro");
    await young.getByRole("button", { name: "Register", exact: true }).click();
    await expect(formProblem(young)).toBeVisible();
    const nicknameField = young.getByLabel(/^Nickname/);
    await expect(nicknameField).toHaveAttribute("aria-invalid", "true");
    await expect(nicknameField).toHaveAccessibleDescription(/Choose a nickname/);
    await nicknameField.fill("PixelFox");
    await young.getByRole("button", { name: "Register", exact: true }).click();
    await expect(formProblem(young)).toBeVisible();
    const guardianField = young.getByLabel(/^Parent or guardian's email/);
    await expect(guardianField).toHaveAttribute("aria-invalid", "true");
    await expect(guardianField).toHaveAccessibleDescription(
      /You're under 18 when the event starts, so we need a parent or guardian's email address/,
    );
    await expect(young).toHaveURL(new RegExp(`/events/${slug}/register$`));
    await expectNoA11yViolations(young);
    await saveViewportShots(young, "register-young");

    await guardianField.fill(guardianEmail);
    await young.getByRole("button", { name: "Register", exact: true }).click();
    await expect(young).toHaveURL(new RegExp(`/events/${slug}/registration$`)); // ?registered=1 is taken out once its notice shows
    await expect(young.getByText("You're registered. We've emailed your parent or guardian.")).toBeVisible();
    await expect(young.getByTestId("registration-status")).toHaveText(
      "Waiting for your parent or guardian's consent",
    );
    await expectNoA11yViolations(young);

    // No team before consent: neither starting one nor joining with a code.
    const consentMessage = /needs to give their consent before you can join or create a team/;
    await young.goto(`/events/${slug}/teams`);
    await expect(young.getByRole("status").filter({ hasText: consentMessage })).toBeVisible();
    await expect(young.getByRole("button", { name: "Create team" })).toHaveCount(0);
    await expect(young.getByRole("button", { name: /^Ask to join/ })).toHaveCount(0);
    await expectNoA11yViolations(young);
    await young.goto(`/events/${slug}/teams/join?code=${existing.joinCode}`);
    await expect(young.getByRole("status").filter({ hasText: consentMessage })).toBeVisible();
    await expect(young.getByRole("button", { name: "Join team" })).toHaveCount(0);
    await expectNoA11yViolations(young);

    // The guardian opens the emailed link in a browser of their own, without an account.
    const guardianContext = await browser.newContext();
    const guardian = await guardianContext.newPage();
    await guardian.goto(`/dev/outbox?to=${encodeURIComponent(guardianEmail)}`);
    await expect(guardian.getByTestId("outbox-to")).toHaveText([guardianEmail]);
    await expectNoA11yViolations(guardian);
    await guardian.getByRole("link", { name: /\/consent\// }).click();
    await expect(guardian).toHaveURL(/\/consent\/[^/]+$/);
    // The guardian is told who it is for, by first name only.
    await expect(guardian.getByRole("heading", { level: 1, name: "Consent for Jess" })).toBeVisible();
    await expect(guardian.getByText("Okoro")).toHaveCount(0);
    await expect(guardian.getByText(event.name, { exact: true })).toBeVisible();
    // What they agree to says how to withdraw: the way the product offers it.
    await expect(
      guardian.getByText(/withdraw this consent at any time by opening the link in the email/),
    ).toBeVisible();
    await expect(guardian.getByText(/by contacting the organisers/)).toHaveCount(0);
    await expectSignedOut(guardian);
    await expectNoA11yViolations(guardian);

    // Nothing is ticked for them; attending is required.
    await guardian.getByLabel("Your full name").fill("Pat Guardian");
    await guardian.getByRole("button", { name: "Give consent" }).click();
    await expect(formProblem(guardian)).toBeVisible();
    const attend = guardian.getByRole("checkbox", { name: /Permission to attend \(required\)/ });
    await expect(attend).toHaveAttribute("aria-invalid", "true");
    await expect(attend).toHaveAccessibleDescription(/Permission to attend is needed for them to take part/);
    await expectNoA11yViolations(guardian);

    await attend.check();
    await guardian.getByRole("button", { name: "Give consent" }).click();
    await expect(
      guardian.getByRole("status").filter({ hasText: "Thank you. Your consent is recorded" }),
    ).toBeVisible();
    await expectNoA11yViolations(guardian);

    // The same link cannot give consent again: it shows what was given, and offers to withdraw it.
    await guardian.reload();
    await expect(guardian.getByRole("status").filter({ hasText: /^You gave consent for / })).toContainText(
      "Photos and video: not allowed",
    );
    await expect(guardian.getByRole("button", { name: "Give consent" })).toHaveCount(0);
    await expectNoA11yViolations(guardian);
    await saveViewportShots(guardian, "consent-given");

    // Now the young person is confirmed and can start a team.
    await young.goto(`/events/${slug}/registration`);
    await expect(young.getByTestId("registration-status")).toHaveText("Confirmed");
    await expectNoA11yViolations(young);
    await young.goto(`/events/${slug}/teams`);
    await expect(young.getByText(consentMessage)).toHaveCount(0);
    await expectNoA11yViolations(young);
    await createTeam(young, event, `Young coders ${slug}`);

    // The guardian changes their mind: withdrawing asks first (Cancel changes nothing), then the young
    // person is told, on their registration page and by email.
    await guardian.getByRole("button", { name: "Withdraw consent" }).click();
    const confirm = guardian.getByRole("alertdialog", { name: /^Withdraw your consent for / });
    await expect(confirm).toBeVisible();
    await expectNoA11yViolations(guardian);
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(confirm).toHaveCount(0);
    await guardian.getByRole("button", { name: "Withdraw consent" }).click();
    await guardian.getByRole("alertdialog").getByRole("button", { name: "Withdraw consent" }).click();
    await expect(
      guardian.getByRole("status").filter({ hasText: /^You withdrew your consent/ }),
    ).toBeVisible();
    await expectNoA11yViolations(guardian);
    await guardianContext.close();

    await young.goto(`/events/${slug}/registration`);
    await expect(young.getByTestId("registration-status")).toHaveText(
      "Waiting for your parent or guardian's consent",
    );
    await expect(
      young.getByRole("status").filter({ hasText: /^Your parent or guardian withdrew their consent on / }),
    ).toBeVisible();
    // Nothing is on its way to the guardian after a withdrawal, so the page does not say so.
    await expect(young.getByText(/We emailed them a link/)).toHaveCount(0);
    await expect(young.getByText(/check their inbox/)).toHaveCount(0);
    await expectNoA11yViolations(young);
    await saveViewportShots(young, "registration-consent-withdrawn");

    // The young person heard both changes from us, by email, greeted by name.
    await young.goto(`/dev/outbox?to=${encodeURIComponent(youngEmail)}`);
    await expect(young.getByRole("heading", { name: `You can take part in ${event.name}` })).toBeVisible();
    await expect(
      young.getByRole("heading", { name: `Your guardian withdrew consent for ${event.name}` }),
    ).toBeVisible();
    await expectNoA11yViolations(young);
  });
});
