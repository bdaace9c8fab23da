import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { cardTitleClass, linkClass, mutedClass, pageTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { OutcomeForm, RemoveOutcome } from "./outcome-form";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ChallengeOutcomes");

type Props = { params: Promise<{ slug: string }> };

/**
 * An organisation's members say what came of its challenges after each event (next.outcomesForOrganisation,
 * next.postOutcome): shown on the event's "What happened next" page.
 */
export default async function OutcomesPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/organisations/${slug}/manage/outcomes`);
  const caller = await serverCaller();
  const t = await getTranslations("ChallengeOutcomes");
  const data = await orForbidden(
    (async () => {
      const organisation = await caller.organisations.bySlug({ slug });
      const challenges = await caller.next.outcomesForOrganisation({ organisationId: organisation.id });
      return { organisation, challenges };
    })(),
  );
  if (!data) {
    return <Refused title={t("title")}>{t("refused")}</Refused>;
  }
  const { organisation, challenges } = data;
  const formWords = labelsOf((key) => t(key), ["text", "url", "added", "textHint", "adding", "add"] as const);
  const removeWords = labelsOf((key) => t(key), ["removed", "remove", "removeWhat"] as const);
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/organisations/${organisation.slug}/manage`} className={linkClass}>
            {organisation.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      {challenges.length === 0 ? (
        <EmptyState title={t("nothingYet")}>{t("nothingYetBody")}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {challenges.map((challenge) => (
            <li key={challenge.id} className={`${cardClass} space-y-3`} data-testid="outcome-challenge">
              <h2 className={cardTitleClass}>{challenge.title}</h2>
              <p className={mutedClass}>
                {t.rich("at", {
                  event: challenge.event.name,
                  link: (chunks: ReactNode) => (
                    <Link href={`/events/${challenge.event.slug}/next`} className={linkClass}>
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
              {challenge.outcomes.length > 0 ? (
                <ul className="space-y-2">
                  {challenge.outcomes.map((o) => (
                    <li key={o.id} className="space-y-1 border-l-4 border-brand-200 pl-3">
                      <p className="break-words">{o.text}</p>
                      {o.url ? <p className="text-sm break-all text-slate-700">{o.url}</p> : null}
                      <RemoveOutcome organisationId={organisation.id} outcomeId={o.id} words={removeWords} />
                    </li>
                  ))}
                </ul>
              ) : null}
              <OutcomeForm organisationId={organisation.id} challengeId={challenge.id} words={formWords} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
