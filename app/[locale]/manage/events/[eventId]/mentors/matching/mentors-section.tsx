import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { linkClass, mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import {
  EXPERIENCE_LABELS,
  SKILL_LABELS,
  type ExperienceLevel,
  type Skill,
} from "~/server/registrations/labels";

/** A skill's label, or the stored value when the list no longer has it. */
export const skillLabel = (s: string) => SKILL_LABELS[s as Skill] ?? s;

/**
 * The centre's mentors on a matching board (teams or learner groups): each with whether they are
 * vetted, their load that day (`load`, e.g. "2 of 3 teams"; only for those coming) and what they help with.
 */
export function MentorsSection<M extends MentorCard>({
  eventId,
  mentors,
  load,
}: {
  eventId: string;
  mentors: M[];
  load: (mentor: M) => string;
}) {
  const t = useTranslations("MentorMatching");
  return (
    <section aria-labelledby="mentors-heading" className="space-y-3">
      <h2 id="mentors-heading" className={sectionTitleClass}>
        {t("mentorsHeading", { count: mentors.length })}
      </h2>
      {mentors.length === 0 ? (
        <p>
          {t.rich("noMentors", {
            link: (chunks) => (
              <Link href={`/manage/events/${eventId}/mentors`} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {mentors.map((m) => (
            <li key={m.id} className={`${cardClass} space-y-1`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-semibold break-words">{m.name}</h3>
                {m.vetted ? (
                  <Badge tone="success">{t("vetted")}</Badge>
                ) : (
                  <Badge tone="danger">{t("adultsOnly")}</Badge>
                )}
              </div>
              <p className="text-sm">{m.available ? load(m) : t("notComing")}</p>
              <p className={mutedClass}>
                {t("helps", { levels: m.levels.map((l) => EXPERIENCE_LABELS[l].toLowerCase()).join(", ") })}
                {m.skills && m.skills.length > 0 ? ` · ${m.skills.map(skillLabel).join(", ")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What MentorsSection shows of a mentor. */
export interface MentorCard {
  id: string;
  name: string;
  vetted: boolean;
  available: boolean;
  levels: ExperienceLevel[];
  skills?: string[];
}
