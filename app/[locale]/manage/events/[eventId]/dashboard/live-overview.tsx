"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/app/trpc/react";
import { compactCardClass } from "~/app/_components/card";
import { linkClass, sectionTitleClass } from "~/app/_components/text-styles";

/** How often the open dashboard asks for fresh counts (on the day, things move quickly). */
const REFRESH_MS = 30_000;

function Counts({ title, counts }: { title: string; counts: { label: string; count: number }[] }) {
  return (
    <div className={compactCardClass}>
      <h3 className="font-semibold">{title}</h3>
      {counts.length === 0 ? (
        <p className="text-slate-600">None yet.</p>
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

/** "1 has" / "2 have": the count with the verb that agrees with it. */
function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The dashboard's counts: prefetched on the server, then refreshed every 30 seconds while open. */
export function LiveOverview({ eventId }: { eventId: string }) {
  const trpc = useTRPC();
  const { data: overview } = useSuspenseQuery(
    trpc.dashboard.overview.queryOptions({ eventId }, { refetchInterval: REFRESH_MS }),
  );
  const event = { id: eventId };
  return (
    <>
      <p className="text-sm text-slate-600">
        Counts refresh every 30 seconds; last updated{" "}
        <time dateTime={overview.countedAt.toISOString()}>{overview.countedAtLabel}</time>.
      </p>
      <section aria-labelledby="registrations-heading" className="space-y-3">
        <h2 id="registrations-heading" className={sectionTitleClass}>
          Registrations: {overview.registrations.total}
          {overview.registrations.withdrawn > 0 ? ` (and ${overview.registrations.withdrawn} withdrawn)` : ""}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Counts title="By status" counts={overview.registrations.byStatus} />
          <Counts title="By centre" counts={overview.registrations.byCentre} />
          <Counts title="By age band" counts={overview.registrations.byAgeBand} />
          <Counts title="By experience" counts={overview.registrations.byExperience} />
        </div>
      </section>
      <section aria-labelledby="teams-heading" className="space-y-3">
        <h2 id="teams-heading" className={sectionTitleClass}>
          Teams: {overview.teams.total}
        </h2>
        <p>
          {countOf(overview.teams.complete, "has", "have")} at least the minimum number of members;{" "}
          {countOf(overview.teams.lookingForMembers, "is", "are")} looking for members (not yet full).
        </p>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Counts title="Teams by centre" counts={overview.teams.byCentre} />
        </div>
      </section>
      <section aria-labelledby="projects-heading" className="space-y-3">
        <h2 id="projects-heading" className={sectionTitleClass}>
          Projects and challenges
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Counts title="Projects by status" counts={overview.submissions.byStatus} />
          <Counts title="Submitted projects by challenge" counts={overview.submissions.byChallenge} />
        </div>
        <p>
          {overview.challengesAwaitingReview} challenge{overview.challengesAwaitingReview === 1 ? "" : "s"}{" "}
          waiting for review.{" "}
          <Link href={`/manage/events/${event.id}/challenges`} className={linkClass}>
            Review challenges
          </Link>
        </p>
      </section>
    </>
  );
}
