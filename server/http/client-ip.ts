/**
 * The client's address from X-Forwarded-For, trusted only when TRUST_PROXY says how many proxies of
 * ours stand in front of the app (anyone can send the header). Each proxy appends the address it saw,
 * so the client is the entry that many places from the right; entries further left are whatever the
 * client claimed and are ignored. Without TRUST_PROXY the address is unknown (null).
 */
export function clientIp(headers: Headers, proxyHops: number): string | null {
  if (proxyHops < 1) return null;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  return entries[Math.max(0, entries.length - proxyHops)] ?? null;
}

/** TRUST_PROXY: unset/false → 0; true → 1 proxy; a number → that many proxies. */
export function trustedProxyHops(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const value = env.TRUST_PROXY?.trim().toLowerCase();
  if (!value || value === "false" || value === "0") return 0;
  if (value === "true") return 1;
  const hops = Number(value);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}
