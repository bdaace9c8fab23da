import { useState } from "react";

function newRequestKey(): string {
  // getRandomValues, not randomUUID: it also works on plain-http deployments (not a secure context).
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The key a form sends with a request that creates something, so the server creates it once however
 * often the request arrives (see server/idempotency). It stays the same until `renew` — call that after
 * a success, so the next, deliberate creation is a new request.
 */
export function useRequestKey(): { current: string; renew: () => void } {
  const [key, setKey] = useState(newRequestKey);
  return { current: key, renew: () => setKey(newRequestKey()) };
}
