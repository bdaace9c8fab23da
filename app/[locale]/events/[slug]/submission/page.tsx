import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { TeamFeedback } from "~/app/_components/team-feedback";
import { loadEvent } from "../load-event";
import { ConsentPendingNotice } from "~/app/_components/consent-pending-notice";
import { Notice } from "~/app/_components/notice";
import { formatInNamedZone } from "~/server/time/zoned";
import { labelsOf } from "~/server/i18n/labels";
import { PROJECT_UPDATE_KINDS } from "~/server/next/rules";
import { SUBMISSION_STATUSES } from "~/server/submissions/schema";
import { ProjectUpdatesLazy } from "./project-updates-lazy";
import type { ProjectUpdatesWords } from "./project-updates";
import { SubmissionEditor, type SubmissionEditorWords } from "./submission-editor";
import { linkClass, pageTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { titleFrom } from "~/app/_components/page-title";

const EDITOR_WORDS = [
  "title",
  "tagline",
  "description",
  "repositoryUrl",
  "demoUrl",
  "videoUrl",
  "technologies",
  "challengeIds",
  "imageAlt",
  "imageFile",
  "saved",
  "unsubmittedChanges",
  "submitting",
  "submitted",
  "submitVersion",
  "withdraw",
  "withdrawTitle",
  "withdrawBody",
  "withdrawing",
  "withdrawn",
  "cancel",
  "projectDetails",
  "taglineHint",
  "descriptionHint",
  "technologiesHint",
  "noChallenges",
  "saving",
  "save",
  "remove",
  "removeImageTitle",
  "removeImageBody",
  "removeImage",
  "removing",
  "imageRemoved",
  "imageAdded",
  "saveFirst",
  "chooseImage",
  "addImageHeading",
  "fileHint",
  "adding",
  "addImage",
] as const;

/** Sentences the editor fills in itself with the project's own values (fillTemplate). */
const EDITOR_TEMPLATES = ["status", "disqualifiedReason", "images", "removeImageNamed"] as const;

const UPDATES_WORDS = [
  "kind",
  "text",
  "url",
  "added",
  "heading",
  "hidden",
  "removed",
  "remove",
  "textHint",
  "urlHint",
  "adding",
  "addUpdate",
] as const;

const UPDATES_TEMPLATES = ["removeUpdate", "why"] as const;

export const generateMetadata = titleFrom("SubmissionPage");

type Props = { params: Promise<{ slug: string }> };

export default async function SubmissionPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/submission`);
  const [api, event, t] = await Promise.all([
    serverCaller(),
    loadEvent(slug),
    getTranslations("SubmissionPage"),
  ]);
  // Not registered: the procedure refuses; either way there is no team, so no project.
  const mine = await api.teams.mine({ eventId: event.id }).catch(() => null);
  const team = mine?.team ?? null;
  if (!team) {
    const consentPending = mine?.registrationStatus === "PENDING_CONSENT";
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p>{t("byTeams")}</p>
        {consentPending ? (
          <ConsentPendingNotice slug={slug} what={t("consentPendingWhat")} />
        ) : !mine ? (
          <p>
            {t.rich("registerFirst", {
              event: event.name,
              link: (chunks: ReactNode) => (
                <Link href={`/events/${slug}`} className={strongLinkClass}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : mine.canChangeTeam ? (
          <p>
            {t.rich("joinFirst", {
              link: (chunks: ReactNode) => (
                <Link href={`/events/${slug}/teams`} className={strongLinkClass}>
                  {chunks}
                </Link>
              ),
            })}
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
  const showUpdates = submission?.status === "SUBMITTED" && updatesOpen;
  const [editor, updates, kinds, imageFields] = await Promise.all([
    getTranslations("SubmissionEditor"),
    getTranslations("ProjectUpdates"),
    getTranslations("ProjectUpdateKind"),
    getTranslations("ImageFields"),
  ]);
  const editorWords: SubmissionEditorWords = {
    ...labelsOf((key) => editor(key), EDITOR_WORDS),
    ...labelsOf((key) => editor.raw(key) as string, EDITOR_TEMPLATES),
    statusText: Object.fromEntries(
      SUBMISSION_STATUSES.map((status) => [status, editor(`statusText.${status}`)]),
    ) as SubmissionEditorWords["statusText"],
    altHint: imageFields("altHint"),
  };
  const updatesWords: ProjectUpdatesWords | null = showUpdates
    ? {
        ...labelsOf((key) => updates(key), UPDATES_WORDS),
        ...labelsOf((key) => updates.raw(key) as string, UPDATES_TEMPLATES),
        intro: updates.rich("intro", {
          link: (chunks: ReactNode) => (
            <a href={`/events/${event.slug}/next`} className={linkClass}>
              {chunks}
            </a>
          ),
        }),
        kinds: Object.fromEntries(
          PROJECT_UPDATE_KINDS.map((kind) => [kind, kinds(kind)]),
        ) as ProjectUpdatesWords["kinds"],
      }
    : null;
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className={pageTitleClass}>{t("title")}</h1>
        <p className="text-slate-700">
          {t("team", { team: team.name })}
          {canSubmit && !disqualified ? (
            <>
              {" "}
              {t.rich("closes", {
                deadline: formatInNamedZone(event.submissionDeadline, event.timeZone),
                time: (chunks: ReactNode) => (
                  <time dateTime={event.submissionDeadline.toISOString()}>{chunks}</time>
                ),
              })}
            </>
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
        lockedReason={disqualified ? t("disqualified") : closedNotice}
        words={editorWords}
      />
      {updatesWords ? <ProjectUpdatesLazy eventId={event.id} teamId={team.id} words={updatesWords} /> : null}
    </div>
  );
}
