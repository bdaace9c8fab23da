// Scores judged on paper, uploaded into a round as the same CSV `npm run judging:results` reads.
import "server-only";
import type { Db, Tx } from "../db/create.ts";
import { DomainError, type Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { RoundCore } from "./access.ts";
import { conflictFacts, syncEntries } from "./assign-commands.ts";
import { readScoresCsv, type CsvScoreRow } from "./results-file.ts";

/** This module's refusals ("JudgingErrors"). */
const refuse = refusals("JudgingErrors");

/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED_PROBLEMS = 20;

const fold = (text: string) => text.normalize("NFKC").trim().toLocaleLowerCase("en");

/** Looks names up case- and space-insensitively; a name two things share is ambiguous (null). */
function lookup<T>(items: readonly { keys: readonly string[]; value: T }[]) {
  const found = new Map<string, T | null>();
  for (const { keys, value } of items) {
    for (const key of new Set(keys.filter((k) => k.trim() !== "").map(fold))) {
      found.set(key, found.has(key) && found.get(key) !== value ? null : value);
    }
  }
  return (name: string): T | null | undefined => found.get(fold(name));
}

type Matched = { line: number; entryId: string; judgeId: string; criterionId: string; value: number };

/** Everything a row names, matched against the round; every problem found, each naming its line. */
async function matchRows(tx: Tx, round: RoundCore, rows: readonly CsvScoreRow[]) {
  const [{ judges, entries, pairs }, titles, people, criteria] = await Promise.all([
    conflictFacts(tx, round, { invited: true }),
    tx.roundEntry.findMany({
      where: { roundId: round.id },
      select: { id: true, submission: { select: { title: true, team: { select: { name: true } } } } },
    }),
    tx.roundJudge.findMany({
      where: { roundId: round.id, status: { in: ["ACCEPTED", "INVITED"] }, removedAt: null },
      select: { id: true, user: { select: { email: true, name: true } } },
    }),
    tx.rubricCriterion.findMany({ where: { roundId: round.id }, select: { id: true, name: true } }),
  ]);
  const entryIds = new Set(entries.map((e) => e.id));
  const judgeIds = new Set(judges.map((j) => j.id));
  const conflictOf = new Map(pairs.map((p) => [`${p.judge}|${p.entry}`, p]));
  const entryOf = lookup(
    titles
      .filter((t) => entryIds.has(t.id))
      .map((t) => ({ keys: [t.submission.title, t.submission.team.name], value: t.id })),
  );
  const judgeOf = lookup(
    people
      .filter((p) => judgeIds.has(p.id))
      .map((p) => ({ keys: [p.user.email, p.user.name ?? ""], value: p.id })),
  );
  const criterionOf = lookup(criteria.map((c) => ({ keys: [c.name], value: c.id })));
  const onlyCriterion = criteria.length === 1 ? criteria[0]?.id : undefined;
  const problems: string[] = [];
  const matched: Matched[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const at = { line: String(row.line) };
    const say = (words: Said) => problems.push(words.text);
    const entryId = entryOf(row.entry);
    const judgeId = judgeOf(row.judge);
    const criterionId = row.criterion === undefined ? onlyCriterion : criterionOf(row.criterion);
    const before = problems.length;
    if (entryId === undefined) say(refuse("noEntryCalled", { ...at, entry: row.entry }));
    if (entryId === null) say(refuse("entryAmbiguous", { ...at, entry: row.entry }));
    if (judgeId === undefined) say(refuse("notAJudge", { ...at, judge: row.judge }));
    if (judgeId === null) say(refuse("judgeAmbiguous", { ...at, judge: row.judge }));
    if (row.criterion === undefined && criterionId === undefined) {
      say(refuse("rowNeedsCriterion", { ...at, count: String(criteria.length) }));
    } else if (criterionId === undefined) {
      say(refuse("noCriterionCalled", { ...at, criterion: row.criterion ?? "" }));
    } else if (criterionId === null) {
      say(refuse("criterionAmbiguous", { ...at, criterion: row.criterion ?? "" }));
    }
    if (!Number.isInteger(row.value)) say(refuse("scoresAreWhole", { ...at, value: String(row.value) }));
    if (problems.length > before || !entryId || !judgeId || !criterionId) continue;
    const conflict = conflictOf.get(`${judgeId}|${entryId}`);
    if (conflict) {
      say(refuse("lineConflict", { ...at, judge: row.judge, entry: row.entry, reason: conflict.reason }));
      continue;
    }
    const key = `${entryId}|${judgeId}|${criterionId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      say(refuse("sameAsLine", { ...at, earlier: String(earlier) }));
      continue;
    }
    seen.set(key, row.line);
    matched.push({ line: row.line, entryId, judgeId, criterionId, value: row.value });
  }
  return { matched, problems, criteria: criteria.length };
}

/**
 * Imports scores judged on paper into the round from `entry,judge,criterion,score` CSV (the format of
 * `npm run judging:results`, docs/judging.md): entries by title or team name, judges (invited or
 * accepted) by email or name, criteria by name (optional when the rubric has one), all matched case-
 * insensitively; scores are whole numbers on the round's scale. All or nothing: any problem refuses the
 * whole file with INVALID_INPUT listing every problem by line (conflicts of interest included). Missing
 * judge–entry pairs are added to the judges' queues; a score already there is replaced and the change
 * logged as the importer's, so nothing is lost (`replaced` counts those changed). Errors: PHASE_CLOSED unless the round is open or
 * closed (not draft, not published). Returns `{ scores, replaced, assignmentsAdded }`.
 */
export async function importPaperScores(
  db: Db,
  params: { actorId: string; round: RoundCore; csv: string; now: Date },
) {
  const { round } = params;
  if (round.status !== "OPEN" && round.status !== "CLOSED") {
    throw new DomainError(
      "PHASE_CLOSED",
      round.status === "DRAFT" ? refuse("openRoundBeforeImport") : refuse("resultsPublished"),
    );
  }
  const rows = readScoresCsv(params.csv, { scale: [round.scaleMin, round.scaleMax] });
  if (rows.length === 0) throw new DomainError("INVALID_INPUT", refuse("noScoresInFile"));
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${round.id} FOR UPDATE`;
      await syncEntries(tx, round);
      const { matched, problems, criteria } = await matchRows(tx, round, rows);
      if (problems.length > 0) {
        const more = problems.length - MAX_LISTED_PROBLEMS;
        throw new DomainError(
          "INVALID_INPUT",
          [
            refuse("nothingImported", { count: problems.length, shown: String(problems.length) }).text,
            ...problems.slice(0, MAX_LISTED_PROBLEMS),
            ...(more > 0 ? [refuse("andMore", { count: String(more) }).text] : []),
          ].join("\n"),
        );
      }
      const existing = await tx.assignment.findMany({
        where: { roundId: round.id },
        select: {
          id: true,
          entryId: true,
          judgeId: true,
          scores: { select: { criterionId: true, value: true } },
        },
      });
      const assignmentOf = new Map(existing.map((a) => [`${a.entryId}|${a.judgeId}`, a]));
      let assignmentsAdded = 0;
      for (const pair of new Set(matched.map((m) => `${m.entryId}|${m.judgeId}`))) {
        if (assignmentOf.has(pair)) continue;
        const [entryId = "", judgeId = ""] = pair.split("|");
        const queueOrder = await tx.assignment.count({ where: { judgeId } });
        const created = await tx.assignment.create({
          data: { roundId: round.id, entryId, judgeId, queueOrder },
          select: { id: true, entryId: true, judgeId: true },
        });
        assignmentOf.set(pair, { ...created, scores: [] });
        assignmentsAdded += 1;
      }
      let replaced = 0;
      for (const m of matched) {
        const assignment = assignmentOf.get(`${m.entryId}|${m.judgeId}`);
        if (!assignment) continue;
        const old = assignment.scores.find((s) => s.criterionId === m.criterionId)?.value ?? null;
        if (old !== null && old !== m.value) replaced += 1;
        await tx.score.upsert({
          where: { assignmentId_criterionId: { assignmentId: assignment.id, criterionId: m.criterionId } },
          create: {
            assignmentId: assignment.id,
            criterionId: m.criterionId,
            value: m.value,
            clientWrittenAt: params.now,
          },
          update: { value: m.value, clientWrittenAt: params.now },
          select: { id: true },
        });
        if (old !== m.value) {
          await tx.scoreChange.create({
            data: {
              assignmentId: assignment.id,
              criterionId: m.criterionId,
              oldValue: old,
              newValue: m.value,
              changedById: params.actorId,
              clientWrittenAt: params.now,
            },
            select: { id: true },
          });
        }
      }
      // Every imported pair with a score for each criterion is done (a mark like "absent" is replaced).
      const touched = new Set(matched.map((m) => assignmentOf.get(`${m.entryId}|${m.judgeId}`)?.id ?? ""));
      const complete = await tx.assignment.findMany({
        where: { roundId: round.id, id: { in: [...touched] } },
        select: { id: true, _count: { select: { scores: true } } },
      });
      const done = complete.filter((a) => a._count.scores >= criteria).map((a) => a.id);
      if (done.length > 0) {
        await tx.assignment.updateMany({ where: { id: { in: done } }, data: { status: "SCORED" } });
      }
      return { scores: matched.length, replaced, assignmentsAdded };
    },
    { timeout: 60_000 },
  );
}
