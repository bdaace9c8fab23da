import type { Messages } from "./messages.ts";

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

/**
 * A message template with plain `{name}` arguments filled in, for a client component that gets raw
 * messages (`t.raw(key)`) because its values arrive in the browser (a team on stage): "by {team}" with
 * { team: "Otters" } → "by Otters". Only plain arguments: a plural or select stays as written, so such
 * messages are formatted on the server instead. An argument without a value is left as it is.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * Whole namespaces of a catalogue (`getMessages()` on the server), as written, for a client component that
 * fills their arguments itself (fillTemplate): only plain `{name}` arguments, so such namespaces hold no
 * plural or select.
 */
export function pickMessages<M extends object, K extends keyof M>(
  messages: M,
  namespaces: readonly K[],
): Pick<M, K> {
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Pick<M, K>;
}

/** The catalogue's namespaces a signed-in person's corner of the home page reads (YourHome), sent whole. */
export const YOUR_HOME_NAMESPACES = [
  "YourHome",
  "NextStep",
  "RegistrationStatus",
  "SubmissionStatus",
  "Milestone",
  "Phase",
] as const satisfies readonly (keyof Messages)[];

/**
 * Every namespace sent whole to the browser and filled in there (fillTemplate): they may hold only plain
 * `{name}` arguments (messages.test.ts).
 */
export const BROWSER_FILLED_NAMESPACES: readonly (keyof Messages)[] = [...YOUR_HOME_NAMESPACES, "Acting"];
