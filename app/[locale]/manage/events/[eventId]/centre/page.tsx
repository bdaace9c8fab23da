import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
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
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Your centre" };

type Props = { params: Promise<{ eventId: string }> };

/** A centre lead's page: who is coming to their centre, places left, consent and photo permissions. */
export default async function CentrePage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/centre`);
  const caller = await serverCaller();
  const [view, feedback] = await Promise.all([
    orNotFound(caller.registrations.forCentres({ eventId })),
    // A caller who may not see the centres is answered by forCentres above (not found).
    caller.judging.centreFeedback({ eventId }).catch((error: unknown) => {
      if (error instanceof TRPCError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) return [];
      throw error;
    }),
  ]);
  const { event } = view;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${event.slug}`} className={linkClass}>
            {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>
          {view.centres.length === 1 ? view.centres[0]?.name : "Your centres"}
        </h1>
        <p className="max-w-2xl text-slate-700">
          Young people are listed by alias (or first name and initial) and age band only. Check the guardian
          consent and photo columns before the day: nobody without consent may take part, and photographers
          must know whom not to photograph.
        </p>
      </header>
      {view.centres.length > 0 ? (
        <p>
          <Link href={`/manage/events/${eventId}/centre/check-in`} className={buttonClass}>
            Open check-in
          </Link>{" "}
          <span className="text-slate-700">
            for the door: check people in and out, and see who is in the building.
          </span>{" "}
          <Link href={`/manage/events/${eventId}/mentors`} className={linkClass}>
            Mentors and their vetting
          </Link>
          {" · "}
          <Link href={`/manage/events/${eventId}/mentors/matching`} className={linkClass}>
            Match mentors to teams
          </Link>
        </p>
      ) : null}
      {view.centres.length > 0 ? (
        <p>
          <Link href={`/manage/events/${eventId}/help`} className={linkClass}>
            Help queue
          </Link>
          <span className="text-slate-700">: teams asking for a mentor, oldest first.</span>
        </p>
      ) : null}
      {view.centres.length === 0 ? (
        <p>You don&apos;t lead a centre at this event yet. Ask an organiser to place you at one.</p>
      ) : (
        <section aria-labelledby="places-heading" className="space-y-3">
          <h2 id="places-heading" className={sectionTitleClass}>
            Places
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {view.centres.map((c) => (
              <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                <p className="font-semibold">{c.name}</p>
                <p className="text-sm text-slate-700">
                  {c.taken} of {c.capacity} places taken · {c.left} left
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
      <RegistrationsTable rows={view.rows} heading="Who is coming" />
      {feedback.length > 0 ? (
        <section aria-labelledby="feedback-heading" className="space-y-3">
          <h2 id="feedback-heading" className={sectionTitleClass}>
            Judges&apos; feedback for your teams
          </h2>
          <p className="max-w-2xl text-slate-700">
            Read what the judges wrote before the team does. Approved feedback reaches the team once the
            round&apos;s results are published; the judges&apos; names and scores are not shown.
          </p>
          <ul className="space-y-3">
            {feedback.map((f) => (
              <li key={f.assignmentId} className="space-y-2 rounded border border-slate-200 bg-white p-3">
                <p className="font-medium break-words">
                  {f.title} · {f.team} · {f.centre} · {f.round}{" "}
                  {f.approved ? (
                    <Badge tone="success">Approved</Badge>
                  ) : (
                    <Badge tone="neutral">Waiting</Badge>
                  )}
                </p>
                <p className="break-words whitespace-pre-line">{f.feedback}</p>
                <ModerateFeedback
                  target={{ eventId }}
                  assignmentId={f.assignmentId}
                  approved={f.approved}
                  what={`the feedback for ${f.team} (${f.round})`}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
