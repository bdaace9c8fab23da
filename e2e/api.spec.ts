// The HTTP API from a user's side: an organisation's owner makes an API token on the Integrations page
// (fixing a refused form first), copies the secret shown once, and their system calls the API with it;
// the page then shows the call, and after Revoke the token is refused. The reference page for developers
// and the OpenAPI document it is built from. Axe on every page, at a laptop's width and a phone's.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, expectNoSidewaysScroll, PHONE_WIDTH } from "./support/axe";
import { createPublishedEvent, REGISTRATION_OPEN, withDatabase } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

test("an owner makes a token, their system calls the API with it, the call is logged, and a revoked token is refused", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const ownerEmail = uniqueEmail("api-owner");
  await signIn(page, ownerEmail);
  const slug = `api-org-${Date.now().toString(36)}`;
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [
      ownerEmail,
    ]);
    const userId = rows[0]?.id;
    if (!userId) throw new Error("no user");
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, kind, "updatedAt") VALUES ($1, $1, $2, 'INDUSTRY', now())`,
      [slug, `API ${slug}`],
    );
    await client.query(
      `INSERT INTO "OrganisationMember" (id, "organisationId", "userId", role) VALUES ($1, $2, $3, 'OWNER')`,
      [`${slug}-owner`, slug, userId],
    );
  });
  await page.goto(`/organisations/${slug}/manage`);
  await page.getByRole("link", { name: "Integrations" }).click();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
  await expect(page.getByText("No tokens yet.")).toBeVisible();
  await expectNoA11yViolations(page);

  // Nothing chosen: every problem at once.
  await page.getByRole("button", { name: "Make token" }).click();
  await expect(
    page.getByText("Give the token a name, such as the system that will use it").first(),
  ).toBeVisible();
  await expect(page.getByText("Choose at least one permission").first()).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel("Name", { exact: true }).fill("Our CRM");
  await page.getByLabel("Read this organisation's challenges, whatever their status").check();
  await page.getByLabel("Lasts").selectOption({ label: "30 days" });
  await page.getByRole("button", { name: "Make token" }).click();
  const secret = ((await page.getByTestId("new-token-secret").textContent()) ?? "").trim();
  expect(secret).toMatch(/^fst_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("Copy it now: you won't see it again.")).toBeVisible();
  const card = page.getByTestId("api-token");
  await expect(card.getByRole("heading", { name: "Our CRM" })).toBeVisible();
  await expect(card.getByText("Working", { exact: true })).toBeVisible();
  await expect(card.getByText("Not used yet.")).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "integrations-api-token");

  // The owner's system calls the API with it.
  const address = `/api/v1/organisations/${slug}/challenges`;
  const answer = await request.get(address, { headers: { authorization: `Bearer ${secret}` } });
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toEqual({ challenges: [] });
  const refused = await request.post(address, {
    headers: { authorization: `Bearer ${secret}` },
    data: { eventId: "x", details: {} },
  });
  expect(refused.status()).toBe(403);

  // The page no longer shows the secret, and shows the calls.
  await page.reload();
  await expect(page.getByTestId("new-token-secret")).toHaveCount(0);
  await expect(page.getByText(secret)).toHaveCount(0);
  await expect(card.getByText(/Last used \d/)).toBeVisible();
  await card.getByText("Latest calls").click();
  await expect(card.getByText("organisationChallenges.list")).toBeVisible();
  await expect(card.getByText("Refused: FORBIDDEN")).toBeVisible();

  await card.getByRole("button", { name: /^Revoke/ }).click();
  await page.getByRole("button", { name: "Yes, revoke it" }).click();
  await expect(card.getByText("Revoked", { exact: true })).toBeVisible();
  const afterRevoke = await request.get(address, { headers: { authorization: `Bearer ${secret}` } });
  expect(afterRevoke.status()).toBe(401);

  await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  await page.reload();
  await expect(card).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);
});

test("anyone reads the API reference and the public API, without a token", async ({ page, request }) => {
  const slug = `api-public-${Date.now().toString(36)}`;
  await createPublishedEvent({
    slug,
    name: `Public API ${slug}`,
    organiserEmail: uniqueEmail("api-organiser"),
    timeline: REGISTRATION_OPEN,
  });
  await page.goto("/");
  await page.getByRole("link", { name: "API", exact: true }).click();
  await expect(page.getByRole("heading", { name: "API for developers", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Public", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Organisation tokens", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Event tokens", exact: true })).toBeVisible();
  await expect(page.getByText("/api/v1/events/{eventId}/registrations")).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "developers");

  const document = await request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  const spec = (await document.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(spec.openapi).toMatch(/^3\./);
  expect(Object.keys(spec.paths)).toContain("/events/{slug}/projects");

  const events = await request.get("/api/v1/events");
  expect(events.status()).toBe(200);
  expect(events.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await events.json()) as { events: { slug: string; url: string }[] };
  expect(body.events.find((e) => e.slug === slug)?.url).toMatch(new RegExp(`/events/${slug}$`));
  expect((await request.get("/api/v1/events/no-such-event-here")).status()).toBe(404);

  await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  await page.reload();
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);
});
