import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { templatePickerWords } from "~/app/_components/template-picker-words";
import { requireUser } from "~/app/_components/guards";
import { Notice } from "~/app/_components/notice";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { ASSIGNMENT_STATUS_LABELS, ROUND_STATUS_LABELS } from "~/server/judging/schema";
import { formatInNamedZone } from "~/server/time/zoned";
import { EntryView } from "./entry-view";
import { ConflictsPanel, InvitationAnswer } from "./invitation-panel";
import { conflictsWords, invitationWords, scoringWords } from "./judging-words";
import { Scoring } from "./scoring";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("JudgingRound", "metaTitle");

type Props = { params: Promise<{ roundId: string }> };

/** One round for its judge: the invitation until accepted, then the queue to score (or, once closed, the scores given). */
export default async function JudgingRoundPage({ params }: Props) {
  const { roundId } = await params;
  const user = await requireUser(`/judging/${encodeURIComponent(roundId)}`);
  const api = await serverCaller();
  const [invitation, t, conflictWords] = await Promise.all([
    orNotFound(api.judging.invitation({ roundId })),
    getTranslations("JudgingRound"),
    conflictsWords(),
  ]);
  const { round, event, judge, conflicts } = invitation;
  /** A sentence of the round's (`key`) with its `<time>` naming `at` in the event's zone. */
  const when = (key: "closes" | "assigningOpens" | "opens", at: Date) =>
    t.rich(key, {
      date: formatInNamedZone(at, event.timeZone),
      time: (chunks: ReactNode) => <time dateTime={at.toISOString()}>{chunks}</time>,
    });
  const conflictsPanel = (
    <ConflictsPanel
      roundId={round.id}
      affiliation={judge.affiliation}
      conflicts={conflicts}
      words={conflictWords}
    />
  );
  const header = (
    <header className="space-y-1">
      <p className="text-sm text-slate-600">
        <Link href="/judging" className="text-brand-700 underline">
          {t("judging")}
        </Link>{" "}
        · {event.name}
      </p>
      <h1 className="text-3xl font-bold tracking-tight">{round.name}</h1>
      <p className="text-slate-700">{ROUND_STATUS_LABELS[round.status]}</p>
    </header>
  );

  if (judge.status !== "ACCEPTED") {
    return (
      <div className="max-w-2xl space-y-6">
        {header}
        <p>
          {t("invited", { event: event.name })}
          {round.closesAt ? <> {when("closes", round.closesAt)}</> : null}
        </p>
        <InvitationAnswer roundId={round.id} status={judge.status} words={await invitationWords()} />
        <section aria-labelledby="before-heading" className="space-y-3">
          <h2 id="before-heading" className="text-xl font-semibold">
            {t("beforeYouJudge")}
          </h2>
          {conflictsPanel}
        </section>
      </div>
    );
  }

  const [{ queue, criteria, scoring, progress, round: queued }, words, templateWords] = await Promise.all([
    api.judging.queue({ roundId }),
    scoringWords(),
    templatePickerWords(),
  ]);
  const yourConflicts = (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-medium">{t("yourConflicts")}</summary>
      <div className="mt-4">{conflictsPanel}</div>
    </details>
  );

  if (!queued.released) {
    return (
      <div className="max-w-2xl space-y-6">
        {header}
        <Notice>{queued.opensAt ? when("assigningOpens", queued.opensAt) : t("assigningLater")}</Notice>
        {yourConflicts}
      </div>
    );
  }

  if (!scoring.open) {
    const closed = scoring.reason === "CLOSED";
    return (
      <div className="max-w-3xl space-y-6">
        {header}
        <Notice>
          {closed ? t("closed") : queued.opensAt ? when("opens", queued.opensAt) : t("notOpen")}
        </Notice>
        <p className="font-medium">{progress.summary}</p>
        <ul className="space-y-3">
          {queue.map((a) => (
            <li key={a.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold break-words">{a.entry.title}</h2>
              <p className="text-sm text-slate-600">
                {t("team", { team: a.entry.team })} · {ASSIGNMENT_STATUS_LABELS[a.status]}
              </p>
              {closed ? (
                <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
                  {criteria.map((c) => (
                    <div key={c.id} className="contents">
                      <dt>{c.name}</dt>
                      <dd className="text-right font-semibold">
                        {a.scores.find((s) => s.criterionId === c.id)?.value ?? t("notScored")}
                      </dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <div className="max-w-3xl space-y-6">
      {header}
      {queued.closesAt ? <p>{when("closes", queued.closesAt)}</p> : null}
      <Scoring
        roundId={round.id}
        eventId={event.id}
        userId={user.id}
        scale={{ min: queued.scaleMin, max: queued.scaleMax }}
        criteria={criteria}
        queue={queue}
        entryViews={Object.fromEntries(queue.map((a) => [a.id, <EntryView key={a.id} entry={a.entry} />]))}
        words={words}
        templateWords={templateWords}
      />
      {yourConflicts}
    </div>
  );
}
