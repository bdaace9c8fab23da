// Where an event's cover image is served from, and the generated cover shown when it has none. Pure:
// safe to import in client components.

/**
 * The cover's address, or null without one. The key's random tail is in the address, so a new upload
 * is a new address and the old one can be cached for ever.
 */
export function coverSrc(event: { slug: string; coverImageKey: string | null }): string | null {
  if (!event.coverImageKey) return null;
  const version = event.coverImageKey.slice(event.coverImageKey.lastIndexOf("/") + 1);
  return `/events/${event.slug}/cover?v=${version}`;
}

// Hues that keep white text readable on the darker stop (checked against WCAG AA in cover.test.ts).
const PALETTES = [
  ["#1e3a8a", "#7c3aed"],
  ["#134e4a", "#0369a1"],
  ["#7c2d12", "#be185d"],
  ["#3730a3", "#0f766e"],
  ["#581c87", "#c2410c"],
  ["#14532d", "#1d4ed8"],
] as const;

/** A 32-bit FNV-1a hash: the same name always gives the same cover. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (const char of text) {
    h ^= char.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export interface GeneratedCover {
  from: string;
  to: string;
  /** Angle of the gradient, in degrees. */
  angle: number;
  /** Where the pattern's circles sit, as percentages of the box. */
  circles: { x: number; y: number; r: number }[];
}

/** A deterministic gradient-and-circles cover for an event (or project) that has no image. */
export function generatedCover(name: string): GeneratedCover {
  const h = hash(name);
  const palette = PALETTES[h % PALETTES.length] ?? PALETTES[0];
  const circles = [0, 1, 2].map((i) => {
    const bits = hash(`${name}#${i}`);
    return { x: bits % 100, y: (bits >>> 8) % 100, r: 18 + ((bits >>> 16) % 30) };
  });
  return { from: palette[0], to: palette[1], angle: 90 + ((h >>> 4) % 90), circles };
}

export const GENERATED_COVER_PALETTES = PALETTES;
