// Safeguarding concerns: a young person reports one from the event page without signing in, on a phone;
// the event's safeguarding lead is emailed that there is one, reads it (recorded), and records what was
// done; an organiser does not see it.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import { createPublishedEvent, REGISTRATION_OPEN, withDatabase } from "./support/db";
import { saveViewportShots } from "./support/screenshots";

const PHONE = { width: 390, height: 844 };

test("a young person reports a concern; only the safeguarding lead reads it, and records what was done", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const slug = `concern-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("organiser");
  const leadEmail = uniqueEmail("dsl");
  const event = await createPublishedEvent({
    slug,
    name: `Safe Day ${slug}`,
    organiserEmail,
    timeline: REGISTRATION_OPEN,
  });
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, "updatedAt") VALUES ($1, $2, 'Sam Safeguarding', now()) RETURNING id`,
      [`e2e-${randomUUID()}`, leadEmail],
    );
    await client.query(
      `INSERT INTO "EventRole" (id, "eventId", "userId", role) VALUES ($1, $2, $3, 'SAFEGUARDING_LEAD')`,
      [`e2e-role-${randomUUID()}`, event.id, rows[0]?.id],
    );
  });

  // A young person, not signed in, on a phone: from the event page to the form.
  const young = await (await browser.newContext({ viewport: PHONE })).newPage();
  await young.goto(`/events/${slug}`);
  await young.getByRole("link", { name: "Worried about someone? Report a concern" }).click();
  await expect(
    young.getByRole("heading", { level: 1, name: "Worried about someone? Tell us" }),
  ).toBeVisible();
  await expectNoA11yViolations(young);
  await young.getByRole("button", { name: "Send it privately" }).click();
  const what = young.getByLabel("What happened, or what worries you?");
  await expect(what).toHaveAttribute("aria-invalid", "true");
  await expectNoA11yViolations(young);
  await saveViewportShots(young, "concern-report");
  await what.fill("A man who isn't on our team keeps asking me for my phone number and Snapchat.");
  await young.getByLabel("Who is it about? (optional)").fill("Tall man in a green hoodie, near the lifts");
  await young.getByRole("button", { name: "Send it privately" }).click();
  await expect(young.getByRole("status")).toContainText("the event's safeguarding lead and nobody else");
  await expectNoA11yViolations(young);

  // The lead is told there is one, without what it says.
  const lead = await (await browser.newContext()).newPage();
  await lead.goto(`/dev/outbox?to=${encodeURIComponent(leadEmail)}`);
  await expect(lead.getByText(`A safeguarding concern was reported at ${event.name}`).first()).toBeVisible();
  await expect(lead.getByText(/Snapchat/)).toHaveCount(0);

  // An organiser of the event does not see it.
  const organiser = await (await browser.newContext()).newPage();
  await signIn(organiser, organiserEmail);
  await organiser.goto(`/manage/events/${event.id}/concerns`);
  await expect(organiser.getByText("No concerns have come to you.")).toBeVisible();
  await expectNoA11yViolations(organiser);

  // The lead reads it (recorded) and records what was done.
  await signIn(lead, leadEmail, "Sam Safeguarding");
  await lead.goto(`/manage/events/${event.id}/concerns`);
  await expect(lead.getByRole("heading", { level: 1, name: "Safeguarding concerns" })).toBeVisible();
  await expectNoA11yViolations(lead);
  await lead.getByRole("link", { name: /^Reported / }).click();
  await expect(lead.getByText(/Snapchat/)).toBeVisible();
  await expect(lead.getByText("Tall man in a green hoodie, near the lifts")).toBeVisible();
  const reads = lead.getByRole("region", { name: "Who read it" });
  await expect(reads.getByText(/Sam Safeguarding/)).toHaveCount(1);
  await expectNoA11yViolations(lead);
  await lead
    .getByRole("textbox", { name: "What was done" })
    .fill("Spoke to the venue manager; the man was asked to leave and did.");
  await lead.getByLabel("Close it: nothing more to do").check();
  await lead.getByRole("button", { name: "Record it" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "Recorded." })).toBeVisible();
  await expect(
    lead.getByText("Spoke to the venue manager; the man was asked to leave and did."),
  ).toBeVisible();
  await expect(lead.getByText("Closed", { exact: true })).toBeVisible();
  // The page reloaded after recording: a second read is on the list.
  await expect(reads.getByText(/Sam Safeguarding/)).toHaveCount(2);
  await expectNoA11yViolations(lead);
  await saveViewportShots(lead, "concern-read");

  // The same in Welsh, from the Welsh event page: the page, the form, its problems and the answer.
  const welsh = await (await browser.newContext({ viewport: PHONE })).newPage();
  await welsh.goto(`/cy/events/${slug}`);
  await welsh.getByRole("link", { name: "Yn poeni am rywun? Rhowch wybod am bryder" }).click();
  await expect(welsh).toHaveURL(new RegExp(`/cy/events/${slug}/concern$`));
  await expect(welsh.locator("html")).toHaveAttribute("lang", "cy");
  await expect(
    welsh.getByRole("heading", { level: 1, name: "Yn poeni am rywun? Dywedwch wrthon ni" }),
  ).toBeVisible();
  await expect(welsh.getByRole("note")).toContainText("Childline");
  await welsh.getByRole("button", { name: "Ei anfon yn breifat" }).click();
  // The form's summary of problems (Next's route announcer is an alert too).
  const alert = welsh.getByRole("alert").filter({ hasText: "Mae angen cywiro rhai atebion." });
  await expect(alert).toContainText("Mae angen cywiro rhai atebion.");
  await expect(alert).toContainText(
    "Beth ddigwyddodd, neu beth sy'n eich poeni chi?: Dywedwch wrthon ni beth ddigwyddodd neu beth sy'n eich poeni chi, mewn brawddeg neu fwy",
  );
  const beth = welsh.getByLabel("Beth ddigwyddodd, neu beth sy'n eich poeni chi?");
  await expect(beth).toHaveAttribute("aria-invalid", "true");
  await welsh.getByLabel("Am bwy mae e? (dewisol)").fill("x".repeat(201));
  await welsh.getByRole("button", { name: "Ei anfon yn breifat" }).click();
  await expect(alert).toContainText("Defnyddiwch 200 nod ar y mwyaf");
  await expectNoA11yViolations(welsh);
  await saveViewportShots(welsh, "concern-welsh");
  await beth.fill("Mae dyn sydd ddim yn ein tîm ni yn gofyn am fy rhif ffôn o hyd.");
  await welsh.getByLabel("Am bwy mae e? (dewisol)").fill("Dyn tal mewn hwdi gwyrdd");
  await welsh.getByRole("button", { name: "Ei anfon yn breifat" }).click();
  await expect(welsh.getByRole("heading", { name: "Diolch. Mae e gyda ni." })).toBeVisible();
  await expect(welsh.getByRole("status")).toContainText(
    "Aeth eich pryder at arweinydd diogelu'r digwyddiad a neb arall.",
  );
  await expectNoA11yViolations(welsh);
});
