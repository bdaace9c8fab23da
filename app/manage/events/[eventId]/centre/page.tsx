import type { Metadata } from "next";
import Link from "next/link";
import {
  ConsentToCheckNotice,
  RegistrationCounts,
  RegistrationsTable,
  WithoutCentreNotice,
} from "~/app/_components/registrations-table";
import { requireUser } from "~/app/_components/guards";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { linkClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Your centre" };

type Props = { params: Promise<{ eventId: string }> };

/** A centre lead's page: who is coming to their centre, places left, consent and photo permissions. */
export default async function CentrePage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/centre`);
  const view = await orNotFound((await serverCaller()).registrations.forCentres({ eventId }));
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
    </div>
  );
}
