import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { Markdown } from "~/app/_components/markdown";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { SUBMISSION_STATUS_TEXT } from "~/server/submissions/rules";
import { formatInZone } from "~/server/time/zoned";
import { ProjectDecision } from "../submission-actions";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass, compactCardClass } from "~/app/_components/card";
import { ProjectImages } from "~/app/_components/project-images";

export const metadata: Metadata = { title: "Project" };

type Props = { params: Promise<{ eventId: string; submissionId: string }> };

const historyText: Record<string, string> = {
  "submission.create": "Started",
  "submission.submit": "Submitted",
  "submission.withdraw": "Withdrawn by the team",
  "submission.disqualify": "Disqualified",
  "submission.disqualify.reason": "Reason for the disqualification changed",
  "submission.reinstate": "Reinstated",
};

function Links({
  urls,
}: {
  urls: { repositoryUrl: string | null; demoUrl: string | null; videoUrl: string | null };
}) {
  const links = [
    ["Code repository", urls.repositoryUrl],
    ["Demo", urls.demoUrl],
    ["Video", urls.videoUrl],
  ] as const;
  const given = links.filter(([, url]) => url);
  if (given.length === 0) return <p className="text-slate-700">No links given.</p>;
  return (
    <ul className="list-inside list-disc">
      {given.map(([label, url]) => (
        <li key={label}>
          {label}:{" "}
          <a
            href={url ?? ""}
            rel="nofollow noopener noreferrer ugc"
            className="break-all text-brand-700 underline"
          >
            {url}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Images({ images }: { images: { id: string; alt: string }[] }) {
  if (images.length === 0) return <p className="text-slate-700">No images.</p>;
  return <ProjectImages images={images} />;
}

/** Everything an organiser needs to read before deciding about a project, and the decision itself. */
export default async function ManageProjectPage({ params }: Props) {
  const { eventId, submissionId } = await params;
  await requireUser(`/manage/events/${eventId}/submissions/${submissionId}`);
  const api = await serverCaller();
  const [event, project] = await orNotFound(
    Promise.all([
      api.events.byIdForManagement({ eventId }),
      api.submissions.byIdForOrganisers({ eventId, submissionId }),
    ]),
  );
  const at = (d: Date) => formatInZone(d, event.timeZone);
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}/submissions`} className={linkClass}>
            All projects of {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{project.title}</h1>
        {project.tagline ? <p className="text-lg text-slate-700">{project.tagline}</p> : null}
        <p data-testid="project-status">
          <span className="font-medium">Status: {SUBMISSION_STATUS_TEXT[project.status]}</span>
          {project.submittedAt ? ` · last submitted ${at(project.submittedAt)}` : " · never submitted"}
        </p>
        {project.disqualifiedReason ? (
          <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
            Disqualified: {project.disqualifiedReason}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="decision-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="decision-heading" className={sectionTitleClass}>
          Decision
        </h2>
        <ProjectDecision
          eventId={event.id}
          submissionId={project.id}
          title={project.title}
          disqualified={project.status === "DISQUALIFIED"}
        />
      </section>

      <section aria-labelledby="team-heading" className="space-y-2">
        <h2 id="team-heading" className={sectionTitleClass}>
          Team {project.team.name}
        </h2>
        <p className="text-slate-700">
          {project.team.centre ? `At ${project.team.centre.name}` : "No centre"}
        </p>
        <ul className="list-inside list-disc">
          {project.team.members.map((m) => (
            <li key={m.user.id}>
              {m.user.name ?? m.user.email}
              {m.user.name ? <span className="text-slate-600"> ({m.user.email})</span> : null}
              {m.isCaptain ? " — captain" : ""}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="current-heading" className="space-y-4">
        <h2 id="current-heading" className={sectionTitleClass}>
          The project now (version {project.version}, saved {at(project.updatedAt)})
        </h2>
        <p>
          Challenges:{" "}
          {project.challenges.length > 0 ? project.challenges.map((c) => c.title).join(", ") : "none chosen"}
          {project.technologies.length > 0 ? ` · Built with ${project.technologies.join(", ")}` : ""}
        </p>
        <Links urls={project} />
        <Images images={project.images} />
        {project.description ? (
          <Markdown source={project.description} className="rounded border border-slate-200 bg-white p-4" />
        ) : (
          <p className="text-slate-700">No description yet.</p>
        )}
      </section>

      <section aria-labelledby="revisions-heading" className="space-y-3">
        <h2 id="revisions-heading" className={sectionTitleClass}>
          Submitted versions ({project.revisions.length})
        </h2>
        {project.revisions.length === 0 ? <p>The team has not submitted a version yet.</p> : null}
        {project.revisions.map((revision, index) => (
          <details key={revision.id} open={index === 0} className={`space-y-3 ${compactCardClass}`}>
            <summary className="cursor-pointer font-medium">
              Version {revision.version}, submitted {at(revision.createdAt)}
              {revision.submittedBy ? ` by ${revision.submittedBy}` : ""}
              {index === 0 ? " (latest)" : ""}
            </summary>
            <div className="mt-3 space-y-3">
              <p className="font-semibold">{revision.title}</p>
              {revision.tagline ? <p className="text-slate-700">{revision.tagline}</p> : null}
              <p>
                Challenges:{" "}
                {revision.challengeTitles.length > 0 ? revision.challengeTitles.join(", ") : "none"}
                {revision.technologies.length > 0 ? ` · Built with ${revision.technologies.join(", ")}` : ""}
              </p>
              <Links urls={revision} />
              <Images
                images={revision.imageIds.map(
                  (id) => project.images.find((image) => image.id === id) ?? { id, alt: "" },
                )}
              />
              {revision.removedImages > 0 ? (
                <p className="text-sm text-slate-700">
                  {revision.removedImages} image{revision.removedImages === 1 ? " was" : "s were"} removed by
                  the team since.
                </p>
              ) : null}
              <Markdown source={revision.description} />
            </div>
          </details>
        ))}
      </section>

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className={sectionTitleClass}>
          Status history
        </h2>
        {project.history.length === 0 ? <p>No changes recorded yet.</p> : null}
        <ol className="space-y-1">
          {project.history.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.createdAt.toISOString()}>{at(entry.createdAt)}</time>:{" "}
              {historyText[entry.action] ?? entry.action}
              {entry.version !== null ? ` (version ${entry.version})` : ""}
              {entry.actor ? ` by ${entry.actor}` : ""}
              {entry.reason ? ` — “${entry.reason}”` : ""}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
