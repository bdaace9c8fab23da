import "server-only";
// Where webhooks may be sent. An endpoint is an address on the public internet, reached over https: a
// URL naming a private, loopback or link-local address (or a name that resolves to one) would let
// anyone who may add an endpoint make the server call its own network (server-side request forgery:
// cloud metadata at 169.254.169.254, a database on 10.x, an admin page on 127.0.0.1). So the address is
// checked when it is saved, and again at every delivery, where the check is made on the very addresses
// DNS answers with for the connection itself (a guarded `lookup`), so a name that changes its answer
// after the save (DNS rebinding) is still refused. Redirects are never followed.
//
// WEBHOOKS_ALLOW_LOCAL=1 (development, the tests and the end-to-end tests, which run a receiver on
// 127.0.0.1) allows http:// and local addresses; server/env.js refuses it with APP_ENV=production.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import type { Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import { ATTEMPT_TIMEOUT_MS, isBlockedAddress } from "./rules.ts";

/** This module's refusals ("WebhookErrors"). */
const refuse = refusals("WebhookErrors");

/** true when WEBHOOKS_ALLOW_LOCAL allows http:// and private addresses (never in production). */
export function allowLocalAddresses(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.WEBHOOKS_ALLOW_LOCAL?.trim().toLowerCase();
  return (value === "1" || value === "true") && env.APP_ENV !== "production";
}

/** Names that are never on the public internet, whatever a resolver says. */
function isLocalName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  return (
    name === "localhost" ||
    [".localhost", ".local", ".internal", ".home.arpa", ".lan"].some((suffix) => name.endsWith(suffix))
  );
}

function resolveAll(hostname: string, timeoutMs: number): Promise<string[]> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve([]), timeoutMs);
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      clearTimeout(timer);
      resolve(error ? [] : addresses.map((a) => a.address));
    });
  });
}

/**
 * Why `url` cannot be an endpoint, as a message for the form's URL field, or null when it can: it must
 * be https, and its host must be a public address or a name whose every address is public (resolved
 * now, within 3 s). With `allowLocal`, http and local addresses are accepted and nothing is resolved.
 */
export async function endpointAddressProblem(
  url: string,
  options: { allowLocal: boolean; resolve?: (hostname: string) => Promise<string[]> },
): Promise<Said | null> {
  if (!URL.canParse(url)) return refuse("enterHttpsAddress");
  const parsed = new URL(url);
  if (options.allowLocal) return null;
  if (parsed.protocol !== "https:") return refuse("useHttpsAddress");
  const host = parsed.hostname.startsWith("[") ? parsed.hostname.slice(1, -1) : parsed.hostname;
  const privateAddress = () => refuse("privateAddress");
  if (isIP(host)) return isBlockedAddress(host) ? privateAddress() : null;
  if (isLocalName(host)) return privateAddress();
  const addresses = await (options.resolve ?? ((h: string) => resolveAll(h, 3_000)))(host);
  if (addresses.length === 0) return refuse("hostNotFound");
  return addresses.some(isBlockedAddress) ? privateAddress() : null;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** dns.lookup for the connection, refusing a name whose answer includes a blocked address. */
function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    if (addresses.length === 0 || addresses.some((a) => isBlockedAddress(a.address))) {
      const refused: NodeJS.ErrnoException = new Error("refused: the host has a private address");
      refused.code = "EWEBHOOKBLOCKED";
      return callback(refused, []);
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0] as LookupAddress;
    return callback(null, first.address, first.family);
  });
}

/** What one attempt came to: the receiver's HTTP status, or why there was none. */
export type PostOutcome = { statusCode: number } | { error: string };

/**
 * POSTs `body` (JSON) with `headers` to `url`, giving up after `timeoutMs` (ATTEMPT_TIMEOUT_MS, 10 s)
 * for the whole exchange. Refuses (without connecting) a non-https address or a host with a private
 * address unless `allowLocal`. The answer's body is read and dropped; redirects are not followed (a
 * 3xx is a failed attempt). Never throws.
 */
export function postWebhook(params: {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowLocal: boolean;
  timeoutMs?: number;
}): Promise<PostOutcome> {
  const { allowLocal } = params;
  if (!URL.canParse(params.url)) return Promise.resolve({ error: "not a valid address" });
  const url = new URL(params.url);
  if (url.protocol !== "https:" && !(allowLocal && url.protocol === "http:")) {
    return Promise.resolve({ error: "refused: not an https address" });
  }
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  if (!allowLocal && ((isIP(host) && isBlockedAddress(host)) || (!isIP(host) && isLocalName(host)))) {
    return Promise.resolve({ error: "refused: the host has a private address" });
  }
  const client = url.protocol === "https:" ? https : http;
  const timeoutMs = params.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(
      url,
      {
        method: "POST",
        headers: {
          ...params.headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(params.body)),
          "user-agent": "FestivalOfCode-Webhooks/1",
        },
        ...(allowLocal ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        response.resume();
        response.on("end", () => finish({ statusCode: response.statusCode ?? 0 }));
        response.on("error", () => finish({ statusCode: response.statusCode ?? 0 }));
      },
    );
    const timer = setTimeout(() => {
      finish({ error: `timed out after ${Math.round(timeoutMs / 1000)} s` });
      request.destroy();
    }, timeoutMs);
    request.on("error", (error: NodeJS.ErrnoException) => {
      finish({
        error: error.code === "EWEBHOOKBLOCKED" ? error.message : `${error.code ?? "network error"}`,
      });
    });
    request.end(params.body);
  });
}
