// Certificates: after the hacking is over a participant finds "Your certificates" on the event page,
// downloads a certificate of participation (a PDF) with the name they choose, and anyone can check it
// at its short link. Axe on every page, at a laptop's width and (the sideways check) a phone's.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { createPublishedEvent, createTeamWithCaptain, DEADLINE_PASSED } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

test("a participant downloads a certificate of participation and anyone can check it", async ({
  page,
  browser,
}) => {
  const slug = `certs-${Date.now().toString(36)}`;
  const name = `Certificates ${slug}`;
  const event = await createPublishedEvent({
    slug,
    name,
    organiserEmail: uniqueEmail("certs-organiser"),
    timeline: DEADLINE_PASSED,
  });
  const email = uniqueEmail("certs-participant");
  await createTeamWithCaptain({
    eventId: event.id,
    teamName: "Bus Busters",
    captainEmail: email,
    captainName: "Casey Okafor",
  });
  await signIn(page, email, "Casey Okafor");

  await page.goto(`/events/${slug}`);
  await page.getByRole("link", { name: "Your certificates" }).click();
  await expect(page.getByRole("heading", { name: "Your certificates", level: 1 })).toBeVisible();
  const card = page.getByTestId("certificate");
  await expect(card.getByRole("heading", { name: "Certificate of participation" })).toBeVisible();
  await expect(card.getByLabel("Name on the certificate")).toHaveValue("Casey Okafor");
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "certificates");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("button", { name: "Download (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^certificate-participation-[0-9A-Z]{10}\.pdf$/);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // Its short link, now that it has one.
  await page.reload();
  const link = card.getByRole("link", { name: /^\/certificates\// });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toBe(`/certificates/${download.suggestedFilename().slice(-14, -4)}`);

  // Anyone, signed out, checks it.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(href);
  await expect(visitor.getByRole("heading", { name: "A genuine certificate", level: 1 })).toBeVisible();
  await expect(visitor.getByText(`Casey Okafor took part in ${name}`)).toBeVisible();
  await expectNoA11yViolations(visitor);
  await saveViewportShots(visitor, "certificate-check");
  const missing = await visitor.goto("/certificates/0000000000");
  expect(missing?.status()).toBe(404);
  await visitorContext.close();
});
