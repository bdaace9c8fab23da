import "server-only";
import type { Db } from "../db/create.ts";
import { toCsv } from "../export/csv.ts";
import { formatInZone } from "../time/zoned.ts";
import type { RoundCore } from "./access.ts";
import { computeResults } from "./model.ts";
import { publishedAwards } from "./public-queries.ts";
import { resultsInputOf } from "./results-queries.ts";

/** A file name from a round's name: lower-case letters, digits and hyphens. */
function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "round"
  );
}

/**
 * Every score of the round, one row per judge, entry and criterion (docs/exports.md#judging-scores):
 * `judge,judge_email,entry,team,criterion,weight,score,typed_at`. Times in the event's zone.
 */
export async function scoresCsv(db: Db, params: { round: RoundCore; eventSlug: string; timeZone: string }) {
  const scores = await db.score.findMany({
    where: { assignment: { roundId: params.round.id } },
    orderBy: [
      { assignment: { judge: { user: { email: "asc" } } } },
      { assignment: { entry: { submission: { title: "asc" } } } },
      { criterion: { position: "asc" } },
    ],
    select: {
      value: true,
      clientWrittenAt: true,
      criterion: { select: { name: true, weight: true } },
      assignment: {
        select: {
          judge: { select: { user: { select: { name: true, email: true } } } },
          entry: { select: { submission: { select: { title: true, team: { select: { name: true } } } } } },
        },
      },
    },
  });
  const csv = toCsv(
    ["judge", "judge_email", "entry", "team", "criterion", "weight", "score", "typed_at"],
    scores.map((s) => [
      s.assignment.judge.user.name ?? "",
      s.assignment.judge.user.email,
      s.assignment.entry.submission.title,
      s.assignment.entry.submission.team.name,
      s.criterion.name,
      s.criterion.weight,
      s.value,
      formatInZone(s.clientWrittenAt, params.timeZone),
    ]),
  );
  return { filename: `${params.eventSlug}-${fileSlug(params.round.name)}-scores.csv`, csv };
}

/**
 * The round's results (docs/exports.md#judging-results): `rank,entry,team,raw,adjusted,judges,
 * tie_break,method`. Figures to 4 decimal places; `tie_break` is `yes` when the tie-break decided the
 * entry's place.
 */
export async function resultsCsv(db: Db, params: { round: RoundCore; eventSlug: string }) {
  const { input, entryByLabel } = await resultsInputOf(db, {
    roundId: params.round.id,
    scale: [params.round.scaleMin, params.round.scaleMax],
  });
  const rows =
    input.scores.length === 0
      ? []
      : (() => {
          const results = computeResults(input);
          return [...results.entries]
            .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
            .map((e) => [
              e.rank,
              entryByLabel.get(e.entry)?.title ?? e.entry,
              entryByLabel.get(e.entry)?.team ?? "",
              e.raw.toFixed(4),
              e.adjusted === null ? "" : e.adjusted.toFixed(4),
              e.n,
              e.tiedByTieBreak ? "yes" : "no",
              results.method,
            ]);
        })();
  const csv = toCsv(["rank", "entry", "team", "raw", "adjusted", "judges", "tie_break", "method"], rows);
  return { filename: `${params.eventSlug}-${fileSlug(params.round.name)}-results.csv`, csv };
}

/** The event's published awards (docs/exports.md#awards): `round,award,kind,place,division,project,team,shared`. */
export async function awardsCsv(db: Db, params: { eventId: string; eventSlug: string }) {
  const awards = await publishedAwards(db, { eventId: params.eventId });
  const csv = toCsv(
    ["round", "award", "kind", "place", "division", "project", "team", "shared"],
    awards.flatMap((a) =>
      a.winners.map((w) => [
        a.round ?? "",
        a.name,
        a.kind,
        a.place,
        a.division ?? "",
        w.title,
        w.team,
        w.shared ? "yes" : "no",
      ]),
    ),
  );
  return { filename: `${params.eventSlug}-awards.csv`, csv };
}
