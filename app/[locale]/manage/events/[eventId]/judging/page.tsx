import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cardClass, panelClass } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { requireUser } from "~/app/_components/guards";
import { PageHeader } from "~/app/_components/page-header";
import { Refused } from "~/app/_components/refused";
import { mutedClass, sectionTitleClass, titleLinkClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { ROUND_SCOPE_LABELS } from "~/server/judging/schema";
import { describeTimeZone } from "~/server/time/zoned";
import { emptyRound, RoundForm } from "./round-form";
import { roundFormWords } from "./round-form-words";
import { RoundStatusBadge } from "./round-status-badge";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageJudging");

type Props = { params: Promise<{ eventId: string }> };

/** Organisers see the event's judging rounds with their progress, and create new ones. */
export default async function JudgingRoundsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/judging`);
  const caller = await serverCaller();
  const [t, form] = await Promise.all([getTranslations("ManageJudging"), getTranslations("RoundForm")]);
  const loaded = await orForbidden(
    Promise.all([
      caller.events.byIdForManagement({ eventId }),
      caller.judging.rounds({ eventId }),
      caller.challenges.listForReview({ eventId }),
    ]),
  );
  if (!loaded) return <Refused title={t("title")}>{t("refused")}</Refused>;
  const [event, rounds, challenges] = loaded;
  return (
    <div className="space-y-8">
      <PageHeader back={{ href: `/manage/events/${event.id}`, label: event.name }} title={t("title")}>
        <p>{t("intro")}</p>
      </PageHeader>

      <section aria-labelledby="rounds-heading" className="space-y-3">
        <h2 id="rounds-heading" className={sectionTitleClass}>
          {t("rounds")}
        </h2>
        {rounds.length === 0 ? (
          <EmptyState title={t("noRounds")}>{t("noRoundsBody")}</EmptyState>
        ) : (
          <ul className={`divide-y divide-slate-200 ${panelClass}`}>
            {rounds.map((r) => (
              <li key={r.id} className="space-y-1 p-4">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <h3 className="font-semibold">
                    <Link href={`/manage/events/${event.id}/judging/${r.id}`} className={titleLinkClass}>
                      {r.name}
                    </Link>
                  </h3>
                  <RoundStatusBadge status={r.status} />
                </div>
                <p className={mutedClass}>
                  {t("summary", {
                    scope: `${ROUND_SCOPE_LABELS[r.scope]}${r.centre ? `: ${r.centre.name}` : ""}${r.challenge ? `: ${r.challenge.title}` : ""}`,
                    entries: r.entries,
                    judges: r.judges,
                    perEntry: String(r.judgesPerEntry),
                    progress: r.progress.summary,
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="new-round-heading" className={`space-y-4 ${cardClass}`}>
        <h2 id="new-round-heading" className={sectionTitleClass}>
          {t("newRound")}
        </h2>
        <RoundForm
          eventId={event.id}
          initial={emptyRound}
          zone={describeTimeZone(event.timeZone, new Date())}
          targets={{
            centres: event.centres.map((c) => ({ id: c.id, name: c.name })),
            challenges: challenges.map((c) => ({ id: c.id, title: c.title })),
          }}
          copySources={rounds.map((r) => ({ id: r.id, name: r.name }))}
          words={roundFormWords(form)}
        />
      </section>
    </div>
  );
}
