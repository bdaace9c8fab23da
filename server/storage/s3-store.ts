// Uploaded files in an S3 bucket (AWS S3 or an S3-compatible service: MinIO, Ceph, R2, …). Chosen by
// blobStore() when S3_BUCKET is set; see docs/architecture.md "Uploads".
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import type { BlobStore } from "./blob-store.ts";
import { assertValidKey } from "./key.ts";

/** How an S3BlobStore reaches its bucket. Only `bucket` is required. */
export interface S3StoreOptions {
  /** Name of an existing bucket (the store never creates one). */
  bucket: string;
  /** Region the bucket is in, e.g. "eu-west-1". Default "us-east-1" (what most S3-compatible stores expect). */
  region?: string;
  /** Base URL of an S3-compatible service, e.g. "http://127.0.0.1:9000". Unset: AWS S3 itself. */
  endpoint?: string;
  /**
   * Static credentials. Unset: the AWS SDK's default chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY,
   * AWS_PROFILE, a web identity token, the instance or container role).
   */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /**
   * true: address the bucket as <endpoint>/<bucket>/<key> instead of <bucket>.<endpoint>/<key>. Needed by
   * MinIO, s3rver and most self-hosted stores. Default false.
   */
  forcePathStyle?: boolean;
  /**
   * Prepended to every key, so several deployments can share a bucket: "festival" or "festival/" both
   * store "events/1/abc" as "festival/events/1/abc". Segments of letters, digits, `.`, `_` and `-`
   * separated by `/`, not starting with `.`. Default: none.
   */
  prefix?: string;
  /** Milliseconds to wait for a TCP (and TLS) connection before giving up on an attempt. Default 5 000. */
  connectionTimeoutMs?: number;
  /** Milliseconds one attempt (request sent and response read) may take. Default 30 000. */
  requestTimeoutMs?: number;
  /** Attempts per operation, including the first (the SDK's retries with backoff). Default 3. */
  maxAttempts?: number;
}

// The same pattern is in server/env.js (S3_PREFIX), which cannot import TypeScript.
const PREFIX = /^[A-Za-z0-9_-][A-Za-z0-9._-]*(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*\/?$/;

/**
 * Validates a key prefix and gives it its trailing slash: "" or undefined → "", "a/b" and "a/b/" → "a/b/".
 * Throws `Error("Invalid S3 key prefix")` for anything else (empty segments, `..`, spaces, …).
 */
export function normalizePrefix(prefix: string | undefined): string {
  if (!prefix) return "";
  if (!PREFIX.test(prefix)) throw new Error("Invalid S3 key prefix");
  return prefix.endsWith("/") ? prefix : `${prefix}/`;
}

/**
 * A BlobStore on one S3 bucket. Each instance owns an S3Client (with its connection pool): build one
 * per configuration and keep it (s3BlobStore() does), and call destroy() when done with it.
 *
 * Errors: put, get and delete reject with the SDK's error (an `S3ServiceException` subclass such as
 * `NoSuchBucket` or `AccessDenied` when the service answered, a `TimeoutError` or a Node network error
 * such as `ECONNREFUSED` when it did not) once the attempts are spent; an invalid key is refused with
 * `Error("Invalid storage key")` before any request is made.
 */
export class S3BlobStore implements BlobStore {
  /** The bucket every object goes to. */
  readonly bucket: string;
  /** "" or a prefix ending in "/", put in front of every key. */
  readonly prefix: string;
  private readonly client: S3Client;

  /** Throws `Error("Invalid S3 key prefix")` for a bad `options.prefix`; makes no request. */
  constructor(options: S3StoreOptions) {
    this.bucket = options.bucket;
    this.prefix = normalizePrefix(options.prefix);
    this.client = new S3Client({
      region: options.region || "us-east-1",
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle ?? false,
      credentials: options.credentials,
      maxAttempts: options.maxAttempts ?? 3,
      // Options for the SDK's default Node handler (@smithy/node-http-handler), so it need not be
      // imported. Without them a silent server would hold a request forever (both default to 0, no limit);
      // throwOnRequestTimeout turns an exceeded requestTimeout into an error rather than a logged warning.
      requestHandler: {
        connectionTimeout: options.connectionTimeoutMs ?? 5_000,
        requestTimeout: options.requestTimeoutMs ?? 30_000,
        throwOnRequestTimeout: true,
      },
      // Since early 2025 the SDK adds CRC32 checksums to every upload it can ("WHEN_SUPPORTED"): an
      // x-amz-checksum-crc32 header for a body of known length, and for a stream an aws-chunked body with
      // the checksum in a trailer. Stores that predate this (s3rver 3.7.1, older MinIO and Ceph RGW) do not
      // understand aws-chunked and keep the chunk framing as the object's content (checked with s3rver:
      // "hello world" came back as "b\r\nhello world\r\n0\r\nx-amz-checksum-crc32:…"), or refuse the
      // headers. Our bodies are whole Uint8Arrays, which s3rver stores correctly either way, but we only
      // send and check checksums when an operation requires them, as before 2025, so that any S3-compatible
      // store works. Integrity in transit is still covered by TLS and by SigV4, which signs the body's SHA-256.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  /** The object key for a storage key: the prefix and the key. Throws for an invalid key. */
  objectKey(key: string): string {
    assertValidKey(key);
    return this.prefix + key;
  }

  /** Stores `bytes` under `key`, replacing any object there. Resolves once the service has it. */
  async put(key: string, bytes: Uint8Array): Promise<void> {
    const Key = this.objectKey(key);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key,
        Body: bytes,
        ContentLength: bytes.byteLength,
        // The type people see comes from the database row; the object itself is never served directly.
        ContentType: "application/octet-stream",
      }),
    );
  }

  /** The bytes stored under `key`, or null when there is no such object. */
  async get(key: string): Promise<Uint8Array | null> {
    const Key = this.objectKey(key);
    try {
      const output = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key }));
      if (!output.Body) throw new Error(`S3 GetObject returned no body for ${Key}`);
      const bytes = await output.Body.transformToByteArray();
      // A plain Uint8Array (not a Buffer), like LocalDiskStore's; a view, not a copy.
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (error) {
      if (isMissingObject(error)) return null;
      throw error;
    }
  }

  /** Removes the object under `key`; resolves as well when there was none. */
  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key }));
    } catch (error) {
      // S3 answers 204 for a missing key; some compatible stores answer NoSuchKey instead.
      if (!isMissingObject(error)) throw error;
    }
  }

  /** Closes the client's pooled connections. The store must not be used afterwards. */
  destroy(): void {
    this.client.destroy();
  }
}

// NoSuchKey, or a 404 without a usable error body (some stores), means the object is not there. A missing
// bucket is a 404 too, but a misconfiguration: that must fail loudly, not read as "no such file".
function isMissingObject(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  if (error.name === "NoSuchKey") return true;
  return error.$metadata.httpStatusCode === 404 && error.name !== "NoSuchBucket";
}

/**
 * The S3 settings in an environment (see server/env.js and .env.example), or null when S3_BUCKET is unset
 * or empty (the local disk store is used then). Reads S3_BUCKET, S3_REGION (default "us-east-1"),
 * S3_ENDPOINT, S3_ACCESS_KEY_ID with S3_SECRET_ACCESS_KEY (both or neither), S3_FORCE_PATH_STYLE ("1" or
 * "true", any case, means true) and S3_PREFIX. Throws when only one of the two credentials is set.
 */
export function s3OptionsFromEnv(env: NodeJS.ProcessEnv): S3StoreOptions | null {
  const bucket = env.S3_BUCKET;
  if (!bucket) return null;
  const accessKeyId = env.S3_ACCESS_KEY_ID;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together");
  }
  const forcePathStyle = (env.S3_FORCE_PATH_STYLE ?? "").toLowerCase();
  return {
    bucket,
    region: env.S3_REGION || "us-east-1",
    endpoint: env.S3_ENDPOINT || undefined,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: forcePathStyle === "1" || forcePathStyle === "true",
    prefix: env.S3_PREFIX || undefined,
  };
}

const stores = new Map<string, S3BlobStore>();

/**
 * The S3BlobStore for `options`, built on first use and then reused: requests on every call with the same
 * settings share one client and its pool of kept-alive connections. Options are compared by value.
 * Throws like the S3BlobStore constructor.
 */
export function s3BlobStore(options: S3StoreOptions): S3BlobStore {
  const id = JSON.stringify([
    options.bucket,
    options.region || "us-east-1",
    options.endpoint,
    options.credentials?.accessKeyId,
    options.credentials?.secretAccessKey,
    options.forcePathStyle ?? false,
    normalizePrefix(options.prefix),
    options.connectionTimeoutMs,
    options.requestTimeoutMs,
    options.maxAttempts,
  ]);
  let store = stores.get(id);
  if (!store) {
    store = new S3BlobStore(options);
    stores.set(id, store);
  }
  return store;
}
