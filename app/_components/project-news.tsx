import { Badge } from "./badge";
import { linkClass, mutedClass } from "./text-styles";

/** "14 January 2027", in the event's zone. */
export function newsDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

/** The "What happened next" pages' line of counts: projects by their latest news (kinds with none left out). */
export function NewsCounts({
  counts,
}: {
  counts: readonly { kind: string; label: string; count: number }[];
}) {
  const counted = counts.filter((c) => c.count > 0);
  if (counted.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Projects by their latest news">
      {counted.map((c) => (
        <li key={c.kind} className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800">
          {c.label}: {c.count}
        </li>
      ))}
    </ul>
  );
}

/**
 * One update on a project (a team's words and link: user content, so the link is nofollow and ugc), as
 * the "What happened next" pages show it. `as` is the element (an item of a list of updates, or alone).
 */
export function ProjectNews({
  update,
  timeZone,
  as: Element = "div",
}: {
  update: { label: string; text: string; url: string | null; createdAt: Date };
  timeZone: string;
  as?: "li" | "div";
}) {
  return (
    <Element className="space-y-1 border-l-4 border-brand-200 pl-3">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone="info">{update.label}</Badge>
        <span className={mutedClass}>{newsDay(update.createdAt, timeZone)}</span>
      </p>
      <p className="break-words">{update.text}</p>
      {update.url ? (
        <p>
          <a
            href={update.url}
            className={`${linkClass} break-all`}
            rel="nofollow noopener ugc"
            target="_blank"
          >
            {update.url}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      ) : null}
    </Element>
  );
}
