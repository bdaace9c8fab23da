"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { ReactNode } from "react";
import { useTRPC } from "~/app/trpc/react";
import { compactCardClass } from "~/app/_components/card";
import { linkClass, sectionTitleClass } from "~/app/_components/text-styles";
import { fillTemplate } from "~/server/i18n/labels";

/** How often the open dashboard asks for fresh counts (on the day, things move quickly). */
const REFRESH_MS = 30_000;

/**
 * What the overview says (the "EventDashboard" messages), read by the page: raw templates, filled in here
 * with the counts as they refresh; `…One`/`…Other` are the singular and plural sentences.
 */
export interface LiveOverviewWords {
  noneYet: string;
  lastUpdated: string;
  registrations: string;
  registrationsWithdrawn: string;
  byStatus: string;
  byCentre: string;
  byAgeBand: string;
  byExperience: string;
  teams: string;
  teamsComplete: string;
  completeOne: string;
  completeOther: string;
  lookingOne: string;
  lookingOther: string;
  teamsByCentre: string;
  projects: string;
  projectsByStatus: string;
  projectsByChallenge: string;
  challengesWaitingOne: string;
  challengesWaitingOther: string;
  reviewChallenges: string;
}

function Counts({
  title,
  counts,
  none,
}: {
  title: string;
  counts: { label: string; count: number }[];
  none: string;
}) {
  return (
    <div className={compactCardClass}>
      <h3 className="font-semibold">{title}</h3>
      {counts.length === 0 ? (
        <p className="text-slate-600">{none}</p>
      ) : (
        <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1">
          {counts.map(({ label, count }) => (
            <div key={label} className="contents">
              <dt>{label}</dt>
              <dd className="text-right tabular-nums">{count}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/** "1 has" / "2 have": the template of the count's number (singular or plural), filled in. */
function countOf(count: number, one: string, many: string): string {
  return fillTemplate(count === 1 ? one : many, { count });
}

/** `template` with `{time}` replaced by `time` (an element). */
function withTime(template: string, time: ReactNode): ReactNode {
  const [before = "", after = ""] = template.split("{time}");
  return (
    <>
      {before}
      {time}
      {after}
    </>
  );
}

/** The dashboard's counts: prefetched on the server, then refreshed every 30 seconds while open. */
export function LiveOverview({ eventId, words }: { eventId: string; words: LiveOverviewWords }) {
  const trpc = useTRPC();
  const { data: overview } = useSuspenseQuery(
    trpc.dashboard.overview.queryOptions({ eventId }, { refetchInterval: REFRESH_MS }),
  );
  const event = { id: eventId };
  return (
    <>
      <p className="text-sm text-slate-600">
        {withTime(
          words.lastUpdated,
          <time dateTime={overview.countedAt.toISOString()}>{overview.countedAtLabel}</time>,
        )}
      </p>
      <section aria-labelledby="registrations-heading" className="space-y-3">
        <h2 id="registrations-heading" className={sectionTitleClass}>
          {fillTemplate(
            overview.registrations.withdrawn > 0 ? words.registrationsWithdrawn : words.registrations,
            { total: overview.registrations.total, withdrawn: overview.registrations.withdrawn },
          )}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Counts title={words.byStatus} counts={overview.registrations.byStatus} none={words.noneYet} />
          <Counts title={words.byCentre} counts={overview.registrations.byCentre} none={words.noneYet} />
          <Counts title={words.byAgeBand} counts={overview.registrations.byAgeBand} none={words.noneYet} />
          <Counts
            title={words.byExperience}
            counts={overview.registrations.byExperience}
            none={words.noneYet}
          />
        </div>
      </section>
      <section aria-labelledby="teams-heading" className="space-y-3">
        <h2 id="teams-heading" className={sectionTitleClass}>
          {fillTemplate(words.teams, { total: overview.teams.total })}
        </h2>
        <p>
          {fillTemplate(words.teamsComplete, {
            complete: countOf(overview.teams.complete, words.completeOne, words.completeOther),
            looking: countOf(overview.teams.lookingForMembers, words.lookingOne, words.lookingOther),
          })}
        </p>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Counts title={words.teamsByCentre} counts={overview.teams.byCentre} none={words.noneYet} />
        </div>
      </section>
      <section aria-labelledby="projects-heading" className="space-y-3">
        <h2 id="projects-heading" className={sectionTitleClass}>
          {words.projects}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Counts
            title={words.projectsByStatus}
            counts={overview.submissions.byStatus}
            none={words.noneYet}
          />
          <Counts
            title={words.projectsByChallenge}
            counts={overview.submissions.byChallenge}
            none={words.noneYet}
          />
        </div>
        <p>
          {countOf(
            overview.challengesAwaitingReview,
            words.challengesWaitingOne,
            words.challengesWaitingOther,
          )}{" "}
          <Link href={`/manage/events/${event.id}/challenges`} className={linkClass}>
            {words.reviewChallenges}
          </Link>
        </p>
      </section>
    </>
  );
}
