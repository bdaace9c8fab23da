// The finals show: an organiser puts the finalists in order (dragging one, moving one with the
// keyboard buttons) and sets a stream; the presenter steps through them on the projector with the
// keyboard and buttons; a signed-out viewer's public finals page follows every step live (server-sent
// events, no reload). Axe on every page, at a laptop's width and a phone's.
import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./support/auth";
import { expectNoA11yViolations, expectNoSidewaysScroll, PHONE_WIDTH } from "./support/axe";
import {
  createPublishedEvent,
  createSubmittedProject,
  createTeamWithCaptain,
  DEADLINE_PASSED,
} from "./support/db";
import { saveViewportShots } from "./support/screenshots";

test("an organiser orders the finalists, the presenter steps through, and the public page follows live", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const slug = `finals-${Date.now().toString(36)}`;
  const organiserEmail = uniqueEmail("finals-organiser");
  const event = await createPublishedEvent({
    slug,
    name: `Finals ${slug}`,
    organiserEmail,
    timeline: DEADLINE_PASSED,
  });
  for (const [title, teamName] of [
    ["Bus Buddy", "Night Owls"],
    ["Tide Table", "Wave Makers"],
    ["Sky Watch", "Star Gazers"],
  ] as const) {
    const team = await createTeamWithCaptain({
      eventId: event.id,
      teamName: `${teamName} ${slug}`,
      captainEmail: uniqueEmail(`finals-${teamName.replace(" ", "-").toLowerCase()}`),
      captainName: `${teamName} captain`,
    });
    await createSubmittedProject({
      eventId: event.id,
      teamId: team.teamId,
      title,
      description: `${title} helps.`,
    });
  }

  // A viewer opens the public finals page before there is anything to show.
  const viewer = await (await browser.newContext()).newPage();
  await viewer.goto(`/events/${slug}`);
  await viewer.getByRole("link", { name: "Finals, live" }).click();
  await expect(viewer.getByTestId("finals-status")).toContainText("not out yet");
  // A second viewer follows in Welsh, from the Welsh event page.
  const welsh = await (await browser.newContext()).newPage();
  await welsh.goto(`/cy/events/${slug}`);
  await welsh.getByRole("link", { name: "Y rowndiau terfynol, yn fyw" }).click();
  await expect(welsh).toHaveURL(new RegExp(`/cy/events/${slug}/finals$`));
  await expect(welsh.getByTestId("finals-status")).toContainText(
    `Dydy trefn y rowndiau terfynol Finals ${slug}`,
  );

  await signIn(page, organiserEmail);
  await page.goto(`/manage/events/${event.id}`);
  await page.getByRole("link", { name: "Finals show" }).click();
  await expect(page.getByRole("heading", { name: "Finals show", level: 1 })).toBeVisible();

  // Settings: a bad stream address is refused and said why; then a YouTube stream.
  await page.getByLabel("Live stream address (optional)").fill("http://insecure.example.org");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.locator("#finals-stream-error")).toHaveText(
    "Enter the stream's address, starting with https://",
  );
  await page.getByLabel("Title").fill("Grand final");
  await page.getByLabel("Minutes each team presents").fill("4");
  await page.getByLabel("Live stream address (optional)").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();

  // Add all three (alphabetical: Bus Buddy, Sky Watch, Tide Table), then reorder.
  for (const title of ["Bus Buddy", "Sky Watch", "Tide Table"]) {
    await page.getByRole("button", { name: `Add ${title}`, exact: true }).click();
  }
  const slots = page.getByTestId("finals-slot");
  await expect(slots).toHaveCount(3);
  // Keyboard-friendly: Tide Table up one (Bus Buddy, Tide Table, Sky Watch).
  await page.getByRole("button", { name: "Move up Tide Table" }).click();
  await expect(slots.nth(1)).toContainText("Tide Table");
  // Drag: Sky Watch by its handle onto the top of the first row (Sky Watch, Bus Buddy, Tide Table).
  const handle = slots.nth(2).getByTitle("Drag to reorder");
  const firstBox = await slots.nth(0).boundingBox();
  if (!firstBox) throw new Error("no first row");
  await handle.hover();
  await page.mouse.down();
  await page.mouse.move(firstBox.x + firstBox.width / 2, firstBox.y + 4, { steps: 12 });
  await page.mouse.up();
  await expect(slots.nth(0)).toContainText("Sky Watch");
  await expect(slots.nth(1)).toContainText("Bus Buddy");
  await expect(slots.nth(2)).toContainText("Tide Table");
  await expect(page.getByText("Not saved yet")).toBeVisible();
  await page.getByRole("button", { name: "Save running order" }).click();
  await expect(page.getByText("Running order saved.")).toBeVisible();
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "finals-organiser");

  // The viewer's page follows without a reload: the running order and the stream appear.
  await expect(viewer.getByRole("heading", { name: "Grand final", level: 1 })).toBeVisible();
  await expect(viewer.getByTestId("up-next")).toContainText("Sky Watch");
  await expect(viewer.frameLocator("iframe").locator("body")).toBeAttached();
  await expect(viewer.locator("iframe")).toHaveAttribute(
    "src",
    "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
  );

  // The presenter starts the show with the keyboard.
  await page.getByRole("link", { name: "Open the presenter view" }).click();
  await expect(page.getByTestId("presenter-up-next")).toContainText("Sky Watch");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Sky Watch", level: 1 })).toBeVisible();
  await expect(page.getByText("Sky Watch helps.")).toBeVisible();
  await expect(page.getByTestId("finals-clock")).toHaveText(/^[34]:\d\d$/);
  await expect(viewer.getByTestId("on-stage")).toContainText("Sky Watch");
  await expect(viewer.getByTestId("on-stage")).toContainText(`Star Gazers ${slug}`);
  await expect(viewer.getByTestId("up-next")).toContainText("Bus Buddy");
  await expect(viewer.getByTestId("finals-clock")).toHaveText(/^[34]:\d\d$/);
  await expectNoA11yViolations(page);
  await saveViewportShots(page, "finals-presenter");

  // Next with the button, pause the clock with the keyboard.
  await page.getByRole("button", { name: "Next →" }).click();
  await expect(page.getByRole("heading", { name: "Bus Buddy", level: 1 })).toBeVisible();
  await expect(viewer.getByTestId("on-stage")).toContainText("Bus Buddy");
  await page.keyboard.press("p");
  await expect(page.getByRole("button", { name: "Resume clock" })).toBeVisible();
  await expect(viewer.getByTestId("on-stage")).toContainText("(paused)");
  await expectNoA11yViolations(viewer);
  await saveViewportShots(viewer, "finals-public");
  // The Welsh page followed too, in Welsh; titles and names as the teams wrote them.
  await expect(welsh.locator("html")).toHaveAttribute("lang", "cy");
  const welshStage = welsh.getByTestId("on-stage");
  await expect(welshStage).toContainText("Yn cyflwyno nawr");
  await expect(welshStage).toContainText("Bus Buddy");
  await expect(welshStage).toContainText("(wedi oedi)");
  await expect(welshStage).toContainText("Gyda ");
  await expect(welsh.getByTestId("up-next")).toContainText(`Nesaf: Tide Table gan Wave Makers ${slug}`);
  await expect(welsh.getByRole("heading", { level: 2, name: "Trefn y cyflwyno" })).toBeVisible();
  await expect(welsh.getByText("Wedi cyflwyno")).toBeVisible();
  await expect(welsh.getByText("Yn dilyn yn fyw")).toBeVisible();
  await expectNoA11yViolations(welsh);
  await saveViewportShots(welsh, "finals-welsh");

  // The last one, then finish: the viewer sees the end.
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Tide Table", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Finish the show" }).click();
  await expect(page.getByText("The show has ended. Thank you!")).toBeVisible();
  await expect(viewer.getByTestId("on-stage")).toContainText("The finals have ended");
  await expect(welsh.getByTestId("on-stage")).toContainText("Mae'r rowndiau terfynol wedi gorffen");

  await viewer.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  await viewer.reload();
  await expect(viewer.getByRole("heading", { name: "Grand final", level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(viewer);
  await expectNoA11yViolations(viewer);
});
