import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { loadEvent } from "../load-event";
import { formatInZone } from "~/server/time/zoned";
import { SubmissionEditor } from "./submission-editor";

export const metadata: Metadata = { title: "Your project" };

type Props = { params: Promise<{ slug: string }> };

export default async function SubmissionPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/submission`);
  const api = await serverCaller();
  const event = await loadEvent(slug);
  // Not registered (or no team yet): the procedure refuses or returns no team; either way, no project.
  const team = (await api.teams.mine({ eventId: event.id }).catch(() => null))?.team ?? null;
  if (!team) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Your project</h1>
        <p>Projects are submitted by teams. Join or create a team first.</p>
        <p>
          <Link href={`/events/${slug}/teams`} className="text-brand-700 underline">
            Find or create a team
          </Link>
        </p>
      </div>
    );
  }
  const { submission, challenges, canSubmit } = await api.submissions.mine({
    eventId: event.id,
    teamId: team.id,
  });
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Your project</h1>
        <p className="text-slate-700">
          Team {team.name}. Everyone in the team can edit it. Submissions close{" "}
          <time dateTime={event.submissionDeadline.toISOString()}>
            {formatInZone(event.submissionDeadline, event.timeZone)}
          </time>
          ; until then you can change it and submit again.
        </p>
      </header>
      <SubmissionEditor
        eventId={event.id}
        teamId={team.id}
        submission={submission}
        challenges={challenges}
        canChange={canSubmit && submission?.status !== "DISQUALIFIED"}
      />
    </div>
  );
}
