import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { ROUND_STATUS_LABELS } from "~/server/judging/schema";
import { formatInNamedZone } from "~/server/time/zoned";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("JudgingList", "metaTitle");

type JudgingListT = Awaited<ReturnType<typeof getTranslations<"JudgingList">>>;

/** "Scoring closes …", the date in the event's zone. */
function closesLine(t: JudgingListT, closesAt: Date, timeZone: string) {
  return t.rich("closes", {
    date: formatInNamedZone(closesAt, timeZone),
    time: (chunks) => <time dateTime={closesAt.toISOString()}>{chunks}</time>,
  });
}

/** The judge's home: every round they were invited to, with where they are in each. */
export default async function JudgingPage() {
  await requireUser("/judging");
  const [rounds, t] = await Promise.all([
    (await serverCaller()).judging.myRounds(),
    getTranslations("JudgingList"),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      {rounds.length === 0 ? (
        <p>{t("none")}</p>
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
                {ROUND_STATUS_LABELS[round.status]} · {t(`answer.${status}`)}
              </p>
              {status === "ACCEPTED" ? (
                <p className="font-medium">
                  {round.assignmentReleasedAt ? progress.summary : t("assigning")}
                </p>
              ) : null}
              {round.closesAt && round.status === "OPEN" ? (
                <p className="text-sm text-slate-600">
                  {closesLine(t, round.closesAt, round.event.timeZone)}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
