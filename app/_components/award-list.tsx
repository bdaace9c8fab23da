import Link from "next/link";
import { pageCaller } from "~/app/trpc/server";
import { cardClass } from "./card";
import { linkClass, sectionTitleClass } from "./text-styles";

/** "1st place", "2nd place", "3rd place", "4th place", … */
function placeName(place: number): string {
  const suffix =
    place % 100 >= 11 && place % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[place % 10] ?? "th");
  return `${place}${suffix} place`;
}

/**
 * The event's published awards and their winners (teams by team name, as the gallery credits them);
 * with `submissionId`, only that project's awards. Renders nothing until results are published.
 */
export async function AwardList({
  slug,
  submissionId,
  heading = "Winners",
}: {
  slug: string;
  submissionId?: string;
  heading?: string;
}) {
  const awards = await (await pageCaller()).judging.publicAwards({ slug, submissionId });
  if (awards.length === 0) return null;
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
              {award.place ? ` · ${placeName(award.place)}` : ""}
              {award.division ? ` · ${award.division}` : ""}
              {award.challenge ? ` · ${award.challenge}` : ""}
            </p>
            <ul className="space-y-0.5">
              {award.winners.map((winner) => (
                <li key={winner.submissionId}>
                  {submissionId ? (
                    <span>{winner.title}</span>
                  ) : (
                    <Link href={`/events/${slug}/projects/${winner.submissionId}`} className={linkClass}>
                      {winner.title}
                    </Link>
                  )}{" "}
                  <span className="text-slate-600">by team {winner.team}</span>
                  {winner.shared ? <span className="text-slate-600"> (shared by decision)</span> : null}
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
