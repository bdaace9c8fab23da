import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ChallengeForm } from "~/app/_components/challenge-form";
import { challengeFormWords } from "~/app/_components/challenge-form-words";
import { ChallengeHistory, ChallengeStatusBadge } from "~/app/_components/challenge-status";
import { requireUser } from "~/app/_components/guards";
import { Markdown } from "~/app/_components/markdown";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { availableActions, isEditable } from "~/server/challenges/rules";
import { ROUND_STATUS_LABELS } from "~/server/judging/schema";
import { SubmitChallenge } from "./submit-challenge";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("SponsorChallenge");

type Props = { params: Promise<{ slug: string; challengeId: string }> };

export default async function SponsorChallengePage({ params }: Props) {
  const { slug, challengeId } = await params;
  await requireUser(`/organisations/${slug}/manage/challenges/${challengeId}`);
  const caller = await serverCaller();
  // Not a member, or not this organisation's challenge: nothing to see here.
  const organisationId = (await orNotFound(caller.organisations.bySlug({ slug }))).id;
  const challenge = await orNotFound(caller.challenges.byIdForOrganisation({ organisationId, challengeId }));
  const canSubmit = availableActions(challenge.status, "sponsor").includes("submit");
  const [t, formT] = await Promise.all([
    getTranslations("SponsorChallenge"),
    getTranslations("ChallengeForm"),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/organisations/${slug}/manage`} className={linkClass}>
            {t("backTo", { organisation: challenge.organisation.name })}
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className={pageTitleClass}>{challenge.title}</h1>
          <ChallengeStatusBadge status={challenge.status} />
        </div>
        <p className="text-slate-600">{t("forEvent", { event: challenge.event.name })}</p>
        {challenge.status === "PUBLISHED" ? (
          <p>
            <Link href={`/events/${challenge.event.slug}/challenges/${challenge.slug}`} className={linkClass}>
              {t("publicPage")}
            </Link>
          </p>
        ) : null}
        <p>
          <Link href={`/manage/events/${challenge.event.id}/starters`} className={linkClass}>
            {t("starters")}
          </Link>{" "}
          <span className="text-slate-600">{t("startersNote")}</span>
        </p>
      </header>

      <section aria-labelledby="next-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="next-heading" className={sectionTitleClass}>
          {t("review")}
        </h2>
        {challenge.status === "DRAFT" ? <p>{t("draft")}</p> : null}
        {challenge.status === "CHANGES_REQUESTED" ? <p>{t("changesRequested")}</p> : null}
        {challenge.status === "SUBMITTED" ? <p>{t("submitted")}</p> : null}
        {challenge.status === "APPROVED" ? <p>{t("approved")}</p> : null}
        {canSubmit ? (
          <SubmitChallenge
            organisationId={organisationId}
            challengeId={challenge.id}
            words={{ submitting: t("submitting"), submit: t("submit") }}
          />
        ) : null}
        <h3 className="font-semibold">{t("history")}</h3>
        <ChallengeHistory history={challenge.history} timeZone={challenge.event.timeZone} />
      </section>

      {challenge.rounds.length > 0 ? (
        <section aria-labelledby="judging-heading" className={`space-y-3 ${cardClass}`}>
          <h2 id="judging-heading" className={sectionTitleClass}>
            {t("judging")}
          </h2>
          <p>{t("judgingIntro")}</p>
          <ul className="list-disc space-y-1 pl-5">
            {challenge.rounds.map((r) => (
              <li key={r.id}>
                <Link href={`/manage/events/${challenge.event.id}/judging/${r.id}`} className={linkClass}>
                  {r.name}
                </Link>{" "}
                ({ROUND_STATUS_LABELS[r.status]})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {isEditable(challenge.status) ? (
        <section aria-labelledby="edit-heading" className={`space-y-3 ${cardClass}`}>
          <h2 id="edit-heading" className={sectionTitleClass}>
            {t("edit")}
          </h2>
          <ChallengeForm
            organisationId={organisationId}
            organisationSlug={slug}
            challengeId={challenge.id}
            initial={{
              title: challenge.title,
              summary: challenge.summary,
              problemStatement: challenge.problemStatement,
              sector: challenge.sector,
              resources: challenge.resources,
              successCriteria: challenge.successCriteria,
              prize: challenge.prize,
            }}
            words={challengeFormWords(formT)}
          />
        </section>
      ) : null}

      <section aria-labelledby="preview-heading" className="space-y-3">
        <h2 id="preview-heading" className={sectionTitleClass}>
          {t("preview")}
        </h2>
        <Markdown source={challenge.problemStatement} />
      </section>
    </div>
  );
}
