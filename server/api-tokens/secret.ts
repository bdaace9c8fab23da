// Making and hashing API token secrets (Node's crypto: server only).
import { createHash, randomBytes } from "node:crypto";
import { SHOWN_PREFIX_LENGTH, TOKEN_PREFIX } from "./rules.ts";

/**
 * A new secret: "fst_" + base64url of 32 random bytes (47 characters), its SHA-256 (hex) to store,
 * and the prefix to show. 256 random bits need no slow hash: there is no dictionary to guess from.
 */
export function newTokenSecret(): { secret: string; hash: string; prefix: string } {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { secret, hash: hashTokenSecret(secret), prefix: secret.slice(0, SHOWN_PREFIX_LENGTH) };
}

/** SHA-256 of a secret, lower-case hex (64 characters): the only form the database holds. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
