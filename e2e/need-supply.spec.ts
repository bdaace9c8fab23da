// Need against supply: the public view of a postcode area shows its counts with the small ones hidden,
// and the event's organiser sees the same per centre, with the CSV file. On a phone, checked by axe.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { centreWithRegistrations, createPublishedEvent, REGISTRATION_OPEN } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

test.use({ viewport: { width: 390, height: 844 } });

test("a partnership's area view hides small counts; the organiser sees them per centre, hidden too", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const slug = `need-${Date.now().toString(36)}`;
  // A postcode area of its own (two letters no other test uses), so the counts are this test's.
  const area = `Q${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
  const organiser = uniqueEmail("need-organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Need ${slug}`,
    organiserEmail: organiser,
    timeline: REGISTRATION_OPEN,
  });
  // Three 12-year-olds at one centre (a small count), eight adults at another.
  await centreWithRegistrations({
    eventId: event.id,
    name: "Northside Library",
    district: `${area}1`,
    capacity: 20,
    people: 3,
    dateOfBirth: "2014-06-01",
  });
  await centreWithRegistrations({
    eventId: event.id,
    name: "Southside Hub",
    district: `${area}2`,
    capacity: 10,
    people: 8,
    dateOfBirth: "1995-06-01",
  });

  // The public view of the area, reached from the event page's centres: the event and its centres,
  // totals, and the hidden small counts.
  await page.goto(`/events/${slug}`);
  await page.getByRole("link", { name: `need and supply in ${area}` }).click();
  await expect(page).toHaveURL(new RegExp(`/areas/${area}$`));
  await expect(
    page.getByRole("heading", { level: 1, name: `Need and supply in the ${area} postcode area` }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: event.name })).toBeVisible();
  await expect(page.getByTestId("suppression-note")).toContainText("fewer than 5");
  const summary = page.getByTestId("area-summary");
  await expect(summary.getByRole("row", { name: /Registered 11/ })).toBeVisible();
  await expect(summary.getByRole("row", { name: /Places 30/ })).toBeVisible();
  // By age band: the three under-13s are hidden, and the adults with them (else 11 − 8 = 3).
  const bands = page.getByTestId("area-bands");
  await expect(bands.getByRole("row", { name: /Under 13/ })).toContainText("[c]");
  await expect(bands.getByRole("row", { name: /18\+/ })).toContainText("[c]");
  await expect(page.getByTestId("area-experience").getByRole("row", { name: /New to coding/ })).toContainText(
    "11",
  );
  await expect(page.getByRole("img", { name: /Registrations by age band/ })).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "need-area");

  // The organiser's view: per centre, the small centre's count hidden, and its neighbour's with it.
  await signIn(page, organiser);
  await page.goto(`/manage/events/${event.id}`);
  await page.getByRole("link", { name: "Need and supply" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Need and supply" })).toBeVisible();
  const table = page.getByTestId("supply-table");
  await expect(table.getByRole("row", { name: /Northside Library/ })).toContainText("[c]");
  await expect(table.getByRole("row", { name: /Southside Hub/ })).toContainText("[c]");
  await expect(table.getByRole("row", { name: /All centres/ })).toContainText("11");
  await expect(page.getByTestId("suppression-note")).toContainText("fewer than 5");
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "need-organiser");

  // The CSV file: the same counts, hidden ones as [c].
  const response = await page.request.get(`/api/events/${event.id}/supply-csv`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const csv = await response.text();
  expect(csv).toContain(`Northside Library,${area}1,${area},20,0,[c],0,`);
  expect(csv).toContain("All centres,,,30,0,11,0,0.37,");
});
