// The words of the domain's refusals (DomainError messages) come from the message catalogues, like every
// other sentence people read. A module names its namespace once and then refuses by key:
//   const refuse = refusals("TeamErrors");
//   throw new DomainError("TEAM_FULL", refuse("teamFull", { max: "5" }));
// The error's message is the English (the API's and the English pages' text, unchanged by the request's
// language); `said` keeps the namespace, key and values so a page in another language can say it there.
import type { Said } from "../errors.ts";
import { DEFAULT_LOCALE } from "../http/locales.mjs";
import { translatorFor, type Messages } from "./messages.ts";

/**
 * A function that gives a refusal's words from `namespace` of the catalogues: `refuse(key, values)` →
 * `Said` (`text` in en-GB; `ref` its place). Keys and arguments are checked by next-intl's types against
 * en-GB.json. Values are plain strings or numbers (a number is formatted, e.g. 1,500; pass a string where
 * the digits must stay as they are). Throws outside production for a key or argument the catalogue lacks.
 */
export function refusals<N extends keyof Messages>(namespace: N) {
  const t = translatorFor(DEFAULT_LOCALE, namespace);
  type Key = Parameters<typeof t>[0];
  return (key: Key, values?: Record<string, string | number>): Said => ({
    text: (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values),
    ref: values ? { namespace, key, values } : { namespace, key },
  });
}
