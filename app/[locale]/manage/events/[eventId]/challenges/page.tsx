import type { Metadata } from "next";
import Link from "next/link";
import { ChallengeHistory, ChallengeStatusBadge } from "~/app/_components/challenge-status";
import { requireUser } from "~/app/_components/guards";
import { Markdown } from "~/app/_components/markdown";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { Refused } from "~/app/_components/refused";
import { availableActions } from "~/server/challenges/rules";
import { ReviewActions } from "./review-actions";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";

export const metadata: Metadata = { title: "Review challenges" };

type Props = { params: Promise<{ eventId: string }> };

export default async function ReviewChallengesPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/challenges`);
  const caller = await serverCaller();
  const loaded = await orForbidden(
    Promise.all([caller.events.byIdForManagement({ eventId }), caller.challenges.listForReview({ eventId })]),
  );
  if (!loaded) {
    return (
      <Refused title="Review challenges">
        Only this event&apos;s organisers can review its challenges.
      </Refused>
    );
  }
  const [event, challenges] = loaded;
  const waiting = challenges.filter((c) => c.status === "SUBMITTED").length;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            Back to {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Challenges for {event.name}</h1>
        <p>
          {waiting === 0 ? "Nothing is waiting for review." : `${waiting} waiting for review.`} Drafts stay
          with their organisations until they are submitted.
        </p>
      </header>
      {challenges.length === 0 ? <EmptyState title="No challenges have been submitted yet." /> : null}
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
                <summary className="cursor-pointer font-medium">Full challenge</summary>
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
                      <p className="font-semibold">Success criteria</p>
                      <Markdown source={c.successCriteria} />
                    </div>
                  ) : null}
                  {c.prize ? (
                    <p>
                      <strong>Prize:</strong> {c.prize}
                    </p>
                  ) : null}
                </div>
              </details>
              <details>
                <summary className="cursor-pointer font-medium">History</summary>
                <div className="mt-3">
                  <ChallengeHistory history={c.history} timeZone={event.timeZone} />
                </div>
              </details>
              <ReviewActions
                eventId={event.id}
                challengeId={c.id}
                actions={availableActions(c.status, "organiser")}
              />
              {c.status === "PUBLISHED" ? (
                <p>
                  <Link href={`/events/${event.slug}/challenges/${c.slug}`} className={linkClass}>
                    Public page<span className="sr-only"> of {c.title}</span>
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
