// Response templates: the placeholders a template may use and filling them in. Pure.

/** The placeholders a template may contain, each written in braces: `{team}`. */
export const PLACEHOLDERS = ["team", "challenge", "event", "deadline"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** What each placeholder stands for, for the form's hint. */
export const PLACEHOLDER_MEANINGS: Readonly<Record<Placeholder, string>> = {
  team: "the team's name",
  challenge: "the challenge's title",
  event: "the event's name",
  deadline: "the submission deadline, in the event's time zone",
};

/** Where templates are used, in the words organisers see. */
export const RESPONSE_USES = ["CHALLENGE_CHANGES", "FEEDBACK", "ANNOUNCEMENT"] as const;
export type ResponseUse = (typeof RESPONSE_USES)[number];

export const RESPONSE_USE_LABELS: Readonly<Record<ResponseUse, string>> = {
  CHALLENGE_CHANGES: "Asking a sponsor for changes to a challenge",
  FEEDBACK: "Feedback to teams",
  ANNOUNCEMENT: "Announcements",
};

// A word in braces: `{team}`, `{ Team }`. Doubled braces are not placeholders.
const BRACED = /(?<!\{)\{\s*([A-Za-z_]+)\s*\}(?!\})/g;

/**
 * The placeholders written in `body` that are not `known` (PLACEHOLDERS unless given; case-insensitive),
 * each once in the order they first appear: `"Hi {teem}"` → `["teem"]`. Empty when every one is known.
 */
export function unknownPlaceholders(body: string, known: readonly string[] = PLACEHOLDERS): string[] {
  return placeholdersIn(body).filter((name) => !known.includes(name));
}

/** Every placeholder written in `body`, lower-cased, each once in the order they first appear. */
export function placeholdersIn(body: string): string[] {
  const found: string[] = [];
  for (const match of body.matchAll(BRACED)) {
    const name = (match[1] ?? "").toLowerCase();
    if (!found.includes(name)) found.push(name);
  }
  return found;
}

/**
 * `body` with each known placeholder replaced by its value from `values` (case-insensitive names, spaces
 * inside the braces allowed). A placeholder with no value given is left as written, so the person using
 * the template sees what to fill in; unknown ones are left too. Values are inserted as they are (the
 * result is Markdown the person edits before sending).
 */
export function fillTemplate(body: string, values: Partial<Record<Placeholder, string>>): string {
  return body.replace(BRACED, (whole, name: string) => {
    const value = values[name.toLowerCase() as Placeholder];
    return value === undefined ? whole : value;
  });
}

/**
 * The title a template copied into an event that already has `taken` titles gets: its own, else with
 * " (copy)", " (copy 2)"… (compared case-insensitively).
 */
export function copyTitle(title: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(title.toLowerCase())) return title;
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${title} (copy)` : `${title} (copy ${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
