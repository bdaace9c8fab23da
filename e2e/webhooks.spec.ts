// Webhooks from the Integrations pages: an organiser adds an endpoint on a receiver this test runs on
// 127.0.0.1 (the e2e server allows local addresses: WEBHOOKS_ALLOW_LOCAL in playwright.config.ts),
// fixes a refused form, sends a test, sees it delivered in the log, and the receiver got a request
// signed with the secret shown on the page. An organisation's owner sees the same page for it. Axe on
// every page, at a laptop's width and a phone's.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { verifyWebhook } from "../server/webhooks/signing";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, expectNoSidewaysScroll, PHONE_WIDTH } from "./support/axe";
import { createPublishedEvent, REGISTRATION_OPEN, withDatabase } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
const received: Received[] = [];
let receiverUrl = "";

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.statusCode = 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/festival-hook`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test("an organiser adds an endpoint, sends a test, sees it delivered, and the receiver can verify it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const slug = `hooks-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("hooks-organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Webhooks ${slug}`,
    organiserEmail,
    timeline: REGISTRATION_OPEN,
  });
  await signIn(page, organiserEmail);
  await page.goto(`/manage/events/${event.id}`);
  await page.getByRole("link", { name: "Integrations" }).click();
  await expect(page.getByRole("heading", { name: "Integrations", level: 1 })).toBeVisible();
  await expect(page.getByText("No endpoints yet.")).toBeVisible();
  await expect(page.getByText("Nothing sent yet.")).toBeVisible();
  await expectNoA11yViolations(page);

  // Nothing filled in: every problem at once, on its field.
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Enter the address to send to").first()).toBeVisible();
  await expect(page.getByText("Choose at least one kind of event").first()).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByLabel("Address (URL)").fill(receiverUrl);
  await page.getByLabel("Description (optional)").fill("Our CRM");
  await page.getByLabel("A project was submitted").check();
  await page.getByLabel("Results were published").check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Endpoint added. Its signing secret is below.")).toBeVisible();
  const card = page.getByTestId("endpoint");
  await expect(card.getByRole("heading", { name: receiverUrl })).toBeVisible();
  await card.getByRole("button", { name: "Show" }).click();
  const secret = (await card.getByTestId("endpoint-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^whsec_/);

  await card.getByRole("button", { name: /^Send test/ }).click();
  await expect(card.getByText("Test sent.")).toBeVisible();
  const row = page.getByTestId("delivery").first();
  await expect(row.getByText("Delivered")).toBeVisible({ timeout: 30_000 });
  await expect(row.getByText("HTTP 204")).toBeVisible();
  await expect(row.getByText("Test (ping)")).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "integrations-event");

  // The receiver got one request, signed with the secret the page showed.
  expect(received).toHaveLength(1);
  const [request] = received;
  if (!request) throw new Error("nothing received");
  expect(verifyWebhook({ secret, headers: request.headers, body: request.body })).toBe(true);
  expect(
    verifyWebhook({ secret: `${secret.slice(0, -4)}AAA=`, headers: request.headers, body: request.body }),
  ).toBe(false);
  expect(JSON.parse(request.body)).toMatchObject({ type: "ping" });

  // Redeliver: the same message id again.
  await row.getByRole("button", { name: /^Redeliver/ }).click();
  await expect(page.getByText("Sent again, with the same webhook-id.")).toBeVisible();
  await expect.poll(() => received.length, { timeout: 30_000 }).toBe(2);
  expect(received[1]?.headers["webhook-id"]).toBe(request.headers["webhook-id"]);

  // On a phone.
  await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  await page.reload();
  await expect(page.getByTestId("delivery").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);
});

test("an organisation's owner reaches the organisation's Integrations page", async ({ page }) => {
  const ownerEmail = uniqueEmail("hooks-owner");
  await signIn(page, ownerEmail);
  const slug = `hooks-org-${Date.now().toString(36)}`;
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [
      ownerEmail,
    ]);
    const userId = rows[0]?.id;
    if (!userId) throw new Error("no user");
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, kind, "updatedAt") VALUES ($1, $1, $2, 'INDUSTRY', now())`,
      [slug, `Hooks ${slug}`],
    );
    await client.query(
      `INSERT INTO "OrganisationMember" (id, "organisationId", "userId", role) VALUES ($1, $2, $3, 'OWNER')`,
      [`${slug}-owner`, slug, userId],
    );
  });
  await page.goto(`/organisations/${slug}/manage`);
  await page.getByRole("link", { name: "Integrations" }).click();
  await expect(page.getByRole("heading", { name: "Integrations", level: 1 })).toBeVisible();
  // An organisation hears nothing about registrations.
  await expect(page.getByLabel("A registration was confirmed")).toHaveCount(0);
  await page.getByLabel("Address (URL)").fill("ftp://example.org/hook");
  await page.getByLabel("A challenge's status changed").check();
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Enter a web address starting with https://").first()).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "integrations-organisation");
});
