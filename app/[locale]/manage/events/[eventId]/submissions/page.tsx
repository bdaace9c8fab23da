import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { GalleryControl } from "./submission-actions";
import { galleryControlWords } from "./submission-words";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { rowButtonClass } from "~/app/_components/button-styles";
import { panelClass } from "~/app/_components/card";

import { SubmissionStatusBadge } from "~/app/_components/submission-status";
import { CoverArt, projectThumbnail } from "~/app/_components/cover-art";
import { EmptyState } from "~/app/_components/empty-state";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("ManageSubmissions");

type Props = { params: Promise<{ eventId: string }> };

export default async function ManageSubmissionsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/submissions`);
  const api = await serverCaller();
  const [event, { projects, gallery }] = await orNotFound(
    Promise.all([api.events.byIdForManagement({ eventId }), api.submissions.listForOrganisers({ eventId })]),
  );
  const [t, actions] = await Promise.all([
    getTranslations("ManageSubmissions"),
    getTranslations("SubmissionActions"),
  ]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className={pageTitleClass}>{t("title")}</h1>
          <Link href={`/manage/events/${event.id}/submissions/import`} className={rowButtonClass}>
            {t("import")}
          </Link>
        </div>
        <p className="text-slate-700">
          {t("intro", {
            submitted: projects.filter((s) => s.status === "SUBMITTED").length,
            total: projects.length,
          })}
        </p>
        <GalleryControl
          eventId={event.id}
          state={gallery}
          deadline={formatInZone(event.submissionDeadline, event.timeZone)}
          words={galleryControlWords(actions)}
        />
      </header>
      {projects.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ul className={`divide-y divide-slate-200 ${panelClass}`}>
          {projects.map((s) => (
            <li key={s.id} className="flex gap-4 p-4">
              <CoverArt
                name={s.title}
                image={projectThumbnail(s.images)}
                className="hidden aspect-[16/10] w-32 shrink-0 rounded-lg sm:block"
              />
              <div className="min-w-0 flex-1 space-y-1">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h2 className="font-semibold">
                    <Link href={`/manage/events/${event.id}/submissions/${s.id}`} className={linkClass}>
                      {s.title}
                    </Link>
                  </h2>
                  <SubmissionStatusBadge status={s.status} />
                </div>
                <p className="text-sm text-slate-700">
                  {t("team", { team: s.team.name })}
                  {s.team.centre ? ` · ${s.team.centre.name}` : ""}
                  {s.challenges.length > 0
                    ? ` · ${s.challenges.map((c) => c.challenge.title).join(", ")}`
                    : ""}
                </p>
                {s.disqualifiedReason ? (
                  <p className="text-sm text-red-800">
                    {t("disqualified", { reason: s.disqualifiedReason })}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
