import { cardClass } from "~/app/_components/card";
import { Badge } from "~/app/_components/badge";
import { linkClass, mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { EXPERIENCE_LABELS, type ExperienceLevel } from "~/server/registrations/labels";

export interface StarterView {
  id: string;
  title: string;
  summary: string;
  level: ExperienceLevel;
  links: string[];
  challenge: { title: string; organisation: { name: string } } | null;
}

/** The host of a link, as people read it ("data.gov.uk"). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/**
 * Starter projects: ideas to build with links to open data or tutorials, in the order given (the
 * caller's own level first). `beginner`: the person is new to coding, so the list says it is for them.
 */
export function StarterList({ starters, beginner }: { starters: StarterView[]; beginner: boolean }) {
  if (starters.length === 0) return null;
  return (
    <section aria-labelledby="starters-heading" className="space-y-3">
      <h2 id="starters-heading" className={sectionTitleClass}>
        {beginner ? "New to coding? Start here" : "Starter projects"}
      </h2>
      <p className={mutedClass}>
        Ideas to build if you&apos;re not sure where to begin, with data and tutorials to start from.
      </p>
      <ul className="space-y-3">
        {starters.map((s) => (
          <li key={s.id} className={`${cardClass} space-y-2`} data-testid="starter">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-semibold">{s.title}</h3>
              <Badge tone={s.level === "NEW" ? "success" : "neutral"}>
                {s.level === "NEW" ? "For beginners" : EXPERIENCE_LABELS[s.level]}
              </Badge>
            </div>
            <p className="whitespace-pre-line">{s.summary}</p>
            {s.challenge ? (
              <p className={mutedClass}>
                For the challenge “{s.challenge.title}” from {s.challenge.organisation.name}
              </p>
            ) : null}
            {s.links.length > 0 ? (
              <ul className="space-y-1">
                {s.links.map((link) => (
                  <li key={link}>
                    <a href={link} className={linkClass} rel="noopener noreferrer" target="_blank">
                      {hostOf(link)}
                      <span className="sr-only"> (opens in a new tab)</span>
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
