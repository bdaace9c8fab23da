// The site in Welsh (docs/languages.md): /cy is the home page in Welsh, in a Welsh frame, with dates in
// Welsh; the switch at the foot of every page remembers the choice; a page not translated yet is served in
// English at its English address.
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/axe";
import { saveViewportShots } from "./support/screenshots";
import { createPublishedEvent, refreshPublicPages, REGISTRATION_OPEN } from "./support/db";
import { uniqueEmail } from "./support/auth";

const WELSH_MONTH = /\b(Ion|Chw|Maw|Ebr|Mai|Meh|Gor|Awst|Medi|Hyd|Tach|Rhag) \d{4}\b/;

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
