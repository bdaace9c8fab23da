/**
 * A procedure's answer as text, for checking that it never contains a secret (an email, a birth year),
 * with the values of its id fields (`id`, `teamId`, …) replaced by "<id>": a random id such as
 * "cmx45o199009j…" can contain "1990" by chance, which would fail the check without any leak.
 */
export function answerText(value: unknown): string {
  return JSON.stringify(value, (key, field: unknown) => (/(^id|Id)$/.test(key) ? "<id>" : field));
}
