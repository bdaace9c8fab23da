/**
 * Lighthouse on the pages people open most: home, the live event's page, a gallery, a project and a
 * judge's scoring page, as a phone on a slow network sees them (Lighthouse's default mobile settings).
 * Against an app already running with the demo data:
 *
 *   PORT=3500 npm run demo                                  # in one terminal
 *   npm run bench:lighthouse -- --url http://localhost:3500 # in another
 *
 * Writes bench/lighthouse-results.{json,md} and prints the table. The judge's page is opened signed in
 * as the demo judge (through the development outbox, with Playwright), its session cookie then given to
 * Lighthouse. Chromium: CHROMIUM_PATH, else /usr/bin/chromium.
 */
import { existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium } from "playwright";
import prettier from "prettier";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

/** The bar each category's score (0–1) must reach. */
export const TARGETS: Record<Category, number> = {
  performance: 0.9,
  accessibility: 1,
  "best-practices": 0.95,
  seo: 0.9,
};

const METRICS = [
  ["first-contentful-paint", "FCP"],
  ["largest-contentful-paint", "LCP"],
  ["total-blocking-time", "TBT"],
  ["cumulative-layout-shift", "CLS"],
] as const;

interface PageResult {
  name: string;
  path: string;
  scores: Record<Category, number>;
  metrics: Record<string, string>;
  /** Audits scoring below 1 in accessibility and best practices, by title. */
  problems: string[];
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH?.trim() || "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(`No Chromium at ${path}: set CHROMIUM_PATH`);
  return path;
}

/** The pages to audit, found from the running demo: the live event, a gallery, a project, a round. */
async function pagesOf(
  base: string,
): Promise<{ pages: { name: string; path: string; judge?: boolean }[]; cookie: string }> {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    const events = await page.$$eval("a[href^='/events/']", (links) =>
      links.map((a) => a.getAttribute("href") ?? ""),
    );
    const event = events.find((href) => /^\/events\/[^/]+$/.test(href));
    if (!event) throw new Error("No event on the home page: is the demo data loaded?");
    let gallery: string | null = null;
    let project: string | null = null;
    for (const href of [...new Set(events.filter((h) => /^\/events\/[^/]+$/.test(h)))]) {
      await page.goto(`${base}${href}/projects`);
      const projects = await page.$$eval("main a[href*='/projects/']", (links) =>
        links.map((a) => a.getAttribute("href") ?? ""),
      );
      if (projects.length > 0) {
        gallery = `${href}/projects`;
        project = projects[0] ?? null;
        break;
      }
    }
    // Sign in as the demo judge through the development outbox.
    const email = "judge@example.org";
    await page.goto(`${base}/signin`);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.waitForURL(/check-email/);
    await page.goto(`${base}/dev/outbox?to=${encodeURIComponent(email)}`);
    await page
      .getByRole("link", { name: `Sign in as ${email}`, exact: true })
      .first()
      .click();
    await page.getByRole("button", { name: /^Continue signing in as / }).click();
    await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
    await page.goto(`${base}/judging`);
    const round = await page.$$eval("main a[href^='/judging/']", (links) =>
      links.map((a) => a.getAttribute("href") ?? ""),
    );
    const cookies = await page.context().cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const pages: { name: string; path: string; judge?: boolean }[] = [
      { name: "home", path: "/" },
      { name: "event page", path: event },
    ];
    if (gallery) pages.push({ name: "gallery", path: gallery });
    if (project) pages.push({ name: "project page", path: project });
    if (round[0]) pages.push({ name: "judge's scoring page", path: round[0], judge: true });
    return { pages, cookie };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const base = option("url", process.env.LIGHTHOUSE_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const { pages, cookie } = await pagesOf(base);
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const results: PageResult[] = [];
  try {
    for (const target of pages) {
      const run = await lighthouse(`${base}${target.path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        ...(target.judge ? { extraHeaders: { Cookie: cookie } } : {}),
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${target.path}`);
      const { lhr } = run;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0])) as Record<
        Category,
        number
      >;
      const metrics = Object.fromEntries(
        METRICS.map(([id, label]) => [label, lhr.audits[id]?.displayValue ?? "—"]),
      );
      const problems = (["accessibility", "best-practices"] as const).flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .map((ref) => lhr.audits[ref.id])
          .filter(
            (audit) =>
              audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === "binary",
          )
          .map((audit) => `${c}: ${audit?.title ?? "?"}`),
      );
      results.push({ name: target.name, path: target.path, scores, metrics, problems });
      console.log(
        `${target.name}: ${CATEGORIES.map((c) => `${c} ${Math.round(scores[c] * 100)}`).join(", ")}; ${METRICS.map(([, l]) => `${l} ${metrics[l]}`).join(", ")}`,
      );
    }
  } finally {
    chrome.kill();
  }
  const markdown = report(results);
  const format = async (text: string, filepath: string) =>
    prettier.format(text, { ...(await prettier.resolveConfig(filepath)), filepath });
  writeFileSync(
    `${ROOT}bench/lighthouse-results.json`,
    await format(
      JSON.stringify({ timestamp: new Date().toISOString(), base, results }),
      `${ROOT}bench/lighthouse-results.json`,
    ),
  );
  writeFileSync(
    `${ROOT}bench/lighthouse-results.md`,
    await format(markdown, `${ROOT}bench/lighthouse-results.md`),
  );
  console.log(`\n${markdown}`);
}

/** The results as Markdown: one row per page, each score with ✓ when it meets its target. */
export function report(results: PageResult[]): string {
  const cell = (c: Category, score: number) =>
    `${Math.round(score * 100)}${score >= TARGETS[c] ? " ✓" : " ✗"}`;
  const lines = [
    "# Lighthouse",
    "",
    "Regenerate with `npm run bench:lighthouse -- --url <a running demo>` (see bench/lighthouse/run.ts). Mobile",
    "settings (a mid-range phone on a slow 4G connection, simulated). Targets: " +
      CATEGORIES.map((c) => `${c} ≥ ${Math.round(TARGETS[c] * 100)}`).join(", ") +
      ".",
    "",
    `| page | path | ${CATEGORIES.join(" | ")} | ${METRICS.map(([, l]) => l).join(" | ")} |`,
    `| --- | --- | ${CATEGORIES.map(() => "---").join(" | ")} | ${METRICS.map(() => "---").join(" | ")} |`,
    ...results.map(
      (r) =>
        `| ${r.name} | \`${r.path}\` | ${CATEGORIES.map((c) => cell(c, r.scores[c])).join(" | ")} | ${METRICS.map(([, l]) => r.metrics[l]).join(" | ")} |`,
    ),
    "",
  ];
  const problems = results.flatMap((r) => r.problems.map((p) => `- ${r.name}: ${p}`));
  if (problems.length > 0) lines.push("Audits not passed:", "", ...problems, "");
  return lines.join("\n");
}

await main();
