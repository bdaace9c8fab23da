// Pure rules of webhook delivery: the retry schedule, what counts as delivered, and which network
// addresses an endpoint may never reach (SSRF). No database, no clock: everything is passed in.
import { isIP } from "node:net";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * How long after a failed attempt the next one is made: after the 1st failure 1 minute, then 5 minutes,
 * 30 minutes, 2 hours, 8 hours and 24 hours. After the 7th failed attempt (about 35 hours after the
 * first) the delivery is given up (FAILED); "Redeliver" tries again by hand.
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  MINUTE,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  8 * HOUR,
  24 * HOUR,
];

/** Attempts in all before a delivery is given up. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** How long one attempt may take, connection and answer together. */
export const ATTEMPT_TIMEOUT_MS = 10_000;

/**
 * The wait before the next attempt once `attempts` attempts have failed (1 → 1 minute, …, 6 → 24
 * hours), or null when the delivery should be given up (`attempts` ≥ MAX_ATTEMPTS).
 */
export function nextAttemptAfter(attempts: number): number | null {
  if (!Number.isInteger(attempts) || attempts < 1) return RETRY_DELAYS_MS[0] ?? null;
  return RETRY_DELAYS_MS[attempts - 1] ?? null;
}

/**
 * An endpoint whose last this-many finished messages all failed (each after every retry: about a day
 * and a half of trying) is switched off by the app, with the reason on its page, until its owners
 * switch it on again: a receiver gone for good is not retried forever.
 */
export const SWITCH_OFF_AFTER_FAILURES = 5;

/**
 * Whether an endpoint should be switched off, from the statuses of its latest finished deliveries,
 * newest first: true when there are at least SWITCH_OFF_AFTER_FAILURES and the newest that many all
 * FAILED (one success among them keeps it on).
 */
export function shouldSwitchOff(latestFinished: readonly ("SUCCEEDED" | "FAILED")[]): boolean {
  const recent = latestFinished.slice(0, SWITCH_OFF_AFTER_FAILURES);
  return recent.length === SWITCH_OFF_AFTER_FAILURES && recent.every((status) => status === "FAILED");
}

/** Days a finished delivery stays in the log before it is deleted (pending ones are never deleted). */
export const DELIVERY_LOG_DAYS = 30;

/** A receiver's answer counts as delivered when its status is 2xx; anything else is retried. */
export function isDelivered(statusCode: number): boolean {
  return statusCode >= 200 && statusCode <= 299;
}

/** An error in a few words for the delivery log (never a body or a header from the receiver). */
export function shortError(message: string): string {
  const oneLine = message.replace(/\s+/g, " ").trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 199)}…` : oneLine;
}

// IPv4 ranges an endpoint may not reach: "this network", private (RFC 1918), shared (carrier-grade
// NAT), loopback, link-local (cloud metadata at 169.254.169.254), IETF protocol assignments, the
// documentation and benchmarking nets, multicast, reserved and broadcast.
const BLOCKED_V4: readonly [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];

function v4Number(address: string): number {
  return address.split(".").reduce((n, part) => n * 256 + Number(part), 0);
}

function v4Blocked(address: string): boolean {
  const n = v4Number(address);
  return BLOCKED_V4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = v4Number(base);
    return n >= start && n < start + size;
  });
}

/** The 8 groups of an IPv6 address as numbers (an embedded dotted IPv4 tail becomes the last two). */
function v6Groups(address: string): number[] | null {
  let text = address.toLowerCase().split("%")[0] ?? "";
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const n = v4Number(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const part = (s: string) => (s === "" ? [] : s.split(":").map((g) => parseInt(g, 16)));
  const start = part(head);
  const end = tail === undefined ? [] : part(tail);
  const fill = 8 - start.length - end.length;
  if (fill < 0 || (tail === undefined && fill !== 0)) return null;
  const groups = [...start, ...Array<number>(fill).fill(0), ...end];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/**
 * true when `address` (an IP address, as DNS answered or as written in a URL) is one an endpoint must
 * never reach: a private, loopback, link-local, shared, multicast or reserved IPv4 address; for IPv6 the
 * unspecified and loopback addresses (::, ::1), unique-local (fc00::/7), link-local (fe80::/10),
 * site-local (fec0::/10), multicast (ff00::/8), and an IPv4 address written as IPv6 (IPv4-mapped
 * ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16), judged as that IPv4 address. Anything that is
 * not an IP address at all is refused too.
 */
export function isBlockedAddress(address: string): boolean {
  const bare = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  const family = isIP(bare.split("%")[0] ?? "");
  if (family === 4) return v4Blocked(bare);
  if (family !== 6) return true;
  const g = v6Groups(bare);
  if (!g) return true;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h1 = 0, h2 = 0] = g;
  const v4 = (hi: number, lo: number) => `${hi >>> 8}.${hi & 0xff}.${lo >>> 8}.${lo & 0xff}`;
  if (g.every((x) => x === 0)) return true; // ::
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0 && h1 === 0 && h2 === 1) return true; // ::1
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff) return v4Blocked(v4(h1, h2));
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0) return true; // deprecated IPv4-compatible
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return v4Blocked(v4(h1, h2));
  if (a === 0x2002) return v4Blocked(v4(b, c));
  if ((a & 0xfe00) === 0xfc00) return true; // unique local
  if ((a & 0xffc0) === 0xfe80 || (a & 0xffc0) === 0xfec0) return true; // link-local, site-local
  if ((a & 0xff00) === 0xff00) return true; // multicast
  if (a === 0x2001 && b === 0x0db8) return true; // documentation
  return false;
}
