"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "~/app/trpc/react";

/** How often the open dashboard asks for fresh counts (on the day, things move quickly). */
const REFRESH_MS = 30_000;

const labels: Record<string, string> = {
  CONFIRMED: "Confirmed",
  PENDING_CONSENT: "Waiting for guardian consent",
  WITHDRAWN: "Withdrawn",
  NEW: "New to coding",
  SOME: "Some experience",
  CONFIDENT: "Confident",
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  DISQUALIFIED: "Disqualified",
};

function Counts({ title, counts }: { title: string; counts: { label: string; count: number }[] }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
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

const entries = (record: Record<string, number>) =>
  Object.entries(record).map(([key, count]) => ({ label: labels[key] ?? key, count }));

/** The dashboard's counts: prefetched on the server, then refreshed every 30 seconds while open. */
export function LiveOverview({ eventId }: { eventId: string }) {
  const trpc = useTRPC();
  const { data: overview, dataUpdatedAt } = useSuspenseQuery(
    trpc.dashboard.overview.queryOptions({ eventId }, { refetchInterval: REFRESH_MS }),
  );
  const event = { id: eventId };
  return (
    <>
      <p className="text-sm text-slate-600">
        Counts refresh every 30 seconds; last updated{" "}
        <time dateTime={new Date(dataUpdatedAt).toISOString()} suppressHydrationWarning>
          {new Date(dataUpdatedAt).toLocaleTimeString([], {
            hour: "2-digit",
            minute: "2-digit",
            second: "2-digit",
          })}
        </time>
        .
      </p>
      <section aria-labelledby="registrations-heading" className="space-y-3">
        <h2 id="registrations-heading" className="text-xl font-semibold">
          Registrations: {overview.registrations.total}
          {overview.registrations.withdrawn > 0 ? ` (and ${overview.registrations.withdrawn} withdrawn)` : ""}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Counts title="By status" counts={entries(overview.registrations.byStatus)} />
          <Counts title="By centre" counts={entries(overview.registrations.byCentre)} />
          <Counts title="By age band" counts={overview.registrations.byAgeBand} />
          <Counts title="By experience" counts={entries(overview.registrations.byExperience)} />
        </div>
      </section>
      <section aria-labelledby="teams-heading" className="space-y-3">
        <h2 id="teams-heading" className="text-xl font-semibold">
          Teams: {overview.teams.total}
        </h2>
        <p>
          {overview.teams.complete} have at least the minimum number of members;{" "}
          {overview.teams.lookingForMembers} are looking for members.
        </p>
      </section>
      <section aria-labelledby="projects-heading" className="space-y-3">
        <h2 id="projects-heading" className="text-xl font-semibold">
          Projects and challenges
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Counts title="Projects by status" counts={entries(overview.submissions.byStatus)} />
          <Counts
            title="Submitted projects by challenge"
            counts={entries(overview.submissions.byChallenge)}
          />
        </div>
        <p>
          {overview.challengesAwaitingReview} challenge{overview.challengesAwaitingReview === 1 ? "" : "s"}{" "}
          waiting for review.{" "}
          <Link href={`/manage/events/${event.id}/challenges`} className="text-brand-700 underline">
            Review challenges
          </Link>
        </p>
      </section>
    </>
  );
}
