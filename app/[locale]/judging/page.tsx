import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { ROUND_STATUS_LABELS } from "~/server/judging/schema";
import { formatInNamedZone } from "~/server/time/zoned";

export const metadata: Metadata = { title: "Judging" };

const answerText = {
  INVITED: "You haven't answered the invitation yet",
  ACCEPTED: "You're judging this round",
  DECLINED: "You declined",
} as const;

/** The judge's home: every round they were invited to, with where they are in each. */
export default async function JudgingPage() {
  await requireUser("/judging");
  const rounds = await (await serverCaller()).judging.myRounds();
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Judging</h1>
        <p className="text-slate-700">The rounds you were invited to judge.</p>
      </header>
      {rounds.length === 0 ? (
        <p>
          You haven&apos;t been invited to judge any round. When an organiser invites you, the round shows
          here.
        </p>
      ) : (
        <ul className="space-y-3">
          {rounds.map(({ judgeId, status, round, progress }) => (
            <li key={judgeId} className="space-y-1 rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm text-slate-600">{round.event.name}</p>
              <h2 className="text-xl font-semibold">
                <Link href={`/judging/${round.id}`} className="text-brand-700 underline">
                  {round.name}
                </Link>
              </h2>
              <p>
                {ROUND_STATUS_LABELS[round.status]} · {answerText[status]}
              </p>
              {status === "ACCEPTED" ? (
                <p className="font-medium">
                  {round.assignmentReleasedAt
                    ? progress.summary
                    : "The organisers are still assigning entries."}
                </p>
              ) : null}
              {round.closesAt && round.status === "OPEN" ? (
                <p className="text-sm text-slate-600">
                  Scoring closes{" "}
                  <time dateTime={round.closesAt.toISOString()}>
                    {formatInNamedZone(round.closesAt, round.event.timeZone)}
                  </time>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
