import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { labelsOf } from "~/server/i18n/labels";
import { ChallengeHistory, ChallengeStatusBadge } from "~/app/_components/challenge-status";
import { requireUser } from "~/app/_components/guards";
import { Markdown } from "~/app/_components/markdown";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { Refused } from "~/app/_components/refused";
import { availableActions } from "~/server/challenges/rules";
import { templatePickerWords } from "~/app/_components/template-picker-words";
import { ReviewActions, type ReviewActionsWords } from "./review-actions";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ReviewChallenges");

const ACTION_WORDS = [
  "changesNeeded",
  "changesNeededHint",
  "requestChanges",
  "changesRequested",
  "approve",
  "approved",
  "publish",
  "published",
] as const;

type Props = { params: Promise<{ eventId: string }> };

export default async function ReviewChallengesPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/challenges`);
  const caller = await serverCaller();
  const loaded = await orForbidden(
    Promise.all([caller.events.byIdForManagement({ eventId }), caller.challenges.listForReview({ eventId })]),
  );
  const t = await getTranslations("ReviewChallenges");
  if (!loaded) return <Refused title={t("title")}>{t("refused")}</Refused>;
  const [event, challenges] = loaded;
  const templateWords = await templatePickerWords();
  const waiting = challenges.filter((c) => c.status === "SUBMITTED").length;
  const actionWords: ReviewActionsWords = labelsOf((key) => t(key), ACTION_WORDS);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {t("back", { event: event.name })}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("heading", { event: event.name })}</h1>
        <p>{waiting === 0 ? t("nothingWaiting") : t("waiting", { count: waiting })}</p>
      </header>
      {challenges.length === 0 ? <EmptyState title={t("none")} /> : null}
      <ul className="space-y-6">
        {challenges.map((c) => (
          <li key={c.id}>
            <article aria-labelledby={`challenge-${c.id}`} className={`space-y-3 ${cardClass}`}>
              <div className="flex flex-wrap items-center gap-3">
                <h2 id={`challenge-${c.id}`} className={sectionTitleClass}>
                  {c.title}
                </h2>
                <ChallengeStatusBadge status={c.status} />
              </div>
              <p className="text-slate-600">
                {c.organisation.name} · {c.sector}
              </p>
              <p>{c.summary}</p>
              <details>
                <summary className="cursor-pointer font-medium">{t("fullChallenge")}</summary>
                <div className="mt-3 space-y-3">
                  <Markdown source={c.problemStatement} />
                  {c.resources.length > 0 ? (
                    <ul className="list-disc pl-6">
                      {c.resources.map((r) => (
                        <li key={r.url}>
                          <a href={r.url} rel="nofollow noopener noreferrer ugc" className={linkClass}>
                            {r.name}
                          </a>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {c.successCriteria ? (
                    <div>
                      <p className="font-semibold">{t("successCriteria")}</p>
                      <Markdown source={c.successCriteria} />
                    </div>
                  ) : null}
                  {c.prize ? (
                    <p>
                      {t.rich("prize", {
                        prize: c.prize,
                        strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
                      })}
                    </p>
                  ) : null}
                </div>
              </details>
              <details>
                <summary className="cursor-pointer font-medium">{t("history")}</summary>
                <div className="mt-3">
                  <ChallengeHistory history={c.history} timeZone={event.timeZone} />
                </div>
              </details>
              <ReviewActions
                eventId={event.id}
                challengeId={c.id}
                actions={availableActions(c.status, "organiser")}
                templateWords={templateWords}
                words={actionWords}
              />
              {c.status === "PUBLISHED" ? (
                <p>
                  <Link href={`/events/${event.slug}/challenges/${c.slug}`} className={linkClass}>
                    {t("publicPage")}
                    <span className="sr-only"> {t("publicPageOf", { title: c.title })}</span>
                  </Link>
                </p>
              ) : null}
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}
