// The public pages come from the page cache, the same for everyone, and still show a change the moment
// it is made: the personal parts are filled in by each browser, and a change invalidates the cache.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import {
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  DEADLINE_PASSED,
  refreshPublicPages,
  REGISTRATION_OPEN,
} from "./support/db";

// A 1×1 PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

test("an event page is served from the cache to everyone, with each visitor's own parts, and changes at once", async ({
  page,
  browser,
  request,
}) => {
  const slug = `cache-${Date.now().toString(36)}`;
  const organiser = uniqueEmail("cache-organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Cache ${slug}`,
    organiserEmail: organiser,
    timeline: REGISTRATION_OPEN,
  });
  // Another event, whose pages an announcement in the first must leave in the cache.
  const otherSlug = `${slug}-other`;
  await createPublishedEvent({
    slug: otherSlug,
    name: `Cache ${otherSlug}`,
    organiserEmail: uniqueEmail("cache-other"),
    timeline: REGISTRATION_OPEN,
  });
  const participant = uniqueEmail("cache-participant");
  await createTeamWithCaptain({ eventId: event.id, teamName: `Otters ${slug}`, captainEmail: participant });

  // Rendered once, then served from the cache: Next says so in x-nextjs-cache.
  const first = await request.get(`/events/${slug}`);
  expect(first.status()).toBe(200);
  const second = await request.get(`/events/${slug}`);
  expect(second.headers()["x-nextjs-cache"]).toBe("HIT");
  // Nothing personal is in the cached HTML: the registration section is the one everyone sees until their
  // browser asks who they are (the words for a registered visitor travel with it, as the island's labels).
  const cached = await second.text();
  expect(cached).toMatch(/id="registration-heading"[^>]*>Registration<\/h2><p>Registration is open\.<\/p>/);
  expect(cached).not.toMatch(/>Manage this event</);

  // Signed out: the way in. Signed in and registered: their place; the organiser: the way to manage.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/events/${slug}`);
  await expect(visitor.getByRole("link", { name: "Sign in to register" })).toBeVisible();
  await expect(visitor.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectNoA11yViolations(visitor);

  await signIn(page, participant, "Casey Captain");
  await page.goto(`/events/${slug}`);
  await expect(page.getByRole("heading", { name: "You're registered" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Manage this event" })).toHaveCount(0);
  await expectNoA11yViolations(page);

  const organiserContext = await browser.newContext();
  const organiserPage = await organiserContext.newPage();
  await signIn(organiserPage, organiser);
  await organiserPage.goto(`/events/${slug}`);
  await expect(organiserPage.getByRole("link", { name: "Manage this event" })).toBeVisible();

  // An announcement posted by the organiser is on the cached page at the next visit, not 30 s later.
  await organiserPage.goto(`/manage/events/${event.id}/dashboard`);
  // (The other event's page, cached just now: within the 30-second backstop until the check below.)
  await request.get(`/events/${otherSlug}`);
  expect((await request.get(`/events/${otherSlug}`)).headers()["x-nextjs-cache"]).toBe("HIT");
  await organiserPage.getByLabel("Title").fill(`Pizza ${slug}`);
  await organiserPage.getByLabel("Message").fill("Pizza arrives at six in the main hall.");
  await organiserPage.getByRole("button", { name: "Post and email" }).click();
  await expect(organiserPage.getByText(`Pizza ${slug}`).first()).toBeVisible();
  await visitor.goto(`/events/${slug}`);
  await expect(visitor.getByText(`Pizza ${slug}`)).toBeVisible();
  const after = await request.get(`/events/${slug}`);
  expect(await after.text()).toContain(`Pizza ${slug}`);
  // Only this event's pages (and the home page) were rendered afresh: the other event's is still cached.
  expect((await request.get(`/events/${otherSlug}`)).headers()["x-nextjs-cache"]).toBe("HIT");

  // A cover image uploaded on the manage page is on the public page at the next visit too. The cover
  // editor is fetched when it is opened, and puts the focus on the file field.
  await organiserPage.goto(`/manage/events/${event.id}`);
  await organiserPage.getByRole("button", { name: "Add a cover image" }).click();
  await expect(organiserPage.getByLabel("Upload a cover image")).toBeFocused();
  await organiserPage.getByLabel("Describe the image").fill(`Robots ${slug}`);
  await organiserPage
    .getByLabel("Upload a cover image")
    .setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: png });
  await organiserPage.getByRole("button", { name: "Upload cover" }).click();
  await expect(organiserPage.getByText("Cover image saved.")).toBeVisible();
  await expectNoA11yViolations(organiserPage);
  await visitor.goto(`/events/${slug}`);
  await expect(visitor.getByRole("img", { name: `Robots ${slug}` }).first()).toBeVisible();
  await visitorContext.close();
  await organiserContext.close();
});

test("the gallery comes in pages of 24, each its own cached page, with the filters kept from page to page", async ({
  page,
  request,
}) => {
  const slug = `pages-${Date.now().toString(36)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Pages ${slug}`,
    organiserEmail: uniqueEmail("pages-organiser"),
    timeline: DEADLINE_PASSED,
  });
  for (let n = 1; n <= 26; n++) {
    const title = `Project ${String(n).padStart(2, "0")} ${slug}`;
    const { teamId } = await createTeamWithCaptain({
      eventId: event.id,
      teamName: `Team ${n} ${slug}`,
      captainEmail: uniqueEmail(`pages-${n}`),
    });
    await createSubmittedProject({ eventId: event.id, teamId, title, description: "A project." });
  }

  await page.goto(`/events/${slug}/projects`);
  const pages = page.getByRole("navigation", { name: "Pages of projects" });
  await expect(pages.getByText("Page 1 of 2 · 26 projects")).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 2, name: new RegExp(`^Project \\d+ ${slug}$`) }),
  ).toHaveCount(24);
  await expect(pages.getByRole("link", { name: "Previous page" })).toHaveCount(0);
  await expectNoA11yViolations(page);

  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}/projects\\?page=2$`));
  await expect(page.getByRole("heading", { level: 2, name: `Project 25 ${slug}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `Project 26 ${slug}` })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: `Project 01 ${slug}` })).toHaveCount(0);
  await expect(pages.getByRole("link", { name: "Next page" })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // Page 2 is a cached page of its own; a page past the end says so and leads back.
  await request.get(`/events/${slug}/projects?page=2`);
  expect((await request.get(`/events/${slug}/projects?page=2`)).headers()["x-nextjs-cache"]).toBe("HIT");
  await page.goto(`/events/${slug}/projects?page=3`);
  await expect(page.getByText("There is no page 3")).toBeVisible();
  await page.getByRole("link", { name: "Go to the first page" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${slug}/projects$`));

  // The same gallery in Welsh: its words, and its pages and filters keep the language, each a cached page.
  await page.goto(`/cy/events/${slug}/projects`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Prosiectau" })).toBeVisible();
  const tudalennau = page.getByRole("navigation", { name: "Tudalennau o brosiectau" });
  await expect(tudalennau.getByText("Tudalen 1 o 2 · 26 prosiect")).toBeVisible();
  await expect(page.getByText(`Tîm Team 1 ${slug}`, { exact: true })).toBeVisible();
  await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute(
    "href",
    new RegExp(`/events/${slug}/projects$`),
  );
  await expectNoA11yViolations(page);
  await tudalennau.getByRole("link", { name: "Tudalen nesaf" }).click();
  await expect(page).toHaveURL(new RegExp(`/cy/events/${slug}/projects\\?page=2$`));
  await expect(page.getByRole("heading", { level: 2, name: `Project 26 ${slug}` })).toBeVisible();
  await expect(tudalennau.getByRole("link", { name: "Tudalen flaenorol" })).toHaveAttribute(
    "href",
    `/cy/events/${slug}/projects`,
  );
  await request.get(`/cy/events/${slug}/projects?page=2`);
  const welshPage2 = await request.get(`/cy/events/${slug}/projects?page=2`);
  expect(welshPage2.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(await welshPage2.text()).toContain('<html lang="cy"');
  // The filter form (a plain GET) stays on the Welsh address, which the proxy sends to the Welsh route.
  await page.getByRole("button", { name: "Hidlo" }).click();
  await expect(page).toHaveURL(new RegExp(`/cy/events/${slug}/projects\\?challenge=$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(tudalennau.getByText("Tudalen 1 o 2 · 26 prosiect")).toBeVisible();
  await page.goto(`/cy/events/${slug}/projects?page=3`);
  await expect(page.getByText("Does dim tudalen 3")).toBeVisible();
  await page.getByRole("link", { name: "Mynd i'r dudalen gyntaf" }).click();
  await expect(page).toHaveURL(new RegExp(`/cy/events/${slug}/projects$`));
});

test("the home page and an event's page are cached once per language, each with its own words", async ({
  request,
}) => {
  const slug = `per-language-${Date.now().toString(36)}`;
  await createPublishedEvent({
    slug,
    name: `Per language ${slug}`,
    organiserEmail: uniqueEmail("per-language"),
    timeline: REGISTRATION_OPEN,
  });
  const pages = [
    ["/cy", "cy"],
    ["/", "en-GB"],
    [`/cy/events/${slug}`, "cy"],
    [`/events/${slug}`, "en-GB"],
  ] as const;
  for (const [path, lang] of pages) {
    expect((await request.get(path)).status(), path).toBe(200);
    const again = await request.get(path);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
    expect(await again.text(), path).toContain(`<html lang="${lang}"`);
  }
  // A change to the events refreshes all of them (the page cache's tags read /cy/... paths too).
  await refreshPublicPages();
  for (const [path] of pages) {
    expect((await request.get(path)).headers()["x-nextjs-cache"], path).not.toBe("HIT");
  }
});
