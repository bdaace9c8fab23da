// The BlobStores against real storage: S3BlobStore on a real S3 server (s3rver, in-process, on a free
// port, files in a temporary directory) and LocalDiskStore on a temporary directory. No database.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blobStore, LocalDiskStore, type BlobStore } from "./blob-store.ts";
import { S3BlobStore, s3OptionsFromEnv, type S3StoreOptions } from "./s3-store.ts";

const BUCKET = "festival-test";
// The one access key s3rver knows. It refuses any other key id, but does not check SigV4 signatures (its
// lib/middleware/authentication.js: "Signature version 4 calculation is unimplemented"), so a wrong secret
// passes here that a real S3 or MinIO would refuse.
const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

let s3rver: S3rver;
let endpoint: string;
let s3rverDir: string;
let diskDir: string;
/** A raw SDK client on the test server, to look at the bucket without going through a BlobStore. */
let raw: S3Client;
const made: S3BlobStore[] = [];

/** An S3BlobStore on the test server's bucket (path-style, as s3rver needs), destroyed after the file. */
function s3Store(options: Partial<S3StoreOptions> = {}): S3BlobStore {
  const store = new S3BlobStore({ bucket: BUCKET, endpoint, credentials, forcePathStyle: true, ...options });
  made.push(store);
  return store;
}

/** A port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A TCP server that accepts connections and never answers; counts the connections it got. */
async function silentServer(): Promise<{ port: number; connections: () => number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  let count = 0;
  const server = net.createServer((socket) => {
    count++;
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    connections: () => count,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

beforeAll(async () => {
  s3rverDir = await mkdtemp(path.join(os.tmpdir(), "festival-s3rver-"));
  diskDir = await mkdtemp(path.join(os.tmpdir(), "festival-disk-store-"));
  s3rver = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: s3rverDir });
  const { port } = await s3rver.run();
  endpoint = `http://127.0.0.1:${port}`;
  raw = new S3Client({ region: "us-east-1", endpoint, credentials, forcePathStyle: true });
  await raw.send(new CreateBucketCommand({ Bucket: BUCKET }));
});

afterAll(async () => {
  for (const store of made) store.destroy();
  raw?.destroy();
  await s3rver?.close();
  await rm(s3rverDir, { recursive: true, force: true });
  await rm(diskDir, { recursive: true, force: true });
});

const allByteValues = Uint8Array.from({ length: 256 }, (_, i) => i);
const twoMegabytes = new Uint8Array(randomBytes(2 * 1024 * 1024 + 17));
const INVALID_KEYS = [
  "",
  "events",
  "/events/1",
  "events/1/",
  "events//1",
  "Events/1",
  "events/../../etc/passwd",
  "../events/1",
  "events/1/a.png",
  "events/1/a b",
  "events\\1",
];

/** Byte-for-byte equality without asking the matcher to diff 2 MB; also checks the type is Uint8Array. */
function expectSameBytes(actual: Uint8Array | null, expected: Uint8Array): void {
  expect(actual).toBeInstanceOf(Uint8Array);
  expect(actual?.byteLength).toBe(expected.byteLength);
  expect(Buffer.compare(Buffer.from(actual ?? []), Buffer.from(expected))).toBe(0);
}

let unique = 0;
/** A fresh valid key, so the tests do not depend on each other's objects. */
function key(area = "events"): string {
  return `${area}/${++unique}/${randomBytes(6).toString("hex")}`;
}

describe.each([
  ["LocalDiskStore", (): BlobStore => new LocalDiskStore(diskDir)],
  ["S3BlobStore", (): BlobStore => s3Store()],
  ["S3BlobStore with a prefix", (): BlobStore => s3Store({ prefix: "deployment-a" })],
])("BlobStore contract: %s", (_name, makeStore) => {
  it.each([
    ["text", new TextEncoder().encode("hello, world")],
    ["every byte value 0..255", allByteValues],
    ["about 2 MB", twoMegabytes],
    ["empty", new Uint8Array(0)],
  ])("put then get returns the same bytes (%s)", async (_payload, bytes) => {
    const store = makeStore();
    const k = key();
    await store.put(k, bytes);
    expectSameBytes(await store.get(k), bytes);
  });

  it("put replaces what was stored under the key", async () => {
    const store = makeStore();
    const k = key("organisations");
    await store.put(k, allByteValues);
    await store.put(k, Uint8Array.of(1, 2, 3));
    expectSameBytes(await store.get(k), Uint8Array.of(1, 2, 3));
  });

  it("get of a missing key is null", async () => {
    expect(await makeStore().get(key())).toBeNull();
  });

  it("delete then get is null", async () => {
    const store = makeStore();
    const k = key();
    await store.put(k, allByteValues);
    await store.delete(k);
    expect(await store.get(k)).toBeNull();
  });

  it("delete of a missing key does not throw", async () => {
    await expect(makeStore().delete(key())).resolves.toBeUndefined();
  });

  it("a key is stored on its own: deleting one leaves its neighbour", async () => {
    const store = makeStore();
    const a = key();
    const b = `${a}x`;
    await store.put(a, Uint8Array.of(1));
    await store.put(b, Uint8Array.of(2));
    await store.delete(a);
    expectSameBytes(await store.get(b), Uint8Array.of(2));
  });

  it.each(INVALID_KEYS)("refuses the invalid key %j in put, get and delete", async (bad) => {
    const store = makeStore();
    await expect(store.put(bad, allByteValues)).rejects.toThrow("Invalid storage key");
    await expect(store.get(bad)).rejects.toThrow("Invalid storage key");
    await expect(store.delete(bad)).rejects.toThrow("Invalid storage key");
  });
});

describe("S3BlobStore", () => {
  it("puts objects under the prefix, and only there", async () => {
    const prefixed = s3Store({ prefix: "tenant-a/uploads/" });
    const k = key("submissions");
    await prefixed.put(k, allByteValues);

    const listed = await raw.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: "tenant-a/" }));
    expect(listed.Contents?.map((o) => o.Key)).toContain(`tenant-a/uploads/${k}`);
    const object = await raw.send(new GetObjectCommand({ Bucket: BUCKET, Key: `tenant-a/uploads/${k}` }));
    expectSameBytes((await object.Body?.transformToByteArray()) ?? null, allByteValues);

    // Not under the bare key, and a store with another prefix does not see it.
    expect(await s3Store().get(k)).toBeNull();
    expect(await s3Store({ prefix: "tenant-b" }).get(k)).toBeNull();
  });

  it("refuses a bad prefix when it is built", () => {
    for (const prefix of ["../x", "a//b", "/a", "a b", "a/../b", ".hidden"]) {
      expect(() => s3Store({ prefix }), prefix).toThrow("Invalid S3 key prefix");
    }
  });

  it("refuses an invalid key before making any request", async () => {
    const server = await silentServer();
    try {
      const store = s3Store({ endpoint: `http://127.0.0.1:${server.port}`, maxAttempts: 1 });
      for (const bad of INVALID_KEYS) {
        await expect(store.put(bad, allByteValues)).rejects.toThrow("Invalid storage key");
        await expect(store.get(bad)).rejects.toThrow("Invalid storage key");
        await expect(store.delete(bad)).rejects.toThrow("Invalid storage key");
      }
      expect(server.connections()).toBe(0);
    } finally {
      await server.close();
    }
  });

  it("a missing bucket is an error, not a missing file", async () => {
    const store = s3Store({ bucket: "no-such-bucket" });
    await expect(store.get(key())).rejects.toMatchObject({ name: "NoSuchBucket" });
    await expect(store.put(key(), allByteValues)).rejects.toMatchObject({ name: "NoSuchBucket" });
  });

  it("an unknown access key is an error, not a missing file", async () => {
    const store = s3Store({ credentials: { accessKeyId: "UNKNOWN", secretAccessKey: "S3RVER" } });
    await expect(store.get(key())).rejects.toMatchObject({ name: "InvalidAccessKeyId" });
  });

  it("fails in bounded time, with all its retries, when nothing listens on the port", async () => {
    const store = s3Store({ endpoint: `http://127.0.0.1:${await closedPort()}`, connectionTimeoutMs: 1_000 });
    const started = performance.now();
    await expect(store.get(key())).rejects.toMatchObject({ code: "ECONNREFUSED" });
    await expect(store.put(key(), allByteValues)).rejects.toMatchObject({ code: "ECONNREFUSED" });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("gives up on a server that accepts the connection but never answers", async () => {
    const server = await silentServer();
    try {
      const store = s3Store({
        endpoint: `http://127.0.0.1:${server.port}`,
        requestTimeoutMs: 500,
        maxAttempts: 2,
      });
      const started = performance.now();
      await expect(store.get(key())).rejects.toThrow(/timeout/i);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(server.connections()).toBe(2);
    } finally {
      await server.close();
    }
  });
});

describe("blobStore(env)", () => {
  // NodeJS.ProcessEnv requires NODE_ENV (Next's types); these functions read only the variables given.
  const asEnv = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;
  const s3Env = () => ({
    S3_BUCKET: BUCKET,
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: credentials.accessKeyId,
    S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
    S3_FORCE_PATH_STYLE: "true",
    S3_PREFIX: "from-env",
    STORAGE_DIR: diskDir,
  });

  it("is the S3 bucket when S3_BUCKET is set, configured from the S3_* variables", async () => {
    const store = blobStore(asEnv(s3Env()));
    expect(store).toBeInstanceOf(S3BlobStore);
    expect(store).toMatchObject({ bucket: BUCKET, prefix: "from-env/" });

    const k = key();
    await store.put(k, allByteValues);
    const object = await raw.send(new GetObjectCommand({ Bucket: BUCKET, Key: `from-env/${k}` }));
    expectSameBytes((await object.Body?.transformToByteArray()) ?? null, allByteValues);
    // Nothing went to STORAGE_DIR.
    expect(await new LocalDiskStore(diskDir).get(k)).toBeNull();
  });

  it("reuses one store (one client) per configuration", () => {
    expect(blobStore(asEnv(s3Env()))).toBe(blobStore(asEnv(s3Env())));
    expect(blobStore(asEnv({ ...s3Env(), S3_PREFIX: "other" }))).not.toBe(blobStore(asEnv(s3Env())));
  });

  it("is the local disk when S3_BUCKET is unset or empty", async () => {
    const envs: Record<string, string>[] = [
      { STORAGE_DIR: diskDir },
      { STORAGE_DIR: diskDir, S3_BUCKET: "" },
    ];
    for (const env of envs) {
      const store = blobStore(asEnv(env));
      expect(store).toBeInstanceOf(LocalDiskStore);
      const k = key();
      await store.put(k, allByteValues);
      expectSameBytes(await new LocalDiskStore(diskDir).get(k), allByteValues);
    }
  });

  it("reads the S3 settings with their defaults", () => {
    expect(s3OptionsFromEnv(asEnv({ S3_BUCKET: "b" }))).toEqual({
      bucket: "b",
      region: "us-east-1",
      endpoint: undefined,
      credentials: undefined,
      forcePathStyle: false,
      prefix: undefined,
    });
    expect(s3OptionsFromEnv(asEnv({ S3_BUCKET: "b", S3_REGION: "eu-west-1" }))?.region).toBe("eu-west-1");
    for (const [value, expected] of [
      ["1", true],
      ["true", true],
      ["TRUE", true],
      ["0", false],
      ["false", false],
    ] as const) {
      expect(
        s3OptionsFromEnv(asEnv({ S3_BUCKET: "b", S3_FORCE_PATH_STYLE: value }))?.forcePathStyle,
        value,
      ).toBe(expected);
    }
  });

  it("refuses one credential without the other", () => {
    expect(() => blobStore(asEnv({ S3_BUCKET: BUCKET, S3_ACCESS_KEY_ID: "S3RVER" }))).toThrow(
      "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together",
    );
  });
});
