import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { addressIn } from "~/server/http/locales.mjs";
import { pageCaller } from "~/app/trpc/server";
import { cardClass } from "./card";
import { linkClass, sectionTitleClass } from "./text-styles";

/**
 * The event's published awards and their winners (teams by team name, as the gallery credits them);
 * with `submissionId`, only that project's awards ("Awards"; else "Winners"). Renders nothing until
 * results are published. In the page's language (the "Awards" messages: "1st place", "Safle 1af").
 */
export async function AwardList({ slug, submissionId }: { slug: string; submissionId?: string }) {
  const awards = await (await pageCaller()).judging.publicAwards({ slug, submissionId });
  if (awards.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("Awards"), getLocale()]);
  const heading = submissionId ? t("awards") : t("winners");
  const id = submissionId ? "project-awards-heading" : "awards-heading";
  return (
    <section aria-labelledby={id} className={`space-y-3 ${cardClass}`}>
      <h2 id={id} className={sectionTitleClass}>
        {heading}
      </h2>
      <ul className="space-y-3">
        {awards.map((award) => (
          <li key={award.id} className="space-y-1">
            <p className="font-semibold">
              <span aria-hidden="true">🏆 </span>
              {award.name}
              {award.place ? ` · ${t("place", { place: award.place })}` : ""}
              {award.division ? ` · ${award.division}` : ""}
              {award.challenge ? ` · ${award.challenge}` : ""}
            </p>
            <ul className="space-y-0.5">
              {award.winners.map((winner) => (
                <li key={winner.submissionId}>
                  {submissionId ? (
                    <span>{winner.title}</span>
                  ) : (
                    <Link
                      href={addressIn(locale, `/events/${slug}/projects/${winner.submissionId}`)}
                      className={linkClass}
                    >
                      {winner.title}
                    </Link>
                  )}{" "}
                  <span className="text-slate-600">{t("byTeam", { team: winner.team })}</span>
                  {winner.shared ? <span className="text-slate-600"> {t("shared")}</span> : null}
                </li>
              ))}
            </ul>
            {award.note ? <p className="text-sm text-slate-700">{award.note}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
