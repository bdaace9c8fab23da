import { join } from "node:path";
import type { Page } from "@playwright/test";

/** The widths a person looks at: a laptop and a phone. */
const VIEWPORTS = [
  { label: "desktop", width: 1280, height: 800 },
  { label: "phone", width: 390, height: 844 },
] as const;

/**
 * With E2E_VIEWPORT_SHOTS_DIR set, saves full-page screenshots of the page as it is now at desktop and
 * phone widths (`<name>-desktop.png`, `<name>-phone.png`), for a human to look at, then puts the
 * viewport back. Does nothing otherwise.
 */
export async function saveViewportShots(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_VIEWPORT_SHOTS_DIR?.trim();
  if (!dir) return;
  const original = page.viewportSize();
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.screenshot({ path: join(dir, `${name}-${viewport.label}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}
