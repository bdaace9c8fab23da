import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** WCAG 2.0/2.1 A and AA plus WCAG 2.2 AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Runs axe on the page as it is now and fails listing every violation as
 * "rule-id (impact): help — target, target…", so the report says what to fix where.
 *
 * With E2E_SCREENSHOTS_DIR set, also saves a full-page screenshot of every page checked, for a human
 * to look at (`E2E_SCREENSHOTS_DIR=/tmp/shots npm run test:e2e`).
 */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  await settle(page);
  await saveScreenshot(page);
  await expectNoSidewaysScroll(page);
  // The same markup twice (every sign-in passes the same sign-in and check-email pages) is checked once.
  const shape = await markupShape(page);
  if (checkedShapes.has(shape)) return;
  // Legacy mode runs axe in the page itself. The default opens a second, blank page for every check to
  // merge results from cross-origin frames, which these pages do not have; measured on two specs (23
  // checks per worker), the checks took 11.5 s instead of 20.8 s.
  let violations = await axeViolations(page);
  if (violations.length > 0) {
    // A page caught mid-refresh (a form's router.refresh() after it saved, an auto-refresh) has had
    // its <title> and the parts being replaced taken out for a moment: judged again once it settles.
    // A real violation is there both times and fails; the first report is kept for the record.
    const first = violations;
    await page.waitForTimeout(REFRESH_GRACE_MS);
    await settle(page);
    violations = await axeViolations(page);
    if (violations.length === 0) {
      test
        .info()
        .annotations.push({ type: "axe-judged-again", description: `${page.url()}: ${first.join("; ")}` });
    }
  }
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
  checkedShapes.add(shape);
}

/** How long a page caught mid-refresh is given before axe looks again (a refresh takes ~50–500 ms). */
const REFRESH_GRACE_MS = 1_000;

/** axe's violations of WCAG_TAGS on the page as it is now, as "rule-id (impact): help — targets". */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  return results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => JSON.stringify(node.target)).join(", ");
    return `${violation.id} (${violation.impact ?? "unknown impact"}): ${violation.help} — ${targets}`;
  });
}

/** Shapes of markup axe has already passed in this worker (see markupShape). */
const checkedShapes = new Set<string>();

/**
 * The page's markup as axe judges it, minus what varies between two visits to the same page: every
 * element with all its attributes and whether it holds text, in order, but not the text itself, and
 * with numbers, long tokens and query strings taken out of links (an email's token, a record's id).
 * Empty versus non-empty text is kept (a nameless button or link is what axe catches), and so is every
 * class, role and aria attribute. Scripts and styles are left out. Returns a SHA-256 hex digest.
 */
async function markupShape(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [String(window.innerWidth)];
    const varying = /\d+|[A-Za-z0-9_-]{20,}/g;
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if ((node.textContent ?? "").trim() !== "") parts.push("#t");
        return;
      }
      if (!(node instanceof Element)) return;
      const tag = node.tagName.toLowerCase();
      if (tag === "script" || tag === "style" || tag === "template") return;
      const attrs = [...node.attributes]
        .map((a) => {
          let value = a.value;
          if (a.name === "href" || a.name === "src" || a.name === "action" || a.name === "srcset")
            value = (value.split("?")[0] ?? "").replace(varying, "*");
          else if (a.name === "value" || a.name === "datetime" || a.name === "title" || a.name === "alt")
            value = value === "" ? "" : "*";
          else value = value.replace(varying, "*");
          return `${a.name}=${value}`;
        })
        .join(" ");
      parts.push(`<${tag} ${attrs}>`);
      node.childNodes.forEach(walk);
      parts.push(`</${tag}>`);
    };
    walk(document.documentElement);
    const bytes = new TextEncoder().encode(parts.join(""));
    const digest = await crypto.subtle.digest("SHA-256", bytes);
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  });
}

/** A phone's width (an iPhone 12–15 in portrait, CSS pixels). */
export const PHONE_WIDTH = 390;

/**
 * Fails when the page is wider than a phone's screen, so it would scroll sideways: every page an
 * end-to-end test visits is checked at PHONE_WIDTH (the viewport is narrowed for the check and put
 * back after). Names the widest elements that stick out, so the report says what to fix.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) return;
  if (viewport.width !== PHONE_WIDTH)
    await page.setViewportSize({ width: PHONE_WIDTH, height: viewport.height });
  try {
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return null;
      const culprits = [...document.body.querySelectorAll("*")]
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        // Inside a box that scrolls on its own (a wide table) sticking out is fine.
        .filter((el) => !el.parentElement?.closest("[data-scrolls], .md-table, .overflow-x-auto"))
        .slice(-5)
        .map(
          (el) =>
            `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.textContent ?? "").trim().slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`,
        );
      return { scrollWidth: document.documentElement.scrollWidth, culprits };
    });
    expect(overflow, `${page.url()} scrolls sideways at ${PHONE_WIDTH} px`).toBeNull();
  } finally {
    if (viewport.width !== PHONE_WIDTH) await page.setViewportSize(viewport);
  }
}

/**
 * Lets a client-side transition finish before judging the page: during `router.refresh()` Next takes the
 * streamed <title> out and puts it back a moment later, and axe would report `document-title` in
 * between. A page that really has no title still fails, once this wait has run out.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page
    .waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 3_000 })
    .catch(() => undefined);
}

let screenshotCount = 0;

async function saveScreenshot(page: Page): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS_DIR?.trim();
  if (!dir) return;
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60);
  const url = new URL(page.url());
  const name = [
    String(++screenshotCount).padStart(3, "0"),
    slug(test.info().title).slice(0, 30),
    slug(url.pathname + url.search) || "home",
  ].join("_");
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
