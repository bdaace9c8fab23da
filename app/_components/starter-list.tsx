import { useTranslations } from "next-intl";
import { cardClass } from "~/app/_components/card";
import { Badge } from "~/app/_components/badge";
import { linkClass, mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { fillTemplate } from "~/server/i18n/labels";
import type { ExperienceLevel } from "~/server/registrations/labels";

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
 * What the list says. `challenge` is a template ({challenge}, {organisation}); `levels` names the
 * experience levels.
 */
interface StarterListWords {
  beginnerTitle: string;
  title: string;
  intro: string;
  forBeginners: string;
  challenge: string;
  opensInNewTab: string;
  levels: Record<ExperienceLevel, string>;
}

/**
 * Starter projects: ideas to build with links to open data or tutorials, in the order given (the
 * caller's own level first). `beginner`: the person is new to coding, so the list says it is for them.
 * What sponsors wrote (titles, summaries, challenges) stays as written; the rest is the "RegistrationPage"
 * and "ExperienceLevel" messages in the request's language.
 */
export function StarterList({ starters, beginner }: { starters: StarterView[]; beginner: boolean }) {
  const t = useTranslations("RegistrationPage");
  const levels = useTranslations("ExperienceLevel");
  if (starters.length === 0) return null;
  const words: StarterListWords = {
    beginnerTitle: t("startersBeginner"),
    title: t("startersTitle"),
    intro: t("startersIntro"),
    forBeginners: t("startersForBeginners"),
    challenge: t.raw("startersChallenge") as string,
    opensInNewTab: t("opensInNewTab"),
    levels: { NEW: levels("NEW"), SOME: levels("SOME"), CONFIDENT: levels("CONFIDENT") },
  };
  return (
    <section aria-labelledby="starters-heading" className="space-y-3">
      <h2 id="starters-heading" className={sectionTitleClass}>
        {beginner ? words.beginnerTitle : words.title}
      </h2>
      <p className={mutedClass}>{words.intro}</p>
      <ul className="space-y-3">
        {starters.map((s) => (
          <li key={s.id} className={`${cardClass} space-y-2`} data-testid="starter">
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-semibold">{s.title}</h3>
              <Badge tone={s.level === "NEW" ? "success" : "neutral"}>
                {s.level === "NEW" ? words.forBeginners : words.levels[s.level]}
              </Badge>
            </div>
            <p className="whitespace-pre-line">{s.summary}</p>
            {s.challenge ? (
              <p className={mutedClass}>
                {fillTemplate(words.challenge, {
                  challenge: s.challenge.title,
                  organisation: s.challenge.organisation.name,
                })}
              </p>
            ) : null}
            {s.links.length > 0 ? (
              <ul className="space-y-1">
                {s.links.map((link) => (
                  <li key={link}>
                    <a href={link} className={linkClass} rel="noopener noreferrer" target="_blank">
                      {hostOf(link)}
                      <span className="sr-only"> {words.opensInNewTab}</span>
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
