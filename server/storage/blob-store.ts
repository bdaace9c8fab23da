// Where uploaded files live: local disk under .data/ by default, an S3 bucket when S3_BUCKET is set
// (s3-store.ts). The interface is small on purpose, so the domain code never knows which.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertValidKey } from "./key.ts";
import { s3BlobStore, s3OptionsFromEnv } from "./s3-store.ts";

export { assertValidKey };

/**
 * Files by key. Keys are ours ("events/<id>/<random>", checked by assertValidKey: every method refuses
 * another with `Error("Invalid storage key")` before touching storage); bytes are whole files in memory.
 */
export interface BlobStore {
  /** Stores `bytes` under `key`, replacing what was there. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** null when there is no such blob. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the blob; resolves as well when there was none. */
  delete(key: string): Promise<void>;
}

/** Files under a directory, one per key (`root/events/<id>/<random>`); directories are made as needed. */
export class LocalDiskStore implements BlobStore {
  constructor(private readonly root: string) {}

  private file(key: string): string {
    assertValidKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.file(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }
}

/**
 * The configured store: the S3 bucket S3_BUCKET when that is set (the S3_* variables, see
 * s3OptionsFromEnv; one client per configuration, reused across calls), otherwise STORAGE_DIR (default
 * .data/uploads, relative to the working directory) on local disk. Throws when the S3 settings are
 * inconsistent (one credential without the other, a bad S3_PREFIX).
 */
export function blobStore(env: NodeJS.ProcessEnv = process.env): BlobStore {
  const s3 = s3OptionsFromEnv(env);
  if (s3) return s3BlobStore(s3);
  // Resolved at run time from the environment: the build must not trace the whole project through it.
  return new LocalDiskStore(path.resolve(/* turbopackIgnore: true */ env.STORAGE_DIR || ".data/uploads"));
}
