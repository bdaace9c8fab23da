// Page weight: no page sends more than 200 kB of JavaScript (compressed, as transferred) on a first
// visit with an empty cache. Measured on the main page of every role: the public pages, a participant's
// registration, team and project pages, and an organiser's dashboard and event editor.
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations } from "./support/axe";
import {
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  HACKING_WITH_REGISTRATION_OPEN,
  withDatabase,
} from "./support/db";

// Forms load their validation schemas (and with them zod, about 30 kB) when first focused, not with the
// page (app/_components/lazy-module.ts): that keeps the pages with forms well under the budget.
const BUDGET_BYTES = 200 * 1024;

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** A signed-in session to reuse in fresh contexts (each with an empty cache). */
async function sessionOf(browser: Browser, email: string, shownAs?: string): Promise<StorageState> {
  const context = await browser.newContext();
  await signIn(await context.newPage(), email, shownAs);
  const state = await context.storageState();
  await context.close();
  return state;
}

/** The compressed bytes of JavaScript a first visit to `path` transfers, counted until the network is idle. */
async function javascriptOnFirstLoad(
  browser: Browser,
  path: string,
  storageState?: StorageState,
): Promise<number> {
  const context = await browser.newContext(storageState ? { storageState } : {});
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    // responseBodySize is what came over the wire (compressed); headers are not JavaScript.
    scripts.push(
      response
        .request()
        .sizes()
        .then((s) => s.responseBodySize),
    );
  });
  const response = await page.goto(path, { waitUntil: "networkidle" });
  expect(response?.status(), `${path} answers`).toBe(200);
  const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await expectNoA11yViolations(page);
  await context.close();
  return bytes;
}

test("no page sends more than 200 kB of JavaScript on first load", async ({ browser }) => {
  // Three sign-ins and eight cold page loads, each checked by axe.
  test.setTimeout(300_000);
  const slug = `weight-${Date.now().toString(36)}`;
  const organiser = uniqueEmail("weight-organiser");
  const captain = uniqueEmail("weight-captain");
  const newcomer = uniqueEmail("weight-newcomer");
  const event = await createPublishedEvent({
    slug,
    name: `Weight ${slug}`,
    organiserEmail: organiser,
    timeline: HACKING_WITH_REGISTRATION_OPEN,
  });
  const { teamId } = await createTeamWithCaptain({
    eventId: event.id,
    teamName: `Kites ${slug}`,
    captainEmail: captain,
  });
  // A project in an open gallery, so the gallery page is measured with its cards.
  await createSubmittedProject({ eventId: event.id, teamId, title: "Bus Buddy", description: "Buses." });
  await withDatabase((client) =>
    client.query(`UPDATE "Event" SET "galleryOpenedAt" = now() WHERE id = $1`, [event.id]),
  );

  const [organiserSession, captainSession, newcomerSession] = [
    await sessionOf(browser, organiser),
    await sessionOf(browser, captain, "Casey Captain"),
    await sessionOf(browser, newcomer),
  ];
  const pages: [string, string, StorageState | undefined][] = [
    ["home", "/", undefined],
    ["home in Welsh", "/cy", undefined],
    ["event page", `/events/${slug}`, undefined],
    ["gallery", `/events/${slug}/projects`, undefined],
    ["area page", "/areas/LS", undefined],
    ["register", `/events/${slug}/register`, newcomerSession],
    ["team", `/events/${slug}/team`, captainSession],
    ["submission editor", `/events/${slug}/submission`, captainSession],
    ["manage dashboard", `/manage/events/${event.id}/dashboard`, organiserSession],
    ["event edit", `/manage/events/${event.id}`, organiserSession],
  ];

  const measured: { page: string; kB: number }[] = [];
  for (const [name, path, session] of pages) {
    const bytes = await javascriptOnFirstLoad(browser, path, session);
    measured.push({ page: name, kB: Math.round(bytes / 102.4) / 10 });
    console.log(`page weight: ${name} ${path}: ${Math.round(bytes / 102.4) / 10} kB of JavaScript`);
  }
  console.log(
    [
      "JavaScript on first load (compressed):",
      ...measured.map((m) => `  ${m.page.padEnd(18)} ${m.kB} kB`),
    ].join("\n"),
  );
  test
    .info()
    .annotations.push(
      ...measured.map((m) => ({ type: "page weight", description: `${m.page}: ${m.kB} kB` })),
    );
  for (const m of measured) {
    expect(m.kB * 1024, `${m.page} sends ${m.kB} kB of JavaScript`).toBeLessThanOrEqual(BUDGET_BYTES);
  }
  // Every page sends some JavaScript: a measurement of 0 would mean the counting broke.
  expect(measured.every((m) => m.kB > 0)).toBe(true);
});
