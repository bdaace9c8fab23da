import { getTranslations } from "next-intl/server";
import { serverCaller } from "~/app/trpc/server";
import { cardClass } from "./card";
import { sectionTitleClass } from "./text-styles";

/**
 * What the judges said about the team's project, round by round, once results are published: feedback
 * the organisers approved (never who wrote it), and mean scores where the organisers allow. Nothing
 * before that.
 */
export async function TeamFeedback({ eventId, teamId }: { eventId: string; teamId: string }) {
  const rounds = await (await serverCaller()).judging.teamFeedback({ eventId, teamId });
  if (rounds.length === 0) return null;
  const t = await getTranslations("TeamFeedback");
  return (
    <section aria-labelledby="feedback-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="feedback-heading" className={sectionTitleClass}>
        {t("title")}
      </h2>
      {rounds.map((round) => (
        <div key={round.roundId} className="space-y-2">
          <h3 className="font-semibold">{round.round}</h3>
          {round.feedback.length > 0 ? (
            <ul className="space-y-2">
              {round.feedback.map((text, index) => (
                <li key={index} className="rounded-lg bg-slate-50 p-3 whitespace-pre-line">
                  {text}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t("noFeedback")}</p>
          )}
          {round.scores ? (
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
              {round.scores.map((score) => (
                <div key={score.criterion} className="contents">
                  <dt className="font-medium">{score.criterion}</dt>
                  <dd>
                    {score.mean === null
                      ? t("notScored")
                      : t("score", {
                          mean: score.mean.toFixed(1),
                          max: score.scale[1],
                          judges: score.judges,
                        })}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </div>
      ))}
    </section>
  );
}
