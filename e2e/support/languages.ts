// What a page in more than one language must carry (docs/languages.md).
import { expect, type Page } from "@playwright/test";

/** The page names its English and Welsh addresses for search engines. */
export async function expectLanguageLinks(page: Page, english: string): Promise<void> {
  await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute(
    "href",
    new RegExp(`${english}$`),
  );
  await expect(page.locator('link[rel="alternate"][hreflang="cy"]')).toHaveAttribute(
    "href",
    new RegExp(`/cy${english}$`),
  );
}

/** A date written in Welsh: a short month name and a year ("14 Meh 2026"). */
export const WELSH_MONTH = /\b(Ion|Chw|Maw|Ebr|Mai|Meh|Gor|Awst|Medi|Hyd|Tach|Rhag) \d{4}\b/;
