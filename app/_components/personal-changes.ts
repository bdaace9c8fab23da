// What the browser asked for about the visitor, and how to ask again: no React here, so the query
// client (imported on the server too) can announce changes. See use-personal.ts.

/** The browser event that says something the visitor did changed what their personal parts show. */
export const CHANGED = "festival:changed";

/** One request per address until the next change, however many parts of the page ask. */
export const answers = new Map<string, Promise<unknown>>();

/**
 * Tells every personal part of the page to ask again (the query client calls it after any mutation
 * succeeds): a saved name, a new role or a registration shows at once.
 */
export function announceChange(): void {
  answers.clear();
  window.dispatchEvent(new Event(CHANGED));
}
