import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { TeamFeedback } from "~/app/_components/team-feedback";
import { loadEvent } from "../load-event";
import { ConsentPendingNotice } from "~/app/_components/consent-pending-notice";
import { Notice } from "~/app/_components/notice";
import { formatInNamedZone } from "~/server/time/zoned";
import { ProjectUpdatesLazy } from "./project-updates-lazy";
import { SubmissionEditor } from "./submission-editor";
import { pageTitleClass, strongLinkClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Your project" };

type Props = { params: Promise<{ slug: string }> };

export default async function SubmissionPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/submission`);
  const api = await serverCaller();
  const event = await loadEvent(slug);
  // Not registered: the procedure refuses; either way there is no team, so no project.
  const mine = await api.teams.mine({ eventId: event.id }).catch(() => null);
  const team = mine?.team ?? null;
  if (!team) {
    const consentPending = mine?.registrationStatus === "PENDING_CONSENT";
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className={pageTitleClass}>Your project</h1>
        <p>Projects are submitted by teams.</p>
        {consentPending ? (
          <ConsentPendingNotice slug={slug} what="join or create a team, and so submit a project" />
        ) : !mine ? (
          <p>
            Register for {event.name} first, then join or create a team.{" "}
            <Link href={`/events/${slug}`} className={strongLinkClass}>
              Back to the event
            </Link>
          </p>
        ) : mine.canChangeTeam ? (
          <p>
            Join or create a team first.{" "}
            <Link href={`/events/${slug}/teams`} className={strongLinkClass}>
              Find or create a team
            </Link>
          </p>
        ) : (
          <Notice>{mine.teamNotice}</Notice>
        )}
      </div>
    );
  }
  const { submission, challenges, canSubmit, closedNotice, updatesOpen } = await api.submissions.mine({
    eventId: event.id,
    teamId: team.id,
  });
  const disqualified = submission?.status === "DISQUALIFIED";
  const deadline = (
    <time dateTime={event.submissionDeadline.toISOString()}>
      {formatInNamedZone(event.submissionDeadline, event.timeZone)}
    </time>
  );
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className={pageTitleClass}>Your project</h1>
        <p className="text-slate-700">
          Team {team.name}. Everyone in the team can edit it.
          {canSubmit && !disqualified ? (
            <> Submissions close {deadline}; until then you can change it and submit again.</>
          ) : null}
        </p>
      </header>
      <TeamFeedback eventId={event.id} teamId={team.id} />
      <SubmissionEditor
        eventId={event.id}
        teamId={team.id}
        submission={submission}
        challenges={challenges}
        canChange={canSubmit && !disqualified}
        lockedReason={
          disqualified
            ? "The organisers disqualified this project, so it can no longer change. Their reason is below."
            : closedNotice
        }
      />
      {submission?.status === "SUBMITTED" && updatesOpen ? (
        <ProjectUpdatesLazy eventId={event.id} teamId={team.id} slug={event.slug} />
      ) : null}
    </div>
  );
}
