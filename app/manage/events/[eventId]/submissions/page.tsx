import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { SubmissionActions, OpenGalleryButton } from "./submission-actions";

export const metadata: Metadata = { title: "Projects" };

type Props = { params: Promise<{ eventId: string }> };

const statusText = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  WITHDRAWN: "Withdrawn",
  DISQUALIFIED: "Disqualified",
} as const;

export default async function ManageSubmissionsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/submissions`);
  const api = await serverCaller();
  const [event, submissions] = await orNotFound(
    Promise.all([api.events.byIdForManagement({ eventId }), api.submissions.listForOrganisers({ eventId })]),
  );
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className="text-brand-700 underline">
            {event.name}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Projects</h1>
        <p className="text-slate-700">
          {submissions.filter((s) => s.status === "SUBMITTED").length} submitted of {submissions.length}. The
          public gallery opens at the submission deadline (
          {formatInZone(event.submissionDeadline, event.timeZone)}), or when you open it.
        </p>
        <OpenGalleryButton eventId={event.id} />
      </header>
      {submissions.length === 0 ? (
        <p>No team has started a project yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {submissions.map((s) => (
            <li key={s.id} className="space-y-2 p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">{s.title}</h2>
                <span className="text-sm">{statusText[s.status]}</span>
              </div>
              <p className="text-sm text-slate-700">
                Team {s.team.name}
                {s.team.centre ? ` · ${s.team.centre.name}` : ""}
                {s.challenges.length > 0 ? ` · ${s.challenges.map((c) => c.challenge.title).join(", ")}` : ""}
              </p>
              {s.disqualifiedReason ? (
                <p className="text-sm text-red-800">Disqualified: {s.disqualifiedReason}</p>
              ) : null}
              {s.status !== "DISQUALIFIED" ? (
                <SubmissionActions eventId={event.id} submissionId={s.id} title={s.title} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
