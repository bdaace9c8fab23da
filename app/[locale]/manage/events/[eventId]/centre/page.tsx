import { TRPCError } from "@trpc/server";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import {
  ConsentToCheckNotice,
  RegistrationCounts,
  RegistrationsTable,
  WithoutCentreNotice,
} from "~/app/_components/registrations-table";
import { Badge } from "~/app/_components/badge";
import { buttonClass } from "~/app/_components/button-styles";
import { requireUser } from "~/app/_components/guards";
import { ModerateFeedback } from "~/app/_components/moderate-feedback";
import { moderateFeedbackWords } from "~/app/_components/moderate-feedback-words";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { titleFrom } from "~/app/_components/page-title";

export const generateMetadata = titleFrom("YourCentre");

type Props = { params: Promise<{ eventId: string }> };

/** A centre lead's page: who is coming to their centre, places left, consent and photo permissions. */
export default async function CentrePage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/centre`);
  const caller = await serverCaller();
  const [view, feedback, t] = await Promise.all([
    orNotFound(caller.registrations.forCentres({ eventId })),
    // A caller who may not see the centres is answered by forCentres above (not found).
    caller.judging.centreFeedback({ eventId }).catch((error: unknown) => {
      if (error instanceof TRPCError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) return [];
      throw error;
    }),
    getTranslations("YourCentre"),
  ]);
  const { event } = view;
  const moderate = await getTranslations("ModerateFeedback");
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${event.slug}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>
          {view.centres.length === 1 ? view.centres[0]?.name : t("yourCentres")}
        </h1>
        <p className="max-w-2xl text-slate-700">{t("intro")}</p>
      </header>
      {view.centres.length > 0 ? (
        <p>
          {t.rich("checkInLinks", {
            checkIn: (chunks: ReactNode) => (
              <Link href={`/manage/events/${eventId}/centre/check-in`} className={buttonClass}>
                {chunks}
              </Link>
            ),
            muted: (chunks: ReactNode) => <span className="text-slate-700">{chunks}</span>,
            mentors: (chunks: ReactNode) => (
              <Link href={`/manage/events/${eventId}/mentors`} className={linkClass}>
                {chunks}
              </Link>
            ),
            matching: (chunks: ReactNode) => (
              <Link href={`/manage/events/${eventId}/mentors/matching`} className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {view.centres.length > 0 ? (
        <p>
          {t.rich("helpQueue", {
            link: (chunks: ReactNode) => (
              <Link href={`/manage/events/${eventId}/help`} className={linkClass}>
                {chunks}
              </Link>
            ),
            muted: (chunks: ReactNode) => <span className="text-slate-700">{chunks}</span>,
          })}
        </p>
      ) : null}
      {view.centres.length === 0 ? (
        <p>{t("noCentre")}</p>
      ) : (
        <section aria-labelledby="places-heading" className="space-y-3">
          <h2 id="places-heading" className={sectionTitleClass}>
            {t("places")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {view.centres.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="font-semibold">{c.name}</p>
                <p className="text-sm text-slate-700">
                  {t("placesTaken", { taken: c.taken, capacity: c.capacity, left: c.left })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <WithoutCentreNotice
        count={view.withoutCentre}
        hasCentres={view.centres.length > 0}
        audience="centre leads"
      />
      <ConsentToCheckNotice count={view.counts.consentToCheck} />
      <RegistrationCounts counts={view.counts} csvHref={`/api/events/${eventId}/centre-registrations-csv`} />
      <RegistrationsTable rows={view.rows} heading={t("whoIsComing")} />
      {feedback.length > 0 ? (
        <section aria-labelledby="feedback-heading" className="space-y-3">
          <h2 id="feedback-heading" className={sectionTitleClass}>
            {t("feedbackHeading")}
          </h2>
          <p className="max-w-2xl text-slate-700">{t("feedbackIntro")}</p>
          <ul className="space-y-3">
            {feedback.map((f) => (
              <li key={f.assignmentId} className="space-y-2 rounded border border-slate-200 bg-white p-3">
                <p className="font-medium break-words">
                  {f.title} · {f.team} · {f.centre} · {f.round}{" "}
                  {f.approved ? (
                    <Badge tone="success">{t("approved")}</Badge>
                  ) : (
                    <Badge tone="neutral">{t("waiting")}</Badge>
                  )}
                </p>
                <p className="break-words whitespace-pre-line">{f.feedback}</p>
                <ModerateFeedback
                  target={{ eventId }}
                  assignmentId={f.assignmentId}
                  approved={f.approved}
                  what={moderate("forTeam", { team: f.team, round: f.round })}
                  words={moderateFeedbackWords(moderate)}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
