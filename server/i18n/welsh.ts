// Small rules of written Welsh that the site's sentences need. Pure.

/**
 * true when Welsh joins `word` with "ac" rather than "a" ("Ana ac Owen", "Ana a Sam"): it starts with a
 * vowel, or with a number said with one (1 un, 11 un ar ddeg, 8… wyth). A "w" or "y" before another vowel
 * is a consonant ("a Wyn", "a Yusuf"). Accented vowels count as vowels (â, é, ü…); case does not matter.
 */
export function startsWithVowel(word: string): boolean {
  if (/^(?:8|11?(?!\d))/.test(word)) return true;
  return /^(?:[aeiouâêîôûáéíóúàèìòùäëïöü]|[wyŵŷ](?![aeiouwyâêîôûŵŷ]))/i.test(word);
}
