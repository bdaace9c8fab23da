// Addresses as people type them: every page lives under app/[locale], and English addresses carry no
// locale (server/http/locales.mjs). An address no route answers gets the site's own "Page not found";
// an address with the default locale's prefix is sent to the one without it; static files are untouched.
import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/axe";

test("unknown addresses get the site's own 404, in its frame, at any depth", async ({ page }) => {
  for (const path of ["/no-such-page", "/no/such/page/at/all", "/events", "/events/no-such-event-anywhere"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(page.getByRole("link", { name: "Festival of Code" })).toBeVisible();
  }
  await expectNoA11yViolations(page);
  // The API's own addresses are not pages: no route there is Next's plain 404, not an English page.
  const api = await page.request.get("/api/no-such-thing");
  expect(api.status()).toBe(404);
});

test("the default locale's prefix is redirected away, and the routes themselves are not a second address", async ({
  page,
}) => {
  for (const [from, to] of [
    ["/en-GB", "/"],
    ["/en-GB/privacy", "/privacy"],
    ["/en-GB/directory?age=12", "/directory?age=12"],
  ] as const) {
    const response = await page.request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(response.headers().location, from).toBe(to);
  }
  // The routes of another locale are not addresses either: /cy/landing/everyone is the Welsh home page's
  // route, and goes to the English address it names.
  const route = await page.request.get("/cy/landing/everyone", { maxRedirects: 0 });
  expect(route.status()).toBe(307);
  expect(route.headers().location).toMatch(/\/landing\/everyone$/);
  await page.goto("/en-GB/privacy");
  expect(new URL(page.url()).pathname).toBe("/privacy");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("the site's icon and other static files are served as they are", async ({ page }) => {
  const icon = await page.request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/privacy");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /\/icon\.svg/);
});
