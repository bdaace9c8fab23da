// Signing webhook messages as the "Standard Webhooks" specification (https://www.standardwebhooks.com,
// spec/standard-webhooks.md) describes, with node:crypto only, so receivers can use any of that
// specification's libraries or the few lines in docs/api.md "Webhooks".
//
//   webhook-id:        the message's id, the same on every attempt (receivers drop repeats by it)
//   webhook-timestamp: this attempt's time, in whole seconds since 1970 (UTC)
//   webhook-signature: "v1," + base64(HMAC-SHA256(key, "<id>.<timestamp>.<body>")), where key is the
//                      base64-decoded part of the endpoint's secret "whsec_<base64>"
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const SECRET_PREFIX = "whsec_";

/** How far a message's timestamp may be from the receiver's clock (Standard Webhooks suggests 5 minutes). */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

/** A new signing secret: "whsec_" and base64 of 32 random bytes (`bytes` for tests). */
export function generateSecret(bytes: Uint8Array = randomBytes(32)): string {
  return `${SECRET_PREFIX}${Buffer.from(bytes).toString("base64")}`;
}

function keyOf(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  return Buffer.from(encoded, "base64");
}

/** The base64 HMAC-SHA256 of "<id>.<timestamp>.<body>" under `secret` (Standard Webhooks' v1 scheme). */
export function signature(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac("sha256", keyOf(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
}

/** The three headers of one attempt at delivering `body` as message `id`, at `now`. */
export function signedHeaders(params: {
  secret: string;
  id: string;
  body: string;
  now: Date;
}): Record<"webhook-id" | "webhook-timestamp" | "webhook-signature", string> {
  const timestamp = Math.floor(params.now.getTime() / 1000);
  return {
    "webhook-id": params.id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": `v1,${signature(params.secret, params.id, timestamp, params.body)}`,
  };
}

/**
 * A receiver's check of a message, as the Standard Webhooks specification describes it: the
 * `webhook-signature` header (a space-separated list of "v1,<base64>") must hold a signature of
 * "<webhook-id>.<webhook-timestamp>.<body>" under `secret`, compared in constant time, and the timestamp
 * must be within TIMESTAMP_TOLERANCE_SECONDS of `now` (so a captured message cannot be replayed later).
 * `body` is the raw request body, exactly as received. Returns true or false; never throws.
 */
export function verifyWebhook(params: {
  secret: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  now?: Date;
}): boolean {
  const header = (name: string) => {
    const value = params.headers[name] ?? params.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  };
  const id = header("webhook-id");
  const timestamp = header("webhook-timestamp");
  const signatures = header("webhook-signature");
  if (!id || !timestamp || !signatures || !/^\d{1,12}$/.test(timestamp)) return false;
  const seconds = Number(timestamp);
  const nowSeconds = Math.floor((params.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - seconds) > TIMESTAMP_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signature(params.secret, id, seconds, params.body), "base64");
  return signatures.split(" ").some((entry) => {
    const [version, value] = entry.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
