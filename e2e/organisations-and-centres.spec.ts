// An organisation's owner edits its details and uploads a logo; a centre lead sees who is coming to
// their centre (and nobody else's).
import { expect, test, type Page } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { createCentreWithLead, createPublishedEvent, REGISTRATION_OPEN } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

function uniqueSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

// A real 1×1 PNG, so the browser can draw it.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function expectImageLoaded(page: Page, selector: string): Promise<void> {
  const image = page.locator(selector).first();
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBe(1);
}

test("an owner creates an organisation with a logo, edits its details, and replaces and removes the logo", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const name = `Leeds Data Mill ${uniqueSlug("o")}`;
  await signIn(page, uniqueEmail("owner"));
  await page.goto("/organisations/new");

  // A file that is not an image is refused in the form, before anything is created.
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Logo (optional)").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("hello"),
  });
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByLabel("Logo (optional)")).toHaveAccessibleDescription(
    /Upload a PNG, JPEG, WebP or GIF image\./,
  );
  await expectNoA11yViolations(page);

  await page
    .getByLabel("Logo (optional)")
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: png });
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page).toHaveURL(/\/organisations\/[^/?]+\/manage$/);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectImageLoaded(page, 'img[alt="Current logo"]');
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "organisation-manage");
  const slug = new URL(page.url()).pathname.split("/")[2] ?? "";

  // Details: a bad website is refused at its field; a good edit is saved and the address stays.
  const details = page.getByRole("form", { name: "Organisation details" });
  await details.getByLabel("Website (optional)").fill("javascript:alert(1)");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByLabel("Website (optional)")).toHaveAttribute("aria-invalid", "true");
  await expectNoA11yViolations(page);
  await details.getByLabel("Website (optional)").fill("https://datamill.example.org");
  await details.getByLabel("Name", { exact: true }).fill(`${name} CIC`);
  await details.getByLabel("Short description (optional)").fill("Open data for the city.");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Details saved." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `${name} CIC` })).toBeVisible();

  await page.goto(`/organisations/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: `${name} CIC` })).toBeVisible();
  await expect(page.getByText("Open data for the city.")).toBeVisible();
  await expectImageLoaded(page, "header img");
  await expectNoA11yViolations(page);

  // A text file claiming to be a PNG gets past the browser's check, and the server refuses it by its bytes.
  await page.goto(`/organisations/${slug}/manage`);
  const logo = page.getByRole("region", { name: "Logo" });
  await logo.getByLabel("Replace the logo").setInputFiles({
    name: "fake.png",
    mimeType: "image/png",
    buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"),
  });
  await logo.getByRole("button", { name: "Upload" }).click();
  await expect(logo.getByRole("alert")).toContainText("Upload a PNG, JPEG, WebP or GIF image.");
  await expect(logo.getByLabel("Replace the logo")).toHaveAttribute("aria-invalid", "true");
  await expectNoA11yViolations(page);
  await expectImageLoaded(page, 'img[alt="Current logo"]');

  await logo.getByRole("button", { name: "Remove logo" }).click();
  await page
    .getByRole("alertdialog", { name: "Remove the logo?" })
    .getByRole("button", { name: "Remove logo" })
    .click();
  await expect(logo.getByRole("status")).toHaveText("Logo removed.");
  await expect(logo.getByText("No logo yet.", { exact: false })).toBeVisible();
  await page.goto(`/organisations/${slug}`);
  await expect(page.locator("header img")).toHaveCount(0);
});

test("a centre lead sees the people registered at their centre, with places left, and no one else's", async ({
  page,
  browser,
}) => {
  const slug = uniqueSlug("centre");
  const organiserEmail = uniqueEmail("organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Festival ${slug}`,
    organiserEmail,
    timeline: REGISTRATION_OPEN,
  });
  const leadEmail = uniqueEmail("lead");
  await createCentreWithLead({
    eventId: event.id,
    centreName: `Leeds Central Library ${slug}`,
    capacity: 20,
    leadEmail,
    people: [
      { email: uniqueEmail("adult"), name: "Ada Adult", dateOfBirth: "1990-02-02" },
      {
        email: uniqueEmail("young"),
        name: "Robin Hood-Smith",
        alias: "Arrow",
        dateOfBirth: "2013-03-03",
        minor: true,
      },
    ],
  });
  await createCentreWithLead({
    eventId: event.id,
    centreName: `York Hub ${slug}`,
    capacity: 10,
    leadEmail: uniqueEmail("other-lead"),
    people: [{ email: uniqueEmail("elsewhere"), name: "Yasmin York", dateOfBirth: "1991-04-04" }],
  });

  await signIn(page, leadEmail);
  await page.goto("/manage");
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: `Leeds Central Library ${slug} · ${event.name}` }).click();
  await expect(page).toHaveURL(new RegExp(`/manage/events/${event.id}/centre$`));
  await expect(page.getByRole("heading", { level: 1, name: `Leeds Central Library ${slug}` })).toBeVisible();
  await expect(page.getByText("2 of 20 places taken · 18 left")).toBeVisible();
  const table = page.getByRole("region", { name: "Who is coming" });
  // Both were registered in one transaction (the same time), so their order is not asserted.
  await expect(table.getByRole("rowheader")).toHaveCount(2);
  await expect(table.getByRole("rowheader", { name: "Ada Adult" })).toBeVisible();
  // A young person by their nickname, never their name.
  await expect(table.getByRole("rowheader", { name: "Arrow" })).toBeVisible();
  await expect(page.getByText("Robin")).toHaveCount(0);
  await expect(table.getByText("Waiting for guardian consent", { exact: true })).toBeVisible();
  await expect(page.getByText("Yasmin York")).toHaveCount(0);
  await expect(page.getByText("Hood-Smith")).toHaveCount(0);
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "centre-lead");

  const csv = await page.request.get(`/api/events/${event.id}/centre-registrations-csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("Ada Adult");
  expect(text).not.toContain("Yasmin");

  // The organisers' own pages stay closed to a centre lead.
  await page.goto(`/manage/events/${event.id}/registrations`);
  await expect(page.getByText("Only this event's organisers can see its registrations.")).toBeVisible();

  // The organiser moves Yasmin from York to Leeds: she is emailed, and the Leeds lead now sees her.
  const organiser = await (await browser.newContext()).newPage();
  await signIn(organiser, organiserEmail);
  await organiser.goto(`/manage/events/${event.id}/registrations`);
  const everyone = organiser.getByRole("region", { name: "Everyone who registered" });
  await everyone
    .getByLabel("Centre for Yasmin York")
    .selectOption({ label: `Leeds Central Library ${slug}` });
  await everyone.getByRole("button", { name: "Move Yasmin York" }).click();
  await expect(
    everyone.getByText(`Moved to Leeds Central Library ${slug}; Yasmin York was emailed.`),
  ).toBeVisible();
  await expectNoA11yViolations(organiser);
  await page.goto(`/manage/events/${event.id}/centre`);
  await expect(page.getByText("3 of 20 places taken · 17 left")).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Who is coming" }).getByRole("rowheader", { name: "Yasmin York" }),
  ).toBeVisible();
});

test("an organiser's dashboard shows the counts and keeps them fresh while it is open", async ({ page }) => {
  const slug = uniqueSlug("dash");
  const organiserEmail = uniqueEmail("organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Festival ${slug}`,
    organiserEmail,
    timeline: REGISTRATION_OPEN,
  });
  await createCentreWithLead({
    eventId: event.id,
    centreName: `Bradford ${slug}`,
    capacity: 20,
    leadEmail: uniqueEmail("lead"),
    people: [{ email: uniqueEmail("adult"), name: "Ada Adult", dateOfBirth: "1990-02-02" }],
  });
  await signIn(page, organiserEmail);
  // The page's own clock, so "30 seconds later" takes no real time.
  await page.clock.install();
  await page.goto(`/manage/events/${event.id}/dashboard`);
  await expect(page.getByRole("heading", { level: 2, name: "Registrations: 1" })).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "dashboard");

  await createCentreWithLead({
    eventId: event.id,
    centreName: `Halifax ${slug}`,
    capacity: 20,
    leadEmail: uniqueEmail("lead"),
    people: [
      {
        email: uniqueEmail("young"),
        name: "Kim Young",
        alias: "Kimchi",
        dateOfBirth: "2012-02-02",
        minor: true,
      },
    ],
  });
  await page.clock.fastForward(31_000);
  await expect(page.getByRole("heading", { level: 2, name: "Registrations: 2" })).toBeVisible();
  await expect(page.getByText(`Halifax ${slug}`)).toBeVisible();
});

test("an organiser adds a centre and names its lead, who then finds it under Manage", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const slug = uniqueSlug("centres");
  const organiserEmail = uniqueEmail("organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Festival ${slug}`,
    organiserEmail,
    timeline: REGISTRATION_OPEN,
  });
  await signIn(page, organiserEmail);
  await page.goto(`/manage/events/${event.id}`);
  await page
    .getByRole("navigation", { name: "Manage this event" })
    .getByRole("link", { name: "Centres" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Centres" })).toBeVisible();
  await expect(page.getByText("No centres yet")).toBeVisible();
  await expectNoA11yViolations(page);

  const add = page.getByRole("region", { name: "Add a centre" });
  await add.getByLabel("Name", { exact: true }).fill("Leeds Library");
  await add.getByLabel("Postcode area (optional)").fill("LS1 3AB");
  await add.getByRole("button", { name: "Add centre" }).click();
  await expect(add.getByLabel("Places")).toHaveAttribute("aria-invalid", "true");
  await expect(add.getByLabel("Postcode area (optional)")).toHaveAccessibleDescription(
    /Use only the first part of the postcode, e.g. LS1/,
  );
  await expectNoA11yViolations(page);
  await add.getByLabel("Places").fill("30");
  await add.getByLabel("Postcode area (optional)").fill("ls1");
  await add.getByLabel("Accessibility (optional)").fill("Step-free entrance on Centenary Street.");
  await add.getByRole("button", { name: "Add centre" }).click();
  await expect(add.getByRole("status")).toHaveText("Centre “Leeds Library” added.");
  await expect(page.getByText("0 of 30 places taken · 0 teams · LS1")).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "centres");

  // Participants see it on the event page before they register.
  await page.goto(`/events/${event.slug}`);
  const publicCentres = page.getByRole("region", { name: "Centres" });
  await expect(publicCentres.getByRole("heading", { level: 3, name: "Leeds Library" })).toBeVisible();
  await expect(publicCentres.getByText("Access: Step-free entrance on Centenary Street.")).toBeVisible();
  await expect(publicCentres.getByText("30 places left")).toBeVisible();
  await expectNoA11yViolations(page);

  // A centre lead must be placed at a centre.
  await page.goto(`/manage/events/${event.id}`);
  const leadEmail = uniqueEmail("lead");
  const roles = page.getByRole("region", { name: "People and roles" });
  await roles.getByLabel("Email address").fill(leadEmail);
  await roles.getByLabel("Role", { exact: true }).selectOption({ label: "Centre lead" });
  await roles.getByRole("button", { name: "Add role" }).click();
  await expect(roles.getByLabel("Centre", { exact: true })).toHaveAccessibleDescription(
    /Choose the centre they lead/,
  );
  await expectNoA11yViolations(page);
  await roles.getByLabel("Centre", { exact: true }).selectOption({ label: "Leeds Library" });
  await roles.getByRole("button", { name: "Add role" }).click();
  await expect(roles.getByText(`${leadEmail} — Centre lead, Leeds Library`)).toBeVisible();

  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signIn(lead, leadEmail);
  await lead.goto("/manage");
  await lead.getByRole("link", { name: `Leeds Library · ${event.name}` }).click();
  await expect(lead.getByRole("heading", { level: 1, name: "Leeds Library" })).toBeVisible();
  await expect(lead.getByText("0 of 30 places taken · 30 left")).toBeVisible();
  await expect(lead.getByText("Nobody has registered yet.")).toBeVisible();
  await expectNoA11yViolations(lead);
  await leadContext.close();
});

test("a participant registers at a centre with places, then moves to another while registration is open", async ({
  page,
}) => {
  const slug = uniqueSlug("move");
  const event = await createPublishedEvent({
    slug,
    name: `Festival ${slug}`,
    organiserEmail: uniqueEmail("organiser"),
    timeline: REGISTRATION_OPEN,
  });
  await createCentreWithLead({
    eventId: event.id,
    // A long name on purpose: the centre picker on a phone must not widen the page.
    centreName: `Full House Community Library and Makerspace ${slug}`,
    capacity: 1,
    leadEmail: uniqueEmail("lead"),
    people: [{ email: uniqueEmail("early"), name: "Early Bird", dateOfBirth: "1990-01-01" }],
  });
  for (const name of [`Leeds ${slug}`, `York ${slug}`]) {
    await createCentreWithLead({
      eventId: event.id,
      centreName: name,
      capacity: 10,
      leadEmail: uniqueEmail("lead"),
      people: [],
    });
  }
  await signIn(page, uniqueEmail("mover"));
  await page.goto(`/events/${slug}/register`);
  await page.getByLabel("Your name", { exact: true }).fill("Morgan Mover");
  const centre = page.getByLabel("Centre", { exact: true });
  await expect(
    centre.getByRole("option", { name: `Full House Community Library and Makerspace ${slug} — full` }),
  ).toBeDisabled();
  await centre.selectOption({ label: `Leeds ${slug}` });
  await page.getByRole("radio", { name: "Some experience" }).check();
  await page.getByLabel("Date of birth", { exact: true }).fill("1992-05-05");
  await page.getByRole("checkbox", { name: /I have read and accept the event's code of conduct/ }).check();
  await page.getByRole("button", { name: "Register", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your registration" })).toBeVisible();

  await page.getByRole("link", { name: "Change your centre, experience or skills" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Change your answers" })).toBeVisible();
  await expect(page.getByLabel("Centre", { exact: true })).toHaveValue(/.+/);
  await expectNoA11yViolations(page);
  await page.getByLabel("Centre", { exact: true }).selectOption({ label: `York ${slug}` });
  await page.getByRole("radio", { name: "Confident" }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your answers are saved." })).toBeVisible();
  await expect(page.getByText(`York ${slug}`, { exact: true })).toBeVisible();
  await expect(page.getByText("Confident", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  // The team finder starts at their (new) centre and can show every centre.
  await page.goto(`/events/${slug}/teams`);
  const filter = page.getByLabel("Show teams and people at");
  await expect(filter.locator("option:checked")).toHaveText(`York ${slug} (your centre)`);
  await filter.selectOption({ label: "All centres" });
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(/\?centre=all$/);
  await expect(page.getByLabel("Show teams and people at").locator("option:checked")).toHaveText(
    "All centres",
  );
  await expectNoA11yViolations(page);
});
