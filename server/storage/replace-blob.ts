import "server-only";
import type { BlobStore } from "./blob-store.ts";

/**
 * Stores a new file, then lets `point` make the row refer to it (in its own transaction). The new file
 * is written before the row points at it and the file it replaced is deleted after, so a page never
 * shows a missing image; if `point` fails, the new file is deleted again.
 */
export async function replaceBlob<T>(
  store: BlobStore,
  key: string,
  bytes: Uint8Array,
  point: () => Promise<{ previous: string | null; result: T }>,
): Promise<T> {
  await store.put(key, bytes);
  let outcome;
  try {
    outcome = await point();
  } catch (error) {
    await store.delete(key);
    throw error;
  }
  if (outcome.previous) await store.delete(outcome.previous);
  return outcome.result;
}

/** Lets `unpoint` make the row refer to no file (in its own transaction), then deletes the file it had. */
export async function removeBlob<T>(
  store: BlobStore,
  unpoint: () => Promise<{ previous: string | null; result: T }>,
): Promise<T> {
  const outcome = await unpoint();
  if (outcome.previous) await store.delete(outcome.previous);
  return outcome.result;
}
