import { expect, type APIRequestContext } from "@playwright/test";

// A fresh connection per call: a kept-alive socket that the server closes (after its 5 s keep-alive
// timeout) just as the next call reuses it answers ECONNRESET, which once failed a judging test.
const FRESH_CONNECTION = { connection: "close" };

/**
 * Calls a tRPC mutation over HTTP as whoever `request` is signed in as (a page's `page.request` shares
 * its cookies), the way the app's client does (superjson's `{ json }` envelope). Fails the test on an
 * error answer; returns the result's data.
 */
export async function mutate<T = unknown>(
  request: APIRequestContext,
  path: string,
  input: unknown,
): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, {
    data: { json: input },
    headers: FRESH_CONNECTION,
  });
  const body = (await response.json()) as { result?: { data?: { json?: T } }; error?: unknown };
  expect(response.status(), `${path}: ${JSON.stringify(body.error)}`).toBe(200);
  return body.result?.data?.json as T;
}

/** Calls a tRPC query over HTTP (GET, superjson's `{ json }` envelope), like `mutate`. */
export async function query<T = unknown>(
  request: APIRequestContext,
  path: string,
  input: unknown,
): Promise<T> {
  const response = await request.get(
    `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
    { headers: FRESH_CONNECTION },
  );
  const body = (await response.json()) as { result?: { data?: { json?: T } }; error?: unknown };
  expect(response.status(), `${path}: ${JSON.stringify(body.error)}`).toBe(200);
  return body.result?.data?.json as T;
}
