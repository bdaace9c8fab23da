import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateSecret, signature, signedHeaders, verifyWebhook } from "./signing.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
const secret = generateSecret(new Uint8Array(32).fill(7));
const body = JSON.stringify({ type: "ping", timestamp: now.toISOString(), data: { hello: "world" } });

describe("Standard Webhooks signing", () => {
  it("makes secrets of whsec_ and 32 random bytes in base64", () => {
    const made = generateSecret();
    expect(made).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(made.slice(6), "base64")).toHaveLength(32);
    expect(generateSecret()).not.toBe(made);
  });

  it("signs <id>.<timestamp>.<body> with HMAC-SHA256 under the decoded key", () => {
    const headers = signedHeaders({ secret, id: "msg_1", body, now });
    const key = Buffer.alloc(32, 7);
    const expected = createHmac("sha256", key)
      .update(`msg_1.${now.getTime() / 1000}.${body}`)
      .digest("base64");
    expect(headers).toEqual({
      "webhook-id": "msg_1",
      "webhook-timestamp": String(now.getTime() / 1000),
      "webhook-signature": `v1,${expected}`,
    });
  });

  it("matches the specification's published example", () => {
    // From the Standard Webhooks specification's test vectors.
    const exampleSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const exampleBody = '{"test": 2432232314}';
    expect(signature(exampleSecret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, exampleBody)).toBe(
      "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
    );
  });

  it("verifies with the secret and refuses a wrong secret, a changed body or an old timestamp", () => {
    const headers = signedHeaders({ secret, id: "msg_1", body, now });
    expect(verifyWebhook({ secret, headers, body, now })).toBe(true);
    expect(verifyWebhook({ secret: generateSecret(), headers, body, now })).toBe(false);
    expect(verifyWebhook({ secret, headers, body: body.replace("world", "World"), now })).toBe(false);
    expect(verifyWebhook({ secret, headers, body, now: new Date(now.getTime() + 6 * 60_000) })).toBe(false);
    expect(verifyWebhook({ secret, headers, body, now: new Date(now.getTime() + 4 * 60_000) })).toBe(true);
  });

  it("accepts any one of several signatures, and refuses missing or malformed headers", () => {
    const headers = signedHeaders({ secret, id: "msg_1", body, now });
    const several = { ...headers, "webhook-signature": `v1,AAAA ${headers["webhook-signature"]}` };
    expect(verifyWebhook({ secret, headers: several, body, now })).toBe(true);
    expect(verifyWebhook({ secret, headers: { ...headers, "webhook-signature": "v2,abc" }, body, now })).toBe(
      false,
    );
    expect(verifyWebhook({ secret, headers: { ...headers, "webhook-timestamp": "soon" }, body, now })).toBe(
      false,
    );
    expect(verifyWebhook({ secret, headers: {}, body, now })).toBe(false);
  });
});
