// Uploaded images are checked by their bytes, not by the name or type the browser claims. Pure, and loaded
// by the browser too (MAX_IMAGE_BYTES): the refusals' words are in ./image-refusals.ts.
export const MAX_IMAGES = 5;
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export type ImageType = "image/png" | "image/jpeg" | "image/webp" | "image/gif";

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte);

/** The image type the bytes really are, or null for anything else (SVG is refused: it can carry script). */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39))
    return "image/gif";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return "image/webp";
  }
  return null;
}

/** The lowest free image slot (0-4), or null when all five are taken. */
export function freeImageSlot(taken: readonly number[]): number | null {
  const used = new Set(taken);
  for (let slot = 0; slot < MAX_IMAGES; slot += 1) if (!used.has(slot)) return slot;
  return null;
}

export type ImageProblem = "EMPTY" | "TOO_LARGE" | "NOT_AN_IMAGE" | "TOO_MANY";

export function checkImage(bytes: Uint8Array, existingCount: number): ImageProblem | null {
  if (existingCount >= MAX_IMAGES) return "TOO_MANY";
  if (bytes.length === 0) return "EMPTY";
  if (bytes.length > MAX_IMAGE_BYTES) return "TOO_LARGE";
  if (!sniffImageType(bytes)) return "NOT_AN_IMAGE";
  return null;
}
