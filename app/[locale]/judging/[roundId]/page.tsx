import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { Notice } from "~/app/_components/notice";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { ASSIGNMENT_STATUS_LABELS, ROUND_STATUS_LABELS } from "~/server/judging/schema";
import { formatInNamedZone } from "~/server/time/zoned";
import { EntryView } from "./entry-view";
import { ConflictsPanel, InvitationAnswer } from "./invitation-panel";
import { Scoring } from "./scoring";

export const metadata: Metadata = { title: "Judging a round" };

type Props = { params: Promise<{ roundId: string }> };

/** One round for its judge: the invitation until accepted, then the queue to score (or, once closed, the scores given). */
export default async function JudgingRoundPage({ params }: Props) {
  const { roundId } = await params;
  const user = await requireUser(`/judging/${encodeURIComponent(roundId)}`);
  const api = await serverCaller();
  const invitation = await orNotFound(api.judging.invitation({ roundId }));
  const { round, event, judge, conflicts } = invitation;
  const when = (at: Date) => <time dateTime={at.toISOString()}>{formatInNamedZone(at, event.timeZone)}</time>;
  const conflictsPanel = (
    <ConflictsPanel roundId={round.id} affiliation={judge.affiliation} conflicts={conflicts} />
  );
  const header = (
    <header className="space-y-1">
      <p className="text-sm text-slate-600">
        <Link href="/judging" className="text-brand-700 underline">
          Judging
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
          You&apos;re invited to judge this round of {event.name}.
          {round.closesAt ? <> Scoring closes {when(round.closesAt)}.</> : null}
        </p>
        <InvitationAnswer roundId={round.id} status={judge.status} />
        <section aria-labelledby="before-heading" className="space-y-3">
          <h2 id="before-heading" className="text-xl font-semibold">
            Before you judge
          </h2>
          {conflictsPanel}
        </section>
      </div>
    );
  }

  const { queue, criteria, scoring, progress, round: queued } = await api.judging.queue({ roundId });
  const yourConflicts = (
    <details className="rounded-lg border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-medium">Your affiliation and conflicts of interest</summary>
      <div className="mt-4">{conflictsPanel}</div>
    </details>
  );

  if (!queued.released) {
    return (
      <div className="max-w-2xl space-y-6">
        {header}
        <Notice>
          The organisers are still assigning entries; come back{" "}
          {queued.opensAt ? (
            <>at {when(queued.opensAt)}, when scoring opens</>
          ) : (
            "later: this page shows them once they're ready"
          )}
          .
        </Notice>
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
          {closed ? (
            "This round has closed: scores can no longer change. These are the scores you gave."
          ) : queued.opensAt ? (
            <>Scoring opens {when(queued.opensAt)}. Your entries are below.</>
          ) : (
            "Scoring hasn't opened yet. Your entries are below."
          )}
        </Notice>
        <p className="font-medium">{progress.summary}</p>
        <ul className="space-y-3">
          {queue.map((a) => (
            <li key={a.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold break-words">{a.entry.title}</h2>
              <p className="text-sm text-slate-600">
                Team {a.entry.team} · {ASSIGNMENT_STATUS_LABELS[a.status]}
              </p>
              {closed ? (
                <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
                  {criteria.map((c) => (
                    <div key={c.id} className="contents">
                      <dt>{c.name}</dt>
                      <dd className="text-right font-semibold">
                        {a.scores.find((s) => s.criterionId === c.id)?.value ?? "Not scored"}
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
      {queued.closesAt ? <p>Scoring closes {when(queued.closesAt)}.</p> : null}
      <Scoring
        roundId={round.id}
        eventId={event.id}
        userId={user.id}
        scale={{ min: queued.scaleMin, max: queued.scaleMax }}
        criteria={criteria}
        queue={queue}
        entryViews={Object.fromEntries(queue.map((a) => [a.id, <EntryView key={a.id} entry={a.entry} />]))}
      />
      {yourConflicts}
    </div>
  );
}
