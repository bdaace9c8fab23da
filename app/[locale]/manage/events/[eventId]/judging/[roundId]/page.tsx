import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
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
import { TeamVisibility } from "./team-visibility";

export const metadata: Metadata = { title: "Judging round" };

type Props = {
  params: Promise<{ eventId: string; roundId: string }>;
  searchParams: Promise<RawSearchParams>;
};

const JUDGE_STATUS = { INVITED: "Invited", ACCEPTED: "Accepted", DECLINED: "Declined" } as const;
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

/** An award's place or division, and its note, as one line ("" when it has none of them). */
function awardDetail(a: { place: number | null; division: string | null; note: string }): string {
  const kindDetail = a.place !== null ? `Place ${a.place}` : a.division ? `Division: ${a.division}` : "";
  return [kindDetail, a.note].filter((part) => part !== "").join(" · ");
}

/**
 * The comparison of the two entries chosen on the page, or the reason there is none (the same entry
 * twice, or an entry without scores); null when the form has not been used.
 */
async function compareIfChosen(
  caller: Awaited<ReturnType<typeof serverCaller>>,
  { roundId, a, b }: { roundId: string; a?: string; b?: string },
) {
  if (!a || !b) return null;
  if (a === b) return { problem: "Choose two different entries to compare." };
  try {
    return { comparison: await caller.judging.compare({ roundId, a, b }) };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return { problem: error.message };
    }
    throw error;
  }
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

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
  const loaded = await orForbidden(
    Promise.all([
      caller.judging.round({ roundId }),
      caller.judging.scoreLog({ roundId }),
      caller.judging.results({ roundId }),
      caller.judging.awards({ roundId }),
    ]),
  );
  if (!loaded)
    return (
      <Refused title="Judging round">
        Only the event&apos;s organisers, and for a challenge&apos;s round its organisation&apos;s members,
        can manage a round.
      </Refused>
    );
  const [data, log, results, awards] = loaded;
  if (data.event.id !== eventId) notFound();
  const otherRounds = await roundsIfOrganiser(caller.judging.rounds({ eventId }));
  const comparison = await compareIfChosen(caller, { roundId, a: compareA, b: compareB });
  const { round, event } = data;
  const zone = event.timeZone;
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
        back={otherRounds ? { href: base, label: `Judging at ${event.name}` } : undefined}
        title={round.name}
        badge={<RoundStatusBadge status={round.status} />}
      >
        <p>
          {ROUND_SCOPE_LABELS[round.scope]}
          {target ? `: ${target}` : ""} · {count(data.entries.length, "entry", "entries")} ·{" "}
          {count(activeJudges.length, "judge")} · {round.judgesPerEntry} per entry · scores {round.scaleMin}–
          {round.scaleMax} · {data.progress.summary}
        </p>
        {round.status === "OPEN" ? (
          <AutoRefresh seconds={30} updatedAt={formatTimeInZone(new Date(), zone)} />
        ) : null}
      </PageHeader>
      {created ? (
        <OneTimeNotice param="created" message="Round created as a draft. Invite its judges next." />
      ) : null}

      <Card id="status-heading" title="Status">
        <ol className="flex flex-wrap gap-x-2 gap-y-1 text-sm" aria-label="Where the round is">
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
        <p>
          {round.opensAt || round.closesAt
            ? `Scoring window: ${round.opensAt ? `from ${formatInZone(round.opensAt, zone)}` : "open from when you open it"}${round.closesAt ? ` until ${formatInZone(round.closesAt, zone)}` : ""}.`
            : "No scoring window set: judges score while the round is open."}
        </p>
        <StatusActions roundId={round.id} status={round.status} released={released} />
      </Card>

      <Card id="rubric-heading" title="Rubric">
        <ol className="list-decimal space-y-1 pl-5">
          {data.criteria.map((c) => (
            <li key={c.id}>
              <span className="font-medium">{c.name}</span> (weight {c.weight})
              {c.guidance ? <span className="block text-sm text-slate-600">{c.guidance}</span> : null}
            </li>
          ))}
        </ol>
        <p className={mutedClass}>
          {data.scoresGiven > 0
            ? "Judges have started scoring: the criteria, weights and scale are locked."
            : "The criteria and scale lock after the first score."}
        </p>
        <details>
          <summary className="cursor-pointer font-medium text-brand-700">Edit the round</summary>
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
            />
          </div>
        </details>
      </Card>

      <Card id="judges-heading" title="Judges">
        {activeJudges.length === 0 ? (
          <EmptyState title="No judges yet">
            Invite them by email below; they accept from the link.
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {activeJudges.map((j) => (
              <li key={j.id} className="space-y-2 py-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2 font-medium">
                      {j.name} <Badge tone={JUDGE_TONE[j.status]}>{JUDGE_STATUS[j.status]}</Badge>
                    </p>
                    <p className={mutedClass}>
                      {j.name === j.email ? "" : `${j.email} · `}
                      {j.affiliation ? `${j.affiliation} · ` : ""}
                      {j.progress.summary}
                    </p>
                  </div>
                  <RemoveJudge roundId={round.id} judgeId={j.id} name={j.name} />
                </div>
                {j.status === "ACCEPTED" && j.progress.total > j.progress.done && accepted.length > 1 ? (
                  <ReassignJudge
                    roundId={round.id}
                    judge={{ id: j.id, name: j.name }}
                    others={accepted.filter((o) => o.id !== j.id).map((o) => ({ id: o.id, label: o.name }))}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
        <h3 className={cardTitleClass}>Invite a judge</h3>
        <InviteJudgeForm roundId={round.id} />
      </Card>

      <Card id="conflicts-heading" title="Conflicts of interest">
        {pendingConflicts.length === 0 ? (
          <p>
            No conflicts waiting for a decision. Conflicts with a team or an organisation apply at once; ones
            judges describe in their own words wait here.
          </p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {pendingConflicts.map((c) => {
              const judge = c.judge?.name ?? c.judge?.email ?? "A judge";
              return (
                <li key={c.id} className="space-y-2 py-3">
                  <p>
                    <span className="font-medium">{judge}</span>: “{c.note}”
                  </p>
                  <ResolveConflict roundId={round.id} conflictId={c.id} judge={judge} />
                </li>
              );
            })}
          </ul>
        )}
      </Card>

      <Card id="assignment-heading" title="Assignment">
        <p>
          {released
            ? "Released: judges see their entries. Assigning again only fills gaps and evens out loads with unscored entries."
            : `Each entry gets ${count(round.judgesPerEntry, "judge")} from the ${count(accepted.length, "judge")} who accepted, with even loads and no conflicts. Judges see nothing until you release it.`}
        </p>
        <AssignmentActions
          roundId={round.id}
          released={released}
          hasAssignments={data.assignments.length > 0}
          closed={round.status === "CLOSED" || round.status === "PUBLISHED"}
          entryTitles={Object.fromEntries(entryTitle)}
        />
        {data.entries.length === 0 ? (
          <p>No entries yet: assigning brings in every submitted project in the round&apos;s scope.</p>
        ) : (
          <TableBox id="entries-table" label="Entries and their judges">
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-3 py-2">
                  Entry
                </th>
                <th scope="col" className="px-3 py-2">
                  Judges
                </th>
                <th scope="col" className="px-3 py-2">
                  Coverage
                </th>
                <th scope="col" className="px-3 py-2">
                  Add a judge
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
                              />
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="px-3 py-2 align-top whitespace-nowrap">
                      {e.judges} of {round.judgesPerEntry} judges
                      {e.short ? <strong className="block font-semibold text-amber-900">Short</strong> : null}
                    </td>
                    <td className="min-w-56 px-3 py-2 align-top">
                      <AddJudgeToEntry
                        roundId={round.id}
                        entry={{ id: e.id, title: e.title }}
                        judges={accepted
                          .filter((j) => !have.has(j.id))
                          .map((j) => ({ id: j.id, label: j.name }))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </TableBox>
        )}
      </Card>

      <Card id="progress-heading" title="Progress">
        <p data-testid="round-progress">{data.progress.summary} across every judge&apos;s entries.</p>
        <h3 className={cardTitleClass}>
          Entries still short of {count(round.judgesPerEntry, "finished judge")}
        </h3>
        {short.length === 0 ? (
          <p>
            None: every entry has been judged{" "}
            {round.judgesPerEntry === 1 ? "once" : `${round.judgesPerEntry} times`}.
          </p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {short.map((e) => (
              <li key={e.id}>
                {e.title}: {e.finished} of {round.judgesPerEntry} finished
              </li>
            ))}
          </ul>
        )}
        <h3 className={cardTitleClass}>Judges behind</h3>
        {behind.length === 0 ? (
          <p>Nobody: every judge has finished their entries (or has none yet).</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {behind.map((j) => (
              <li key={j.id}>
                {j.name}: {j.progress.summary}
                {j.progress.skipped > 0 ? `, ${j.progress.skipped} skipped` : ""}
              </li>
            ))}
          </ul>
        )}
        <h3 className={cardTitleClass}>Flagged by judges</h3>
        {data.flags.length === 0 ? (
          <p>No entry is flagged.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            {data.flags.map((f) => (
              <li key={f.assignmentId}>
                {entryTitle.get(f.entryId) ?? "An entry"}, flagged by {f.judge}: “{f.reason}”
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card id="feedback-heading" title="Feedback for teams">
        <p>Teams read a judge&apos;s feedback only once you approve it.</p>
        {withFeedback.length === 0 ? (
          <p>No feedback written yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {withFeedback.map((a) => (
              <li key={a.id} className="space-y-2 py-3">
                <p className="font-medium">
                  {entryTitle.get(a.entryId) ?? "An entry"} · {a.judge}{" "}
                  {a.feedbackApproved ? (
                    <Badge tone="success">Approved</Badge>
                  ) : (
                    <Badge tone="neutral">Waiting</Badge>
                  )}
                </p>
                <p className="whitespace-pre-line">{a.feedback}</p>
                <ModerateFeedback
                  target={{ roundId: round.id }}
                  assignmentId={a.id}
                  approved={a.feedbackApproved}
                  what={`${a.judge}'s feedback`}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>

      {round.status === "OPEN" || round.status === "CLOSED" ? (
        <Card id="paper-heading" title="Scores judged on paper">
          <ImportScores roundId={round.id} />
        </Card>
      ) : null}

      <Card id="log-heading" title="Score log">
        <ScoreLogTable log={log} timeZone={zone} />
      </Card>

      <Card id="results-heading" title="Results">
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
        <Card id="promotion-heading" title="Finals promotion">
          {otherRounds ? (
            <FinalsPromotion
              roundId={round.id}
              rounds={sourceRounds}
              alreadyIn={data.entries.map((e) => e.submissionId)}
            />
          ) : (
            <p>Only the event&apos;s organisers can promote entries into the finals.</p>
          )}
        </Card>
      ) : null}

      <Card id="awards-heading" title="Awards">
        <p>
          Awards appear publicly only once the round&apos;s results are published
          {round.status === "PUBLISHED" ? " (they are: changes show at once)" : ""}.
        </p>
        {awards.length === 0 ? (
          <p>No awards yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {awards.map((a) => (
              <li key={a.id} className="space-y-2 py-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="flex flex-wrap items-center gap-2 font-medium">
                      {a.name} <Badge tone="neutral">{AWARD_KIND_LABELS[a.kind]}</Badge>
                    </p>
                    {awardDetail(a) ? <p className={mutedClass}>{awardDetail(a)}</p> : null}
                    <p>
                      {a.winners.length === 0
                        ? "No winner chosen yet."
                        : `Won by ${a.winners.map((w) => `${w.submission.title} (${w.submission.team.name})`).join(", ")}`}
                      {a.winners.length > 1 ? ", shared by decision" : ""}
                      {a.winners.length > 0 ? "." : ""}
                    </p>
                  </div>
                  <DeleteAward roundId={round.id} awardId={a.id} name={a.name} />
                </div>
                <details>
                  <summary className="cursor-pointer font-medium text-brand-700">
                    Choose winners<span className="sr-only"> of {a.name}</span>
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
                    />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
        <h3 className={cardTitleClass}>Add an award</h3>
        <AwardForm roundId={round.id} challengeRound={round.challengeId !== null} />
      </Card>

      <Card id="visibility-heading" title="What teams see">
        <TeamVisibility roundId={round.id} showScoresToTeams={round.showScoresToTeams} />
      </Card>

      <Card id="downloads-heading" title="Downloads">
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a href={`/api/rounds/${round.id}/scores-csv`} className={linkClass}>
              Every score (CSV)
            </a>
            <span className={mutedClass}> — one row per judge, entry and criterion</span>
          </li>
          <li>
            <a href={`/api/rounds/${round.id}/results-csv`} className={linkClass}>
              Results (CSV)
            </a>
            <span className={mutedClass}> — rank, raw and adjusted scores</span>
          </li>
          {otherRounds ? (
            <li>
              <a href={`/api/events/${event.id}/awards-csv`} className={linkClass}>
                The event&apos;s published awards (CSV)
              </a>
              <span className={mutedClass}> — every round&apos;s, once its results are published</span>
            </li>
          ) : null}
        </ul>
      </Card>
    </div>
  );
}
