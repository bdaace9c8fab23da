import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { Markdown } from "~/app/_components/markdown";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { ProjectDecision } from "../submission-actions";
import { projectDecisionWords } from "../submission-words";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { cardClass, compactCardClass } from "~/app/_components/card";
import { ProjectImages } from "~/app/_components/project-images";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageProject");

type Props = { params: Promise<{ eventId: string; submissionId: string }> };

/** The "ManageProject" message (under `historyAction`) naming each recorded action. */
const HISTORY_KEYS = {
  "submission.create": "create",
  "submission.submit": "submit",
  "submission.withdraw": "withdraw",
  "submission.disqualify": "disqualify",
  "submission.disqualify.reason": "disqualifyReason",
  "submission.reinstate": "reinstate",
} as const;

function isHistoryAction(action: string): action is keyof typeof HISTORY_KEYS {
  return Object.hasOwn(HISTORY_KEYS, action);
}

function Links({
  urls,
}: {
  urls: { repositoryUrl: string | null; demoUrl: string | null; videoUrl: string | null };
}) {
  const t = useTranslations("ManageProject");
  const links = [
    [t("repository"), urls.repositoryUrl],
    [t("demo"), urls.demoUrl],
    [t("video"), urls.videoUrl],
  ] as const;
  const given = links.filter(([, url]) => url);
  if (given.length === 0) return <p className="text-slate-700">{t("noLinks")}</p>;
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
  const t = useTranslations("ManageProject");
  if (images.length === 0) return <p className="text-slate-700">{t("noImages")}</p>;
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
  const [t, status, actions] = await Promise.all([
    getTranslations("ManageProject"),
    getTranslations("SubmissionStatus"),
    getTranslations("SubmissionActions"),
  ]);
  const at = (d: Date) => formatInZone(d, event.timeZone);
  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}/submissions`} className={linkClass}>
            {t("allProjects", { event: event.name })}
          </Link>
        </p>
        <h1 className={pageTitleClass}>{project.title}</h1>
        {project.tagline ? <p className="text-lg text-slate-700">{project.tagline}</p> : null}
        <p data-testid="project-status">
          <span className="font-medium">{t("status", { status: status(project.status) })}</span>
          {` · ${project.submittedAt ? t("lastSubmitted", { at: at(project.submittedAt) }) : t("neverSubmitted")}`}
        </p>
        {project.disqualifiedReason ? (
          <p className="rounded border border-red-300 bg-red-50 p-3 text-red-900">
            {t("disqualified", { reason: project.disqualifiedReason })}
          </p>
        ) : null}
      </header>

      <section aria-labelledby="decision-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="decision-heading" className={sectionTitleClass}>
          {t("decision")}
        </h2>
        <ProjectDecision
          eventId={event.id}
          submissionId={project.id}
          title={project.title}
          disqualified={project.status === "DISQUALIFIED"}
          words={projectDecisionWords(actions)}
        />
      </section>

      <section aria-labelledby="team-heading" className="space-y-2">
        <h2 id="team-heading" className={sectionTitleClass}>
          {t("team", { team: project.team.name })}
        </h2>
        <p className="text-slate-700">
          {project.team.centre ? t("atCentre", { centre: project.team.centre.name }) : t("noCentre")}
        </p>
        <ul className="list-inside list-disc">
          {project.team.members.map((m) => (
            <li key={m.user.id}>
              {m.user.name ?? m.user.email}
              {m.user.name ? <span className="text-slate-600"> ({m.user.email})</span> : null}
              {m.isCaptain ? ` — ${t("captain")}` : ""}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="current-heading" className="space-y-4">
        <h2 id="current-heading" className={sectionTitleClass}>
          {t("now", { version: project.version, at: at(project.updatedAt) })}
        </h2>
        <p>
          {t("challenges", {
            list:
              project.challenges.length > 0
                ? project.challenges.map((c) => c.title).join(", ")
                : t("noneChosen"),
          })}
          {project.technologies.length > 0
            ? ` · ${t("builtWith", { technologies: project.technologies.join(", ") })}`
            : ""}
        </p>
        <Links urls={project} />
        <Images images={project.images} />
        {project.description ? (
          <Markdown source={project.description} className="rounded border border-slate-200 bg-white p-4" />
        ) : (
          <p className="text-slate-700">{t("noDescription")}</p>
        )}
      </section>

      <section aria-labelledby="revisions-heading" className="space-y-3">
        <h2 id="revisions-heading" className={sectionTitleClass}>
          {t("versions", { count: project.revisions.length })}
        </h2>
        {project.revisions.length === 0 ? <p>{t("noVersions")}</p> : null}
        {project.revisions.map((revision, index) => (
          <details key={revision.id} open={index === 0} className={`space-y-3 ${compactCardClass}`}>
            <summary className="cursor-pointer font-medium">
              {t("version", { version: revision.version, at: at(revision.createdAt) })}
              {revision.submittedBy ? ` ${t("by", { name: revision.submittedBy })}` : ""}
              {index === 0 ? ` ${t("latest")}` : ""}
            </summary>
            <div className="mt-3 space-y-3">
              <p className="font-semibold">{revision.title}</p>
              {revision.tagline ? <p className="text-slate-700">{revision.tagline}</p> : null}
              <p>
                {t("challenges", {
                  list: revision.challengeTitles.length > 0 ? revision.challengeTitles.join(", ") : t("none"),
                })}
                {revision.technologies.length > 0
                  ? ` · ${t("builtWith", { technologies: revision.technologies.join(", ") })}`
                  : ""}
              </p>
              <Links urls={revision} />
              <Images
                images={revision.imageIds.map(
                  (id) => project.images.find((image) => image.id === id) ?? { id, alt: "" },
                )}
              />
              {revision.removedImages > 0 ? (
                <p className="text-sm text-slate-700">
                  {t("imagesRemoved", { count: revision.removedImages })}
                </p>
              ) : null}
              <Markdown source={revision.description} />
            </div>
          </details>
        ))}
      </section>

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className={sectionTitleClass}>
          {t("history")}
        </h2>
        {project.history.length === 0 ? <p>{t("noHistory")}</p> : null}
        <ol className="space-y-1">
          {project.history.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.createdAt.toISOString()}>{at(entry.createdAt)}</time>:{" "}
              {isHistoryAction(entry.action)
                ? t(`historyAction.${HISTORY_KEYS[entry.action]}`)
                : entry.action}
              {entry.version !== null ? ` ${t("historyVersion", { version: entry.version })}` : ""}
              {entry.actor ? ` ${t("by", { name: entry.actor })}` : ""}
              {entry.reason ? ` — “${entry.reason}”` : ""}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
