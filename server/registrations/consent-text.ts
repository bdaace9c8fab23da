// The words a guardian agrees to: the platform's default, or the event's own (edited by its organisers),
// each with a version, so every consent records which words it was given to.
import { createHash } from "node:crypto";
import { CONSENT_TEXT, CONSENT_TEXT_VERSION } from "./rules.ts";

export interface ConsentTextShown {
  version: string;
  paragraphs: readonly string[];
  /** The event's own text (false: the platform's default). */
  own: boolean;
}

/** An organiser's text as paragraphs: split at blank lines, each trimmed, empty ones dropped. */
export function consentParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s*\n\s*/g, " "))
    .filter((p) => p.length > 0);
}

/**
 * The consent text of an event whose own text is `consentText` (empty: the platform's CONSENT_TEXT at
 * CONSENT_TEXT_VERSION). An own text's version is `k-` and the first 12 hex digits of the SHA-256 of its
 * paragraphs joined by blank lines, so the same words always have the same version and a change of
 * whitespace alone makes none.
 */
export function consentTextOf(event: { consentText: string }): ConsentTextShown {
  const paragraphs = consentParagraphs(event.consentText);
  if (paragraphs.length === 0) return { version: CONSENT_TEXT_VERSION, paragraphs: CONSENT_TEXT, own: false };
  const digest = createHash("sha256").update(paragraphs.join("\n\n")).digest("hex").slice(0, 12);
  return { version: `k-${digest}`, paragraphs, own: true };
}
