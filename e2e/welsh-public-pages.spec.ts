// Three more public pages in Welsh (docs/languages.md): an organisation's page, a certificate's check and
// need and supply in a postcode area. Each is served at /cy/…, in a Welsh frame, with its own words, dates
// and counts' notes in Welsh, what people wrote as they wrote it, and hreflang links; its English page is
// unchanged. Axe on every Welsh page.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { addressIn } from "../server/http/locales.mjs";
import { uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import {
  createPublishedEvent,
  centreWithRegistrations,
  createTeamWithCaptain,
  DEADLINE_PASSED,
  REGISTRATION_OPEN,
  withDatabase,
} from "./support/db";
import { expectLanguageLinks, WELSH_MONTH } from "./support/languages";
import { saveViewportShots } from "./support/screenshots";

test("an organisation's page in Welsh: its kind, clubs and challenges, its English page unchanged", async ({
  page,
}) => {
  const tag = Date.now().toString(36);
  const slug = `sefydliad-${tag}`;
  const name = `Codwyr Sblot ${tag}`;
  const club = `Clwb Cod Sadwrn ${tag}`;
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "Organisation" (id, slug, name, kind, "operatorRequestedAt", "operatorApprovedAt", "updatedAt")
       VALUES ($1, $1, $2, 'PUBLIC_SECTOR', now(), now(), now())`,
      [slug, name],
    );
    await client.query(
      `INSERT INTO "RecurringSession" (id, "organisationId", title, weekday, "startTime", "endTime",
         "timeZone", "startsOn", mode, "venueName", "addressLine", "postcodeDistrict", "minAge", "maxAge", level,
         "costPence", "bookingUrl", breaks, "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, 6, '10:00', '12:00', 'Europe/London', DATE '2026-01-03', 'IN_PERSON', 'Splott Library',
         'Singleton Road', 'CF24', 9, 14, 'NEW', 0, 'https://example.org/book-splott', $4::jsonb, now(), now())`,
      [
        `${slug}-club`,
        slug,
        club,
        JSON.stringify([{ startsOn: "2099-02-15", endsOn: "2099-02-19", name: "Half term" }]),
      ],
    );
  });

  const response = await page.goto(`/cy/organisations/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Sector cyhoeddus", { exact: true })).toBeVisible();
  const clubs = page.getByRole("region", { name: "Clybiau wythnosol" });
  const card = clubs.getByTestId("directory-session").filter({ hasText: club });
  await expect(card.getByRole("heading", { level: 3, name: club })).toBeVisible();
  await expect(card.getByText(/^Bob dydd Sadwrn, 10:00–12:00\./)).toBeVisible();
  await expect(card.getByText(/Nesaf:/)).toContainText(WELSH_MONTH);
  await expect(card.getByText("Dim cyfarfod 15–19 Chw 2099 (Half term).")).toBeVisible();
  await expect(card.getByText("Splott Library, Singleton Road, CF24")).toBeVisible();
  await expect(card.getByText("Oed 9–14", { exact: true })).toBeVisible();
  await expect(card.getByText("Newydd i godio", { exact: true })).toBeVisible();
  await expect(card.getByText("Am ddim", { exact: true })).toBeVisible();
  await expect(
    card.getByRole("link", { name: `Archebu lle yn ${club} (yn agor mewn tab newydd)` }),
  ).toHaveAttribute("href", "https://example.org/book-splott");
  // The directory's link is to its page in Welsh as soon as it has one.
  await expect(clubs.getByRole("link", { name: "Pob clwb a digwyddiad yn agos atoch" })).toHaveAttribute(
    "href",
    addressIn("cy", "/directory"),
  );
  const challenges = page.getByRole("region", { name: "Heriau" });
  await expect(challenges.getByText("Dim heriau wedi'u cyhoeddi eto.")).toBeVisible();
  await expect(challenges.getByRole("link", { name: "Beth ddigwyddodd nesaf" })).toHaveAttribute(
    "href",
    `/cy/organisations/${slug}/next`,
  );
  await expectLanguageLinks(page, `/organisations/${slug}`);
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "organisation-welsh");

  // The English page says the same in English; its manage page has no Welsh.
  await page.goto(`/organisations/${slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByText("Public sector", { exact: true })).toBeVisible();
  const englishCard = page.getByRole("region", { name: "Weekly clubs" }).getByTestId("directory-session");
  await expect(englishCard.getByText(/^Every Saturday, 10:00–12:00\./)).toBeVisible();
  await expect(englishCard.getByText("No meeting 15–19 Feb 2099 (Half term).")).toBeVisible();
  await expect(englishCard.getByText("Ages 9–14", { exact: true })).toBeVisible();
  await expect(englishCard.getByText("New to coding", { exact: true })).toBeVisible();
  await expect(page.getByText("No published challenges yet.")).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(WELSH_MONTH);
  const manage = await page.request.get(`/cy/organisations/${slug}/manage`, { maxRedirects: 0 });
  expect(manage.status()).toBe(307);
  expect(manage.headers().location).toMatch(new RegExp(`/organisations/${slug}/manage$`));
});

test("a certificate's check in Welsh: what it says and when, its English page unchanged", async ({
  page,
}) => {
  const slug = `tystysgrif-${Date.now().toString(36)}`;
  const event = await createPublishedEvent({
    slug,
    name: `Hacio ${slug}`,
    organiserEmail: uniqueEmail("welsh-cert-organiser"),
    timeline: DEADLINE_PASSED,
  });
  const email = uniqueEmail("welsh-cert-holder");
  await createTeamWithCaptain({
    eventId: event.id,
    teamName: "Bus Busters",
    captainEmail: email,
    captainName: "Casey Okafor",
  });
  // Issued as a download would issue it: ten characters of Crockford's base32.
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const code = Array.from({ length: 10 }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join(
    "",
  );
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "Certificate" (id, code, "eventId", "userId", kind, subject, name, "updatedAt")
       SELECT $1, $2, $3, id, 'PARTICIPATION', 'participation', 'Casey Okafor', now()
       FROM "User" WHERE email = $4`,
      [`e2e-certificate-${randomUUID()}`, code, event.id, email.trim().toLowerCase()],
    ),
  );

  const response = await page.goto(`/cy/certificates/${code}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1, name: "Tystysgrif ddilys" })).toBeVisible();
  await expect(page.getByText("Wedi'i gwirio", { exact: true })).toBeVisible();
  await expect(page.getByText("Festival of Code roddodd y dystysgrif hon.")).toBeVisible();
  const says = page.getByRole("region", { name: "Beth mae'r dystysgrif yn ei ddweud" });
  await expect(says).toContainText(`Cymerodd Casey Okafor ran yn ${event.name} (`);
  await expect(says).toContainText(WELSH_MONTH);
  await expect(says).toContainText(`Tystysgrif cymryd rhan ${code}, wedi'i rhoi ar `);
  await expect(says.getByRole("link", { name: event.name })).toHaveAttribute("href", `/cy/events/${slug}`);
  await expect(page).toHaveTitle(new RegExp(`^Tystysgrif ${code}`));
  await expectLanguageLinks(page, `/certificates/${code}`);
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "certificate-welsh");

  await page.goto(`/certificates/${code}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.getByRole("heading", { level: 1, name: "A genuine certificate" })).toBeVisible();
  await expect(page.getByText(`Casey Okafor took part in ${event.name}`)).toBeVisible();
  await expect(page.getByText(`Certificate of participation ${code}, issued `)).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(WELSH_MONTH);
  // An unknown code is the site's own "not found", in Welsh.
  const missing = await page.goto("/cy/certificates/0000000000");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Heb ddod o hyd i'r dudalen" })).toBeVisible();
});

test("need and supply in an area in Welsh: the same counts, hidden by the same rules, in Welsh words", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const slug = `ardal-${Date.now().toString(36)}`;
  // A postcode area of its own (no other test uses J), so the counts are mostly this test's.
  const area = `J${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
  const event = await createPublishedEvent({
    slug,
    name: `Hacio ${slug}`,
    organiserEmail: uniqueEmail("welsh-area-organiser"),
    timeline: REGISTRATION_OPEN,
  });
  // Three 12-year-olds (a small count, hidden) and eight adults at two centres in the area (listed by name).
  for (const [name, district, people, dateOfBirth] of [
    ["Llyfrgell y Gogledd", `${area}1`, 3, "2014-06-01"],
    ["Hwb y De", `${area}2`, 8, "1995-06-01"],
  ] as const) {
    await centreWithRegistrations({ eventId: event.id, name, district, capacity: 20, people, dateOfBirth });
  }

  // From the Welsh event page's centres.
  await page.goto(`/cy/events/${slug}`);
  await page.getByRole("link", { name: `angen a chyflenwad yn ${area}` }).click();
  await expect(page).toHaveURL(new RegExp(`/cy/areas/${area}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(
    page.getByRole("heading", { level: 1, name: `Angen a chyflenwad yn ardal cod post ${area}` }),
  ).toBeVisible();
  await expect(page.getByTestId("suppression-note")).toContainText("[c] yn golygu wedi'i guddio");
  await expect(page.getByTestId("suppression-note")).toContainText("cyfrif o lai na 5 o bobl");
  const summary = page.getByTestId("area-summary");
  await expect(summary.getByRole("row", { name: /Wedi cofrestru/ })).toBeVisible();
  await expect(summary.getByRole("row", { name: /Lleoedd/ })).toBeVisible();
  await expect(summary.getByRole("row", { name: /Mentoriaid sydd wedi'u fetio/ })).toBeVisible();
  // The same rule hides the same counts: the three under-13s, and the adults with them.
  const bands = page.getByTestId("area-bands");
  await expect(bands.getByText("Yn ôl oed ar y dechrau")).toBeVisible();
  await expect(bands.getByRole("row", { name: /Dan 13/ })).toContainText("[c]");
  await expect(bands.getByRole("row", { name: /Dan 13/ })).toContainText("wedi'i guddio (llai na 5");
  await expect(bands.getByRole("row", { name: /18\+/ })).toContainText("[c]");
  await expect(
    page.getByTestId("area-experience").getByRole("row", { name: /Newydd i godio/ }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /Cofrestriadau yn ôl oed ar y dechrau/ })).toBeVisible();
  // A chart's name is its title and its description.
  await expect(
    page.getByRole("img", { name: /^Cofrestriadau bob wythnos Cofrestriadau bob wythnos o wythnos/ }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: /Cofrestriadau bob wythnos \(mae pob wythnos/ }),
  ).toContainText("Wythnos yn dechrau (dydd Llun)");
  const events = page.getByRole("heading", { level: 2, name: `Digwyddiadau gyda chanolfannau yn ${area}` });
  await expect(events).toBeVisible();
  const listed = page.getByRole("listitem").filter({ hasText: event.name });
  await expect(listed.getByRole("link", { name: event.name })).toHaveAttribute("href", `/cy/events/${slug}`);
  await expect(listed).toContainText(/Yn dechrau .+/);
  await expect(listed).toContainText(WELSH_MONTH);
  await expect(listed).toContainText(`Canolfannau: Hwb y De (${area}2), Llyfrgell y Gogledd (${area}1)`);
  await expectLanguageLinks(page, `/areas/${area}`);
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "area-welsh");

  await page.goto(`/areas/${area}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(
    page.getByRole("heading", { level: 1, name: `Need and supply in the ${area} postcode area` }),
  ).toBeVisible();
  await expect(page.getByTestId("suppression-note")).toContainText(
    "[c] means hidden: a count of fewer than 5",
  );
  await expect(page.getByTestId("area-bands").getByRole("row", { name: /Under 13/ })).toContainText("[c]");
  await expect(page.getByRole("main")).not.toContainText(WELSH_MONTH);
});
