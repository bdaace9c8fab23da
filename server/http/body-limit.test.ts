import { describe, expect, it } from "vitest";
import { readLimitedBody } from "./body-limit.ts";

/** A POST whose body arrives in `chunks` pieces of `size` bytes, without a Content-Length. */
function chunked(chunks: number, size: number): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === chunks) return controller.close();
      sent += 1;
      controller.enqueue(new Uint8Array(size).fill(97));
    },
  });
  return new Request("http://app.test/api/trpc/x", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readLimitedBody", () => {
  it("reads a body within the limit, whole", async () => {
    const request = new Request("http://app.test/", { method: "POST", body: '{"json":{"a":1}}' });
    expect(await readLimitedBody(request, 100)).toBe('{"json":{"a":1}}');
    expect(await readLimitedBody(chunked(4, 25), 100)).toBe("a".repeat(100));
  });

  it("refuses a declared length over the limit without reading it", async () => {
    const request = new Request("http://app.test/", {
      method: "POST",
      body: "x",
      headers: { "content-length": "101" },
    });
    expect(await readLimitedBody(request, 100)).toBeNull();
  });

  it("stops reading an undeclared body as soon as it passes the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(50));
      },
    });
    const request = new Request("http://app.test/", {
      method: "POST",
      body: endless,
      duplex: "half",
    } as RequestInit);
    expect(await readLimitedBody(request, 100)).toBeNull();
    expect(pulled).toBeLessThan(10);
    expect(await readLimitedBody(chunked(3, 50), 100)).toBeNull();
  });
});
