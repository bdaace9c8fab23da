// The site in Welsh (docs/languages.md): /cy is the home page in Welsh, in a Welsh frame, with dates in
// Welsh; the switch at the foot of every page remembers the choice; a page not translated yet is served in
// English at its English address.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { addressIn } from "../server/http/locales.mjs";
import { expectNoA11yViolations } from "./support/axe";
import { expectLanguageLinks, WELSH_MONTH } from "./support/languages";
import { saveViewportShots } from "./support/screenshots";
import {
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  DEADLINE_PASSED,
  refreshPublicPages,
  REGISTRATION_OPEN,
  withDatabase,
} from "./support/db";
import { uniqueEmail } from "./support/auth";

test("the home page in Welsh: its frame, its words, its dates, and English left as it was", async ({
  page,
}) => {
  const slug = `cymraeg-${Date.now().toString(36)}`;
  await createPublishedEvent({
    slug,
    name: `Hacio ${slug}`,
    organiserEmail: uniqueEmail("welsh-organiser"),
    timeline: REGISTRATION_OPEN,
  });
  await refreshPublicPages();

  const response = await page.goto("/cy");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Adeiladwch rywbeth sy'n bwysig" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Neidio i'r cynnwys" })).toBeAttached();
  const nav = page.getByRole("navigation", { name: "Prif ddewislen" });
  await expect(nav.getByRole("link", { name: "Digwyddiadau" })).toHaveAttribute("href", "/cy");
  await expect(nav.getByRole("link", { name: "Mewngofnodi" })).toBeVisible();
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Preifatrwydd" })).toBeVisible();
  const card = page.getByRole("listitem").filter({ hasText: `Hacio ${slug}` });
  await expect(card.getByText("Cofrestru ar agor")).toBeVisible();
  await expect(card.getByText("Cofrestru'n cau:")).toBeVisible();
  await expect(card).toContainText(WELSH_MONTH);
  await expect(card.getByRole("link", { name: `Hacio ${slug}` })).toHaveAttribute(
    "href",
    `/cy/events/${slug}`,
  );
  // Search engines are told of both languages.
  await expect(page.locator('link[rel="alternate"][hreflang="cy"]')).toHaveAttribute("href", /\/cy$/);
  // The English home page is the site's bare address (Next writes "/" as the origin alone).
  await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute(
    "href",
    /^https?:\/\/[^/]+\/?$/,
  );
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "home-welsh");
  // A hostile query string changes nothing (the page is the cached one).
  expect((await page.request.get("/cy?lang=en&lang=cy&%FF=1&x[]=2")).status()).toBe(200);

  // The English home page is unchanged.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("heading", { level: 1, name: "Build something that matters" })).toBeVisible();
  const english = page.getByRole("listitem").filter({ hasText: `Hacio ${slug}` });
  await expect(english.getByText("Registration open")).toBeVisible();
  await expect(english).not.toContainText(WELSH_MONTH);
});

test("an event's page in Welsh: its sections, dates and notices, its English page unchanged", async ({
  page,
}) => {
  const slug = `digwyddiad-${Date.now().toString(36)}`;
  // Registration a day away: the registration section says when it opens, in Welsh.
  await createPublishedEvent({
    slug,
    name: `Hacio ${slug}`,
    organiserEmail: uniqueEmail("welsh-event-organiser"),
    timeline: { ...REGISTRATION_OPEN, registrationOpensAt: "1 day" },
  });
  await refreshPublicPages();

  const response = await page.goto(`/cy/events/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: `Hacio ${slug}` })).toBeVisible();
  await expect(page.getByText("I ddod", { exact: true })).toBeVisible();
  await expect(page.getByTestId("next-milestone")).toContainText("Cofrestru'n agor:");
  await expect(page.getByTestId("next-milestone")).toContainText(WELSH_MONTH);
  await expect(page.getByText("Mae pob amser yn Europe/London.")).toBeVisible();
  const registration = page.getByRole("region", { name: "Cofrestru" });
  await expect(registration).toContainText(/Mae cofrestru'n agor ar .+ \(amser Europe\/London\)\./);
  const timeline = page.getByRole("region", { name: "Amserlen" });
  for (const label of [
    "Cofrestru'n agor",
    "Hacio'n dechrau",
    "Dyddiad cau cyflwyno",
    "Cyhoeddi'r canlyniadau",
  ]) {
    await expect(timeline.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(timeline).toContainText(WELSH_MONTH);
  await expect(timeline.getByRole("link", { name: "Ychwanegu at galendr (.ics)" })).toHaveAttribute(
    "href",
    `/events/${slug}/calendar`,
  );
  await expect(page.getByRole("region", { name: "Timau" })).toContainText("Timau o 1 i 5 o bobl.");
  await expect(page.getByRole("region", { name: "Heriau" }).getByText("Dim heriau eto")).toBeVisible();
  // Pages in Welsh are linked at their Welsh addresses; those not translated yet at their English ones.
  await expect(page.getByRole("link", { name: "Oriel prosiectau" })).toHaveAttribute(
    "href",
    `/cy/events/${slug}/projects`,
  );
  await expect(page.getByRole("link", { name: "Fy nhîm" })).toHaveAttribute("href", `/events/${slug}/team`);
  await expect(
    page
      .getByRole("complementary", { name: `Am Hacio ${slug}` })
      .getByRole("link", { name: "Cod ymddygiad" }),
  ).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute(
    "href",
    new RegExp(`/events/${slug}$`),
  );
  await expect(page.locator('link[rel="alternate"][hreflang="cy"]')).toHaveAttribute(
    "href",
    new RegExp(`/cy/events/${slug}$`),
  );
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "event-welsh");

  // The English page is unchanged, and its sub-pages have no Welsh address yet.
  await page.goto(`/events/${slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("region", { name: "Registration" })).toContainText(
    /Registration opens on .+ \(Europe\/London time\)\./,
  );
  await expect(page.getByRole("region", { name: "Timeline" })).not.toContainText(WELSH_MONTH);
  const teams = await page.request.get(`/cy/events/${slug}/teams`, { maxRedirects: 0 });
  expect(teams.status()).toBe(307);
  expect(teams.headers().location).toMatch(new RegExp(`/events/${slug}/teams$`));
  // An unknown event is the site's own "not found", in Welsh.
  const missing = await page.goto(`/cy/events/no-such-${slug}`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Heb ddod o hyd i'r dudalen" })).toBeVisible();

  // Someone who chose Welsh is sent from the English address to the Welsh page.
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("button", { name: "Cymraeg" }).click();
  await expect(page).toHaveURL(/\/cy$/);
  await page.getByRole("link", { name: `Hacio ${slug}` }).click();
  await expect(page).toHaveURL(new RegExp(`/cy/events/${slug}$`));
  await page.goto(`/events/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/cy/events/${slug}$`));
  await page.getByRole("contentinfo").getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
});

test("a challenge and a project in Welsh: the pages' own words, what people wrote as written, English unchanged", async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const slug = `her-${tag}`;
  // The submission deadline an hour gone: the gallery, and so the project's page, is open.
  const event = await createPublishedEvent({
    slug,
    name: `Hacio ${slug}`,
    organiserEmail: uniqueEmail("welsh-challenge-organiser"),
    timeline: DEADLINE_PASSED,
  });
  const organisationSlug = `noddwr-${tag}`;
  const challengeSlug = "bysiau-ar-amser";
  const challengeTitle = `Buses on time ${tag}`;
  const challengeId = `e2e-challenge-${randomUUID()}`;
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, kind, "updatedAt") VALUES ($1, $1, $2, 'INDUSTRY', now())`,
      [organisationSlug, `Sponsor ${tag}`],
    );
    await client.query(
      `INSERT INTO "Challenge" (id, "eventId", "organisationId", slug, title, summary, "problemStatement", sector,
         resources, "successCriteria", prize, status, "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'Know when the bus comes.', 'Buses are late.', 'Transport', $6::jsonb,
         'Riders wait less.', 'A day at the depot', 'PUBLISHED', now(), now())`,
      [
        challengeId,
        event.id,
        organisationSlug,
        challengeSlug,
        challengeTitle,
        JSON.stringify([{ name: "Live bus times", url: "https://example.org/bus-api" }]),
      ],
    );
  });
  const { teamId } = await createTeamWithCaptain({
    eventId: event.id,
    teamName: `Dreigiau ${tag}`,
    captainEmail: uniqueEmail("welsh-project-captain"),
  });
  const projectId = await createSubmittedProject({
    eventId: event.id,
    teamId,
    title: `Bus finder ${tag}`,
    description: "Tells you when the next bus comes.",
  });
  await withDatabase(async (client) => {
    // A second member with no registration on record: counted, never named.
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Unnamed Member', now()) RETURNING id`,
      [`e2e-${randomUUID()}`, uniqueEmail("welsh-project-member")],
    );
    await client.query(
      `INSERT INTO "TeamMember" (id, "teamId", "eventId", "userId", "isCaptain") VALUES ($1, $2, $3, $4, false)`,
      [`e2e-member-${randomUUID()}`, teamId, event.id, rows[0]?.id],
    );
    await client.query(`INSERT INTO "SubmissionChallenge" ("submissionId", "challengeId") VALUES ($1, $2)`, [
      projectId,
      challengeId,
    ]);
  });
  await refreshPublicPages();
  const challengeAddress = `/events/${slug}/challenges/${challengeSlug}`;
  const projectAddress = `/events/${slug}/projects/${projectId}`;

  // The Welsh event page links to the challenge's Welsh page.
  await page.goto(`/cy/events/${slug}`);
  await expect(
    page.getByRole("region", { name: "Heriau" }).getByRole("link", { name: challengeTitle }),
  ).toHaveAttribute("href", `/cy${challengeAddress}`);

  const challengeResponse = await page.goto(`/cy${challengeAddress}`);
  expect(challengeResponse?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: challengeTitle })).toBeVisible();
  await expect(main.getByText(`Wedi'i gosod gan Sponsor ${tag} · Transport`)).toBeVisible();
  await expect(main.getByRole("link", { name: `Sponsor ${tag}` })).toHaveAttribute(
    "href",
    addressIn("cy", `/organisations/${organisationSlug}`),
  );
  await expect(main.getByRole("link", { name: `Hacio ${slug}` })).toHaveAttribute(
    "href",
    `/cy/events/${slug}`,
  );
  await expect(main.getByRole("heading", { level: 2, name: "Y broblem" })).toBeVisible();
  await expect(main.getByText("Buses are late.")).toBeVisible();
  const resources = main.getByRole("region", { name: "Data ac adnoddau" });
  await expect(resources.getByRole("link", { name: "Live bus times" })).toHaveAttribute(
    "href",
    "https://example.org/bus-api",
  );
  await expect(main.getByRole("region", { name: "Sut olwg sydd ar lwyddiant" })).toContainText(
    "Riders wait less.",
  );
  await expect(main.getByRole("region", { name: "Gwobr" })).toContainText("A day at the depot");
  await expectLanguageLinks(page, challengeAddress);
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "challenge-welsh");

  // The Welsh gallery links to the project's Welsh page.
  await page.goto(`/cy/events/${slug}/projects`);
  await expect(page.getByRole("link", { name: `Bus finder ${tag}` })).toHaveAttribute(
    "href",
    `/cy${projectAddress}`,
  );

  const projectResponse = await page.goto(`/cy${projectAddress}`);
  expect(projectResponse?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(main.getByRole("heading", { level: 1, name: `Bus finder ${tag}` })).toBeVisible();
  await expect(main.getByRole("link", { name: "Pob prosiect" })).toHaveAttribute(
    "href",
    `/cy/events/${slug}/projects`,
  );
  // The captain is named; the member with no registration is counted ("ac 1": "ac" before "un").
  await expect(
    main.getByText(`Tîm Dreigiau ${tag} · gan Casey Captain ac 1 aelod arall o'r tîm`),
  ).toBeVisible();
  await expect(main.getByRole("heading", { level: 2, name: "Am y prosiect" })).toBeVisible();
  const details = main.getByRole("region", { name: "Manylion" });
  await expect(details.getByRole("link", { name: "Cod", exact: true })).toHaveAttribute(
    "href",
    "https://example.org/repo",
  );
  await expect(details.getByText("Wedi'i adeiladu gyda TypeScript.")).toBeVisible();
  await expect(details).toContainText(`Wedi'i gyflwyno ar gyfer ${challengeTitle}.`);
  await expect(details.getByRole("link", { name: challengeTitle })).toHaveAttribute(
    "href",
    `/cy${challengeAddress}`,
  );
  await expectLanguageLinks(page, projectAddress);
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "project-welsh");

  // The English pages say what they said, and link to English pages.
  await page.goto(challengeAddress);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(main.getByText(`Set by Sponsor ${tag} · Transport`)).toBeVisible();
  await expect(main.getByRole("link", { name: `Hacio ${slug}` })).toHaveAttribute("href", `/events/${slug}`);
  for (const heading of ["The problem", "Data and resources", "What success looks like", "Prize"]) {
    await expect(main.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await page.goto(projectAddress);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(main.getByRole("link", { name: "All projects" })).toHaveAttribute(
    "href",
    `/events/${slug}/projects`,
  );
  await expect(
    main.getByText(`Team Dreigiau ${tag} · by Casey Captain and 1 other team member`),
  ).toBeVisible();
  await expect(main.getByRole("heading", { level: 2, name: "About the project" })).toBeVisible();
  const englishDetails = main.getByRole("region", { name: "Details" });
  await expect(englishDetails.getByRole("link", { name: "Code", exact: true })).toBeVisible();
  await expect(englishDetails.getByText("Built with TypeScript.")).toBeVisible();
  await expect(englishDetails).toContainText(`Entered for ${challengeTitle}.`);
  await expect(englishDetails.getByRole("link", { name: challengeTitle })).toHaveAttribute(
    "href",
    challengeAddress,
  );
});

test("the language switch remembers the choice, and pages not translated yet stay English", async ({
  page,
}) => {
  await page.goto("/");
  const cymraeg = page.getByRole("contentinfo").getByRole("button", { name: "Cymraeg" });
  await expect(cymraeg).toHaveAttribute("lang", "cy");
  await cymraeg.click();
  await expect(page).toHaveURL(/\/cy$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  const cookie = (await page.context().cookies()).find((c) => c.name === "NEXT_LOCALE");
  expect(cookie).toMatchObject({ value: "cy", httpOnly: true, sameSite: "Lax", path: "/" });
  // A year: the visitor chose it.
  expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000);

  // The choice is remembered: the English home page sends them to the Welsh one.
  await page.goto("/");
  await expect(page).toHaveURL(/\/cy$/);

  // A page with no Welsh yet: its Welsh address goes to the English page, which is in English.
  const untranslated = await page.request.get("/cy/privacy", { maxRedirects: 0 });
  expect(untranslated.status()).toBe(307);
  expect(untranslated.headers().location).toMatch(/\/privacy$/);
  await page.goto("/cy/privacy?from=link");
  await expect(page).toHaveURL(/\/privacy\?from=link$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");

  // Back to English, from the Welsh home page: the cookie now says so and "/" stays English.
  await page.goto("/cy");
  await page.getByRole("contentinfo").getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);

  // Choosing Welsh on an English-only page keeps the visitor on that page.
  await page.goto("/privacy");
  await page.getByRole("contentinfo").getByRole("button", { name: "Cymraeg" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the switch refuses another site's form and a language the site does not offer", async ({ request }) => {
  const forged = await request.post("/api/locale", {
    form: { locale: "cy" },
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  expect(forged.headers()["set-cookie"]).toBeUndefined();
  for (const locale of ["fr", "", "CY"]) {
    const refused = await request.post("/api/locale", { form: { locale }, maxRedirects: 0 });
    expect(refused.status(), locale).toBe(400);
    expect(await refused.text()).toContain("Cymraeg");
  }
  const chosen = await request.post("/api/locale", { form: { locale: "cy" }, maxRedirects: 0 });
  expect(chosen.status()).toBe(303);
  expect(chosen.headers().location).toMatch(/\/cy$/);
});
