import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AutoRefresh } from "~/app/_components/auto-refresh";
import { Badge } from "~/app/_components/badge";
import { Card } from "~/app/_components/card";
import { EmptyState } from "~/app/_components/empty-state";
import { ModerateFeedback } from "~/app/_components/moderate-feedback";
import { requireUser } from "~/app/_components/guards";
import { OneTimeNotice } from "~/app/_components/one-time-notice";
import { PageHeader } from "~/app/_components/page-header";
import { Refused } from "~/app/_components/refused";
import { flag, optionalId, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { cardTitleClass, linkClass, mutedClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { AWARD_KIND_LABELS, ROUND_SCOPE_LABELS, ROUND_STATUS_LABELS } from "~/server/judging/schema";
import { describeTimeZone, formatInZone, formatTimeInZone, instantToLocal } from "~/server/time/zoned";
import { RoundForm } from "../round-form";
import { RoundStatusBadge } from "../round-status-badge";
import { AwardForm } from "./award-form";
import { AwardWinners, DeleteAward } from "./award-winners";
import { FinalsPromotion } from "./finals-promotion";
import { ImportScores } from "./import-scores";
import { CompareEntries, ResultsSection, ScoreLogTable, TableBox } from "./results-section";
import {
  AddJudgeToEntry,
  AssignmentActions,
  InviteJudgeForm,
  ReassignJudge,
  RemoveAssignment,
  RemoveJudge,
  ResolveConflict,
  StatusActions,
} from "./round-actions";
import { roundPageWords } from "./round-words";
import { TeamVisibility } from "./team-visibility";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageRound");

type Props = {
  params: Promise<{ eventId: string; roundId: string }>;
  searchParams: Promise<RawSearchParams>;
};

const JUDGE_TONE = { INVITED: "neutral", ACCEPTED: "success", DECLINED: "warning" } as const;
const STEPS = ["DRAFT", "OPEN", "CLOSED", "PUBLISHED"] as const;

/**
 * The event's rounds when the caller organises it (to copy rubrics from, and a way back to the list);
 * null for a challenge's sponsors, who manage their own round only and may not see the event's others.
 */
async function roundsIfOrganiser<T>(rounds: Promise<T>): Promise<T | null> {
  try {
    return await rounds;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) return null;
    throw error;
  }
}

type Translate = Awaited<ReturnType<typeof getTranslations<"ManageRound">>>;

/** An award's place or division, and its note, as one line ("" when it has none of them). */
function awardDetail(
  t: Translate,
  a: { place: number | null; division: string | null; note: string },
): string {
  const kindDetail =
    a.place !== null
      ? t("place", { place: String(a.place) })
      : a.division
        ? t("division", { division: a.division })
        : "";
  return [kindDetail, a.note].filter((part) => part !== "").join(" · ");
}

/** When judges may score, in the event's zone, as one sentence. */
function scoringWindow(t: Translate, opensAt: Date | null, closesAt: Date | null, zone: string): string {
  if (opensAt && closesAt) {
    return t("windowOpensCloses", {
      opens: formatInZone(opensAt, zone),
      closes: formatInZone(closesAt, zone),
    });
  }
  if (opensAt) return t("windowOpens", { opens: formatInZone(opensAt, zone) });
  if (closesAt) return t("windowCloses", { closes: formatInZone(closesAt, zone) });
  return t("noWindow");
}

/** Who won an award, or that nobody has yet. */
function wonBy(t: Translate, winners: { submission: { title: string; team: { name: string } } }[]): string {
  if (winners.length === 0) return t("noWinner");
  const names = winners.map((w) => `${w.submission.title} (${w.submission.team.name})`).join(", ");
  return winners.length > 1 ? t("wonByShared", { winners: names }) : t("wonBy", { winners: names });
}

/**
 * The comparison of the two entries chosen on the page, or the reason there is none (the same entry
 * twice, or an entry without scores); null when the form has not been used.
 */
async function compareIfChosen(
  caller: Awaited<ReturnType<typeof serverCaller>>,
  { roundId, a, b }: { roundId: string; a?: string; b?: string },
  sameEntry: string,
) {
  if (!a || !b) return null;
  if (a === b) return { problem: sameEntry };
  try {
    return { comparison: await caller.judging.compare({ roundId, a, b }) };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return { problem: error.message };
    }
    throw error;
  }
}

/**
 * One judging round for the people who run it: the event's organisers, and for a challenge's round
 * the members of the challenge's organisation (the procedures decide; this page never checks roles).
 */
export default async function JudgingRoundPage({ params, searchParams }: Props) {
  const { eventId, roundId } = await params;
  const { created, compareA, compareB } = parseSearchParams(
    { created: flag(), compareA: optionalId(), compareB: optionalId() },
    await searchParams,
  );
  await requireUser(`/manage/events/${eventId}/judging/${roundId}`);
  const caller = await serverCaller();
  const t = await getTranslations("ManageRound");
  const loaded = await orForbidden(
    Promise.all([
      caller.judging.round({ roundId }),
      caller.judging.scoreLog({ roundId }),
      caller.judging.results({ roundId }),
      caller.judging.awards({ roundId }),
    ]),
  );
  if (!loaded) return <Refused title={t("title")}>{t("refused")}</Refused>;
  const [data, log, results, awards] = loaded;
  if (data.event.id !== eventId) notFound();
  const otherRounds = await roundsIfOrganiser(caller.judging.rounds({ eventId }));
  const comparison = await compareIfChosen(caller, { roundId, a: compareA, b: compareB }, t("sameEntry"));
  const { round, event } = data;
  const zone = event.timeZone;
  const words = await roundPageWords({ seconds: 30, updatedAt: formatTimeInZone(new Date(), zone) });
  const local = (d: Date | null) => (d ? instantToLocal(d, zone) : "");
  const entryTitle = new Map(data.entries.map((e) => [e.id, e.title]));
  const activeJudges = data.judges.filter((j) => !j.removed);
  const accepted = activeJudges.filter((j) => j.status === "ACCEPTED");
  const released = round.assignmentReleasedAt !== null;
  const base = `/manage/events/${event.id}/judging`;
  const short = data.entries.filter((e) => e.finished < round.judgesPerEntry);
  const behind = accepted.filter((j) => j.progress.total > 0 && !j.progress.allDone);
  const pendingConflicts = data.conflicts.filter((c) => c.resolution === "PENDING");
  const withFeedback = data.assignments.filter((a) => a.feedback.trim() !== "");
  const target = round.centreName ?? round.challengeTitle;
  // Winners are picked best first once there are results; unranked entries follow by title.
  const rankOf = new Map<string, number>();
  for (const e of results.results?.entries ?? []) {
    if (e.submissionId && e.rank !== null) rankOf.set(e.submissionId, e.rank);
  }
  const winnerOptions = data.entries
    .map((e) => ({ e, rank: rankOf.get(e.submissionId) }))
    .sort((x, y) => (x.rank ?? Infinity) - (y.rank ?? Infinity))
    .map(({ e, rank }) => ({
      submissionId: e.submissionId,
      label: `${rank === undefined ? "" : `${rank}. `}${e.title} (${e.team})`,
    }));
  const sourceRounds = (otherRounds ?? [])
    .filter((r) => r.id !== round.id)
    .map((r) => ({ id: r.id, name: r.name }));

  return (
    <div className="space-y-6">
      <PageHeader
        back={otherRounds ? { href: base, label: t("back", { event: event.name }) } : undefined}
        title={round.name}
        badge={<RoundStatusBadge status={round.status} />}
      >
        <p>
          {t("summary", {
            scope: `${ROUND_SCOPE_LABELS[round.scope]}${target ? `: ${target}` : ""}`,
            entries: data.entries.length,
            judges: activeJudges.length,
            perEntry: String(round.judgesPerEntry),
            min: String(round.scaleMin),
            max: String(round.scaleMax),
            progress: data.progress.summary,
          })}
        </p>
        {round.status === "OPEN" ? <AutoRefresh seconds={30} words={words.autoRefresh} /> : null}
      </PageHeader>
      {created ? <OneTimeNotice param="created" message={t("created")} /> : null}

      <Card id="status-heading" title={t("statusTitle")}>
        <ol className="flex flex-wrap gap-x-2 gap-y-1 text-sm" aria-label={t("whereRound")}>
          {STEPS.map((s, i) => (
            <li key={s} className="flex items-center gap-2">
              {i > 0 ? <span aria-hidden="true">→</span> : null}
              <span
                aria-current={s === round.status ? "step" : undefined}
                className={s === round.status ? "font-bold text-slate-950 underline" : "text-slate-600"}
              >
                {ROUND_STATUS_LABELS[s]}
              </span>
            </li>
          ))}
        </ol>
        <p>{scoringWindow(t, round.opensAt, round.closesAt, zone)}</p>
        <StatusActions roundId={round.id} status={round.status} released={released} words={words.status} />
      </Card>

      <Card id="rubric-heading" title={t("rubricTitle")}>
        <ol className="list-decimal space-y-1 pl-5">
          {data.criteria.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{c.name}</span> {t("weight", { weight: String(c.weight) })}
              {c.guidance ? <span className="block text-sm text-slate-600">{c.guidance}</span> : null}
            </li>
          ))}
        </ol>
        <p className={mutedClass}>{data.scoresGiven > 0 ? t("rubricLocked") : t("rubricLocks")}</p>
        <details>
          <summary className="cursor-pointer font-medium text-brand-700">{t("editRound")}</summary>
          <div className="mt-4">
            <RoundForm
              eventId={event.id}
              roundId={round.id}
              zone={describeTimeZone(zone, new Date())}
              targets={data.targets}
              copySources={(otherRounds ?? [])
                .filter((r) => r.id !== round.id)
                .map((r) => ({ id: r.id, name: r.name }))}
              locked={{ scope: round.status !== "DRAFT", rubric: data.scoresGiven > 0 }}
              initial={{
                name: round.name,
                scope: round.scope,
                centreId: round.centreId ?? "",
                challengeId: round.challengeId ?? "",
                judgesPerEntry: String(round.judgesPerEntry),
                scaleMin: String(round.scaleMin),
                scaleMax: String(round.scaleMax),
                opensAt: local(round.opensAt),
                closesAt: local(round.closesAt),
                criteria: data.criteria.map((c) => ({
                  name: c.name,
                  guidance: c.guidance,
                  weight: String(c.weight),
                })),
              }}
              words={words.roundForm}
            />
          </div>
        </details>
      </Card>

      <Card id="judges-heading" title={t("judgesTitle")}>
        {activeJudges.length === 0 ? (
          <EmptyState title={t("noJudges")}>{t("noJudgesBody")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {activeJudges.map((j) => (
              <li key={j.id} className="space-y-2 py-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2 font-medium">
                      {j.name} <Badge tone={JUDGE_TONE[j.status]}>{t(`judgeStatus.${j.status}`)}</Badge>
                    </p>
                    <p className={mutedClass}>
                      {j.name === j.email ? "" : `${j.email} · `}
                      {j.affiliation ? `${j.affiliation} · ` : ""}
                      {j.progress.summary}
                    </p>
                  </div>
                  <RemoveJudge roundId={round.id} judgeId={j.id} name={j.name} words={words.removeJudge} />
                </div>
                {j.status === "ACCEPTED" && j.progress.total > j.progress.done && accepted.length > 1 ? (
                  <ReassignJudge
                    roundId={round.id}
                    judge={{ id: j.id, name: j.name }}
                    others={accepted.filter((o) => o.id !== j.id).map((o) => ({ id: o.id, label: o.name }))}
                    words={words.reassign}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <h3 className={cardTitleClass}>{t("inviteJudge")}</h3>
        <InviteJudgeForm roundId={round.id} words={words.invite} />
      </Card>

      <Card id="conflicts-heading" title={t("conflictsTitle")}>
        {pendingConflicts.length === 0 ? (
          <p>{t("noConflicts")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {pendingConflicts.map((c) => {
              const judge = c.judge?.name ?? c.judge?.email ?? t("aJudge");
              return (
                <li key={c.id} className="space-y-2 py-3">
                  <p>
                    {t.rich("conflictNote", {
                      name: judge,
                      note: c.note,
                      judge: (chunks: ReactNode) => <span className="font-medium">{chunks}</span>,
                    })}
                  </p>
                  <ResolveConflict
                    roundId={round.id}
                    conflictId={c.id}
                    judge={judge}
                    words={words.conflict}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </Card>

      <Card id="assignment-heading" title={t("assignmentTitle")}>
        <p>
          {released
            ? t("releasedNote")
            : t("assignNote", { perEntry: round.judgesPerEntry, accepted: accepted.length })}
        </p>
        <AssignmentActions
          roundId={round.id}
          released={released}
          hasAssignments={data.assignments.length > 0}
          closed={round.status === "CLOSED" || round.status === "PUBLISHED"}
          entryTitles={Object.fromEntries(entryTitle)}
          words={words.assign}
        />
        {data.entries.length === 0 ? (
          <p>{t("noEntries")}</p>
        ) : (
          <TableBox id="entries-table" label={t("entriesTable")}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("colEntry")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colJudges")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colCoverage")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("colAddJudge")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {data.entries.map((e) => {
                const theirs = data.assignments.filter((a) => a.entryId === e.id);
                const have = new Set(theirs.map((a) => a.judgeId));
                return (
                  <tr key={e.id} className={e.short ? "bg-amber-50" : undefined}>
                    <th scope="row" className="px-3 py-2 align-top font-medium">
                      {e.title}
                      <span className="block font-normal text-slate-600">
                        {e.team}
                        {e.centre ? ` · ${e.centre}` : ""}
                      </span>
                    </th>
                    <td className="px-3 py-2 align-top">
                      <ul className="flex flex-wrap gap-1">
                        {theirs.map((a) => (
                          <li
                            key={a.id}
                            className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 whitespace-nowrap ring-1 ring-slate-300"
                          >
                            {a.judge}
                            {a.scoredCriteria === 0 && a.status === "PENDING" ? (
                              <RemoveAssignment
                                roundId={round.id}
                                assignmentId={a.id}
                                judge={a.judge}
                                entry={e.title}
                                words={words.removeAssignment}
                              />
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="px-3 py-2 align-top whitespace-nowrap">
                      {t("coverage", { judges: String(e.judges), perEntry: String(round.judgesPerEntry) })}
                      {e.short ? (
                        <strong className="block font-semibold text-amber-900">{t("short")}</strong>
                      ) : null}
                    </td>
                    <td className="min-w-56 px-3 py-2 align-top">
                      <AddJudgeToEntry
                        roundId={round.id}
                        entry={{ id: e.id, title: e.title }}
                        judges={accepted
                          .filter((j) => !have.has(j.id))
                          .map((j) => ({ id: j.id, label: j.name }))}
                        words={words.addJudge}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </TableBox>
        )}
      </Card>

      <Card id="progress-heading" title={t("progressTitle")}>
        <p data-testid="round-progress">{t("progressAcross", { progress: data.progress.summary })}</p>
        <h3 className={cardTitleClass}>{t("shortOf", { perEntry: round.judgesPerEntry })}</h3>
        {short.length === 0 ? (
          <p>{t("noneShort", { perEntry: round.judgesPerEntry })}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {short.map((e) => (
              <li key={e.id}>
                {t("shortEntry", {
                  title: e.title,
                  finished: String(e.finished),
                  perEntry: String(round.judgesPerEntry),
                })}
              </li>
            ))}
          </ul>
        )}
        <h3 className={cardTitleClass}>{t("behindTitle")}</h3>
        {behind.length === 0 ? (
          <p>{t("nobodyBehind")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {behind.map((j) => (
              <li key={j.id}>
                {j.progress.skipped > 0
                  ? t("behindSkipped", {
                      name: j.name,
                      progress: j.progress.summary,
                      skipped: String(j.progress.skipped),
                    })
                  : t("behind", { name: j.name, progress: j.progress.summary })}
              </li>
            ))}
          </ul>
        )}
        <h3 className={cardTitleClass}>{t("flaggedTitle")}</h3>
        {data.flags.length === 0 ? (
          <p>{t("noFlags")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {data.flags.map((f) => (
              <li key={f.assignmentId}>
                {t("flag", {
                  entry: entryTitle.get(f.entryId) ?? t("anEntry"),
                  judge: f.judge,
                  reason: f.reason ?? "",
                })}
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card id="feedback-heading" title={t("feedbackTitle")}>
        <p>{t("feedbackIntro")}</p>
        {withFeedback.length === 0 ? (
          <p>{t("noFeedback")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {withFeedback.map((a) => (
              <li key={a.id} className="space-y-2 py-3">
                <p className="font-medium">
                  {entryTitle.get(a.entryId) ?? t("anEntry")} · {a.judge}{" "}
                  {a.feedbackApproved ? (
                    <Badge tone="success">{t("approved")}</Badge>
                  ) : (
                    <Badge tone="neutral">{t("waiting")}</Badge>
                  )}
                </p>
                <p className="whitespace-pre-line">{a.feedback}</p>
                <ModerateFeedback
                  target={{ roundId: round.id }}
                  assignmentId={a.id}
                  approved={a.feedbackApproved}
                  what={t("feedbackOf", { judge: a.judge })}
                  words={words.moderate}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>

      {round.status === "OPEN" || round.status === "CLOSED" ? (
        <Card id="paper-heading" title={t("paperTitle")}>
          <ImportScores roundId={round.id} words={words.importScores} />
        </Card>
      ) : null}

      <Card id="log-heading" title={t("logTitle")}>
        <ScoreLogTable log={log} timeZone={zone} />
      </Card>

      <Card id="results-heading" title={t("resultsTitle")}>
        <ResultsSection data={results} />
        <CompareEntries
          entries={(results.results?.entries ?? []).flatMap((e) =>
            e.entryId ? [{ id: e.entryId, label: e.rank === null ? e.entry : `${e.rank}. ${e.entry}` }] : [],
          )}
          chosen={{ a: compareA, b: compareB }}
          outcome={comparison}
        />
      </Card>

      {round.scope === "FINALS" ? (
        <Card id="promotion-heading" title={t("promotionTitle")}>
          {otherRounds ? (
            <FinalsPromotion
              roundId={round.id}
              rounds={sourceRounds}
              alreadyIn={data.entries.map((e) => e.submissionId)}
              words={words.finals}
            />
          ) : (
            <p>{t("promotionOrganisersOnly")}</p>
          )}
        </Card>
      ) : null}

      <Card id="awards-heading" title={t("awardsTitle")}>
        <p>{round.status === "PUBLISHED" ? t("awardsPublicNow") : t("awardsPublic")}</p>
        {awards.length === 0 ? (
          <p>{t("noAwards")}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {awards.map((a) => (
              <li key={a.id} className="space-y-2 py-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2 font-medium">
                      {a.name} <Badge tone="neutral">{AWARD_KIND_LABELS[a.kind]}</Badge>
                    </p>
                    {awardDetail(t, a) ? <p className={mutedClass}>{awardDetail(t, a)}</p> : null}
                    <p>{wonBy(t, a.winners)}</p>
                  </div>
                  <DeleteAward roundId={round.id} awardId={a.id} name={a.name} words={words.awardWinners} />
                </div>
                <details>
                  <summary className="cursor-pointer font-medium text-brand-700">
                    {t.rich("chooseWinners", {
                      name: a.name,
                      sr: (chunks: ReactNode) => <span className="sr-only">{chunks}</span>,
                    })}
                  </summary>
                  <div className="mt-3">
                    <AwardWinners
                      roundId={round.id}
                      award={{
                        id: a.id,
                        name: a.name,
                        winners: a.winners.map((w) => w.submission.id),
                        shared: a.winners.some((w) => w.tiedByDecision),
                      }}
                      options={winnerOptions}
                      words={words.awardWinners}
                    />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
        <h3 className={cardTitleClass}>{t("addAward")}</h3>
        <AwardForm roundId={round.id} challengeRound={round.challengeId !== null} words={words.awardForm} />
      </Card>

      <Card id="visibility-heading" title={t("visibilityTitle")}>
        <TeamVisibility
          roundId={round.id}
          showScoresToTeams={round.showScoresToTeams}
          words={words.teamVisibility}
        />
      </Card>

      <Card id="downloads-heading" title={t("downloadsTitle")}>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a href={`/api/rounds/${round.id}/scores-csv`} className={linkClass}>
              {t("scoresCsv")}
            </a>
            <span className={mutedClass}> {t("scoresCsvNote")}</span>
          </li>
          <li>
            <a href={`/api/rounds/${round.id}/results-csv`} className={linkClass}>
              {t("resultsCsv")}
            </a>
            <span className={mutedClass}> {t("resultsCsvNote")}</span>
          </li>
          {otherRounds ? (
            <li>
              <a href={`/api/events/${event.id}/awards-csv`} className={linkClass}>
                {t("awardsCsv")}
              </a>
              <span className={mutedClass}> {t("awardsCsvNote")}</span>
            </li>
          ) : null}
        </ul>
      </Card>
    </div>
  );
}
