// Seeded randomness for the judging maths: the same seed string always gives the same stream, so an
// assignment or a bootstrap can be reproduced exactly. Never Math.random().

/**
 * Hashes a string to a 32-bit unsigned integer (xmur3, by bryc, public domain: "PRNGs in JavaScript",
 * github.com/bryc/code/blob/master/jshash/PRNGs.md). Used only to turn a seed string into a PRNG state.
 */
export function hashSeed(seed: string): number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A seeded pseudo-random stream of floats in [0, 1) (mulberry32 by Tommy Ettinger, as published in bryc's
 * "PRNGs in JavaScript"). 32 bits of state: plenty for shuffles and resampling, not for cryptography.
 */
export function seededRandom(seed: string): () => number {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array with the items in a seeded Fisher–Yates order (Knuth, TAOCP vol. 2, algorithm P). */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
