// Names people recognise each other by (teams, organisations, people's names and aliases, challenge and
// project titles, centres, events). Pure and small: shared by forms in the browser and by the server.

/**
 * Characters nobody can see or that reorder what they see: zero-width spaces and joiners, bidirectional
 * controls and marks, soft hyphens, variation selectors, tag characters, other format and control
 * characters. Removed before a name is stored or compared, so "Data Dragons\u200B" is "Data Dragons".
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Cf}\p{Cc}]/gu;

/** Every kind of space (NFKC already turns most into U+0020) and line break. */
const SPACES = /[\p{White_Space}]+/gu;

/**
 * A name as it is stored and compared: Unicode NFKC (full-width and styled letters become plain ones, a
 * non-breaking space a space), invisible and bidirectional control characters removed, runs of spaces
 * collapsed to one, trimmed. Idempotent. Case is kept (names are shown as typed); comparisons fold case
 * separately (see nameKey in ./confusables.ts).
 */
export function normaliseName(input: string): string {
  // Spaces first: tabs and line breaks are control characters too, but stand between words.
  return input
    .normalize("NFKC")
    .replace(SPACES, " ")
    .replace(INVISIBLE, "")
    .replace(/ {2,}/g, " ")
    .trim()
    .normalize("NFKC");
}

/**
 * Alphabets whose letters pass for one another (Latin "a", Cyrillic "а", Greek "α"...). A word that mixes
 * letters of two of them is almost always a spoof, never a real word.
 */
export const LOOKALIKE_SCRIPTS = [
  "Latin",
  "Greek",
  "Cyrillic",
  "Armenian",
  "Cherokee",
  "Coptic",
  "Georgian",
] as const;

const scriptTests = LOOKALIKE_SCRIPTS.map(
  (script) => [script, new RegExp(`\\p{Script_Extensions=${script}}`, "u")] as const,
);

/**
 * The first word of `name` whose letters come from two or more look-alike alphabets, with the
 * alphabets (e.g. `{ word: "Dаta", scripts: ["Latin", "Cyrillic"] }`), or null when every word keeps to
 * one. Letters outside those alphabets (Han, Arabic, Devanagari...) and digits and marks are not counted.
 * Based on the "mixed-script" check of Unicode Technical Standard #39 (Security Mechanisms), applied per
 * word and restricted to the scripts that are confusable with Latin.
 */
export function mixedScriptWord(name: string): { word: string; scripts: string[] } | null {
  for (const word of name.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    // The alphabets every letter so far belongs to (a letter may belong to several), and all met.
    let common: string[] | undefined;
    const seen = new Set<string>();
    for (const char of word) {
      if (!/\p{L}/u.test(char)) continue;
      const scripts: string[] = scriptTests.filter(([, test]) => test.test(char)).map(([script]) => script);
      if (scripts.length === 0) continue;
      for (const script of scripts) seen.add(script);
      common = (common ?? scripts).filter((script) => scripts.includes(script));
      if (common.length === 0) {
        return { word, scripts: LOOKALIKE_SCRIPTS.filter((script: string) => seen.has(script)) };
      }
    }
  }
  return null;
}
