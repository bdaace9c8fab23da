/**
 * The words a client component shows, read by the server page that renders it: `{ key: translate(key) }`
 * for every key in `keys`. Passing them as props keeps message catalogues out of the browser's JavaScript.
 * The result's type names exactly `keys`, so tsc rejects a prop whose list misses one of the component's
 * labels.
 */
export function labelsOf<K extends string>(
  translate: (key: K) => string,
  keys: readonly K[],
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, translate(key)])) as Record<K, string>;
}
