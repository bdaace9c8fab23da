import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { AnnouncementForm } from "./announcement-form";

export const metadata: Metadata = { title: "Dashboard" };

type Props = { params: Promise<{ eventId: string }> };

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

export default async function DashboardPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/dashboard`);
  const api = await serverCaller();
  const [event, overview] = await orNotFound(
    Promise.all([api.events.byIdForManagement({ eventId }), api.dashboard.overview({ eventId })]),
  );
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className="text-brand-700 underline">
            {event.name}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Dashboard</h1>
      </header>
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
      <section aria-labelledby="exports-heading" className="space-y-2">
        <h2 id="exports-heading" className="text-xl font-semibold">
          Exports (CSV)
        </h2>
        <ul className="list-inside list-disc">
          <li>
            <a href={`/api/events/${event.id}/registrations-csv`} className="text-brand-700 underline">
              Registrations
            </a>
          </li>
          <li>
            <a href={`/api/events/${event.id}/teams-csv`} className="text-brand-700 underline">
              Teams
            </a>
          </li>
          <li>
            <a href={`/api/events/${event.id}/submissions-csv`} className="text-brand-700 underline">
              Projects
            </a>
          </li>
        </ul>
      </section>
      <AnnouncementForm eventId={event.id} />
    </div>
  );
}
