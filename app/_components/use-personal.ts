"use client";

import { useEffect, useState } from "react";
import { answers, CHANGED } from "./personal-changes";

async function ask(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: "application/json" }, credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const body = (await response.json()) as { result?: { data?: { json?: unknown } } };
  return body.result?.data?.json ?? null;
}

/**
 * What a cached public page shows only to the person looking at it: the answer of the tRPC query `path`
 * (whose output holds no dates, so plain JSON reads it) for `input`, asked by the browser after the page
 * arrives, again when `refreshKey` changes (the header passes the pathname) and after any change the
 * visitor makes (announceChange). `data` is undefined until the first answer; `failed` when it did.
 * Lighter than a query client for the two or three small questions every page asks.
 */
export function usePersonal<T>(
  path: string,
  input: unknown,
  refreshKey = "",
): { data: T | undefined; failed: boolean } {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  const url = `/api/trpc/${path}${query}`;
  const [state, setState] = useState<{ data: T | undefined; failed: boolean }>({
    data: undefined,
    failed: false,
  });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const again = () => setGeneration((g) => g + 1);
    window.addEventListener(CHANGED, again);
    return () => window.removeEventListener(CHANGED, again);
  }, []);
  useEffect(() => {
    let current = true;
    const key = `${url}#${refreshKey}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = ask(url);
      answers.set(key, answer);
      answer.catch(() => answers.delete(key));
    }
    answer.then(
      (data) => current && setState({ data: data as T, failed: false }),
      () => current && setState((s) => ({ ...s, failed: true })),
    );
    return () => {
      current = false;
    };
  }, [url, refreshKey, generation]);
  return state;
}
